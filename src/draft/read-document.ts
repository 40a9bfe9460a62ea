/**
 * A policy document on disk or in memory → SourceDocument: the first stage of `draft`. The format comes from
 * the extension and is checked against the file's first bytes, so a renamed file gets a clear
 * message instead of a parser's error. Nothing is written.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CardError, type Localized } from '../errors.js';
import { detectFileKind, ZIP_KINDS, type FileKind } from '../files/detect-file-kind.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { documentError } from './document-error.js';
import type { WorkerBounds } from './read-in-worker.js';
import { readHtml } from './read-html.js';
import { readTxt } from './read-txt.js';
import type { SourceDocument } from './source-document.js';
import { readProblem } from '../files/read-problem.js';

/** Extensions `draft` reads. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.docx', '.pdf', '.html', '.htm', '.txt'];

/**
 * Word processors' other formats: `draft` cannot read them but names them, so that one in a
 * folder is refused with the way to convert it rather than silently passed over.
 */
const OLD_DOCUMENT_EXTENSIONS: readonly string[] = ['.doc', '.wps', '.rtf', '.odt'];

/**
 * Policy documents in formats other programs read, each with the way to one `draft` reads: a web
 * page saved as one file (.mht), and the OFD of China's e-government documents. A folder's are
 * refused with this advice rather than passed over, as .doc files are.
 */
const SINGLE_FILE_PAGE: Localized = {
  zh: '这是保存为“单个文件”的网页（.mht），不能直接读取；请用浏览器打开它，另存为“网页，仅 HTML”（.html），或把正文复制到 .txt 后再生成草稿',
  en: 'this is a web page saved as a single file (.mht) and cannot be read directly; open it in a browser and save it as "Web page, HTML only" (.html), or copy its text into a .txt, and draft again',
};
const CONVERT_ADVICE: Readonly<Record<string, Localized>> = {
  '.mht': SINGLE_FILE_PAGE,
  '.mhtml': SINGLE_FILE_PAGE,
  '.ofd': {
    zh: '这是 OFD 版式文件，不能直接读取；请用 OFD 阅读器（如数科阅读器、福昕 OFD 版式办公套件）打开，另存或打印为 PDF 后再生成草稿',
    en: 'this is an OFD document and cannot be read directly; open it in an OFD reader, save or print it as PDF, and draft again',
  },
};

/** Extensions of documents `draft` refuses with the way to convert them, also when met in a folder. */
export const CONVERTIBLE_DOCUMENT_EXTENSIONS: readonly string[] = [...OLD_DOCUMENT_EXTENSIONS, ...Object.keys(CONVERT_ADVICE)];

/** Pictures: a scanned notice, or a page photographed; no text to read without OCR. */
const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.heic'];
const ARCHIVE_EXTENSIONS: readonly string[] = ['.zip', '.rar', '.7z'];

/** Whether `draft` reads this file (by extension, case-insensitive). */
export function isDocumentFile(file: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

export interface ReadDocumentOptions {
  /** `limits.documentBytes` bounds the file, `limits.documentTimeoutMs` and `documentMemoryMb` the parse of a PDF or .docx. @default DEFAULT_LIMITS */
  limits?: Limits;
}

export async function readDocument(file: string, options: ReadDocumentOptions = {}): Promise<SourceDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const extension = path.extname(file).toLowerCase();
  refuseOtherFormats(file, extension);

  const info = await stat(file).catch((error: unknown) => {
    throw ioError(file, error);
  });
  if (!info.isFile()) {
    throw new CardError('E_IO', { zh: '这是文件夹，不是文件', en: 'this is a folder, not a file' }, { file });
  }
  // Checked before reading, so an oversized file is never loaded into memory.
  refuseSize(file, info.size, limits);
  const bytes = await readFile(file).catch((error: unknown) => {
    throw ioError(file, error);
  });
  return documentFromBytes(file, extension, bytes, limits);
}

