/**
 * What a file really is, from its first bytes, whatever its extension says. Staff rename files
 * (an old .xls saved as .xlsx), business systems export web pages as "Excel", and a Numbers or
 * WPS file looks like a spreadsheet to its owner. Naming what the file is lets the message say
 * how to fix it, instead of passing on a zip library's "Corrupted zip?".
 */

export type FileKind =
  /** An Office Open XML workbook (.xlsx, .xlsm), possibly damaged. */
  | 'xlsx'
  /** An OLE2 compound file: Excel 97-2003 (.xls), WPS (.et), or a password-protected .xlsx. */
  | 'ole'
  /** An Apple Numbers document (a zip holding Index/*.iwa). */
  | 'numbers'
  /** An OpenDocument spreadsheet (.ods). */
  | 'ods'
  /** A Word document (.docx). */
  | 'docx'
  | 'pdf'
  /** An HTML page or XML Spreadsheet 2003, as many business systems export their "Excel" files. */
  | 'html'
  /** Some other zip archive. */
  | 'zip'
  /** Text: a CSV file, or text pretending to be something else. */
  | 'text'
  /** Bytes that are no text (images, executables, random data). */
  | 'binary'
  | 'empty';

const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ZIP = Buffer.from('PK\x03\x04', 'latin1');

/** Entry names stored in a zip's headers uncompressed; enough to tell the Office formats apart. */
function zipKind(bytes: Buffer): FileKind {
  const has = (name: string): boolean => bytes.includes(name, 0, 'latin1');
  if (has('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (has('Index/Document.iwa') || has('Index.zip') || has('Metadata/DocumentIdentifier')) return 'numbers';
  if (has('word/document.xml')) return 'docx';
  if (has('xl/') || has('[Content_Types].xml')) return 'xlsx';
  return 'zip';
}

/** Control characters other than tab, line breaks and form feed: text files have none. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  // UTF-16 text (Excel's "Unicode text") is full of NUL bytes, but starts with a BOM.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > head.length / 100;
}

/** The kind of a file's content. */
export function detectFileKind(data: Uint8Array): FileKind {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) return 'ole';
  if (bytes.subarray(0, ZIP.length).equals(ZIP)) return zipKind(bytes);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (looksBinary(bytes)) return 'binary';
  const start = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(?:!doctype html|html|table|\?xml|meta|head|body)/.test(start)) return 'html';
  return 'text';
}
