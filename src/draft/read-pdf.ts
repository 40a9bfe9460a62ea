/**
 * .pdf with a text layer → SourceDocument, with pdfjs-dist (legacy build, which runs on Node 20).
 * A PDF has no lines, only positioned runs of text. The stages: runs → lines of each page
 * (pdf-page-lines), without what stands in the margins (pdf-page-margins), marked where a
 * paragraph goes on (pdf-paragraphs) and joined (join-wrapped-lines), headings by type size and
 * metadata (pdf-headings), and a printed web page cut to its article (printed-web-page).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { documentError } from './document-error.js';
import { joinWrappedLines } from './join-wrapped-lines.js';
import { withHeadingsBySize, withTitleFromMetadata } from './pdf-headings.js';
import { linesOfPage, type PageLine, type Run } from './pdf-page-lines.js';
import { withoutPageMargins } from './pdf-page-margins.js';
import { physicalLines } from './pdf-paragraphs.js';
import { printedPageArticle } from './printed-web-page.js';
import type { SourceDocument } from './source-document.js';
import { withUnifiedIdeographs } from './unified-ideographs.js';

/** The CMaps and standard fonts pdfjs-dist ships, read from the installed package, never fetched. */
const PDFJS_ROOT = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')), '..', '..');
const CMAP_URL = path.join(PDFJS_ROOT, 'cmaps') + path.sep;
const STANDARD_FONT_DATA_URL = path.join(PDFJS_ROOT, 'standard_fonts') + path.sep;

export async function readPdf(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdfjs may transfer the buffer it is given; keep the caller's bytes intact.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      if (error instanceof Error && error.name === 'PasswordException') {
        throw documentError(
          file,
          {
            zh: '这个 PDF 有密码保护，无法读取；请用原密码打开后另存一份不加密的 PDF，或改用 Word 原稿',
            en: 'this PDF is password-protected and cannot be read; open it with its password and save an unencrypted copy, or use the Word original',
          },
          error,
        );
      }
      throw damagedPdf(file, error);
    }
    const pages: PageLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      // A page that cannot be parsed makes the document damaged; pdfjs's own message stays out of ours.
      const content = await pdf
        .getPage(number)
        .then(async (page) => {
          const text = await page.getTextContent();
          page.cleanup();
          return text;
        })
        .catch((error: unknown) => {
          throw damagedPdf(file, error);
        });
      const runs: Run[] = [];
      for (const [order, item] of content.items.entries()) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 1;
        runs.push({ text: withUnifiedIdeographs(item.str), x: x ?? 0, y: y ?? 0, width: item.width, size, order });
      }
      pages.push(linesOfPage(runs, number));
    }
    const metadata = await pdf.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const metaTitle = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    if (pages.every((page) => page.length === 0)) {
      throw documentError(file, {
        zh: '这个 PDF 没有文字层，像是扫描件；请先用文字识别（OCR）转成带文字的 PDF 或 Word，再生成草稿',
        en: 'this PDF has no text layer, like a scan; run OCR on it first (to a PDF with text, or Word), then draft again',
      });
    }
    const lines = printedPageArticle(withHeadingsBySize(joinWrappedLines(physicalLines(withoutPageMargins(pages))), pages));
    return { file, format: 'pdf', lines: withTitleFromMetadata(lines, metaTitle), ...(metaTitle ? { metaTitle } : {}) };
  } finally {
    await task.destroy();
  }
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
