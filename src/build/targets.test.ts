import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { buildTargets } from './targets.ts';

describe('buildTargets', () => {
  it('turns the floor into Vite targets', () => {
    expect(buildTargets(['chrome >= 86', 'Edge >= 86'])).toEqual(['chrome86', 'edge86']);
  });
  it('refuses a query that is not a floor', () => {
    expect(() => buildTargets(['last 2 versions'])).toThrow(/NAME >= VERSION/);
  });
  it('reads the project floor: Chromium 86 (360 安全浏览器 13, Chrome 109 on Windows 7 included)', () => {
    expect(buildTargets(packageJson.browserslist)).toContain('chrome86');
  });
});
