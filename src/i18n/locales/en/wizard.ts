/** Strings of the wizard feature, en. */
export default {} as const;
