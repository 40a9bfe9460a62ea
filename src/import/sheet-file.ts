import path from 'node:path';

const SHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.csv'];

/**
 * Whether a file is read as a spreadsheet (by extension, case-insensitive). `.xls` counts, to be
 * refused clearly. Kept apart from the readers so that asking does not load exceljs.
 */
export function isSheetFile(file: string): boolean {
  const extension = path.extname(file).toLowerCase();
  return SHEET_EXTENSIONS.includes(extension) || extension === '.xls';
}
