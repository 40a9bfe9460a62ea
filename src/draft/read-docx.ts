/**
 * .docx → SourceDocument. mammoth's HTML keeps headings, list nesting and tables; the numbering
 * Word stores apart from the text (一、 （一） 1.) is written back into the paragraphs first
 * (docx-numbering.ts). The zip is checked for bombs before anything is inflated; mammoth then
 * runs in a worker thread within the document limits (docx-html, read-in-worker).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Localized } from '../errors.js';
import { documentError } from './document-error.js';
import { htmlToLines } from './html-lines.js';
import { limitPassed, readInWorker, type WorkerBounds } from './read-in-worker.js';
import type { SourceDocument } from './source-document.js';
import { entriesMatchDeclaredSizes, readZipDirectory } from './zip-directory.js';

/** A Word document of a few hundred pages expands to tens of MB; beyond these it is a bomb, not a notice. */
const MAX_ENTRIES = 5000;
const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** XML compresses about 10:1; an entry expanding more than this (and past 1 MB) is built to explode. */
const MAX_RATIO = 200;

const DOCX_ADVICE: Localized = {
  zh: '这个 .docx 异常庞大或结构异常复杂，请用 Word 打开后只保留政策正文，另存为新的 .docx 再试',
  en: 'this .docx is unusually large or complex: open it in Word, keep only the policy text, save it as a new .docx and retry',
};

/** `bounds` (limits.documentSeconds, limits.documentMemoryMb) bound mammoth's parse, which runs in a worker (docx-html). */
export async function readDocx(file: string, bytes: Uint8Array, bounds: WorkerBounds): Promise<SourceDocument> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw damaged(file);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const exploding = entries.some((entry) => entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > MAX_RATIO * Math.max(1, entry.compressedSize));
  if (entries.length > MAX_ENTRIES || total > MAX_UNCOMPRESSED_BYTES || exploding) {
    throw documentError(file, {
      zh: `这个 .docx 解压后异常巨大（${formatMb(total)}，${entries.length} 个部件），像是压缩炸弹，没有读取；请用 Word 打开确认后另存为新的 .docx`,
      en: `this .docx would expand to an abnormal size (${formatMb(total)} in ${entries.length} parts), like a zip bomb, and was not read; open it in Word and save it as a new .docx`,
    });
  }
  if (!entriesMatchDeclaredSizes(bytes, entries)) {
    throw documentError(file, {
      zh: '这个 .docx 的压缩包目录与内容不符（解压后比声明的大），像是伪装的压缩炸弹，没有读取；请用 Word 打开确认后另存为新的 .docx',
      en: 'the zip directory of this .docx does not match its contents (they expand beyond the declared sizes), like a disguised zip bomb, and it was not read; open it in Word and save it as a new .docx',
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

  const read = await readInWorker({ format: 'docx', bytes }, bounds);
  if (read.kind === 'damaged') throw damaged(file, new Error(read.detail));
  if (read.kind === 'timeout' || read.kind === 'memory') throw limitPassed(file, read.kind, bounds, DOCX_ADVICE);
  const { html, metaTitle } = read;
  const dom = parseDocument(html, { decodeEntities: true });
  // mammoth's links between a footnote (or endnote) and its reference: the [1] it writes into the
  // sentence and the ↑ after the note are its own marks, not the document's words, and would reach
  // a card's item as they stand. The note's text stays, after the body, where mammoth puts it.
  for (const link of DomUtils.findAll((element) => element.name === 'a' && /^#(?:foot|end)note-/.test(element.attribs['href'] ?? ''), dom.children)) {
    DomUtils.removeElement(link);
  }
  const lines = htmlToLines(dom.children);
  return { file, format: 'docx', lines: lines.map((line, index) => ({ ...line, line: index + 1 })), ...(metaTitle ? { metaTitle } : {}) };
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
