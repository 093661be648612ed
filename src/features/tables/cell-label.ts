/** The accessible name of a table cell (the domain's name for it, also what the CLI prints). */
export { cellLabel } from '../../report/cell-label.ts';
