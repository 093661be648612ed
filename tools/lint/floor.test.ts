/** Browser code that uses an API newer than the supported floor (Chromium 86) fails lint. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('browser floor lint', () => {
  it('refuses structuredClone, Object.hasOwn and the newer array methods in browser code', async () => {
    const found = await messages(
      'src/report/probe.ts',
      'export const a = structuredClone({});\nexport const b = Object.hasOwn({}, "x");\nexport const c = [1].at(-1);\nexport const d = [1].findLast((x) => x > 0);\nexport const e = [1].toSorted();\n',
    );
    expect(found).toContain('compat/compat: structuredClone is not supported in Edge 86, Chrome 86');
    expect(found).toContain('compat/compat: Object.hasOwn() is not supported in Edge 86, Chrome 86');
    // Methods on values whose type lint cannot see are caught by name.
    expect(found.filter((m) => m.startsWith('no-restricted-syntax')).length).toBe(3);
  });
  it('accepts the helpers that replace them, and leaves Node-only code alone', async () => {
    expect(
      await messages('src/report/probe.ts', "import { cloneData, lastOf } from './arrays.ts';\nexport const a = lastOf([cloneData(1)]);\n"),
    ).toEqual([]);
    expect(await messages('src/cli/probe.ts', 'export const a = structuredClone({});\n')).toEqual([]);
  });
});
