/**
 * .pdf with a text layer → SourceDocument, with pdfjs-dist (legacy build, which runs on Node 20).
 * A PDF has no lines, only positioned runs of text: lines are rebuilt by their baseline, cells of
 * a table by wide gaps, running headers and page numbers are dropped, and lines wrapped in the
 * middle of a sentence are joined.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { documentError } from './document-error.js';
import { joinWrappedLines, type PhysicalLine } from './join-wrapped-lines.js';
import type { SourceDocument } from './source-document.js';

/** The CMaps and standard fonts pdfjs-dist ships, read from the installed package, never fetched. */
const PDFJS_ROOT = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')), '..', '..');
const CMAP_URL = path.join(PDFJS_ROOT, 'cmaps') + path.sep;
const STANDARD_FONT_DATA_URL = path.join(PDFJS_ROOT, 'standard_fonts') + path.sep;

/** A run of text at a position, in PDF units (points, y upwards). */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PageLine {
  text: string;
  cells: string[];
  /** 1-based physical line on its page, headers included. */
  line: number;
  page: number;
  left: number;
  right: number;
  size: number;
}

const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

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
      throw documentError(
        file,
        {
          zh: '这个 PDF 已损坏或不是 PDF 文件，无法读取；请重新下载或导出后再试',
          en: 'this PDF is damaged or not a PDF and cannot be read; download or export it again and retry',
        },
        error,
      );
    }
    const pages: PageLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 1;
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      pages.push(linesOfPage(runs, number));
      page.cleanup();
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
    return { file, format: 'pdf', lines: joinWrappedLines(bodyLines(pages)), ...(metaTitle ? { metaTitle } : {}) };
  } finally {
    await task.destroy();
  }
}

/** Runs → lines, top to bottom: runs whose baselines are within half a character height share a line. */
function linesOfPage(runs: Run[], page: number): PageLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const current = groups.at(-1);
    const first = current?.[0];
    if (current && first && Math.abs(first.y - run.y) <= 0.5 * Math.max(first.size, run.size)) current.push(run);
    else groups.push([run]);
  }
  return groups.map((group, index) => {
    const ordered = group.sort((a, b) => a.x - b.x);
    const size = Math.max(...ordered.map((run) => run.size));
    const cells: string[] = [];
    let cell = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of ordered) {
      const gap = run.x - end;
      if (cell !== '' && gap > 2 * size) {
        cells.push(cell.trim());
        cell = '';
      } else if (cell !== '' && gap > 0.25 * size && !/\s$/.test(cell) && !/^\s/.test(run.text)) {
        // Between Chinese characters only a wide gap is a space; between Latin words a narrow one is.
        const chinese = CJK.test(cell.at(-1) ?? '') && CJK.test(run.text.charAt(0));
        if (!chinese || gap > 0.8 * size) cell += ' ';
      }
      cell += run.text;
      end = Math.max(end, run.x + run.width);
    }
    if (cell.trim() !== '') cells.push(cell.trim());
    const left = ordered[0]?.x ?? 0;
    return { text: cells.join(' | '), cells, line: index + 1, page, left, right: end, size };
  });
}

/**
 * The lines of all pages without running headers and footers (the same text at the top or bottom
 * of most pages, page numbers aside) and bare page numbers, each marked whether it reaches the
 * right margin.
 */
function bodyLines(pages: PageLine[][]): PhysicalLine[] {
  const edgeKey = (line: PageLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const repeated = (pick: (page: PageLine[]) => PageLine[]): Set<string> => {
    const counts = new Map<string, number>();
    for (const page of pages) for (const key of new Set(pick(page).map(edgeKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
    const needed = Math.max(2, Math.ceil(pages.length * 0.6));
    return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
  };
  const top = (page: PageLine[]) => page.slice(0, 2);
  const bottom = (page: PageLine[]) => page.slice(-2);
  const headers = repeated(top);
  const footers = repeated(bottom);

  const kept: PageLine[] = [];
  for (const page of pages) {
    page.forEach((line, index) => {
      const atTop = index < 2;
      const atBottom = index >= page.length - 2;
      const key = edgeKey(line);
      if ((atTop && headers.has(key)) || (atBottom && footers.has(key))) return;
      if ((atTop || atBottom) && PAGE_NUMBER.test(line.text.trim())) return;
      kept.push(line);
    });
  }

  // The right margin: where most long lines end. Left margin: where most lines begin.
  const prose = kept.filter((line) => line.cells.length === 1 && line.text.length >= 10);
  const right = percentile(prose.map((line) => line.right), 0.9);
  const left = percentile(prose.map((line) => line.left), 0.1) ?? 0;
  return kept.map((line, index) => {
    const next = kept[index + 1];
    // An indented next line opens a new paragraph even after a full line.
    const nextIndented = next !== undefined && next.left > left + 1.5 * next.size;
    const full = line.cells.length === 1 && right !== undefined && line.right >= right - 2 * line.size && !nextIndented;
    return {
      text: line.text,
      line: line.line,
      page: line.page,
      full,
      ...(line.cells.length > 1 ? { kind: 'table-row' as const, cells: line.cells } : {}),
    };
  });
}

function percentile(values: number[], fraction: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(fraction * (sorted.length - 1))];
}
