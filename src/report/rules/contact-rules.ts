/**
 * The opening's contact details as a reader would use them (docs/format.md §2): a 邮编 of six
 * digits, a telephone number that can be dialled, a website that is a web address. Warnings at the
 * field: a typo here sends the public nowhere, but nothing in the tables depends on it.
 */
import type { Opening } from '../schema.ts';
import { ADVISORY, type Finding, type Rule } from './types.ts';

export const isPostcode = (text: string): boolean => /^\d{6}$/.test(text.trim());

/**
 * One or more numbers (0631-5208761、13812345678): each is a landline with its area code
 * (0 + 2–3 digits, then 8 or 7–8: 11 or 12 digits in all), a mobile (1 + 10 digits), a 400/800 line or a local 7–8 digit number,
 * optionally with +86 and an extension (转123). Brackets, hyphens and spaces are layout.
 */
export function isPhone(text: string): boolean {
  const numbers = text
    .trim()
    .split(/[、，,;；/]|或|和|及/)
    .map((n) => n.replace(/[\s\-－—()（）]/g, ''))
    .filter(Boolean);
  return numbers.length > 0 && numbers.every((n) => /^(?:\+?86)?(?:0\d{10,11}|1[3-9]\d{9}|[48]00\d{7}|\d{7,8})(?:转\d{1,6})?$/.test(n));
}

/** http(s)://host.tld/… or a bare host (www.example.gov.cn/…): a host with at least one dot. */
export const isWebAddress = (text: string): boolean =>
  /^(?:https?:\/\/)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?(?:[/?#][^\s]*)?$/.test(
    text.trim(),
  );

const CHECKS: readonly {
  field: keyof Opening;
  valid: (text: string) => boolean;
  id: 'meta.postcodeInvalid' | 'meta.phoneInvalid' | 'meta.siteUrlInvalid';
}[] = [
  { field: 'postcode', valid: isPostcode, id: 'meta.postcodeInvalid' },
  { field: 'phone', valid: isPhone, id: 'meta.phoneInvalid' },
  { field: 'siteUrl', valid: isWebAddress, id: 'meta.siteUrlInvalid' },
];

export const contactFormatRule: Rule = {
  id: 'meta.contactFormat',
  produces: ['meta.postcodeInvalid', 'meta.phoneInvalid', 'meta.siteUrlInvalid'],
  traits: ADVISORY,
  check(report): Finding[] {
    // Blank fields are meta.openingMissing's to report.
    return CHECKS.filter(({ field, valid }) => report.opening[field].trim() !== '' && !valid(report.opening[field])).map(
      ({ field, id }) => ({
        ruleId: id,
        severity: 'warning',
        cells: [`opening.${field}`],
        params: { value: report.opening[field].trim() },
      }),
    );
  },
};
