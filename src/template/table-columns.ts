/**
 * How each column of a reward table is sized, the same in every row. A card lays a table out row
 * by row (satori has flex rows, no table layout), so a cell sized by its own text made each row's
 * columns a different width: a long date window in row 1 pushed that row's columns out of line
 * with the rows below. Every cell of a column now grows by the same weight from nothing, so the
 * columns line up; the weight comes from the longest text in the column (a column of long text
 * gets more room), and a floor in em keeps a short heading (档次, 金额) on one line at any font
 * scale.
 */
import { displayWidth } from '../text/display-width.js';

/** Past this many columns of text (about 8 Chinese characters) a cell wraps anyway: more width would only starve the others. */
const MOST_COLUMNS = 16;
/** A cell's padding (20px each side at a 32px font), in em. */
const PADDING_EM = 1.25;
/** Headings longer than this many Chinese characters may wrap: six columns of long floors would not fit a phone card. */
const FLOOR_CHARACTERS = 4;

export interface TableText {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** The inline style of each column's cells: `flex: 26 1 0%; min-width: 3.35em`. */
export function columnStyles(table: TableText): string[] {
  return table.columns.map((heading, column) => {
    const longest = Math.max(displayWidth(heading), ...table.rows.map((row) => displayWidth(row[column] ?? '')));
    const weight = Math.min(longest, MOST_COLUMNS) + 2 * PADDING_EM;
    // A Chinese character is 1 em wide, two display columns; 0.1 em of slack for rounding.
    const floor = Math.min(displayWidth(heading) / 2, FLOOR_CHARACTERS) + PADDING_EM + 0.1;
    return `flex: ${weight} 1 0%; min-width: ${Math.round(floor * 100) / 100}em`;
  });
}
