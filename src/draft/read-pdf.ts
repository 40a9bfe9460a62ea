/**
 * .pdf with a text layer → SourceDocument, with pdfjs-dist (legacy build, which runs on Node 20)
 * in a worker thread that is ended past limits.documentSeconds (pdf-text-runs).
 * A PDF has no lines, only positioned runs of text: lines are rebuilt by their baseline, cells of
 * a table by wide gaps, running headers and page numbers are dropped, and lines wrapped in the
 * middle of a sentence are joined.
 */
import { documentError } from './document-error.js';
import { joinWrappedLines, type PhysicalLine } from './join-wrapped-lines.js';
import { readPdfTextRuns, type PdfTextRun as Run } from './pdf-text-runs.js';
import type { SourceDocument } from './source-document.js';

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
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** `timeoutMs` bounds the parse (limits.documentSeconds): past it, pdfjs's thread is ended and the document refused. */
export async function readPdf(file: string, bytes: Uint8Array, timeoutMs: number): Promise<SourceDocument> {
  const read = await readPdfTextRuns(bytes, timeoutMs);
  // pdfjs's own messages stay out of ours; the cause keeps them for whoever debugs.
  if (read.kind === 'password') {
    throw documentError(file, {
      zh: '这个 PDF 有密码保护，无法读取；请用原密码打开后另存一份不加密的 PDF，或改用 Word 原稿',
      en: 'this PDF is password-protected and cannot be read; open it with its password and save an unencrypted copy, or use the Word original',
    });
  }
  if (read.kind === 'damaged') throw damagedPdf(file, new Error(read.detail));
  if (read.kind === 'timeout') {
    const seconds = Math.round(timeoutMs / 1000);
    throw documentError(file, {
      zh: `读取超时：超过 ${seconds} 秒仍未读完，已停止（limits.documentSeconds）；这个 PDF 的结构异常复杂或已损坏，请用 Word 原稿，或重新导出 PDF 后再试`,
      en: `reading timed out: not done after ${seconds} s and stopped (limits.documentSeconds); this PDF is unusually complex or damaged: use the Word original, or export the PDF again and retry`,
    });
  }
  const pages = read.pages.map((runs, index) => linesOfPage(runs, index + 1));
  if (pages.every((page) => page.length === 0)) {
    throw documentError(file, {
      zh: '这个 PDF 没有文字层，像是扫描件；请先用文字识别（OCR）转成带文字的 PDF 或 Word，再生成草稿',
      en: 'this PDF has no text layer, like a scan; run OCR on it first (to a PDF with text, or Word), then draft again',
    });
  }
  return { file, format: 'pdf', lines: joinWrappedLines(bodyLines(pages)), ...(read.metaTitle ? { metaTitle: read.metaTitle } : {}) };
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
    const cells: string[] = [];
    const cellStarts: number[] = [];
    const cellEnds: number[] = [];
    let cell = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of ordered) {
      const gap = run.x - end;
      if (cell === '') cellStarts.push(run.x);
      if (cell !== '' && gap > 1.5 * size) {
        cells.push(cell.trim());
        cellEnds.push(end);
        cellStarts.push(run.x);
        cell = '';
      } else if (cell !== '' && gap > 0.25 * size && !/\s$/.test(cell) && !/^\s/.test(run.text)) {
        // Between Chinese characters only a wide gap is a space; between Latin words a narrow one is.
        const chinese = CJK.test(cell.at(-1) ?? '') && CJK.test(run.text.charAt(0));
        if (!chinese || gap > 0.8 * size) cell += ' ';
      }
      cell += run.text;
      end = Math.max(end, run.x + run.width);
    }
    if (cell.trim() !== '') {
      cells.push(cell.trim());
      cellEnds.push(end);
    }
    const left = ordered[0]?.x ?? 0;
    return { text: cells.join(' | '), cells, cellStarts, cellEnds, line: index + 1, page, left, right: end, y: ordered[0]?.y ?? 0, size };
  });
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

  const kept: PageLine[] = [];
  pages.forEach((page, pageIndex) => {
    const top = new Set(tops[pageIndex]);
    const bottom = new Set(bottoms[pageIndex]);
    for (const line of page) {
      const key = edgeKey(line);
      if ((top.has(line) && headers.has(key)) || (bottom.has(line) && footers.has(key))) continue;
      if ((top.has(line) || bottom.has(line)) && PAGE_NUMBER.test(line.text.trim())) continue;
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
  return kept.map((line, index) => {
    const next = kept[index + 1];
    // An indented next line, or one after a wider gap than the line spacing, opens a new paragraph even after a full line.
    const nextIndented = next !== undefined && next.left > left + 1.5 * next.size;
    const gapAfter = next !== undefined && next.page === line.page && spacing !== undefined && line.y - next.y > 1.6 * spacing;
    const full = line.cells.length === 1 && right !== undefined && line.right >= right - 2 * line.size && !nextIndented && !gapAfter;
    return {
      text: line.text,
      line: line.line,
      page: line.page,
      full,
      ...(line.cells.length > 1 ? { kind: 'table-row' as const, cells: line.cells } : {}),
    };
  });
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
