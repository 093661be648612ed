/** Strings of the export feature, zh-CN. */
export default {
  heading: '导出Word文件',
  exportWord: '导出Word',
  exporting: '正在生成Word文件……',
  exported: '已生成：{{file}}',
  failed: '导出失败：{{message}}。请重试；如仍失败，请先保存草稿文件。',
  clean: '检查通过，导出的是正式稿。',
  errorsTitle: '报告还有 {{count}} 处错误，修改后才能导出正式稿：',
  draftChoice: '仍然导出草稿（标题和每页页眉标注“（草稿）”，不能用于签发）',
  draftNeeded: '请先修改错误，或勾选“仍然导出草稿”。',
  warnings: '另有 {{count}} 条提示，导出前请再核对一遍。',
  previewHeading: '打印预览',
  previewNote: '预览与Word文件内容、表格相同；字体和分页以Word为准。',
  previewLabel: '年度报告打印预览',
  fonts: {
    legend: 'Word文件使用的字体',
    standard: '公文标准字体',
    standardNote: '{{fonts}}。电脑已安装这些公文字体时选用（默认）。',
    system: '系统自带字体',
    systemNote: '{{fonts}}，Windows 和 Office 自带。电脑缺少公文字体、Word 会自动替换时选用。',
    remembered: '所选字体随草稿保存。',
  },
} as const;
