/** App shell strings, Simplified Chinese (the source locale: its keys type every other locale). */
export default {
  appName: '年报编制助手',
  appSubtitle: '政府信息公开工作年度报告',
  language: '语言',
  languages: { 'zh-CN': '中文', en: 'English' },
  organKinds: {
    department: '县级以上人民政府部门',
    government: '县级以上人民政府（本级政府）',
    township: '乡镇人民政府、街道办事处',
    other: '其他',
  },
  /** The opening block's fields: labels in the form and names in findings. */
  /** Between the items of a listed parameter (e.g. the opening fields a finding names). */
  listSeparator: '、',
  openingFields: {
    siteName: '网站名称',
    siteUrl: '网址',
    contactOffice: '联系机构',
    address: '地址',
    postcode: '邮编',
    phone: '电话',
  },
  sections: {
    basics: '基本信息',
    review: '检查与导出',
  },
} as const;
