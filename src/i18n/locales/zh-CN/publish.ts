/** Strings of publishing the report: the web copy, the web page and the print path, zh-CN. */
export default {
  heading: '发布到网站、打印或另存为PDF',
  copyWeb: '复制到网站编辑器',
  downloadHtml: '下载网页 (.html)',
  printPdf: '打印 / 另存为PDF',
  printWaiting: '正在生成下方的打印预览，生成后即可打印。',
  working: '正在生成……',
  copied: '已复制全文（含表格）。请在网站后台编辑器中粘贴（Ctrl+V），合并的表格单元格会保留。',
  copyFailed: '浏览器不允许写入剪贴板。请改用“下载网页 (.html)”，用浏览器打开后全选复制。',
  downloaded: '已生成：{{file}}',
  failed: '生成失败：{{message}}。请重试；如仍失败，请先保存草稿文件。',
  printHint: '在打印对话框中选择“另存为PDF”即可得到PDF文件：A4纸、公文页边距、页码“— N —”（页码需要Chrome或Edge 131及以上版本）。',
} as const;
