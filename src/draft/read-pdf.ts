/**
 * .pdf with a text layer → SourceDocument, with pdfjs-dist (legacy build, which runs on Node 20).
 * A PDF has no lines, only positioned runs of text: lines are rebuilt by their baseline, cells of
 * a table by wide gaps, running headers and page numbers are dropped, and lines wrapped in the
 * middle of a sentence are joined.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { documentError } from './document-error.js';
import { endsSentence, isItemMarker, joinWrappedLines, startsItem, type PhysicalLine } from './join-wrapped-lines.js';
import { printedPageArticle } from './printed-web-page.js';
import type { SourceDocument, SourceLine } from './source-document.js';
import { withoutTypesetGaps } from './typeset-gaps.js';
import { withUnifiedIdeographs } from './unified-ideographs.js';

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
  /** Where each cell begins and ends (x). */
  cellStarts: number[];
  cellEnds: number[];
  /** 1-based physical line on its page, headers included. */
  line: number;
  page: number;
  left: number;
  right: number;
  /** Baseline, points from the bottom of the page. */
  y: number;
  size: number;
}

const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/**
 * What a browser prints in the page margins: the date and time ("11/27/26, 10:59 AM",
 * "2026/11/27 10:59") beside the page title, and the page's address beside "1/3".
 */
const PRINT_STAMP = /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?|(?:https?|file):\/\/\S+)$/i;
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
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 1;
        runs.push({ text: withUnifiedIdeographs(item.str), x: x ?? 0, y: y ?? 0, width: item.width, size });
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
    const lines = printedPageArticle(withHeadingsBySize(joinWrappedLines(bodyLines(pages)), pages));
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
    const ordered = withoutOverprint(group.sort((a, b) => a.x - b.x));
    const size = Math.max(...ordered.map((run) => run.size));
    const pieces: Cell[] = [];
    let cell = '';
    let start = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const run of ordered) {
      const gap = run.x - end;
      if (cell === '') start = run.x;
      if (cell !== '' && gap > 1.5 * size) {
        pieces.push({ text: cell.trim(), start, end });
        start = run.x;
        cell = '';
      } else if (cell !== '' && gap > 0.25 * size && !/\s$/.test(cell) && !/^\s/.test(run.text)) {
        // Between Chinese characters only a wide gap is a space; between Latin words a narrow one is.
        const chinese = CJK.test(cell.at(-1) ?? '') && CJK.test(run.text.charAt(0));
        if (!chinese || gap > 0.8 * size) cell += ' ';
      }
      cell += run.text;
      end = Math.max(end, run.x + run.width);
    }
    if (cell.trim() !== '') pieces.push({ text: cell.trim(), start, end });
    const joined = withMarkerJoined(withLettersJoined(pieces));
    const cells = joined.map((piece) => withoutTypesetGaps(piece.text));
    const cellStarts = joined.map((piece) => piece.start);
    const cellEnds = joined.map((piece) => piece.end);
    const left = ordered[0]?.x ?? 0;
    return { text: cells.join(' | '), cells, cellStarts, cellEnds, line: index + 1, page, left, right: end, y: ordered[0]?.y ?? 0, size };
  });
}

/** The first or last line of a page as a browser prints it: date and time beside the title, or the address beside "2/8". */
function browserMargin(line: PageLine): boolean {
  const [first, ...rest] = line.cells;
  if (first === undefined || rest.length === 0) return false;
  const stamp = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}/.test(first);
  const address = line.cells.some((cell) => /^(?:https?|file):\/\//i.test(cell)) && line.cells.some((cell) => /^\d+\s*\/\s*\d+$/.test(cell));
  return stamp || address;
}

/** A stretch of a line between gaps wide enough to part table cells. */
interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * A justified line with few places to break (a long URL at its end) spreads its characters so far
 * apart that each would read as a cell: four or more single Chinese characters at even gaps are
 * one piece of text, not a table row.
 */
