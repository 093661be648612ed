/** Strings of the import feature, zh-CN. */
export default {} as const;
