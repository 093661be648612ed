/**
 * The layer rules really fail lint: each probe is linted as if it were a file at the given path
 * (nothing is written to disk) and must produce the named rule's error.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('layer lint', () => {
  it('refuses an import from one feature into another', async () => {
    expect(await ruleIds('src/features/tables/probe.ts', "export { ImportActions } from '../import/ImportActions.tsx';\n")).toContain(
      'import-x/no-restricted-paths',
    );
  });
  it('allows a feature to import its own modules, shared components and the session', async () => {
    const code =
      "export { parseBlock } from './paste.ts';\nexport { Dialog } from '../../components/Dialog.tsx';\nexport { useSession } from '../../session/session.ts';\n";
    expect(await ruleIds('src/features/tables/probe.ts', code)).toEqual([]);
  });
  it('refuses React, a feature or the shell in the domain', async () => {
    expect(await ruleIds('src/report/probe.ts', "export { useState } from 'react';\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/report/probe.ts', "export { Wizard } from '../app/Wizard.tsx';\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('src/report/probe.ts', "export { TableStep } from '../features/tables/TableStep.tsx';\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/import/probe.ts', "export { buildReportModel } from '../render/model.ts';\n")).toContain(
      'import-x/no-restricted-paths',
    );
  });
  it('refuses the session importing a feature and the printed model importing an exporter', async () => {
    expect(await ruleIds('src/session/probe.ts', "export { DraftBar } from '../features/drafts/DraftBar.tsx';\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/render/probe.ts', "export { createTable } from '../export-docx/docx-table.ts';\n")).toContain(
      'import-x/no-restricted-paths',
    );
  });
  it('keeps the web exporter beside the Word one: no React, no docx builder, and the printed model may not import it', async () => {
    expect(await ruleIds('src/export-html/probe.ts', "export { useState } from 'react';\n")).toContain('no-restricted-imports');
    expect(await ruleIds('src/export-html/probe.ts', "export { createTable } from '../export-docx/docx-table.ts';\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/render/probe.ts', "export { reportPage } from '../export-html/page.ts';\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/export-html/probe.ts', "export { buildReportModel } from '../render/model.ts';\n")).toEqual([]);
  });
  it('keeps the spreadsheet exporter beside the Word one: only the shared office test tools cross', async () => {
    expect(await ruleIds('src/export-xlsx/probe.ts', "export { createTable } from '../export-docx/docx-table.ts';\n")).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('src/export-xlsx/probe.ts', "export { FONTS_CONF } from '../export-docx/testing/libreoffice.ts';\n")).toEqual([]);
    expect(await ruleIds('src/import/probe.ts', "export { readTables } from '../export-xlsx/read.ts';\n")).toContain(
      'import-x/no-restricted-paths',
    );
  });
  it('refuses an import cycle', async () => {
    // compute.ts importing the domain's index, which re-exports compute.ts.
    expect(await ruleIds('src/report/compute.ts', "export * from './index.ts';\n")).toContain('import-x/no-cycle');
  });
});
