/**
 * .docx → SourceDocument. mammoth's HTML keeps headings, list nesting and tables; the numbering
 * Word stores apart from the text (一、 （一） 1.) is written back into the paragraphs first
 * (docx-numbering.ts). The zip is checked for bombs before anything is inflated.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import { documentError } from './document-error.js';
import { writeNumberingLabels } from './docx-numbering.js';
import { htmlToLines } from './html-lines.js';
import type { SourceDocument } from './source-document.js';
import { entriesMatchDeclaredSizes, readZipDirectory } from './zip-directory.js';

/** A Word document of a few hundred pages expands to tens of MB; beyond these it is a bomb, not a notice. */
const MAX_ENTRIES = 5000;
const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** XML compresses about 10:1; an entry expanding more than this (and past 1 MB) is built to explode. */
const MAX_RATIO = 200;

/** Chinese Word names its heading styles 标题 1…; mammoth's default map knows only the English names. */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='标题 ${level}'] => h${level}:fresh`),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
];

export async function readDocx(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw damaged(file);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const exploding = entries.some((entry) => entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > MAX_RATIO * Math.max(1, entry.compressedSize));
  if (entries.length > MAX_ENTRIES || total > MAX_UNCOMPRESSED_BYTES || exploding || !entriesMatchDeclaredSizes(bytes, entries)) {
    throw documentError(file, {
      zh: `这个 .docx 解压后异常巨大（声明 ${formatMb(total)}，${entries.length} 个部件），像是压缩炸弹，没有读取；请用 Word 打开确认后另存为新的 .docx`,
      en: `this .docx would expand to an abnormal size (${formatMb(total)} declared, ${entries.length} parts), like a zip bomb, and was not read; open it in Word and save it as a new .docx`,
    });
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml')) {
    if (names.has('xl/workbook.xml')) throw spreadsheetAsDocx(file);
    throw documentError(file, {
      zh: '这个文件不是 Word 文档（压缩包中没有 word/document.xml）；请用 Word 或 WPS 打开原文件，另存为 .docx',
      en: 'this file is not a Word document (the zip holds no word/document.xml); open the original in Word or WPS and save it as .docx',
    });
  }

  let html: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const numberingXml = await zip.file('word/numbering.xml')?.async('string');
    const stylesXml = await zip.file('word/styles.xml')?.async('string');
    zip.file('word/document.xml', writeNumberingLabels(documentXml, numberingXml, stylesXml));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        // Pictures carry no text for a card; not reading them keeps the HTML small.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw damaged(file, error);
  }
  const lines = htmlToLines(parseDocument(html, { decodeEntities: true }).children);
  return { file, format: 'docx', lines: lines.map((line, index) => ({ ...line, line: index + 1 })) };
}

function damaged(file: string, cause?: unknown) {
  return documentError(
    file,
    {
      zh: '这个 .docx 已损坏或不是 Word 文档，无法读取；请用 Word 或 WPS 打开原文件，另存为 .docx 后再试',
      en: 'this .docx is damaged or not a Word document and cannot be read; open the original in Word or WPS, save it as .docx and try again',
    },
    cause,
  );
}

/** An Excel workbook renamed to .docx. */
function spreadsheetAsDocx(file: string) {
  return documentError(file, {
    zh: '这是 Excel 表格，不是政策文件；表格请用 policy-card import 导入',
    en: 'this is an Excel workbook, not a policy document; bring spreadsheets in with policy-card import',
  });
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
