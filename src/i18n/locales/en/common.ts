/** App shell strings, English. */
export default {
  appName: 'Nianbao',
  appSubtitle: 'Government Information Disclosure Annual Report',
  language: 'Language',
  languages: { 'zh-CN': '中文', en: 'English' },
  organKinds: {
    department: 'Department of a county-or-higher government',
    government: 'County-or-higher government (as a whole)',
    township: 'Township government or street office',
    other: 'Other',
  },
  /** The opening block's fields: labels in the form and names in findings. */
  /** Between the items of a listed parameter (e.g. the opening fields a finding names). */
  listSeparator: ', ',
  openingFields: {
    siteName: 'website name',
    siteUrl: 'URL',
    contactOffice: 'contact office',
    address: 'address',
    postcode: 'postcode',
    phone: 'phone',
  },
  sections: {
    basics: 'Basic information',
    review: 'Check and export',
  },
} as const;
