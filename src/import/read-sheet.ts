/**
 * A spreadsheet file → plain tables of cells, the same shape for .xlsx and .csv, with the row
 * numbers Excel shows. What a cell *means* is decided later (rows-to-specs.ts); here a cell
 * only keeps what Excel stored: its text, and whether it was a number, a date or a hyperlink.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CardError, type Localized } from '../errors.js';
import { detectFileKind, type FileKind } from '../files/detect-file-kind.js';
import { readProblem } from '../files/read-problem.js';
import { formatCellNumber } from './format-cell-number.js';
import { readCsvTable } from './read-csv.js';
import { EMPTY_CELL, type SheetCell, type SheetRow, type SheetTable } from './sheet-table.js';

export type { SheetCell, SheetRow, SheetTable } from './sheet-table.js';

export { isSheetFile } from './sheet-file.js';

function sheetError(file: string, zh: string, en: string, cause?: unknown): CardError {
  return new CardError('E_SHEET', { zh, en }, { file }, cause === undefined ? undefined : { cause });
}

/** What to do with a document or slides given where a policy list is needed. */
const NEEDS_SHEET: Localized = {
  zh: '这里需要政策清单表格（.xlsx 或 .csv）；可用 policy-card sheet-template 生成模板',
  en: 'a policy list (.xlsx or .csv) is needed here; policy-card sheet-template writes one to start from',
};

