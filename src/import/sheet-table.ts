/**
 * The plain table every spreadsheet is read into, the same for .xlsx and .csv: rows with the
 * numbers Excel shows, cells that keep only what Excel stored.
 */
import type { Localized } from '../errors.js';

export interface SheetCell {
  /** The text as a person reads it ('' when empty); dates as YYYY-MM-DD. */
  text: string;
  /** Set when Excel stored a number (a date typed into a text-formatted cell may be one). */
  number?: number;
  /** Set when Excel stored a date: YYYY-MM-DD. */
  date?: string;
  /** The target of a hyperlink cell. */
  hyperlink?: string;
  /** Why the cell has no usable value (an Excel error such as #N/A, a formula never calculated). */
  problem?: Localized;
}

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  number: number;
  /** Cells by column, index 0 = column A. */
  cells: SheetCell[];
  /** Hidden in Excel (hidden by hand or filtered out); never set for CSV. */
  hidden?: boolean;
}

export interface SheetTable {
  /** The workbook as named to the user, e.g. `政策清单.xlsx`. */
  file: string;
  /** The worksheet name; for a CSV file, its name without extension (as Excel shows it). */
  name: string;
  rows: SheetRow[];
  /** Columns hidden in Excel (0 = column A); never set for CSV. */
  hiddenColumns?: number[];
}

export const EMPTY_CELL: SheetCell = { text: '' };

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
export function sheetReference(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `政策清单!D7`: a cell as Excel names it (it can be typed into the Name Box to jump there). */
export function cellAddress(sheet: string, columnIndex: number, row: number): string {
  return `${sheetReference(sheet)}!${columnLetter(columnIndex)}${row}`;
}
