import { describe, expect, it } from 'vitest';
import { scriptSafe, singleFilePolicy } from './single-file.ts';

describe('single-file build', () => {
  it('keeps script text from closing its element or opening an HTML comment', () => {
    const code = 'const a="</script><!-- x";const b=/<\\/SCRIPT>/;';
    const safe = scriptSafe(code);
    expect(safe).not.toMatch(/<\/script/i);
    expect(safe).not.toContain('<!--');
    // The escapes mean the same in string and regular-expression literals.
    expect(new Function(`${safe}; return [a, b.source];`)()).toEqual(new Function(`${code}; return [a, b.source];`)());
  });

  it('allows the inline script and style by hash only, and no connections', () => {
    const policy = singleFilePolicy("'sha256-A'", "'sha256-B'");
    expect(policy).toContain("script-src 'sha256-A'");
    expect(policy).toContain("style-src 'sha256-B'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });
});
