/**
 * The fonts of the printed report, per font scheme (src/report/font-scheme.ts): the one description
 * the .docx builder (font names in the file) and the HTML preview (local CSS font stacks) both read.
 *
 * - 公文标准字体: GB/T 9704-2012 — title 方正小标宋简体, body 仿宋_GB2312, 一、 黑体, （一） 楷体_GB2312.
 * - 系统自带字体: what stock Windows 10/11 has (华文中宋 comes with Office), for PCs without the
 *   GB2312 faces, where Word would silently substitute 宋体 or a Latin font.
 */
import { DEFAULT_FONT_SCHEME, type FontSchemeId } from '../report/index.ts';

export interface FontScheme {
  title: string;
  body: string;
  /** 一、… (标题 1). */
  heading: string;
  /** （一）… (标题 2). */
  subheading: string;
  table: string;
  pageNumber: string;
  /** Latin letters and digits of the body and tables. */
  latin: string;
}

export type FontRole = Exclude<keyof FontScheme, 'latin'>;

const SHARED = { table: '宋体', pageNumber: '宋体', latin: 'Times New Roman' } as const;

export const FONT_SCHEMES: Readonly<Record<FontSchemeId, FontScheme>> = {
  standard: { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', subheading: '楷体_GB2312', ...SHARED },
  system: { title: '华文中宋', body: '仿宋', heading: '黑体', subheading: '楷体', ...SHARED },
};

export function fontScheme(id: FontSchemeId | undefined): FontScheme {
  return FONT_SCHEMES[id ?? DEFAULT_FONT_SCHEME];
}

/** The names browsers also know the Windows faces by (an English family name, the macOS near-equivalent). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  方正小标宋简体: ['FZXiaoBiaoSong-B05S'],
  仿宋_GB2312: ['FangSong_GB2312'],
  楷体_GB2312: ['KaiTi_GB2312'],
  华文中宋: ['STZhongsong'],
  仿宋: ['FangSong', 'STFangsong'],
  楷体: ['KaiTi', 'STKaiti'],
  黑体: ['SimHei', 'STHeiti'],
  宋体: ['SimSun', 'STSong'],
};

const GENERIC: Readonly<Record<FontRole, string>> = {
  title: 'serif',
  body: 'serif',
  heading: 'sans-serif',
  subheading: 'serif',
  table: 'serif',
  pageNumber: 'serif',
};

const quote = (name: string) => `"${name}"`;

/**
 * A local CSS font stack for one role (no web fonts: the app runs offline): the scheme's face by its
 * names, then the stock Windows face of the same role, then the generic family. Body and tables put
 * the Latin font first, so digits print in Times New Roman as in the .docx; the title keeps its own.
 */
export function cssFontStack(scheme: FontScheme, role: FontRole): string {
  const faces = [scheme[role], FONT_SCHEMES.system[role]];
  const names = [...(role === 'body' || role === 'table' ? [scheme.latin] : []), ...faces.flatMap((f) => [f, ...(ALIASES[f] ?? [])])];
  return [...new Set(names)].map(quote).concat(GENERIC[role]).join(', ');
}
