/** The wizard’s flow: skip link, save confirmation, the new-year start, step help; en. */
export default {
  introPart: ' (opening)',
  inPart: '{{part}}: {{text}}',
  skipToField: 'Skip to this step’s first field',
  savedToFile: 'Draft saved: {{file}} (in the browser’s downloads folder)',
  newYear: {
    button: 'Start next year’s report',
    title: 'Start next year’s report',
    intro:
      'Next year’s report starts from last year’s: the year goes up by one, the organ and the opening’s facts are kept, table 3’s carry-over is filled from last year’s “carried forward”, last year’s texts stay as a draft to update, and last year’s figures are shown beside the tables. Which report is last year’s?',
    fromCurrent: 'The {{year}} draft open now',
    fromCurrentHint: 'Start the {{next}} report from the draft open now.',
    fromCurrentEmpty:
      'The draft open now has no figures in its tables, so it cannot be last year’s report; choose a saved draft file or a published report file.',
    fromFile: 'A saved draft file (.json)…',
    fromFileHint: 'Last year’s draft, saved with “Save draft”.',
    fromPublished: 'A published report file (Word, web page or text)…',
    fromPublishedHint: 'Last year’s report as published on the website: import it, then choose “Start … from it”.',
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
  help: {
    summary: 'Help',
    summaryLabel: 'Help: what this step asks for',
    example: 'Example: ',
    basics: {
      asks: 'The report opens with the organ, the year, where the electronic version is published (website name and address) and whom to contact (office, address, postcode, phone). It ends with the organ’s name and the date. The title and opening paragraph are generated from these.',
      example:
        'The electronic version of this report is on the Linzi District Government website (http://www.linzi.gov.cn). For questions, contact the Jinshan Town Office, postcode 255400, phone 0533-7xxxxxx.',
    },
    overview: {
      asks: 'Describe the year’s disclosure work in five parts: proactive disclosure, disclosure on request, information management, disclosure platforms, and supervision. Say what was actually done this year, with figures where possible; do not copy last year’s text.',
      example:
        'This year 1,236 items were published proactively, 45 of them policy documents; a “Benefits” column was opened on the town website for subsidy payments.',
    },
    proactive: {
      asks: 'Table 2: rules and normative documents issued, repealed and in force this year; decisions on licences, penalties and enforcement; administrative fees collected (in 10,000 yuan). Enter 0 where there were none. Towns usually make no rules.',
      example: 'Normative documents: 2 issued, 1 repealed, 15 in force.',
    },
    applications: {
      asks: 'Table 3: the disclosure requests received and handled this year, by type of applicant. The total column and the “(7) total” row are calculated; carried over plus received must equal handled plus carried forward. Enter 0 where there were none.',
      example:
        '12 new requests from individuals and 1 from a business; 1 carried over; 8 disclosed, 2 partly disclosed, 1 carried forward.',
    },
    litigation: {
      asks: 'Table 4: administrative reconsideration and lawsuits about disclosure this year, by result (upheld, corrected, other, pending); totals are calculated. Enter 0 where there were none.',
      example: 'Reconsideration: 1 upheld, 1 pending, 2 in total.',
    },
    problems: {
      asks: 'Say honestly what the main problems in this year’s disclosure work were, then what is being done about them. Do not leave it empty or write “none”: evaluators mark that down.',
      example:
        'Problem: some village notice boards were not updated on time. Improvement: a monthly check, coordinated by the town office.',
    },
    other: {
      asks: 'Say whether information-processing fees were charged (and how much, in yuan), and report other matters such as deputies’ proposals handled and this year’s disclosure priorities.',
      example: 'No information-processing fees were charged this year.',
    },
    review: {
      asks: 'Check everything: errors must be fixed before the final copy can be exported; check each warning. Export the Word file, or save the draft file to continue later.',
      example: 'The report has 1 error: table 3 “(7) total” does not match its parts. Click it to go to the cell.',
    },
  },
};
