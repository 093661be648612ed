/** Strings of the import feature, en. */
export default {
  findings: {
    printedTotalDiffers: 'The source’s table {{table}}, column “{{column}}”, row {{rowNumber}} ({{row}}) prints {{printed}}; its parts add up to {{computed}}',
    strayCells: 'Table {{table}} “{{row}}”: {{count}} extra cell(s) ignored',
    cellsSplit: 'Table {{table}} “{{row}}”: numbers ran together and were separated using the totals; please check',
    oldOtherHandling: 'The source’s table 三 uses the 2019 trial layout’s single “（六）其他处理” row; its figures went to “（六）3.其他”; please check',
    oldTable2: 'The source’s table 二 uses the 2019 trial layout ({{markers}}); only the decisions of 行政许可, 行政处罚 and 行政强制 were imported — fill in the rest in the 2021 layout',
    rowsMissing: 'Table {{table}}: only {{found}} of {{expected}} cells were read; fill in the others by hand',
    sectionMissing: '“{{heading}}” was not found in the source',
    headingRenumbered: 'The source heading “{{printed}}” is numbered irregularly; imported as “{{heading}}”',
    titleWithoutYear: 'The source title has no year; the year {{year}} was taken from the text',
    openingMissing: 'The source has no opening paragraph (legal basis, period, web address, contact); please write one',
    dateMissing: 'The source has no date under the signature',
    pageFurnitureDropped: '{{count}} line(s) of page numbers or page headers removed',
  },
  errors: {
    empty: 'There is nothing to import',
    notAReport: 'This is not a Government Information Disclosure annual report: no section headings or statistics tables were found',
    notAReportYear: 'No report year was found (in the title or the statistics period)',
    notAReportBefore2021: 'This is a report for {{year}}, before the 2021 format; it cannot be imported',
    notADocx: 'This Word file cannot be read (a .docx is needed; save a .doc as .docx first)',
    unsupportedFile: 'Only .txt, .docx, .html or .md files can be imported',
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
} as const;
