/** The wizard's flow: skip link, save confirmation, the new-year start, step help; zh-CN. */
export default {
  skipToField: '跳到本步骤的第一个填写项',
  savedToFile: '已保存草稿：{{file}}（在浏览器的下载文件夹中）',
  newYear: {
    button: '开始新一年度的报告',
    title: '开始新一年度的报告',
    intro:
      '新一年度的报告以上一年度的报告为起点：年度加一，机关名称和开头段落信息沿用，表三“上年结转”按上年“结转下年度继续办理”填好，上年的文字留作底稿待更新，表格旁显示上年数字供对照。请选择上一年度的报告：',
    fromCurrent: '当前打开的{{year}}年度草稿',
    fromCurrentHint: '以当前草稿为上年报告，新建{{next}}年度报告。',
    fromCurrentEmpty: '当前草稿的统计表还没有任何数字，不能作为上年报告；请选择已保存的草稿文件或已发布的报告文件。',
    fromFile: '已保存的草稿文件（.json）…',
    fromFileHint: '用“保存草稿”保存的上年草稿文件。',
    fromPublished: '已发布的报告文件（Word、网页或文字）…',
    fromPublishedHint: '上年在政府网站发布的报告：先导入，再选择“以此为起点编写”。',
    fileError: '无法以该文件为起点：{{problem}}',
    confirmTitle: '新建{{next}}年度报告并替换当前草稿？',
    confirmText: '当前草稿（{{organ}}，{{year}}年度）将被新建的{{next}}年度报告替换。',
    unnamed: '未填写机关名称',
    unsaved: '当前草稿有尚未保存为文件的修改，建议先取消并点“保存草稿”。',
    undoHint: '替换后也可以点“撤销”恢复当前草稿。',
    confirm: '替换并新建{{next}}年度报告',
    back: '重新选择',
    cancel: '取消',
  },
};
