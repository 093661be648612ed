/** Strings of the import feature, en. */
export default {
  findings: {
    printedTotalDiffers:
      'The source’s table {{table}}, column “{{column}}”, row {{rowNumber}} ({{row}}) prints {{printed}}; its parts add up to {{computed}}',
    blankCells: 'Table {{table}}: {{count}} cells printed blank in the report, left blank; check and fill them: {{rows}}',
    blankCells_one: 'Table {{table}}: {{count}} cell printed blank in the report, left blank; check and fill it: {{rows}}',
    strayCells: 'Table {{table}} “{{row}}”: {{count}} extra cells ignored',
    strayCells_one: 'Table {{table}} “{{row}}”: {{count}} extra cell ignored',
    cellsSplit: 'Table {{table}} “{{row}}”: numbers ran together and were separated using the totals; please check',
    oldOtherHandling:
      'The source’s table 三 uses the 2019 trial layout’s single “（六）其他处理” row; its figures went to “（六）3.其他”; please check',
    oldLayoutNotPrinted:
      'The source’s table {{table}} (2019 trial layout) has no row “{{rows}}”; those cells were left blank: fill them in (0 where there were none)',
    oldTable2:
      'The source’s table 二 uses the 2019 trial layout ({{markers}}); only the decisions of 行政许可, 行政处罚 and 行政强制 were imported — fill in the rest in the 2021 layout',
    rowsMissing: 'Table {{table}}: only {{found}} of {{expected}} cells were read; fill in the others by hand',
    sectionMissing: '“{{heading}}” was not found in the source',
    headingRenumbered: 'The source heading “{{printed}}” is numbered irregularly; imported as “{{heading}}”',
    titleWithoutYear: 'The source title has no year; the year {{year}} was taken from the text',
    openingMissing: 'The source has no opening paragraph (legal basis, period, web address, contact); please write one',
    dateMissing: 'The source has no date under the signature',
    pageFurnitureDropped: '{{count}} lines of page numbers or page headers removed',
    pageFurnitureDropped_one: '{{count}} line of page numbers or page headers removed',
    textTooLong:
      'A text in “{{heading}}” has {{length}} characters, over the field’s limit of {{limit}}; the last {{cut}} characters were cut, please check',
  },
  errors: {
    empty: 'There is nothing to import',
    notAReport: 'This is not a Government Information Disclosure annual report: no section headings or statistics tables were found',
    notAReportYear: 'No report year was found (in the title or the statistics period)',
    notAReportBefore2021: 'This is a report for {{year}}, before the 2021 format; it cannot be imported',
    notADocx: 'This Word file cannot be read (a .docx is needed; save a .doc as .docx first)',
    notADocxTooLarge:
      'This Word file cannot be read: its {{part}} inflates to more than {{limit}} MB, far more than any report (a zip bomb or a damaged file?)',
    notADocxTooManyEntries: 'This Word file cannot be read: the package holds {{count}} entries, more than the limit of {{limit}}',
    notADocxNotXml:
      'This Word file cannot be read: its body (word/document.xml) is not valid XML ({{detail}}); open it in Word or WPS and save it as .docx again',
    notADocxTooDeep:
      'This Word file cannot be read: its body nests more than {{limit}} levels deep (tables inside tables?); simplify it in Word or WPS and save it as .docx again',
    notAPdf: 'This PDF file cannot be read',
    notAPdfUnreadable: 'This PDF file cannot be read: it is damaged or not a PDF',
    notAPdfEncrypted:
      'This PDF file cannot be read: it is protected by a password; remove the password in a PDF reader, save it, then import it',
    notAPdfScanned:
      'This is a scan: the PDF holds only images of its pages, no text to read, so it cannot be imported; look for the web page or Word version of the report, or type the figures in',
    unsupportedFile: 'Only .txt, .docx, .pdf, .html or .md files can be imported',
    invalidDraft: 'What was read cannot be kept as a draft (field “{{path}}” is not valid); nothing was imported',
  },
  sections: {
    status: { imported: 'imported', partial: 'partly imported', missing: 'not found', oldLayout: 'old layout' },
    basics: 'Title and opening',
    cells: '{{found}}/{{expected}} cells',
  },
  cli: {
    summary: 'Imported: {{organ}}, {{year}} ({{format}})',
    section: '{{name}}: {{status}}',
  },
  dialog: {
    title: 'Import an earlier report',
    intro:
      'Open the published report on the government website, select all (Ctrl+A), copy (Ctrl+C) and paste it into the box below; or choose the report’s Word, PDF or text file (a saved web page too).',
    pasteLabel: 'Paste the whole report',
    pastePlaceholder: 'Paste here (Ctrl+V); it is read at once',
    pasteShortened: 'The pasted text is long ({{total}} characters): only its beginning is shown here; all of it is read.',
    import: 'Read the pasted text',
    chooseFile: 'Choose a file…',
    fileHint: 'A .docx, .pdf, .txt, .html or .md file; you may also drop the file on this box. Save a .doc as .docx in Word or WPS first.',
    working: 'Reading…',
    nothingChanged: 'The current draft has not been changed.',
    unexpected: 'Reading failed: {{message}}',
    resultTitle: 'Import result',
    found: 'Report found',
    organ: 'Organ',
    year: 'Year',
    yearValue: '{{year}}',
    format: 'Source',
    sections: 'Parts read',
    notes: 'Import notes',
    noNotes: 'The report was read in the standard layout; nothing to note.',
    checks: 'Problems found in the source report (shown in their steps once opened)',
    noChecks: 'No problems found.',
    replaceWarning:
      'The current draft has changes not saved to a file; continuing replaces them. To keep them, cancel and click “Save draft” first.',
    back: 'Import again',
    cancel: 'Cancel',
    openAsDraft: 'Open the {{year}} report',
    openAsDraftHint: 'Opens it as a draft to review or edit and save.',
    startNext: 'Start the {{year}} report from it',
    startNextHint:
      'A new {{year}} report: carried-over applications filled in, last year’s text kept to update, last year’s figures beside the tables.',
  },
  formats: {
    text: 'text',
    markdown: 'Markdown text',
    pdfLayout: 'text from a PDF',
    html: 'web page (with tables)',
    docx: 'Word file',
    pdf: 'PDF file',
  },
  nextYear: {
    started:
      'The {{next}} report was started from the {{year}} report. Table 三 “二、上年结转” is filled from last year’s “四、结转下年度继续办理”; text carried over from last year is marked, please update each part; the “last year” figures in the tables are for comparison.',
    dismiss: 'OK',
  },
  previous: {
    figure: 'Last yr {{value}}',
  },
  lastYear: {
    badge: 'Last year’s text — please update',
    opening:
      'The opening paragraph is the {{year}} report’s own text: change its year and statistics period to this year’s, or click “Generate again”.',
  },
  sentences: {
    open: 'Sentences from the figures',
    title: 'Sentences generated from the tables',
    hint: 'Generated from tables 二, 三 and 四 (with the change against last year when known). Pick one and insert it at the end of the chosen part; edit it afterwards.',
    none: 'The tables have no figures yet; fill in tables 二, 三 and 四 first.',
    choose: 'Sentences',
    target: 'Insert into',
    intro: 'Overview (introduction)',
    insert: 'Insert the chosen sentence',
    close: 'Close',
    inserted: 'Inserted into “{{area}}”.',
    tooLong: 'Inserting would take that field over its limit of {{limit}} characters, so nothing was inserted. Shorten the field first.',
  },
} as const;
