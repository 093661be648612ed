/** Strings of the export feature, en. */
export default {
  heading: 'Export Word file',
  exportWord: 'Export Word',
  exporting: 'Generating the Word file…',
  exported: 'Generated: {{file}}',
  failed: 'Export failed: {{message}}. Please try again; if it still fails, save the draft file first.',
  clean: 'All checks passed: this exports the final copy.',
  errorsTitle: 'The report still has {{n}} errors; fix them to export the final copy:',
  draftChoice: 'Export a draft copy anyway (title and every page header marked “（草稿）”; not for sign-off)',
  draftNeeded: 'Fix the errors first, or tick “Export a draft copy anyway”.',
  warnings: '{{n}} more notes: please check them before exporting.',
  previewHeading: 'Print preview',
  previewNote: 'The preview has the same text and tables as the Word file; fonts and page breaks follow Word.',
  previewLabel: 'Print preview of the annual report',
  fonts: {
    legend: 'Fonts of the Word file',
    standard: 'Official document fonts',
    standardNote: '{{fonts}}. For PCs that have these official fonts installed (default).',
    system: 'Fonts that come with Windows',
    systemNote: '{{fonts}}, installed with Windows and Office. For PCs without the official fonts, where Word would substitute others.',
    remembered: 'The choice is saved with the draft.',
  },
} as const;
