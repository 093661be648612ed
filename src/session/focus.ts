/** DOM ids of form fields, so a finding (cell id or form path) can focus its field. */
import { fieldPathOfLocation } from '../report/rules/locations.ts';

export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}

export function focusLocation(location: string): boolean {
  const element = document.getElementById(fieldId(fieldPathOfLocation(location)));
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus();
  return true;
}
