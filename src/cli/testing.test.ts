import { describe, expect, it } from 'vitest';
import { memoryIo } from './testing.ts';

describe('memoryIo', () => {
  it('states and reads a text file as its UTF-8 bytes, a fresh copy each time, and sees it rewritten', async () => {
    const io = memoryIo({ 'a.json': '年报' });
    expect(await io.stat('a.json')).toEqual({ kind: 'file', size: 6 });
    const bytes = await io.readBytes('a.json');
    bytes[0] = 0;
    expect(new TextDecoder().decode(await io.readBytes('a.json'))).toBe('年报');
    await io.writeText('a.json', 'x');
    expect(await io.stat('a.json')).toEqual({ kind: 'file', size: 1 });
    expect(new TextDecoder().decode(await io.readBytes('a.json'))).toBe('x');
  });
});
