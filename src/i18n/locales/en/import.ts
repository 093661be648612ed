/** Strings of the import feature, en. */
export default {} as const;
