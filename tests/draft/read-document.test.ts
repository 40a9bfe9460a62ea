import { readdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { isDocumentFile, readDocument, readDocumentBytes } from '../../src/draft/read-document.js';
import { noticeDocx, noticePdf } from '../helpers/documents.js';
import { documentFolder, NOTO_SANS_SC, pdfBytes } from '../helpers/document-folder.js';
import { rejectedCardError } from '../helpers/errors.js';

/** A page photographed or scanned: an image and no text. */
function scannedPdf(): Promise<Buffer> {
  const image = new PNG({ width: 200, height: 280 });
  image.data.fill(235);
  return pdfBytes({}, (doc) => doc.image(PNG.sync.write(image), 50, 50, { width: 400 }));
}

function encryptedPdf(): Promise<Buffer> {
  return pdfBytes({ userPassword: '123456', ownerPassword: 'owner', pdfVersion: '1.7' }, (doc) => doc.font(NOTO_SANS_SC).text('关于组织申报的通知'));
}

function textPdf(): Promise<Buffer> {
  return pdfBytes({}, (doc) => doc.font(NOTO_SANS_SC).text('关于组织申报的通知'));
}

async function minimalDocx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>通知</w:t></w:r></w:p></w:body></w:document>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** 20 MB of spaces as word/document.xml: about 20 KB on disk. */
async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', Buffer.alloc(20 * 1024 * 1024, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A small .docx whose central directory understates how large word/document.xml inflates. */
async function lyingZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(2000)}</w:document>`);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  // The name's last occurrence is in the central directory, 46 bytes into its entry.
  const central = bytes.lastIndexOf(Buffer.from('word/document.xml')) - 46;
  bytes.writeUInt32LE(100, central + 24);
  return bytes;
}

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('政策清单').addRow(['政策名称', '发文单位']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A page saved by a browser as one file: MIME multipart/related, as Chrome and Edge write it. */
const MHTML = [
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: https://www.suzhou.gov.cn/tzgg/2026/1.html',
  'Subject: =?utf-8?Q?=E9=80=9A=E7=9F=A5?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x"',
  '',
  '------MultipartBoundary--x',
  'Content-Type: text/html',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><body><p>=E5=85=B3=E4=BA=8E=E7=9A=84=E9=80=9A=E7=9F=A5</p></body></html>',
  '------MultipartBoundary--x--',
  '',
].join('\r\n');

/** An OFD (GB/T 33190) is a zip whose root holds OFD.xml. */
async function ofd(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('OFD.xml', '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
  zip.file('Doc_0/Document.xml', '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
const PNG_BYTES = PNG.sync.write(new PNG({ width: 4, height: 4 }));

describe('readDocument refuses what it cannot read, with one clear E_DOCUMENT message', () => {
  it.each<[string, string, () => Promise<Uint8Array | string> | Uint8Array | string, string, string]>([
    [
      'a scanned PDF',
      'scan.pdf',
      scannedPdf,
      '这个 PDF 没有文字层，像是扫描件；请先用文字识别（OCR）转成带文字的 PDF 或 Word，再生成草稿',
      'this PDF has no text layer, like a scan; run OCR on it first (to a PDF with text, or Word), then draft again',
    ],
    [
      'an encrypted PDF',
      'locked.pdf',
      encryptedPdf,
      '这个 PDF 有密码保护，无法读取；请用原密码打开后另存一份不加密的 PDF，或改用 Word 原稿',
      'this PDF is password-protected and cannot be read; open it with its password and save an unencrypted copy, or use the Word original',
    ],
    [
      'a damaged PDF',
      'broken.pdf',
      () => '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage',
      '这个 PDF 已损坏或不是 PDF 文件，无法读取；请重新下载或导出后再试',
      'this PDF is damaged or not a PDF and cannot be read; download or export it again and retry',
    ],
    [
      'a .doc file',
      '通知.doc',
      () => OLE,
      '不能直接读取 .doc 格式；请用 Word 或 WPS 打开，另存为 .docx 后再生成草稿',
      '.doc files cannot be read directly; open it in Word or WPS, save it as .docx and draft again',
    ],
    [
      'a .wps file',
      '通知.wps',
      () => OLE,
      '不能直接读取 .wps 格式；请用 Word 或 WPS 打开，另存为 .docx 后再生成草稿',
      '.wps files cannot be read directly; open it in Word or WPS, save it as .docx and draft again',
    ],
    ...['清单.xlsx', '清单.xls', '清单.csv'].map((name): [string, string, () => string, string, string] => [
      `a spreadsheet (${path.extname(name)})`,
      name,
      () => '政策名称,发文单位\n',
      '这是表格，不是政策文件；表格请用 policy-card import 导入',
      'this is a spreadsheet, not a policy document; bring spreadsheets in with policy-card import',
    ]),
    [
      'an Excel workbook renamed to .docx',
      '清单.docx',
      workbook,
      '这是 Excel 表格，不是政策文件；表格请用 policy-card import 导入',
      'this is an Excel workbook, not a policy document; bring spreadsheets in with policy-card import',
    ],
    ['an empty .docx (0 bytes)', 'empty.docx', () => '', '文件是空的，没有可读的文字；请检查是否选错了文件', 'the file is empty: there is no text to read; check that this is the right file'],
    ['a .txt of blank lines', 'blank.txt', () => '\r\n  \r\n\u3000\n', '文件是空的，没有可读的文字；请检查是否选错了文件', 'the file is empty: there is no text to read; check that this is the right file'],
    ['a web page without text', 'blank.html', () => '<html><body><script>alert(1)</script></body></html>', '文件是空的，没有可读的文字；请检查是否选错了文件', 'the file is empty: there is no text to read; check that this is the right file'],
    [
      'a picture renamed to .docx',
      'photo.docx',
      () => PNG_BYTES,
      '这个文件不是 Word 文档（不是 .docx 的压缩包格式），可能是改了扩展名的其他文件；请用 Word 或 WPS 打开原文件，另存为 .docx',
      'this file is not a Word document (not the zip format of .docx), perhaps another file renamed; open the original in Word or WPS and save it as .docx',
    ],
    [
      'an old .doc renamed to .docx',
      'old.docx',
      () => OLE,
      '这是旧版 Word/WPS 文档（.doc/.wps）或加密的文档，无法读取；请用 Word 或 WPS 打开，取消密码并另存为 .docx 后再试',
      'this is an old Word/WPS document (.doc/.wps) or an encrypted one and cannot be read; open it in Word or WPS, remove any password and save it as .docx',
    ],
    ['a PDF renamed to .docx', 'notice.docx', textPdf, '文件内容是 PDF，扩展名却不符；请把扩展名改为 .pdf 后再试', 'the file holds PDF but its extension says otherwise; rename it to .pdf and retry'],
    [
      'a .docx renamed to .pdf',
      'notice.pdf',
      minimalDocx,
      '文件内容是 Word (.docx)，扩展名却不符；请把扩展名改为 .docx 后再试',
      'the file holds Word (.docx) but its extension says otherwise; rename it to .docx and retry',
    ],
    [
      'a zip bomb disguised as .docx',
      'bomb.docx',
      zipBomb,
      '这个 .docx 解压后异常巨大（20 MB，2 个部件），像是压缩炸弹，没有读取；请用 Word 打开确认后另存为新的 .docx',
      'this .docx would expand to an abnormal size (20 MB in 2 parts), like a zip bomb, and was not read; open it in Word and save it as a new .docx',
    ],
    [
      'a .docx whose zip understates its sizes',
      'lying.docx',
      lyingZip,
      '这个 .docx 的压缩包目录与内容不符（解压后比声明的大），像是伪装的压缩炸弹，没有读取；请用 Word 打开确认后另存为新的 .docx',
      'the zip directory of this .docx does not match its contents (they expand beyond the declared sizes), like a disguised zip bomb, and it was not read; open it in Word and save it as a new .docx',
    ],
    [
      'a zip without word/document.xml',
      'other.docx',
      async () => new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'nodebuffer' }),
      '这个文件不是 Word 文档（压缩包中没有 word/document.xml）；请用 Word 或 WPS 打开原文件，另存为 .docx',
      'this file is not a Word document (the zip holds no word/document.xml); open the original in Word or WPS and save it as .docx',
    ],
    [
      'a binary file named .txt',
      'data.txt',
      () => Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00]),
      '这个文件不是文本（含有二进制内容），无法读取；请确认文件类型，网页请另存为 .html，文字请另存为 .txt',
      'this file is not text (it holds binary data) and cannot be read; check its type: save web pages as .html and text as .txt',
    ],
    [
      'a web page saved as one file',
      '通知.mht',
      () => MHTML,
      '这是保存为“单个文件”的网页（.mht），不能直接读取；请用浏览器打开它，另存为“网页，仅 HTML”（.html），或把正文复制到 .txt 后再生成草稿',
      'this is a web page saved as a single file (.mht) and cannot be read directly; open it in a browser and save it as "Web page, HTML only" (.html), or copy its text into a .txt, and draft again',
    ],
    [
      'an OFD document',
      '通知.ofd',
      ofd,
      '这是 OFD 版式文件，不能直接读取；请用 OFD 阅读器（如数科阅读器、福昕 OFD 版式办公套件）打开，另存或打印为 PDF 后再生成草稿',
      'this is an OFD document and cannot be read directly; open it in an OFD reader, save or print it as PDF, and draft again',
    ],
    [
      'a scan saved as a picture',
      '通知扫描件.png',
      () => PNG_BYTES,
      '这是图片，没有可读的文字（draft 不做文字识别）；请找政策原文的 Word、PDF 或网页，或先用文字识别（OCR）转成文字后再生成草稿',
      'this is a picture, with no text to read (draft does no OCR); use the policy’s Word, PDF or web page, or run OCR on it first, then draft again',
    ],
    [
      'an archive',
      '通知及附件.zip',
      () => new JSZip().file('通知.txt', '关于…的通知').generateAsync({ type: 'nodebuffer' }),
      '这是压缩包（.zip）；请先解压，再对其中的政策文件（或解压出的文件夹）生成草稿',
      'this is an archive (.zip); unpack it first, then draft the policy documents in it (or the unpacked folder)',
    ],
    ['a file of another kind', 'notes.md', () => '# 通知', '不支持 .md 文件；draft 读取 .docx、.pdf、.html/.htm 和 .txt', 'draft does not read .md files; it reads .docx, .pdf, .html/.htm and .txt'],
  ])('%s', async (_name, name, make, zh, en) => {
    const { folder, write } = await documentFolder();
    const made = await make();
    const file = await write(name, made);
    const cardError = await rejectedCardError(readDocument(file));
    expect([cardError.code, cardError.file, cardError.format('zh'), cardError.format('en')]).toEqual(['E_DOCUMENT', file, `${file}: ${zh}`, `${file}: ${en}`]);
    // Nothing is written beside the document.
    expect(await readdir(folder)).toEqual([name]);
    // The same bytes in memory (an upload) are refused with the same message, named as given.
    const fromMemory = await rejectedCardError(readDocumentBytes(typeof made === 'string' ? Buffer.from(made, 'utf8') : made, name));
    expect([fromMemory.code, fromMemory.file, fromMemory.format('zh'), fromMemory.format('en')]).toEqual(['E_DOCUMENT', name, `${name}: ${zh}`, `${name}: ${en}`]);
  });

  it('refuses bytes over limits.documentMb with the message a file gets', async () => {
    const error = await rejectedCardError(readDocumentBytes(Buffer.from('申'.repeat(600_000), 'utf8'), 'long.txt', { limits: { ...DEFAULT_LIMITS, documentBytes: 1024 * 1024 } }));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual([
      'E_DOCUMENT',
      'long.txt: 文件有 1.7 MB，超过上限 1 MB（limits.documentMb）；请删去附件和图片后另存，或在配置中提高 limits.documentMb',
      'long.txt: the file is 1.7 MB, above the 1 MB limit (limits.documentMb); save it without attachments and pictures, or raise limits.documentMb in the config',
    ]);
  });

  it('refuses a file over limits.documentMb before reading it', async () => {
    const { write } = await documentFolder();
    const file = await write('long.txt', '申'.repeat(600_000));
    const error = await rejectedCardError(readDocument(file, { limits: { ...DEFAULT_LIMITS, documentBytes: 1024 * 1024 } }));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual([
      'E_DOCUMENT',
      `${file}: 文件有 1.7 MB，超过上限 1 MB（limits.documentMb）；请删去附件和图片后另存，或在配置中提高 limits.documentMb`,
      `${file}: the file is 1.7 MB, above the 1 MB limit (limits.documentMb); save it without attachments and pictures, or raise limits.documentMb in the config`,
    ]);
  });

  it('names a missing file with E_PATH_NOT_FOUND', async () => {
    const { folder } = await documentFolder();
    const file = path.join(folder, 'missing.docx');
    const error = await rejectedCardError(readDocument(file));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual(['E_PATH_NOT_FOUND', `${file}: 找不到这个文件`, `${file}: no such file`]);
  });
});

describe('readDocumentBytes', () => {
  it.each([
    ['通知.docx', noticeDocx],
    ['通知.pdf', noticePdf],
  ])('reads %s from memory into the same lines as from the file', async (name, make) => {
    const bytes = await make();
    const { write } = await documentFolder();
    const fromFile = await readDocument(await write(name, bytes));
    const fromMemory = await readDocumentBytes(bytes, name);
    expect(fromMemory.file).toBe(name);
    expect(fromMemory.format).toBe(fromFile.format);
    expect(fromMemory.lines.length).toBeGreaterThan(10);
    expect(fromMemory.lines).toEqual(fromFile.lines);
  });
});

describe('isDocumentFile', () => {
  it.each([
    ['通知.docx', true],
    ['NOTICE.PDF', true],
    ['page.htm', true],
    ['page.html', true],
    ['note.txt', true],
    ['old.doc', false],
    ['sheet.xlsx', false],
    ['card.json', false],
  ])('%s → %s', (file, expected) => {
    expect(isDocumentFile(file)).toBe(expected);
  });
});