/**
 * The same reading for a document already in memory (an upload to the studio), with the same
 * limits, checks and messages as readDocument; `fileName` names it in messages and its extension
 * decides the reader. Nothing touches the disk.
 */
export async function readDocumentBytes(bytes: Uint8Array, fileName: string, options: ReadDocumentOptions = {}): Promise<SourceDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const extension = path.extname(fileName).toLowerCase();
  refuseOtherFormats(fileName, extension);
  refuseSize(fileName, bytes.byteLength, limits);
  return documentFromBytes(fileName, extension, bytes, limits);
}

function refuseSize(file: string, size: number, limits: Limits): void {
  if (size > limits.documentBytes) {
    const limitMb = Math.round(limits.documentBytes / 1024 / 1024);
    throw documentError(file, {
      zh: `文件有 ${formatMb(size)}，超过上限 ${limitMb} MB（limits.documentMb）；请删去附件和图片后另存，或在配置中提高 limits.documentMb`,
      en: `the file is ${formatMb(size)}, above the ${limitMb} MB limit (limits.documentMb); save it without attachments and pictures, or raise limits.documentMb in the config`,
    });
  }
  if (size === 0) throw emptyDocument(file);
}

/** The bytes, sniffed against the extension, through the reader of their format. */
async function documentFromBytes(file: string, extension: string, bytes: Uint8Array, limits: Limits): Promise<SourceDocument> {
  const sniffed = sniff(bytes);
  let document: SourceDocument;
  if (extension === '.docx') {
    if (sniffed === 'pdf') throw misnamed(file, 'PDF', '.pdf');
    if (sniffed === 'ole') throw oldFormat(file);
    if (sniffed !== 'zip') throw notWord(file);
    // mammoth and pdfjs load only when a document needs them, not with every command of the library.
    const { readDocx } = await import('./read-docx.js');
    document = await readDocx(file, bytes, workerBounds(limits));
  } else if (extension === '.pdf') {
    if (sniffed === 'zip') throw misnamed(file, 'Word (.docx)', '.docx');
    if (sniffed !== 'pdf') {
      throw documentError(file, {
        zh: '这个文件不是 PDF（开头没有 %PDF 标记）；请重新下载或导出 PDF 后再试',
        en: 'this file is not a PDF (it does not start with %PDF); download or export the PDF again and retry',
      });
    }
    const { readPdf } = await import('./read-pdf.js');
    document = await readPdf(file, bytes, workerBounds(limits));
  } else {
    if (sniffed === 'pdf') throw misnamed(file, 'PDF', '.pdf');
    if (sniffed === 'zip') throw misnamed(file, 'Word (.docx)', '.docx');
    if (sniffed === 'ole') throw oldFormat(file);
    if (sniffed === 'binary') {
      throw documentError(file, {
        zh: '这个文件不是文本（含有二进制内容），无法读取；请确认文件类型，网页请另存为 .html，文字请另存为 .txt',
        en: 'this file is not text (it holds binary data) and cannot be read; check its type: save web pages as .html and text as .txt',
      });
    }
    document = extension === '.txt' ? readTxt(file, bytes) : readHtml(file, bytes);
  }
  if (document.lines.length === 0) throw emptyDocument(file);
  return document;
}

/** What bounds a parse in the document worker. */
function workerBounds(limits: Limits): WorkerBounds {
  return { timeoutMs: limits.documentTimeoutMs, heapMb: limits.documentMemoryMb };
}

