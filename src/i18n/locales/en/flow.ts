/** The wizard's flow: skip link, save confirmation, the new-year start, step help; en. */
export default {
  skipToField: "Skip to this step's first field",
  savedToFile: "Draft saved: {{file}} (in the browser's downloads folder)",
};
