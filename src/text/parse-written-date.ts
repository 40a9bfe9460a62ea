/**
 * A date as people type it → YYYY-MM-DD: 2026-03-31, 2026/3/31, 2026.3.31, 2026年3月31日,
 * 20260331, with full-width digits, and a time part after the date (ignored). Shared by the
 * spreadsheet import (cells typed as text) and card JSON (edition, period), so that both accept
 * the same forms.
 */

/** Year, month and day → YYYY-MM-DD, or undefined when there is no such day (2026-02-30). */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The year, month and day of a text written in one of the date forms, real day or not. */
export function writtenDateParts(input: string): { year: number; month: number; day: number } | undefined {
  const text = input.normalize('NFKC').trim();
  const dated =
    /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[\sT].*)?$/.exec(text) ??
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s.*)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return dated ? { year: Number(dated[1]), month: Number(dated[2]), day: Number(dated[3]) } : undefined;
}

/** A date typed as text → YYYY-MM-DD, or undefined when it is not in a date form or not a real day. */
export function parseWrittenDate(input: string): string | undefined {
  const parts = writtenDateParts(input);
  return parts ? isoFromParts(parts.year, parts.month, parts.day) : undefined;
}