/** Formats `draft` does not read, each with what to do instead. */
function refuseOtherFormats(file: string, extension: string): void {
  if (OLD_DOCUMENT_EXTENSIONS.includes(extension)) {
    throw documentError(file, {
      zh: `不能直接读取 ${extension} 格式；请用 Word 或 WPS 打开，另存为 .docx 后再生成草稿`,
      en: `${extension} files cannot be read directly; open it in Word or WPS, save it as .docx and draft again`,
    });
  }
  const advice = CONVERT_ADVICE[extension];
  if (advice) throw documentError(file, advice);
  if (IMAGE_EXTENSIONS.includes(extension)) {
    throw documentError(file, {
      zh: '这是图片，没有可读的文字（draft 不做文字识别）；请找政策原文的 Word、PDF 或网页，或先用文字识别（OCR）转成文字后再生成草稿',
      en: 'this is a picture, with no text to read (draft does no OCR); use the policy’s Word, PDF or web page, or run OCR on it first, then draft again',
    });
  }
  if (ARCHIVE_EXTENSIONS.includes(extension)) {
    throw documentError(file, {
      zh: `这是压缩包（${extension}）；请先解压，再对其中的政策文件（或解压出的文件夹）生成草稿`,
      en: `this is an archive (${extension}); unpack it first, then draft the policy documents in it (or the unpacked folder)`,
    });
  }
  if (['.xlsx', '.xlsm', '.xls', '.csv', '.et'].includes(extension)) {
    throw documentError(file, {
      zh: '这是表格，不是政策文件；表格请用 policy-card import 导入',
      en: 'this is a spreadsheet, not a policy document; bring spreadsheets in with policy-card import',
    });
  }
  if (!DOCUMENT_EXTENSIONS.includes(extension)) {
    throw documentError(file, {
      zh: `不支持 ${extension || '无扩展名'} 文件；draft 读取 .docx、.pdf、.html/.htm 和 .txt`,
      en: `draft does not read ${extension ? `${extension} files` : 'files without an extension'}; it reads .docx, .pdf, .html/.htm and .txt`,
    });
  }
}

/** What the bytes are, in the few kinds draft tells apart: any zip flavour is a would-be .docx. */
function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'binary' | 'text' {
  const kind: FileKind = detectFileKind(bytes);
  if (ZIP_KINDS.includes(kind)) return 'zip';
  if (kind === 'pdf' || kind === 'ole' || kind === 'binary') return kind;
  if (kind === 'image' || kind === 'rar' || kind === '7z') return 'binary';
  return 'text';
}

function misnamed(file: string, actual: string, extension: string): CardError {
  return documentError(file, {
    zh: `文件内容是 ${actual}，扩展名却不符；请把扩展名改为 ${extension} 后再试`,
    en: `the file holds ${actual} but its extension says otherwise; rename it to ${extension} and retry`,
  });
}

/** .doc, .wps and encrypted .docx are all OLE compound files. */
function oldFormat(file: string): CardError {
  return documentError(file, {
    zh: '这是旧版 Word/WPS 文档（.doc/.wps）或加密的文档，无法读取；请用 Word 或 WPS 打开，取消密码并另存为 .docx 后再试',
    en: 'this is an old Word/WPS document (.doc/.wps) or an encrypted one and cannot be read; open it in Word or WPS, remove any password and save it as .docx',
  });
}

function notWord(file: string): CardError {
  return documentError(file, {
    zh: '这个文件不是 Word 文档（不是 .docx 的压缩包格式），可能是改了扩展名的其他文件；请用 Word 或 WPS 打开原文件，另存为 .docx',
    en: 'this file is not a Word document (not the zip format of .docx), perhaps another file renamed; open the original in Word or WPS and save it as .docx',
  });
}

function emptyDocument(file: string): CardError {
  return documentError(file, {
    zh: '文件是空的，没有可读的文字；请检查是否选错了文件',
    en: 'the file is empty: there is no text to read; check that this is the right file',
  });
}

function ioError(file: string, error: unknown): CardError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CardError('E_PATH_NOT_FOUND', { zh: '找不到这个文件', en: 'no such file' }, { file }, { cause: error });
  return new CardError('E_IO', readProblem(error, { zh: '政策文件', en: 'a policy document' }), { file }, { cause: error });
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

