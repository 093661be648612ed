/**
 * The en resources. The browser loads this module on demand (browser.ts), only when English is
 * chosen; Node (CLI, tests) gets it through resources.ts. Register a new namespace here and in
 * resources-zh.ts.
 */
import enCommon from './locales/en/common.ts';
import enRules from './locales/en/rules.ts';
import enDrafts from './locales/en/drafts.ts';
import enWizard from './locales/en/wizard.ts';
import enExport from './locales/en/export.ts';
import enImport from './locales/en/import.ts';
import enDeadline from './locales/en/deadline.ts';
import enBatch from './locales/en/batch.ts';
import enTables from './locales/en/tables.ts';
import enPublish from './locales/en/publish.ts';
import enSpreadsheet from './locales/en/spreadsheet.ts';
import enHistory from './locales/en/history.ts';
import enFlow from './locales/en/flow.ts';
import type { Shape, zhCN } from './resources-zh.ts';

export const en: Shape<typeof zhCN> = {
  common: enCommon,
  rules: enRules,
  drafts: enDrafts,
  wizard: enWizard,
  export: enExport,
  import: enImport,
  deadline: enDeadline,
  batch: enBatch,
  tables: enTables,
  publish: enPublish,
  spreadsheet: enSpreadsheet,
  history: enHistory,
  flow: enFlow,
};