function withLettersJoined(cells: Cell[]): Cell[] {
  const single = (cell: Cell) => [...cell.text].length === 1 && CJK.test(cell.text);
  if (cells.length < 4 || !cells.every(single)) return cells;
  const gaps = cells.slice(1).map((cell, index) => cell.start - cells[index]!.end);
  if (Math.max(...gaps) > 1.5 * Math.min(...gaps) + 1) return cells;
  return [{ text: cells.map((cell) => cell.text).join(''), start: cells[0]!.start, end: cells.at(-1)!.end }];
}

/**
 * Word's and LibreOffice's list numbers are followed by a tab, so the number stands apart from its
 * text like a cell ("1、 | 申报单位须是…"). A first cell that is only an item marker belongs to the
 * text after it.
 */
function withMarkerJoined(cells: Cell[]): Cell[] {
  const [marker, text, ...rest] = cells;
  if (!marker || !text || !isItemMarker(marker.text)) return cells;
  return [{ text: marker.text + text.text, start: marker.start, end: text.end }, ...rest];
}

/**
 * Runs without their overprinted copies: WPS and some printer drivers fake bold type by drawing
 * the same text twice, a fraction of a point apart, which would read as 申申报报.
 */
function withoutOverprint(runs: readonly Run[]): Run[] {
  const kept: Run[] = [];
  for (const run of runs) {
    const copy = kept.some((other) => other.text === run.text && Math.abs(other.x - run.x) < 0.3 * run.size && Math.abs(other.y - run.y) < 0.3 * run.size);
    if (!copy) kept.push(run);
  }
  return kept;
}

/**
 * The lines of all pages without running headers and footers and bare page numbers, each marked
 * whether it reaches the right margin. A header or footer sits apart from the body, above or
 * below a gap wider than the line spacing, and reads the same (page numbers aside) on most pages.
 */
