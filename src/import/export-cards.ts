/**
 * Card specs → one spreadsheet (.xlsx or .csv), the reverse of import. Every exported row is
 * read back in memory right away; if a card would not come back the same (a QR colour, a step
 * title containing `：`), the export says which fields, instead of losing them silently.
 */
import path from 'node:path';
import type { CardError, Localized } from '../errors.js';
import type { CardSpec } from '../spec/card-schema.js';
import { labelForPath } from '../spec/field-labels.js';
import { loadCards } from '../spec/load-cards.js';
import { cardToRow, type SheetRowValues } from './card-to-row.js';
import type { ColumnMap } from './map-columns.js';
import type { Limits } from '../limits.js';
import { rowsToSpecs } from './rows-to-specs.js';
import { shownPath } from './sheet-cards.js';
import type { SheetColumn } from './sheet-columns.js';
import type { SheetCell, SheetTable } from './sheet-table.js';
import { assertWritable, buildWorkbook, columnsFor, csvBytes, sheetFormatOf, workbookBytes, writeBytes, type SheetFormat, SHEET_NAME } from './write-sheet.js';

export interface ExportOptions {
  /** Spec files or folders. @default ['cards'] */
  paths?: string[] | undefined;
  /** The .xlsx or .csv file to write. */
  out: string;
  /** Replace the file when it exists. @default false */
  force?: boolean | undefined;
  /** Working directory that relative paths resolve against. @default process.cwd() */
  cwd?: string | undefined;
  /** Spec file size, field and list lengths (the config's `limits`). @default DEFAULT_LIMITS */
  limits?: Pick<Limits, 'specFileBytes' | 'spec'> | undefined;
}

export interface ExportReport {
  /** The file written, as shown to the user. */
  file: string;
  format: SheetFormat;
  exported: Array<{ id: string; file: string }>;
  /** Cards not exported because they are invalid. */
  failed: Array<{ id: string | undefined; file: string; errors: CardError[] }>;
  /** Cards exported with fields a sheet cannot carry. */
  warnings: Array<{ id: string; file: string; text: Localized }>;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

/** The row as import would read it, without a file in between. */
function readBack(row: SheetRowValues, columns: readonly SheetColumn[], limits?: Pick<Limits, 'spec'>): CardSpec | undefined {
  const cell = (field: SheetColumn['field']): SheetCell => {
    const value = row[field];
    if (value === undefined) return { text: '' };
    return typeof value === 'string' ? { text: value } : { text: value.date, date: value.date };
  };
  const table: SheetTable = {
    file: SHEET_NAME,
    name: SHEET_NAME,
    rows: [
      { number: 1, cells: columns.map((column) => ({ text: column.header })) },
      { number: 2, cells: columns.map((column) => cell(column.field)) },
    ],
  };
  const map: ColumnMap = { headerRow: 1, columns: columns.map((column, index) => ({ index, header: column.header, field: column.field })), ignored: [], hiddenIgnored: [] };
  return rowsToSpecs(table, map, { limits })[0]?.card;
}

/** The top-level fields of `card` that do not survive a trip through the sheet. */
export function fieldsLostInSheet(card: CardSpec, row: SheetRowValues, columns: readonly SheetColumn[], limits?: Pick<Limits, 'spec'>): string[] {
  const back = readBack(row, columns, limits) as Record<string, unknown> | undefined;
  const original = card as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(original), ...Object.keys(back ?? {})])];
  return keys.filter((key) => stableJson(original[key]) !== stableJson(back?.[key]));
}

/** Cards → sheet rows, the columns to write, and a warning for each card that would not read back the same. */
export function cardsToSheet(cards: ReadonlyArray<{ card: CardSpec; file: string }>, limits?: Pick<Limits, 'spec'>): {
  rows: SheetRowValues[];
  columns: SheetColumn[];
  warnings: ExportReport['warnings'];
} {
  const rows = cards.map(({ card }) => cardToRow(card));
  const columns = columnsFor(rows);
  const warnings: ExportReport['warnings'] = [];
  cards.forEach(({ card, file }, index) => {
    const lost = fieldsLostInSheet(card, rows[index]!, columns, limits);
    if (lost.length === 0) return;
    warnings.push({
      id: card.id,
      file,
      text: {
        zh: `以下内容写进表格后不能原样读回，请在导入后核对：${lost.map((key) => labelForPath([key]).zh).join('、')}`,
        en: `these fields do not read back the same from the sheet; check them after importing: ${lost.map((key) => labelForPath([key]).en).join(', ')}`,
      },
    });
  });
  return { rows, columns, warnings };
}

export async function sheetBytes(rows: readonly SheetRowValues[], columns: readonly SheetColumn[], format: SheetFormat): Promise<Uint8Array> {
  return format === 'csv' ? csvBytes(rows, columns) : workbookBytes(buildWorkbook(rows, columns));
}

/** Load the cards under `paths` and write the valid ones to one sheet. Refuses to replace a file without `force`. */
export async function exportCards(options: ExportOptions): Promise<ExportReport> {
  const cwd = options.cwd ?? process.cwd();
  const format = sheetFormatOf(options.out);
  const target = path.resolve(cwd, options.out);
  const file = shownPath(target, cwd);
  await assertWritable(target, file, options.force ?? false);
  const entries = await loadCards(options.paths?.length ? options.paths : ['cards'], cwd, undefined, options.limits);
  const valid = entries.filter((entry) => entry.card && entry.errors.length === 0).map((entry) => ({ card: entry.card!, file: entry.file }));
  const failed = entries.filter((entry) => !entry.card || entry.errors.length > 0).map((entry) => ({ id: entry.id, file: entry.file, errors: entry.errors }));
  const { rows, columns, warnings } = cardsToSheet(valid, options.limits);
  if (valid.length > 0) await writeBytes(target, await sheetBytes(rows, columns, format));
  return { file, format, exported: valid.map(({ card, file: source }) => ({ id: card.id, file: source })), failed, warnings };
}
