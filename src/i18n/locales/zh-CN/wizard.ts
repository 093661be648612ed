/** Strings of the wizard feature, zh-CN. */
export default {} as const;
