/**
 * Sheet rows → an .xlsx workbook or a CSV file. The workbook is laid out for people (header
 * row frozen, columns wide enough, text wrapped, dates as real Excel dates); the CSV is UTF-8
 * with a BOM, so Excel opens its Chinese correctly, and every cell that Excel would run as a
 * formula (`= + - @`) is neutralised with a leading apostrophe.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { CardError } from '../errors.js';
import type { SheetRowValues, SheetValue } from './card-to-row.js';
import { SHEET_COLUMNS, type SheetColumn } from './sheet-columns.js';

export type SheetFormat = 'xlsx' | 'csv';

/** The name of the worksheet that export and the template write. */
export const SHEET_NAME = '政策清单';

/** The format a file name asks for; anything but .xlsx and .csv is a usage error. */
export function sheetFormatOf(file: string): SheetFormat {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new CardError('E_USAGE', { zh: `输出文件应以 .xlsx 或 .csv 结尾，收到 ${file}`, en: `the output file must end in .xlsx or .csv, received ${file}` });
}

/** The template's columns, plus the optional columns that some row fills. */
export function columnsFor(rows: readonly SheetRowValues[]): SheetColumn[] {
  return SHEET_COLUMNS.filter((column) => column.inTemplate || rows.some((row) => row[column.field] !== undefined));
}

function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/** A workbook with one sheet: the header row, then one row per entry of `rows`. */
export function buildWorkbook(rows: readonly SheetRowValues[], columns: readonly SheetColumn[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'policy-card';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  // Column styles reach the empty rows too: text format keeps the 0 of 0512-… and 001 as typed.
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.field,
    width: column.width,
    style: { numFmt: column.kind === 'date' ? 'yyyy-mm-dd' : '@', alignment: { vertical: 'top', wrapText: true } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  columns.forEach((column, index) => {
    header.getCell(index + 1).fill = column.required ? REQUIRED_FILL : HEADER_FILL;
  });
  for (const values of rows) {
    const row = sheet.addRow(columns.map((column) => cellValue(values[column.field])));
    row.alignment = { vertical: 'top', wrapText: true };
    columns.forEach((column, index) => {
      if (column.kind === 'date') row.getCell(index + 1).numFmt = 'yyyy-mm-dd';
      else row.getCell(index + 1).numFmt = '@';
    });
  }
  return workbook;
}

function cellValue(value: SheetValue | undefined): ExcelJS.CellValue {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : dateOf(value.date);
}

/** A CSV cell that Excel would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function neutralizeCsvCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvBytes(rows: readonly SheetRowValues[], columns: readonly SheetColumn[]): Uint8Array {
  const records = [
    columns.map((column) => column.header),
    ...rows.map((values) =>
      columns.map((column) => {
        const value = values[column.field];
        return value === undefined ? '' : neutralizeCsvCell(typeof value === 'string' ? value : value.date);
      }),
    ),
  ];
  return Buffer.from(stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/ }), 'utf8');
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Refuse to replace a file unless asked: a sheet may hold a person's edits. */
export async function assertWritable(file: string, display: string, force: boolean): Promise<void> {
  if (force) return;
  const exists = await stat(file).then(() => true, () => false);
  if (exists) {
    throw new CardError('E_EXISTS', { zh: '文件已存在；要覆盖请加 --force', en: 'the file already exists; pass --force to replace it' }, { file: display });
  }
}

export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(file, bytes);
}
