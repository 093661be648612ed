/** Strings of the export feature, en. */
export default {
  heading: 'Export Word file',
  exportWord: 'Export Word',
  exporting: 'Generating the Word file…',
  exported: 'Generated: {{file}}',
  failed: 'Export failed: {{message}}. Please try again; if it still fails, save the draft file first.',
  clean: 'All checks passed: this exports the final copy.',
  errorsTitle: 'The report still has {{count}} errors; fix them to export the final copy:',
  errorsTitle_one: 'The report still has {{count}} error; fix it to export the final copy:',
  draftChoice: 'Export a draft copy anyway (title and every page header marked “（草稿）”; not for sign-off)',
  draftNeeded: 'Fix the errors first, or tick “Export a draft copy anyway”.',
  warnings: '{{count}} more warnings: please check them before exporting.',
  warnings_one: '{{count}} more warning: please check it before exporting.',
  previewHeading: 'Print preview',
  previewNote: 'The preview has the same text and tables as the Word file; fonts and page breaks follow Word.',
  print: 'Print the preview',
  previewLabel: 'Print preview of the annual report',
} as const;
