import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { detectFileKind, type FileKind } from '../../src/files/detect-file-kind.js';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  // As OpenDocument requires (and LibreOffice writes), the mimetype entry is stored uncompressed.
  for (const [name, content] of Object.entries(files)) zip.file(name, content, name === 'mimetype' ? { compression: 'STORE' } : {});
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('政策').addRow(['政策名称', '发文单位']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function wordDocument(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph('关于开展人才安居补贴申报工作的通知')] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

const bytes = (...values: number[]): Uint8Array => Uint8Array.from([...values, ...new Array(16).fill(0)]);
const text = (value: string, encoding: BufferEncoding = 'utf8'): Uint8Array => Uint8Array.from(Buffer.from(value, encoding));

describe('detectFileKind', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, FileKind]>([
    ['an Excel workbook made by exceljs', workbook, 'xlsx'],
    ['a Word document made by docx', wordDocument, 'docx'],
    ['a PowerPoint zip', () => zipOf({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }), 'pptx'],
    ['a Numbers zip', () => zipOf({ 'Index/Document.iwa': 'x', 'Metadata/DocumentIdentifier': 'id' }), 'numbers'],
    ['an OpenDocument spreadsheet', () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), 'ods'],
    ['another zip', () => zipOf({ '说明.txt': '卡片' }), 'zip'],
    ['an empty zip', () => bytes(0x50, 0x4b, 0x05, 0x06), 'zip'],
    ['an OLE compound file (.xls, .doc)', () => bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'ole'],
    ['a PDF', () => text('%PDF-1.7\n%âãÏÓ\n'), 'pdf'],
    ['a PDF with junk before its header', () => text('\r\n\r\n%PDF-1.4\n'), 'pdf'],
    ['a PNG', () => bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image'],
    ['a JPEG', () => bytes(0xff, 0xd8, 0xff, 0xe0), 'image'],
    ['a BMP', () => bytes(0x42, 0x4d, 0x36, 0x00), 'image'],
    ['a RAR archive', () => bytes(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07), 'rar'],
    ['a 7z archive', () => bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), '7z'],
    ['an HTML page exported as "Excel"', () => text('\uFEFF<html><body><table><tr><td>政策</td></tr></table></body></html>'), 'html'],
    ['XML Spreadsheet 2003', () => text('<?xml version="1.0"?>\n<Workbook/>'), 'html'],
    ['card JSON', () => text('{"title": "人才安居"}'), 'text'],
    ['a CSV starting with BM', () => text('BM编号,政策名称\n1,人才安居\n'), 'text'],
    ['UTF-16 text with its byte-order mark', () => text('\uFEFF政策名称\t发文单位\n', 'utf16le'), 'text'],
    ['GBK text', () => Uint8Array.from([0xd5, 0xfe, 0xb2, 0xdf, 0x0a]), 'text'],
    ['random binary data', () => bytes(0x01, 0x02, 0x03), 'binary'],
    ['nothing', () => new Uint8Array(0), 'empty'],
  ])('%s', async (_name, make, kind) => {
    expect(detectFileKind(await make())).toBe(kind);
  });
});
