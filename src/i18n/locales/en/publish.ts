/** Strings of publishing the report: the web copy, the web page and the print path, en. */
export default {
  heading: 'Publish on the website, print or save as PDF',
  copyWeb: 'Copy for the website editor',
  downloadHtml: 'Download web page (.html)',
  printPdf: 'Print / Save as PDF',
  printWaiting: 'The print preview below is being drawn; you can print once it is there.',
  working: 'Generating…',
  copied:
    'The whole report (tables included) is on the clipboard. Paste it (Ctrl+V) into the website’s editor: merged table cells are kept.',
  copyFailed: 'The browser does not allow writing to the clipboard. Use “Download web page (.html)” instead, open it and copy everything.',
  downloaded: 'Generated: {{file}}',
  failed: 'Could not generate it: {{message}}. Please try again; if it still fails, save the draft file first.',
  printHint:
    'Choose “Save as PDF” in the print dialog to get a PDF: A4, the official margins, page numbers “— N —” (page numbers need Chrome or Edge 131 or later).',
} as const;
