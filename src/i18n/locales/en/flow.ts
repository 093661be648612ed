/** The wizard's flow: skip link, save confirmation, the new-year start, step help; en. */
export default {
  skipToField: "Skip to this step's first field",
  savedToFile: "Draft saved: {{file}} (in the browser's downloads folder)",
  newYear: {
    button: "Start next year's report",
    title: "Start next year's report",
    intro:
      "Next year's report starts from last year's: the year goes up by one, the organ and the opening's facts are kept, table 3's carry-over is filled from last year's “carried forward”, last year's texts stay as a draft to update, and last year's figures are shown beside the tables. Which report is last year's?",
    fromCurrent: 'The {{year}} draft open now',
    fromCurrentHint: 'Start the {{next}} report from the draft open now.',
    fromCurrentEmpty:
      "The draft open now has no figures in its tables, so it cannot be last year's report; choose a saved draft file or a published report file.",
    fromFile: 'A saved draft file (.json)…',
    fromFileHint: "Last year's draft, saved with “Save draft”.",
    fromPublished: 'A published report file (Word, web page or text)…',
    fromPublishedHint: "Last year's report as published on the website: import it, then choose “Start … from it”.",
    fileError: 'Cannot start from this file: {{problem}}',
    confirmTitle: 'Start the {{next}} report and replace the current draft?',
    confirmText: 'The current draft ({{organ}}, {{year}}) will be replaced by the new {{next}} report.',
    unnamed: 'organ not named',
    unsaved: 'The current draft has changes not saved to a file; consider cancelling and clicking “Save draft” first.',
    undoHint: 'After replacing, “Undo” brings the current draft back.',
    confirm: 'Replace and start the {{next}} report',
    back: 'Choose again',
    cancel: 'Cancel',
  },
};
