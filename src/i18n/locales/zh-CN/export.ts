/** Strings of the export feature, zh-CN. */
export default {} as const;
