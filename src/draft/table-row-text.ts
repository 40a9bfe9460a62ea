/**
 * A row of a table that a page's text kept with its pipes (| 可办理人群 | 自然人 | ||, ---|---|,
 * 可办理具体条件 | 珠三角地区…): what it says as one text, for the list it stands in.
 */
import { matchingText } from './normalise-text.js';

/** A rule row of a table kept as text: ---|---|---. */
const TABLE_RULE = /^[\s|:\-–—]*$/u;
/** A cell that is a word or a name (自然人, 长期公开), not a sentence that could be an item. */
const SHORT_CELL = /^[^，。；：,;]{1,10}$/u;

/**
 * The cells of a row of a table that a page's text kept with its pipes (| 可办理人群 | 自然人 | ||,
 * 可办理具体条件 | 珠三角地区…): the first cell labels the row, so the item is what the other cells say.
 * A rule row, or a row of nothing but words and names, gives no item; a line without pipes
 * between cells is no row (undefined).
 */
export function tableRowText(text: string): string | undefined {
  // Two pipes at least, or one between cells: a single | that a page puts after a title is no row.
  if ((text.match(/\|/gu)?.length ?? 0) < 2 && !/\S\s+\|\s+\S/u.test(text)) return undefined;
  if (TABLE_RULE.test(text)) return '';
  const cells = text.split('|').map((cell) => cell.trim()).filter(Boolean);
  const values = cells.length > 1 && SHORT_CELL.test(matchingText(cells[0]!)) ? cells.slice(1) : cells;
  return values.every((cell) => SHORT_CELL.test(matchingText(cell))) ? '' : values.join(' ');
}

