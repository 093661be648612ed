/**
 * The inline styles of the web copy. Website editors (UEditor, KindEditor, TinyMCE) strip `<style>`
 * elements and classes but keep `style` attributes, so every element carries its own look. Only
 * generic font families: a visitor's machine has serif and sans-serif, not 仿宋_GB2312. Sizes are
 * in px for the screen (tables in the model's pt sizes); the standalone page's print stylesheet
 * (print-css.ts) sets the official ones.
 */
export const STYLE = {
  title: 'margin:0 0 24px;text-align:center;font-family:serif;font-size:22px;font-weight:bold;line-height:1.6;color:#000',
  draft: 'margin:0;text-align:center;font-family:sans-serif;font-size:16px;font-weight:bold;color:#c00000',
  paragraph: 'margin:0;text-indent:2em;text-align:justify;font-family:serif;font-size:16px;line-height:1.8;color:#000',
  heading: 'margin:0;text-indent:2em;font-family:sans-serif;font-size:16px;font-weight:bold;line-height:1.8;color:#000',
  subheading: 'margin:0;text-indent:2em;font-family:serif;font-size:16px;font-weight:bold;line-height:1.8;color:#000',
  signature: 'margin:0;text-align:left;text-indent:0;font-family:serif;font-size:16px;line-height:1.8;color:#000',
  table: 'width:100%;margin:8px 0;border-collapse:collapse;border:1px solid #000;font-family:serif;line-height:1.4;color:#000',
  cell: 'border:1px solid #000;padding:3px 4px;font-weight:normal;vertical-align:middle',
} as const;

/** The space above the signature: one empty line, as in the printed report. */
export const SIGNATURE_GAP = 'margin-top:1.8em';
