/** Draft errors rendered in the UI language. */
import type { i18n as I18n } from 'i18next';
import { translate } from '../../i18n/translate.ts';
import { renderTooLarge } from '../file-size.ts';
import type { DraftError } from './parse.ts';

type TypeKey = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'null' | 'undefined' | 'nan';
const TYPE_KEYS: readonly string[] = ['number', 'string', 'boolean', 'object', 'array', 'null', 'undefined', 'nan'];

export function renderDraftError(error: DraftError, i18n: I18n): string {
  if (error.code === 'tooLarge') return renderTooLarge('draft', Number(error.params.size), i18n);
  if (error.code !== 'invalid' || !error.problem) return translate(i18n, `drafts:errors.${error.code}`, error.params);
  const params = { ...error.problem.params };
  for (const key of ['expected', 'received'] as const) {
    const value = params[key];
    if (typeof value === 'string' && TYPE_KEYS.includes(value)) params[key] = i18n.t(`drafts:types.${value as TypeKey}`);
  }
  const problem = translate(i18n, `drafts:problems.${error.problem.key}`, params);
  return i18n.t('drafts:errors.invalid', { path: error.path ?? '', problem });
}
