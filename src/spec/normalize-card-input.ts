/**
 * A parsed card → the same card with the forgiving spellings made canonical, before it is
 * checked: dates written as 2026/3/1, 2026.3.1 or 2026年3月1日 become 2026-03-01 (the forms a
 * spreadsheet accepts), and Traditional QR purposes (申報入口, 諮詢) become the Simplified values.
 * Anything else is left exactly as written, so the schema still reports it.
 */
import { parseWrittenDate } from '../text/parse-written-date.js';
import type { QrPurpose } from './card-schema.js';

/** Traditional spellings of the QR purposes (原文 and 其他 are written the same in both). */
const TRADITIONAL_PURPOSES: Record<string, QrPurpose> = {
  申報入口: '申报入口',
  諮詢: '咨询',
  咨詢: '咨询',
  諮询: '咨询',
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function normalizeDate(value: unknown): unknown {
  return typeof value === 'string' ? (parseWrittenDate(value) ?? value) : value;
}

function normalizeQrEntry(entry: unknown): unknown {
  if (!isRecord(entry) || typeof entry['purpose'] !== 'string') return entry;
  const purpose = entry['purpose'].trim();
  return Object.hasOwn(TRADITIONAL_PURPOSES, purpose) ? { ...entry, purpose: TRADITIONAL_PURPOSES[purpose] } : entry;
}

/** A copy of `json` with dates and QR purposes normalised; `json` itself is not changed. */
export function normalizeCardInput(json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...json };
  if (Object.hasOwn(json, 'edition')) out['edition'] = normalizeDate(json['edition']);
  const period = json['period'];
  if (isRecord(period)) {
    out['period'] = {
      ...period,
      ...(Object.hasOwn(period, 'start') ? { start: normalizeDate(period['start']) } : {}),
      ...(Object.hasOwn(period, 'end') ? { end: normalizeDate(period['end']) } : {}),
    };
  }
  const qr = json['qr'];
  if (qr !== undefined) out['qr'] = Array.isArray(qr) ? qr.map(normalizeQrEntry) : normalizeQrEntry(qr);
  return out;
}
