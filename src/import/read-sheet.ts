/**
 * A spreadsheet file → plain tables of cells, the same shape for .xlsx and .csv, with the row
 * numbers Excel shows. What a cell *means* is decided later (rows-to-specs.ts); here a cell
 * only keeps what Excel stored: its text, and whether it was a number, a date or a hyperlink.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CardError } from '../errors.js';
import { readCsvTable } from './read-csv.js';
import { EMPTY_CELL, type SheetCell, type SheetRow, type SheetTable } from './sheet-table.js';

export type { SheetCell, SheetRow, SheetTable } from './sheet-table.js';

export { isSheetFile } from './sheet-file.js';

function sheetError(file: string, zh: string, en: string, cause?: unknown): CardError {
  return new CardError('E_SHEET', { zh, en }, { file }, cause === undefined ? undefined : { cause });
}

/**
 * Read every worksheet of an .xlsx file, or the one table of a .csv file.
 * @param display the file as shown in messages
 */
export async function readSheetFile(absolutePath: string, display: string): Promise<SheetTable[]> {
  const extension = path.extname(absolutePath).toLowerCase();
  if (extension === '.xls') {
    throw sheetError(display, '不支持 .xls（Excel 97-2003）格式；请在 Excel 中“另存为” .xlsx 或 CSV UTF-8 后再导入', '.xls (Excel 97-2003) is not supported; save the file as .xlsx or CSV UTF-8 in Excel');
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw new CardError('E_IO', { zh: `无法读取文件：${(error as Error).message}`, en: `cannot read the file: ${(error as Error).message}` }, { file: display }, { cause: error });
  }
  if (extension === '.csv') return [readCsvTable(bytes, display, path.basename(absolutePath, path.extname(absolutePath)))];
  return readWorkbookTables(bytes, display);
}

/** Every worksheet of .xlsx bytes. */
export async function readWorkbookTables(bytes: Uint8Array, display: string): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = (error as Error).message;
    throw sheetError(
      display,
      `无法打开 Excel 文件（${detail}）；文件可能已损坏、设了打开密码，或并不是 .xlsx。请在 Excel 中打开后“另存为” .xlsx`,
      `cannot open the Excel file (${detail}); it may be damaged, password-protected or not .xlsx. Open it in Excel and save it as .xlsx`,
      error,
    );
  }
  return workbook.worksheets.map((worksheet) => worksheetTable(worksheet, display));
}

function worksheetTable(worksheet: ExcelJS.Worksheet, file: string): SheetTable {
  const rows: SheetRow[] = [];
  const columnCount = worksheet.columnCount;
  for (let number = 1; number <= worksheet.rowCount; number++) {
    const row = worksheet.getRow(number);
    const cells: SheetCell[] = [];
    for (let col = 1; col <= columnCount; col++) {
      const cell = row.getCell(col);
      // A merged block's value belongs to every row it spans (one issuer for several policies),
      // but only to its first column: the other columns of the block are empty, not copies.
      if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) {
        cells.push(EMPTY_CELL);
        continue;
      }
      cells.push(cellFromValue(cell.value, cell.numFmt));
    }
    rows.push({ number, cells });
  }
  return { file, name: worksheet.name, rows };
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function formatNumber(value: number, numFmt: string | undefined): string {
  // 60% is stored as 0.6; show what the person typed.
  if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) return `${Number((value * 100).toPrecision(12))}%`;
  return String(Number(value.toPrecision(15)));
}

function richText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) {
    return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
  }
  return value === undefined || value === null ? '' : String(value);
}

/** One exceljs cell value → SheetCell. */
export function cellFromValue(value: ExcelJS.CellValue | undefined, numFmt?: string): SheetCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt), number: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const date = isoDate(value);
    return date ? { text: date, date } : EMPTY_CELL;
  }
  if ('error' in value) {
    return { text: '', problem: { zh: `单元格是 Excel 错误值 ${value.error}；请改正公式或直接填写内容`, en: `the cell holds the Excel error ${value.error}; fix the formula or type the value` } };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) {
      return {
        text: '',
        problem: {
          zh: '单元格是公式，但文件里没有保存计算结果；请在 Excel 中打开并保存一次，或把公式换成内容',
          en: 'the cell is a formula without a saved result; open and save the file in Excel, or replace the formula by its value',
        },
      };
    }
    return cellFromValue(result as ExcelJS.CellValue, numFmt);
  }
  if ('hyperlink' in value) {
    return { text: richText(value.text), hyperlink: value.hyperlink };
  }
  if ('richText' in value) return { text: richText(value) };
  return EMPTY_CELL;
}
