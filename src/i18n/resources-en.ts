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
import type { Shape, zhCN } from './resources-zh.ts';

export const en: Shape<typeof zhCN> = {
  common: enCommon,
  rules: enRules,
  drafts: enDrafts,
  wizard: enWizard,
  export: enExport,
  import: enImport,
};
