/** Strings of the export feature, en. */
export default {} as const;
