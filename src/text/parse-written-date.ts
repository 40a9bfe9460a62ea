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

const FULL_DATE = String.raw`(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2}))`;
const MONTH_DAY = String.raw`(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?`;
const RANGE = new RegExp(String.raw`^${FULL_DATE}\s*(?:至|到|[-–—~]{1,2})\s*(?:${FULL_DATE}|${MONTH_DAY})$`, 'u');

/**
 * A window written in one cell → its start and end: 2026年3月1日至4月30日, 2026.3.1-2026.4.30,
 * 2026/3/1 ~ 2026/4/30. An end without a year takes the start's year, or the next one when it
 * would fall earlier (2026年11月1日至1月31日). Anything else (words after it, no year at all, a day
 * that does not exist, an end before the start) is not a range: undefined.
 */
export function parseWrittenRange(input: string): { start: string; end: string } | undefined {
  const match = RANGE.exec(input.normalize('NFKC').trim());
  if (!match) return undefined;
  const number = (index: number): number => Number(match[index]);
  const year = number(1);
  const start = isoFromParts(year, number(match[2] ? 2 : 4), number(match[2] ? 3 : 5));
  let end: string | undefined;
  if (match[6]) end = isoFromParts(number(6), number(match[7] ? 7 : 9), number(match[7] ? 8 : 10));
  else {
    end = isoFromParts(year, number(11), number(12));
    if (end && start && end < start) end = isoFromParts(year + 1, number(11), number(12));
  }
  return start && end && start <= end ? { start, end } : undefined;
}
