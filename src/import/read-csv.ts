/**
 * CSV bytes → a SheetTable. CSV files from Excel come in several encodings: "CSV UTF-8" (with a
 * BOM), plain "CSV" from Chinese Windows (GBK, or Big5 on Traditional Chinese Windows in Taiwan
 * and Hong Kong), "Unicode text" (UTF-16, tab-separated). The
 * encoding is detected and decoded with a real decoder; the text goes through a real CSV parser
 * (quotes, line breaks inside cells). Row numbers are record numbers, as Excel shows them.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { CardError } from '../errors.js';
import { decodeLegacyChinese } from '../text/decode-legacy-chinese.js';
import { EMPTY_CELL, type SheetTable } from './sheet-table.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** The text of a CSV file and the encoding it was found in. */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text: string; encoding: CsvEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { text: UTF8.decode(buffer.subarray(3)), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: UTF8.decode(buffer), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: older Excel saves "CSV" in the Windows code page (GBK or Big5).
  }
  const legacy = decodeLegacyChinese(buffer);
  if (!legacy) {
    throw new CardError(
      'E_ENCODING',
      {
        zh: '无法识别 CSV 文件的编码（既不是 UTF-8，也不是 GBK 或 Big5）；请在 Excel 中“另存为” → “CSV UTF-8（逗号分隔）”',
        en: 'cannot tell the encoding of the CSV file (neither UTF-8 nor GBK nor Big5); in Excel, save it as “CSV UTF-8 (Comma delimited)”',
      },
      { file },
    );
  }
  return legacy;
}

/** The separator of the first record: comma, or tab (Excel "Unicode text"), or semicolon (European Excel). */
function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

/** A cell our own CSV export protected against formula injection (`'=…`) reads back as it was. */
function unprotect(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Read CSV bytes as one table named `name` (Excel names the sheet of a CSV after the file). */
export function readCsvTable(bytes: Uint8Array, file: string, name: string): SheetTable {
  const { text } = decodeCsvBytes(bytes, file);
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    // csv-parse's own text is English and names its options; the line and the usual cause are what helps.
    const lines = (error as { lines?: number }).lines;
    const where = lines === undefined ? { zh: '', en: '' } : { zh: `（第 ${lines} 行附近）`, en: ` (near line ${lines})` };
    throw new CardError(
      'E_SHEET',
      {
        zh: `CSV 格式错误${where.zh}：单元格里的引号 " 没有成对；单元格内容里的引号要写成两个（""），或在 Excel 中打开后重新“另存为” CSV UTF-8`,
        en: `invalid CSV${where.en}: a quote " inside a cell is not paired; write a quote inside a cell as two (""), or open the file in Excel and save it as CSV UTF-8 again`,
      },
      { file },
      { cause: error },
    );
  }
  return {
    file,
    name,
    rows: records.map((record, index) => ({ number: index + 1, cells: record.map((value) => (value === '' ? EMPTY_CELL : { text: unprotect(value) })) })),
  };
}
