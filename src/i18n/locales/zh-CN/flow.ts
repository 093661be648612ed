/** The wizard's flow: skip link, save confirmation, the new-year start, step help; zh-CN. */
export default {
  skipToField: '跳到本步骤的第一个填写项',
  savedToFile: '已保存草稿：{{file}}（在浏览器的下载文件夹中）',
};
