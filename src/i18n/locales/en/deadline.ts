/** The basics step: the publication deadline and the days left (issue 12), English. */
export default {
  label: 'Publication deadline',
  suggested:
    'Under article 49 of the Regulations, the report of a {{kind}} is due by {{date}}; the box is prefilled with that date and can be changed.',
  setOverDefault: 'A deadline of your own is set. Clear the box to return to the statutory {{date}}.',
  township: 'A township’s or subdistrict’s deadline is set by the higher level’s notice: please enter it.',
  set: 'A deadline of your own is set.',
  daysLeft: 'Days left until the deadline: {{days}}.',
  dueToday: 'The deadline is today.',
  overdue: 'Days past the deadline: {{days}}.',
  date: '{{day}}/{{month}}/{{year}}',
} as const;
