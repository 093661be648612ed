/**
 * The zh-CN resources, the source locale, in every bundle. A new namespace is registered here and
 * in resources-en.ts (which must have exactly the same keys, tested).
 */
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

export const NAMESPACES = Object.keys(zhCN) as (keyof typeof zhCN)[];

/** A locale with the same keys as zh-CN (values are any string). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