/** How each kind of file is named in a message, and what to do with it instead. */
const KIND_TEXT: Record<Exclude<FileKind, 'xlsx' | 'text' | 'image' | 'rar' | '7z'>, { name: Localized; fix: Localized }> = {
  ole: {
    name: { zh: 'Excel 97-2003 工作簿（.xls），或设了打开密码的工作簿', en: 'an Excel 97-2003 workbook (.xls), or a password-protected workbook' },
    fix: { zh: '请在 Excel 中打开（有密码先去掉密码），“另存为” .xlsx 或 CSV UTF-8 后再导入', en: 'open it in Excel (remove the password, if any) and save it as .xlsx or CSV UTF-8' },
  },
  numbers: {
    name: { zh: 'Numbers 表格', en: 'a Numbers document' },
    fix: { zh: '请在 Numbers 中选“文件 → 导出为 → Excel…”或“CSV…”，再导入导出的文件', en: 'in Numbers, choose File → Export To → Excel… or CSV…, and import that file' },
  },
  ods: {
    name: { zh: 'OpenDocument 表格（.ods）', en: 'an OpenDocument spreadsheet (.ods)' },
    fix: { zh: '请在 WPS、LibreOffice 或 Excel 中“另存为” .xlsx 后再导入', en: 'save it as .xlsx in WPS, LibreOffice or Excel' },
  },
  docx: {
    name: { zh: 'Word 文档', en: 'a Word document' },
    fix: NEEDS_SHEET,
  },
  pptx: {
    name: { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
    fix: NEEDS_SHEET,
  },
  pdf: {
    name: { zh: 'PDF 文件', en: 'a PDF file' },
    fix: NEEDS_SHEET,
  },
  html: {
    name: { zh: '网页（HTML）或 XML 格式的表格（业务系统导出的“Excel”常是这样）', en: 'an HTML or XML table (as business systems often export “Excel” files)' },
    fix: { zh: '请在 Excel 中打开后“另存为” .xlsx 或 CSV UTF-8 再导入', en: 'open it in Excel and save it as .xlsx or CSV UTF-8' },
  },
  zip: {
    name: { zh: '压缩包，不是 Excel 工作簿', en: 'a zip archive, not an Excel workbook' },
    fix: { zh: '请解压后导入其中的 .xlsx 或 .csv 文件', en: 'unpack it and import the .xlsx or .csv file inside' },
  },
  binary: {
    name: { zh: '二进制数据，不是表格', en: 'binary data, not a spreadsheet' },
    fix: { zh: '请确认选对了文件；表格请保存为 .xlsx 或 CSV UTF-8', en: 'check that this is the right file; save spreadsheets as .xlsx or CSV UTF-8' },
  },
  empty: {
    name: { zh: '空文件（0 字节）', en: 'an empty file (0 bytes)' },
    fix: { zh: '请确认文件已保存完整，或重新导出', en: 'check that the file was saved completely, or export it again' },
  },
};

/** A file whose content is not what its extension promises. */
function wrongKind(file: string, extension: string, kind: FileKind): CardError {
  const text =
    kind === 'xlsx'
      ? { name: { zh: 'Excel 工作簿（.xlsx）', en: 'an Excel workbook (.xlsx)' }, fix: { zh: '请把扩展名改为 .xlsx 再导入', en: 'rename it to .xlsx' } }
      : kind === 'text'
        ? { name: { zh: '纯文本（可能是 CSV）', en: 'plain text (CSV, perhaps)' }, fix: { zh: '若是 CSV，请把扩展名改为 .csv 再导入', en: 'if it is CSV, rename it to .csv' } }
        : KIND_TEXT[kind === 'image' ? 'binary' : kind === 'rar' || kind === '7z' ? 'zip' : kind];
  const shown = extension || '（无）';
  return sheetError(file, `扩展名是 ${shown}，内容却是${text.name.zh}；${text.fix.zh}`, `the file is named ${extension || 'without an extension'} but holds ${text.name.en}; ${text.fix.en}`);
}

/**
 * Read every worksheet of an .xlsx file, or the one table of a .csv file. The content decides,
 * not the extension: a file that is something else is refused with what it is and what to do.
 * @param display the file as shown in messages
 */
export async function readSheetFile(absolutePath: string, display: string): Promise<SheetTable[]> {
  const extension = path.extname(absolutePath).toLowerCase();
  // A Numbers document may be a folder (a macOS package): refuse it before reading.
  if (extension === '.numbers') {
    throw sheetError(display, `Numbers 表格不能直接导入；${KIND_TEXT.numbers.fix.zh}`, `Numbers documents cannot be imported; ${KIND_TEXT.numbers.fix.en}`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw new CardError('E_IO', readProblem(error, { zh: '表格文件', en: 'a spreadsheet file' }), { file: display }, { cause: error });
  }
  const kind = detectFileKind(bytes);
  if (extension === '.csv') {
    if (kind !== 'text') throw wrongKind(display, extension, kind);
    return [readCsvTable(bytes, display, path.basename(absolutePath, path.extname(absolutePath)))];
  }
  if (extension === '.xls' && kind === 'ole') {
    throw sheetError(display, '不支持 .xls（Excel 97-2003）格式；请在 Excel 中“另存为” .xlsx 或 CSV UTF-8 后再导入', '.xls (Excel 97-2003) is not supported; save the file as .xlsx or CSV UTF-8 in Excel');
  }
  if (kind !== 'xlsx') throw wrongKind(display, extension, kind);
  return readWorkbookTables(bytes, display);
}

/** Every worksheet of .xlsx bytes. */
export async function readWorkbookTables(bytes: Uint8Array, display: string): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    // The library's text ("Corrupted zip?", "End of data reached") helps nobody who has the file.
    throw sheetError(
      display,
      'Excel 文件已损坏，无法打开（可能没有下载或复制完整）；请在 Excel 中打开并“另存为” .xlsx，Excel 也打不开时请找回原文件',
      'the Excel file is damaged and cannot be opened (perhaps not downloaded or copied completely); open it in Excel and save it as .xlsx, or get the original file again',
      error,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw sheetError(display, '工作簿中没有工作表；请在 Excel 中打开并检查，再“另存为” .xlsx', 'the workbook has no sheets; open it in Excel, check it and save it as .xlsx');
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
    rows.push(row.hidden ? { number, cells, hidden: true } : { number, cells });
  }
  const hiddenColumns = Array.from({ length: columnCount }, (_, index) => index).filter((index) => worksheet.getColumn(index + 1).hidden);
  return hiddenColumns.length > 0 ? { file, name: worksheet.name, rows, hiddenColumns } : { file, name: worksheet.name, rows };
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function formatNumber(value: number, numFmt: string | undefined): string {
  // A unit, separators or a percent sign in the format (500 shown as 500万元, 0.6 as 60%) are part of what the person reads.
  return formatCellNumber(value, numFmt) ?? String(Number(value.toPrecision(15)));
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
