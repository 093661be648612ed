import { FONT } from '../render/layout.ts';

/** Every run names its East Asian font, or Word/WPS fall back to a Latin one (docs/format.md, layout). */
export function runFont(eastAsia: string) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia };
}
