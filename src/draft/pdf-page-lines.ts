/**
 * A page of a PDF as lines: pdfjs gives positioned runs of text, and runs whose baselines meet
 * make a line, parted into table cells at wide gaps. Other producers' quirks are undone here:
 * text drawn twice to fake bold, letter-spaced lines, a list number set apart by a tab, radicals
 * for characters, the gaps a typesetter puts between Chinese and digits.
 */
import { isItemMarker } from './join-wrapped-lines.js';
import type { PdfTextRun } from './pdf-text-runs.js';
import { withoutTypesetGaps } from './typeset-gaps.js';

/** A run of text at a position, as the PDF worker reads it (pdf-text-runs). */
export type Run = PdfTextRun;

/** A line of a page, as read-pdf's later stages see it. */
export interface PageLine {
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
  /** The line's runs, left to right, for a later look at its columns. */
  runs: Run[];
  /** Where the text column of a page set in two columns begins and ends (pdf-page-columns); a line without it spans the page's text. */
  column?: ColumnEdges;
}

/** The left and right edges (x) of a column of text. */
export interface ColumnEdges {
  left: number;
  right: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;


/** Runs → lines, top to bottom: runs whose baselines are within half a character height share a line. */
export function linesOfPage(runs: Run[], page: number): PageLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const current = groups.at(-1);
    const first = current?.[0];
    if (current && first && Math.abs(first.y - run.y) <= 0.5 * Math.max(first.size, run.size)) current.push(run);
    else groups.push([run]);
  }
  const lineOf = new Map<number, number>();
  groups.forEach((group, index) => {
    for (const run of group) lineOf.set(run.order, index);
  });
  // The producer wrote other lines between these two runs of one line: it finished a table cell
  // (its wrapped lines included) before it began the next, however close they stand.
  const wroteElsewhereBetween = (a: Run, b: Run, line: number) => {
    for (let order = Math.min(a.order, b.order) + 1; order < Math.max(a.order, b.order); order++) {
      const other = lineOf.get(order);
      if (other !== undefined && other !== line) return true;
    }
    return false;
  };
  return groups.map((group, index) => {
    const ordered = withoutOverprint(group.sort((a, b) => a.x - b.x));
    const size = Math.max(...ordered.map((run) => run.size));
    const pieces: Cell[] = [];
    let cell = '';
    let start = 0;
    let end = Number.NEGATIVE_INFINITY;
    let previous: Run | undefined;
    for (const run of ordered) {
      const gap = run.x - end;
      if (cell === '') start = run.x;
      if (cell !== '' && (gap > 1.5 * size || (gap > 0 && previous !== undefined && wroteElsewhereBetween(previous, run, index)))) {
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
      previous = run;
    }
    if (cell.trim() !== '') pieces.push({ text: cell.trim(), start, end });
    const joined = withMarkerJoined(withLettersJoined(pieces, size));
    const cells = joined.map((piece) => withoutTypesetGaps(piece.text));
    const cellStarts = joined.map((piece) => piece.start);
    const cellEnds = joined.map((piece) => piece.end);
    const left = ordered[0]?.x ?? 0;
    return { text: cells.join(' | '), cells, cellStarts, cellEnds, line: index + 1, page, left, right: end, y: ordered[0]?.y ?? 0, size, runs: ordered };
  });
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
function withLettersJoined(cells: Cell[], size: number): Cell[] {
  const single = (cell: Cell) => [...cell.text].length === 1 && CJK.test(cell.text);
  // 总　　则, 第一章　总　　则: a heading spaced out with ideographic spaces, which a browser draws as a gap.
  const [before, after] = cells;
  if (cells.length === 2 && before && after && single(after) && /(?:^|\s)\p{Script=Han}$/u.test(before.text) && after.start - before.end <= 3.5 * size) {
    return [{ text: `${before.text} ${after.text}`, start: before.start, end: after.end }];
  }
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
