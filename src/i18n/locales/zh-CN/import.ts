/** Strings of the import feature, zh-CN. */
export default {
  findings: {
    printedTotalDiffers: '原报告表{{table}}“{{column}}”列第{{rowNumber}}行（{{row}}）印为{{printed}}，分项之和为{{computed}}',
    strayCells: '表{{table}}“{{row}}”后有{{count}}个多余的单元格，已忽略',
    cellsSplit: '表{{table}}“{{row}}”的数字连在一起，已按合计拆分，请核对',
    oldOtherHandling: '原报告表三使用2019年试行格式的单行“（六）其他处理”，其数字已填入“（六）3.其他”，请核实',
    oldTable2: '原报告表二使用2019年试行格式（{{markers}}），只导入了行政许可、行政处罚、行政强制的处理决定数量，其余请按2021年格式填写',
    rowsMissing: '表{{table}}只读到{{found}}个单元格（共{{expected}}个），未读到的请手工填写',
    sectionMissing: '原报告中没有找到“{{heading}}”',
    headingRenumbered: '原报告标题“{{printed}}”的序号不规范，已按“{{heading}}”导入',
    titleWithoutYear: '原报告标题没有年份，已从正文取得年度{{year}}',
    openingMissing: '原报告没有开头段落（编制依据、统计期限、网址、联系方式），请补写',
    dateMissing: '原报告末尾没有落款日期',
    pageFurnitureDropped: '已去除{{count}}行页码或页眉',
  },
  errors: {
    empty: '没有内容可导入',
    notAReport: '这不是政府信息公开工作年度报告：没有找到报告的各部分标题和统计表',
    notAReportYear: '没有找到报告年度（标题或统计期限中的年份）',
    notAReportBefore2021: '这是{{year}}年度的报告，早于2021年格式，无法导入',
    notADocx: '无法读取该Word文件（需要.docx格式；.doc请先另存为.docx）',
    unsupportedFile: '只能导入.txt、.docx、.html或.md文件',
  },
  sections: {
    status: { imported: '已导入', partial: '部分导入', missing: '未找到', oldLayout: '旧格式' },
    basics: '标题和开头',
    cells: '{{found}}/{{expected}}个单元格',
  },
  cli: {
    summary: '已导入：{{organ}} {{year}}年度（{{format}}）',
    section: '{{name}}：{{status}}',
  },
} as const;
