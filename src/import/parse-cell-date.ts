/**
 * A date cell → YYYY-MM-DD. Excel stores dates as serial numbers (days since 1899-12-30) and
 * shows them in whatever format the sheet uses; staff also type dates as text. Understood:
 * a date cell, a serial number, 2026-03-31, 2026/3/31, 2026.3.31, 2026年3月31日, 20260331,
 * with full-width digits, and a time part after the date (ignored).
 */
import type { SheetCell } from './sheet-table.js';

/** Day 0 of Excel's 1900 date system (the 1900 leap-year bug makes it the 30th, not the 31st). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 24 * 60 * 60 * 1000;
/** Serial numbers taken as dates: 1954-10-04 … 2119-01-09; other numbers are not dates. */
const SERIAL_RANGE = [20_000, 80_000] as const;

function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** An Excel date serial → YYYY-MM-DD (the time of day is dropped). */
export function dateFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return undefined;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A date typed as text → YYYY-MM-DD, or undefined when it is not a real date. */
export function parseDateText(input: string): string | undefined {
  const text = input.normalize('NFKC').trim();
  const dated =
    /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[\sT].*)?$/.exec(text) ??
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s.*)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (dated) return isoFromParts(Number(dated[1]), Number(dated[2]), Number(dated[3]));
  if (/^\d+(?:\.\d+)?$/.test(text)) return dateFromSerial(Number(text));
  return undefined;
}

/** A cell → YYYY-MM-DD, or undefined when the cell holds no date. */
export function parseCellDate(cell: SheetCell): string | undefined {
  if (cell.date) return cell.date;
  if (cell.number !== undefined) return dateFromSerial(cell.number) ?? parseDateText(cell.text);
  return parseDateText(cell.text);
}
