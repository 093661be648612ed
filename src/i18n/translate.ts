/**
 * Translating a run-time key, apart from the i18next setup: the domain's renderers need only this,
 * and importing the setup would pull the i18next runtime (which has module side effects, so it is
 * never tree-shaken) into every bundle that touches a finding — the rules worker among them.
 */
import type { i18n as I18n } from 'i18next';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * Translate a key computed at run time (a rule id, an error code). The typed `t` cannot check
 * those; the locale-parity test and each producer's tests check that the keys exist.
 */
export function translate(i18n: I18n, key: string, params?: Record<string, unknown>): string {
  return (i18n.t as unknown as LooseT)(key, params);
}
