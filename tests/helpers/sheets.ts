import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export interface TestSheet {
  name: string;
  /** Rows from row 1; `null` leaves a cell empty, `undefined` rows stay fully empty. */
  rows: Array<Array<ExcelJS.CellValue> | undefined>;
  /** Ranges to merge, e.g. `A1:P1`. */
  merges?: string[];
  /** Row numbers hidden in Excel (Format → Hide, or filtered out). */
  hiddenRows?: number[];
  /** Column numbers (1 = A) hidden in Excel. */
  hiddenColumns?: number[];
}

/** An .xlsx workbook built the way Excel would store it. */
export async function buildTestWorkbook(sheets: TestSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((values, index) => {
      if (!values) return;
      const row = worksheet.getRow(index + 1);
      values.forEach((value, column) => {
        if (value === null) return;
        const cell = row.getCell(column + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'yyyy/m/d';
      });
    });
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
    for (const number of sheet.hiddenRows ?? []) worksheet.getRow(number).hidden = true;
    for (const number of sheet.hiddenColumns ?? []) worksheet.getColumn(number).hidden = true;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function tempDir(prefix = 'policy-card-import-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function writeTestWorkbook(file: string, sheets: TestSheet[]): Promise<void> {
  await writeFile(file, await buildTestWorkbook(sheets));
}
