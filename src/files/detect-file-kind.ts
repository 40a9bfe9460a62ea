/**
 * What a file really is, from its bytes, whatever its extension says. Staff rename files (an old
 * .xls saved as .xlsx, a Word file saved as .json), business systems export web pages as
 * "Excel", and a Numbers or WPS file looks like a spreadsheet to its owner. Each command that
 * reads files (build, import, draft) asks this one module what the bytes are and keeps only its
 * own words for what to do with that kind.
 */

export type FileKind =
  /** An Office Open XML workbook (.xlsx, .xlsm), or a zip with Office parts that is none of the others (a damaged one). */
  | 'xlsx'
  /** A Word document (.docx). */
  | 'docx'
  /** A PowerPoint presentation (.pptx). */
  | 'pptx'
  /** An Apple Numbers document (a zip holding Index/*.iwa). */
  | 'numbers'
  /** An OpenDocument spreadsheet (.ods). */
  | 'ods'
  /** Some other zip archive. */
  | 'zip'
  /** An OLE2 compound file: Office 97-2003 (.xls, .doc, .ppt), WPS (.et, .wps), or a password-protected Office file. */
  | 'ole'
  | 'pdf'
  /** PNG, JPEG, GIF, BMP, TIFF or WebP. */
  | 'image'
  | 'rar'
  | '7z'
  /** An HTML page or XML Spreadsheet 2003, as many business systems export their "Excel" files. */
  | 'html'
  /** Text: JSON, CSV, plain text, or text pretending to be something else. */
  | 'text'
  /** Bytes that are no text (executables, random data). */
  | 'binary'
  | 'empty';

/** The zip flavours, for callers that only care that a file is a zip. */
export const ZIP_KINDS: readonly FileKind[] = ['xlsx', 'docx', 'pptx', 'numbers', 'ods', 'zip'];

const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Entry names stored in a zip's headers uncompressed; enough to tell the Office formats apart. */
function zipKind(bytes: Buffer): FileKind {
  const has = (name: string): boolean => bytes.includes(name, 0, 'latin1');
  if (has('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (has('Index/Document.iwa') || has('Index.zip') || has('Metadata/DocumentIdentifier')) return 'numbers';
  if (has('word/document.xml')) return 'docx';
  if (has('ppt/presentation.xml')) return 'pptx';
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

function isImage(bytes: Buffer): boolean {
  const starts = (...signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);
  return (
    starts(0x89, 0x50, 0x4e, 0x47) || // PNG
    starts(0xff, 0xd8, 0xff) || // JPEG
    starts(0x47, 0x49, 0x46, 0x38) || // GIF
    starts(0x49, 0x49, 0x2a, 0x00) ||
    starts(0x4d, 0x4d, 0x00, 0x2a) || // TIFF
    (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) || // WEBP
    // BMP's signature is only "BM", which text may start with: a real one is also binary.
    (starts(0x42, 0x4d) && looksBinary(bytes))
  );
}

/** The kind of a file's content. */
export function detectFileKind(data: Uint8Array): FileKind {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) return 'ole';
  // PK\3\4 starts a zip with entries, PK\5\6 an empty one.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))) {
    return zipKind(bytes);
  }
  // PDF readers accept junk before the header within the first KB, and so do we.
  if (bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (bytes.subarray(0, 4).toString('latin1') === 'Rar!') return 'rar';
  if (bytes.subarray(0, 6).equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))) return '7z';
  if (isImage(bytes)) return 'image';
  if (looksBinary(bytes)) return 'binary';
  const start = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(?:!doctype html|html|table|\?xml|meta|head|body)/.test(start)) return 'html';
  return 'text';
}
