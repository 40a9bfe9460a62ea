/**
 * .pdf with a text layer → SourceDocument, with pdfjs-dist (legacy build, which runs on Node 20)
 * in a worker thread that is ended past limits.documentSeconds or limits.documentMemoryMb
 * (pdf-text-runs, read-in-worker).
 * A PDF has no lines, only positioned runs of text. The stages: runs → lines of each page
 * (pdf-page-lines), read column by column where a page is set in two (pdf-page-columns), without
 * what stands in the margins (pdf-page-margins), marked where a paragraph goes on
 * (pdf-paragraphs) and joined (join-wrapped-lines), headings by type size and metadata
 * (pdf-headings), and a printed web page cut to its article (printed-web-page).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Localized } from '../errors.js';
import { documentError } from './document-error.js';
import { joinWrappedLines } from './join-wrapped-lines.js';
import { withHeadingsBySize, withTitleFromMetadata } from './pdf-headings.js';
import { inColumnOrder } from './pdf-page-columns.js';
import { linesOfPage } from './pdf-page-lines.js';
import { withoutPageMargins } from './pdf-page-margins.js';
import { physicalLines } from './pdf-paragraphs.js';
import { printedPageArticle } from './printed-web-page.js';
import { limitPassed, readInWorker, type WorkerBounds } from './read-in-worker.js';
import type { SourceDocument } from './source-document.js';
import { withUnifiedIdeographs } from './unified-ideographs.js';

/** The CMaps and standard fonts pdfjs-dist ships, read from the installed package, never fetched. */
const PDFJS_ROOT = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')), '..', '..');
const CMAP_URL = path.join(PDFJS_ROOT, 'cmaps') + path.sep;
const STANDARD_FONT_DATA_URL = path.join(PDFJS_ROOT, 'standard_fonts') + path.sep;

const PDF_ADVICE: Localized = {
  zh: '这个 PDF 的结构异常复杂或已损坏，请用 Word 原稿，或重新导出 PDF 后再试',
  en: 'this PDF is unusually complex or damaged: use the Word original, or export the PDF again and retry',
};

/** `bounds` (limits.documentSeconds, limits.documentMemoryMb) bound the parse: past them, pdfjs's thread is ended and the document refused. */
export async function readPdf(file: string, bytes: Uint8Array, bounds: WorkerBounds): Promise<SourceDocument> {
  const read = await readInWorker({ format: 'pdf', bytes, cMapUrl: CMAP_URL, standardFontDataUrl: STANDARD_FONT_DATA_URL }, bounds);
  // pdfjs's own messages stay out of ours; the cause keeps them for whoever debugs.
  if (read.kind === 'password') {
    throw documentError(file, {
      zh: '这个 PDF 有密码保护，无法读取；请用原密码打开后另存一份不加密的 PDF，或改用 Word 原稿',
      en: 'this PDF is password-protected and cannot be read; open it with its password and save an unencrypted copy, or use the Word original',
    });
  }
  if (read.kind === 'damaged') throw damagedPdf(file, new Error(read.detail));
  if (read.kind === 'timeout' || read.kind === 'memory') throw limitPassed(file, read.kind, bounds, PDF_ADVICE);
  const pages = read.pages.map((runs, index) => inColumnOrder(linesOfPage(runs.map((run) => ({ ...run, text: withUnifiedIdeographs(run.text) })), index + 1)));
  if (pages.every((page) => page.length === 0)) {
    throw documentError(file, {
      zh: '这个 PDF 没有文字层，像是扫描件；请先用文字识别（OCR）转成带文字的 PDF 或 Word，再生成草稿',
      en: 'this PDF has no text layer, like a scan; run OCR on it first (to a PDF with text, or Word), then draft again',
    });
  }
  const lines = printedPageArticle(withHeadingsBySize(joinWrappedLines(physicalLines(withoutPageMargins(pages))), pages));
  return { file, format: 'pdf', lines: withTitleFromMetadata(lines, read.metaTitle), ...(read.metaTitle ? { metaTitle: read.metaTitle } : {}) };
}

function damagedPdf(file: string, cause: unknown) {
  return documentError(
    file,
    {
      zh: '这个 PDF 已损坏或不是 PDF 文件，无法读取；请重新下载或导出后再试',
      en: 'this PDF is damaged or not a PDF and cannot be read; download or export it again and retry',
    },
    cause,
  );
}