function bodyLines(pages: PageLine[][]): PhysicalLine[] {
  const edgeKey = (line: PageLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const apart = (upper: PageLine | undefined, lower: PageLine | undefined) =>
    upper !== undefined && lower !== undefined && upper.y - lower.y > 2.2 * Math.max(upper.size, lower.size);
  const topBand = (page: PageLine[]) => {
    for (let index = 0; index < Math.min(2, page.length - 1); index++) if (apart(page[index], page[index + 1])) return page.slice(0, index + 1);
    return [];
  };
  const bottomBand = (page: PageLine[]) => {
    for (let index = page.length - 1; index >= Math.max(1, page.length - 2); index--) if (apart(page[index - 1], page[index])) return page.slice(index);
    return [];
  };
  const repeated = (bands: PageLine[][]): Set<string> => {
    const counts = new Map<string, number>();
    for (const band of bands) for (const key of new Set(band.map(edgeKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
    const needed = Math.max(2, Math.ceil(pages.length * 0.6));
    return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
  };
  const tops = pages.map(topBand);
  const bottoms = pages.map(bottomBand);
  const headers = repeated(tops);
  const footers = repeated(bottoms);
  // A header that repeats a line of its own page (the title, the first line) is a header even
  // on a document too short for it to repeat across pages.
  const echoes = (page: PageLine[], band: PageLine[]) => {
    const body = new Set(page.filter((line) => !band.includes(line)).map(edgeKey));
    return new Set(band.filter((line) => body.has(edgeKey(line))));
  };

  const kept: PageLine[] = [];
  pages.forEach((page, pageIndex) => {
    const top = new Set(tops[pageIndex]);
    const bottom = new Set(bottoms[pageIndex]);
    const echoed = echoes(page, tops[pageIndex] ?? []);
    for (const line of page) {
      const key = edgeKey(line);
      if ((top.has(line) && headers.has(key)) || (bottom.has(line) && footers.has(key)) || echoed.has(line)) continue;
      // A page number, or a browser's date or address, in a margin band marks the whole line as the margin's.
      if ((top.has(line) || bottom.has(line)) && line.cells.some((cell) => PAGE_NUMBER.test(cell) || PRINT_STAMP.test(cell))) continue;
      // A browser prints its date and title, or the address and page x/y, close to a page with narrow margins.
      if ((line === page[0] || line === page.at(-1)) && browserMargin(line)) continue;
      kept.push(line);
    }
  });

  mergeWrappedCells(kept);

  // The right margin: where most long lines end. Left margin: where most lines begin.
  const prose = kept.filter((line) => line.cells.length === 1 && line.text.length >= 10);
  const right = percentile(prose.map((line) => line.right), 0.9);
  const left = percentile(prose.map((line) => line.left), 0.1) ?? 0;
  const spacings = kept.flatMap((line, index) => {
    const next = kept[index + 1];
    return next && next.page === line.page ? [line.y - next.y] : [];
  });
  const spacing = percentile(spacings, 0.5);
  const indentMarksParagraphs = paragraphsByIndent(kept, left, right);
  let continued = false;
  return kept.map((line, index) => {
    const next = kept[index + 1];
    const previous = kept[index - 1];
    // An indented next line, or one after a wider gap than the line spacing, opens a new paragraph even after a full line.
    const nextIndented = next !== undefined && opensParagraph(line, next, !continued, left);
    // Within a paragraph the lines keep one spacing; a gap a third wider than the one above this line parts paragraphs whatever their type size.
    const widerThanAbove = continued && previous !== undefined && next !== undefined && previous.page === line.page && line.y - next.y > 1.3 * (previous.y - line.y);
    const gapAfter = next !== undefined && next.page === line.page && ((spacing !== undefined && line.y - next.y > 1.6 * spacing) || widerThanAbove);
    const full =
      line.cells.length === 1 && right !== undefined && line.right >= right - 2 * line.size && !centeredShort(line, left, right) && !nextIndented && !gapAfter;
    // Where every paragraph begins indented, a full line ending a sentence goes on when the next line starts at the margin.
    const wraps = full && indentMarksParagraphs && endsSentence(line.text) && next !== undefined && flushLeft(next, left) && !startsItem(next.text);
    continued = full && next !== undefined && (!endsSentence(line.text) || wraps) && !startsItem(next.text);
    return {
      text: line.text,
      line: line.line,
      page: line.page,
      full,
      ...(wraps ? { wraps } : {}),
      ...(line.cells.length > 1 ? { kind: 'table-row' as const, cells: line.cells } : {}),
    };
  });
}

/**
 * The line near the top that reads as the PDF's title in its metadata is the title, though its
 * type may be no larger than the body's: a browser writes the page's <title> there, Word and
 * LibreOffice the document's title.
 */
function withTitleFromMetadata(lines: SourceLine[], metaTitle: string | undefined): SourceLine[] {
  const key = (text: string) => text.replace(/\s+/g, '');
  if (!metaTitle || key(metaTitle).length < 6) return lines;
  const index = lines.slice(0, 10).findIndex((line) => key(line.text) === key(metaTitle));
  if (index < 0 || lines[index]!.kind !== undefined) return lines;
  return lines.map((line, at) => (at === index ? { ...line, kind: 'heading' as const, level: 1 } : line));
}

/** Type this much larger than the body's is a heading: a title in 二号 over 三号 text, a web page's <h1>. */
const HEADING_SIZE = 1.3;

/**
 * Lines set in larger type than the body, and short enough to be one, marked as headings (level 1
 * for the largest size), as the .docx and web page readers mark Word's heading styles and <h1>.
 * Lines wrapped over several physical lines are joined first, so a long title stays one line.
 */
function withHeadingsBySize(lines: SourceLine[], pages: PageLine[][]): SourceLine[] {
  const sizes = new Map(pages.flat().map((line) => [`${line.page}:${line.line}`, line.size]));
  const sizeOf = (line: SourceLine) => sizes.get(`${line.page}:${line.line}`) ?? 0;
  // The body's size: the size of most characters.
  const weight = new Map<number, number>();
  for (const line of pages.flat()) weight.set(Math.round(line.size), (weight.get(Math.round(line.size)) ?? 0) + line.text.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (body === undefined) return lines;
  const large = (line: SourceLine) => line.kind === undefined && [...line.text].length <= 80 && sizeOf(line) >= HEADING_SIZE * body;
  const levels = [...new Set(lines.filter(large).map((line) => Math.round(sizeOf(line))))].sort((a, b) => b - a);
  return lines.map((line) => (large(line) ? { ...line, kind: 'heading' as const, level: levels.indexOf(Math.round(sizeOf(line))) + 1 } : line));
}

/**
 * Whether the line after a full line begins a new paragraph by its indent. Once a paragraph has
 * wrapped, its lines start where it wraps to, so a next line further right is a new first-line
 * indent; lists and indented blocks wrap to their own left, not the page's. A paragraph's first
 * line is compared with the page's left margin, except a list item whose number hangs out to the
 * left of its text (Word's and LibreOffice's lists, a web page's <ol>): its text goes on a
 * little further right.
 */
function opensParagraph(line: PageLine, next: PageLine, firstLine: boolean, margin: number): boolean {
  const size = Math.max(line.size, next.size);
  // The last line of a centred title stands in the middle, under the full line above it.
  const centredUnder = Math.abs(next.size - line.size) <= 0.1 * size && next.left > line.left && Math.abs(next.left + next.right - line.left - line.right) <= size;
  if (centredUnder) return false;
  if (!firstLine) return next.left > line.left + 1.5 * size;
  const hanging = startsItem(line.text) && !startsItem(next.text) && next.left > line.left && next.left - line.left <= 4.5 * size;
  return !hanging && next.left > margin + 1.5 * next.size;
}

/**
 * Whether this document begins its paragraphs with a first-line indent (as 公文 do): nearly every
 * line after a sentence that ended short of the right margin, unless it starts an item, stands
 * indented. Then a line at the margin after a full line is that paragraph's next line, even when
 * a sentence ended exactly at the line's end.
 */
function paragraphsByIndent(lines: readonly PageLine[], margin: number, right: number | undefined): boolean {
  if (right === undefined) return false;
  let indented = 0;
  let flush = 0;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous || !endsSentence(previous.text) || previous.right >= right - 2 * previous.size) return;
    if (line.cells.length > 1 || startsItem(line.text)) return;
    if (flushLeft(line, margin)) flush++;
    else if (line.left > margin + 1.5 * line.size) indented++;
  });
  return indented >= 2 && indented >= 9 * flush;
}

function flushLeft(line: PageLine, margin: number): boolean {
  return line.cells.length === 1 && Math.abs(line.left - margin) <= 0.5 * line.size;
}

/**
 * A centred line that stops more than a character short of both margins ends its paragraph (a
 * title's last line), though it reaches within two characters of the right margin. A title's
 * middle line may fall a character short of the width (a closing bracket may not start a line).
 */
function centeredShort(line: PageLine, left: number, right: number): boolean {
  const before = line.left - left;
  const after = right - line.right;
  return before > line.size && after > line.size && Math.abs(before - after) < 0.5 * line.size;
}

/**
 * A table cell too narrow for its text wraps onto the next physical line, which then holds only
 * some of the columns. Such a line, right under a table row with every piece starting where a
 * cell of that row starts, is the rest of those cells, not a row of its own.
 */
function mergeWrappedCells(lines: PageLine[]): void {
  for (let index = 1; index < lines.length; index++) {
    const row = lines[index - 1]!;
    const line = lines[index]!;
    if (row.cells.length < 2 || line.page !== row.page || line.cells.length >= row.cells.length) continue;
    if (row.y - line.y > 2 * Math.max(row.size, line.size)) continue;
    const columns = line.cellStarts.map((start) => row.cellStarts.findIndex((rowStart) => Math.abs(rowStart - start) < row.size));
    if (columns.some((column) => column < 0) || new Set(columns).size !== columns.length) continue;
    // Each piece stays inside its column: a paragraph after the table runs across the columns.
    const inside = columns.every((column, piece) => (line.cellEnds[piece] ?? 0) < (row.cellStarts[column + 1] ?? Number.POSITIVE_INFINITY));
    if (!inside) continue;
    const cells = [...row.cells];
    columns.forEach((column, piece) => {
      cells[column] = joinCellText(cells[column] ?? '', line.cells[piece] ?? '');
    });
    // The merged row stands where the row began; the next continuation is compared with it.
    lines.splice(index - 1, 2, { ...row, cells, text: cells.join(' | '), y: line.y });
    index--;
  }
}

function joinCellText(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

function percentile(values: number[], fraction: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(fraction * (sorted.length - 1))];
}
