/** All locale resources. zh-CN is the source locale; en must have exactly the same keys (tested). */
import zhCommon from './locales/zh-CN/common.ts';
import zhRules from './locales/zh-CN/rules.ts';
import zhDrafts from './locales/zh-CN/drafts.ts';
import zhWizard from './locales/zh-CN/wizard.ts';
import zhExport from './locales/zh-CN/export.ts';
import zhImport from './locales/zh-CN/import.ts';
import zhDeadline from './locales/zh-CN/deadline.ts';
import zhBatch from './locales/zh-CN/batch.ts';
import zhTables from './locales/zh-CN/tables.ts';
import zhPublish from './locales/zh-CN/publish.ts';
import zhSpreadsheet from './locales/zh-CN/spreadsheet.ts';
import zhHistory from './locales/zh-CN/history.ts';
import zhFlow from './locales/zh-CN/flow.ts';
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

export const zhCN = {
  common: zhCommon,
  rules: zhRules,
  drafts: zhDrafts,
  wizard: zhWizard,
  export: zhExport,
  import: zhImport,
  deadline: zhDeadline,
  batch: zhBatch,
  tables: zhTables,
  publish: zhPublish,
  spreadsheet: zhSpreadsheet,
  history: zhHistory,
  flow: zhFlow,
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

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

export const resources = { 'zh-CN': zhCN, en } as const;
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const NAMESPACES = Object.keys(zhCN) as (keyof typeof zhCN)[];
