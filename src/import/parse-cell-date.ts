/**
 * A date cell → YYYY-MM-DD. Excel stores dates as serial numbers (days since 1899-12-30) and
 * shows them in whatever format the sheet uses; staff also type dates as text. Understood:
 * a date cell, a serial number, 2026-03-31, 2026/3/31, 2026.3.31, 2026年3月31日, 20260331,
 * with full-width digits, and a time part after the date (ignored).
 */
import { parseWrittenDate } from '../text/parse-written-date.js';
import type { SheetCell } from './sheet-table.js';

/** Day 0 of Excel's 1900 date system (the 1900 leap-year bug makes it the 30th, not the 31st). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 24 * 60 * 60 * 1000;
/** Serial numbers taken as dates: 1954-10-04 … 2119-01-09; other numbers are not dates. */
const SERIAL_RANGE = [20_000, 80_000] as const;

/** An Excel date serial → YYYY-MM-DD (the time of day is dropped). */
export function dateFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return undefined;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A date typed as text (see parseWrittenDate) or an Excel serial number typed as text → YYYY-MM-DD. */
export function parseDateText(input: string): string | undefined {
  const written = parseWrittenDate(input);
  if (written) return written;
  const text = input.normalize('NFKC').trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return dateFromSerial(Number(text));
  return undefined;
}

/** A cell → YYYY-MM-DD, or undefined when the cell holds no date. */
export function parseCellDate(cell: SheetCell): string | undefined {
  if (cell.date) return cell.date;
  if (cell.number !== undefined) return dateFromSerial(cell.number) ?? parseDateText(cell.text);
  return parseDateText(cell.text);
}
