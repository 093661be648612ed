/** 基本信息: the publication deadline and the days left (issue 12), Simplified Chinese. */
export default {
  label: '发布期限',
  suggested: '按《条例》第四十九条，{{kind}}的年度报告应于{{date}}前发布；框中已预填此日期，如有不同可改。',
  setOverDefault: '已改为自定的发布期限。清空此框即恢复法定期限{{date}}。',
  township: '乡镇、街道的发布期限以上级通知为准，请填写。',
  set: '已填写自定的发布期限。',
  daysLeft: '距发布期限还有{{days}}天。',
  dueToday: '今天是发布期限。',
  overdue: '已超过发布期限{{days}}天。',
  date: '{{year}}年{{month}}月{{day}}日',
} as const;
