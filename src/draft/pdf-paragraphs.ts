/**
 * Where a PDF's paragraphs go on from one line to the next. A line that reaches the right margin
 * may be continued by the next, unless the next line opens a paragraph by its indent or by a gap;
 * lists whose numbers hang left of their text, centred titles and documents whose paragraphs all
 * begin indented each say so in their own way. Table cells that wrapped onto a second line are put
 * back into their row first.
 */
import { endsSentence, startsItem, type PhysicalLine } from './join-wrapped-lines.js';
import type { PageLine } from './pdf-page-lines.js';
import { withoutTypesetGaps } from './typeset-gaps.js';

/** The lines, each marked whether the layout lets its sentence go on in the next line. */
export function physicalLines(kept: PageLine[]): PhysicalLine[] {
  mergeWrappedCells(kept);

  // The right margin: where most long lines end. Left margin: where most lines begin. A line in a
  // column of a page set in two has its column's edges instead (pdf-page-columns).
  const prose = kept.filter((line) => line.cells.length === 1 && line.text.length >= 10);
  const acrossPage = prose.filter((line) => line.column === undefined);
  const measured = acrossPage.length > 0 ? acrossPage : prose;
  const pageRight = percentile(measured.map((line) => line.right), 0.9);
  const pageLeft = percentile(measured.map((line) => line.left), 0.1) ?? 0;
  const rightOf = (line: PageLine) => line.column?.right ?? pageRight;
  const leftOf = (line: PageLine) => line.column?.left ?? pageLeft;
  const spacings = kept.flatMap((line, index) => {
    const next = kept[index + 1];
    return next && next.page === line.page ? [line.y - next.y] : [];
  });
  const spacing = percentile(spacings, 0.5);
  const indentMarksParagraphs = paragraphsByIndent(kept, leftOf, rightOf);
  let continued = false;
  return kept.map((line, index) => {
    const next = kept[index + 1];
    const previous = kept[index - 1];
    // An indented next line, or one after a wider gap than the line spacing, opens a new paragraph even after a full line.
    const nextIndented = next !== undefined && opensParagraph(line, next, !continued, leftOf(next), leftOf(next) - leftOf(line));
    // Within a paragraph the lines keep one spacing; a gap a third wider than the one above this line parts paragraphs whatever their type size.
    // (A paragraph that went on from the foot of a column to the top of the next has no gap above its line.)
    const widerThanAbove =
      continued && previous !== undefined && next !== undefined && previous.page === line.page && previous.y > line.y && line.y - next.y > 1.3 * (previous.y - line.y);
    const gapAfter = next !== undefined && next.page === line.page && ((spacing !== undefined && line.y - next.y > 1.6 * spacing) || widerThanAbove);
    const right = rightOf(line);
    const full =
      line.cells.length === 1 && right !== undefined && line.right >= right - 2 * line.size && !centeredShort(line, leftOf(line), right) && !nextIndented && !gapAfter;
    // Where every paragraph begins indented, a full line ending a sentence goes on when the next line starts at the margin.
    const wraps = full && indentMarksParagraphs && endsSentence(line.text) && next !== undefined && flushLeft(next, leftOf(next)) && !startsItem(next.text);
    continued = full && next !== undefined && (!endsSentence(line.text) || wraps) && !startsItem(next.text);
    return {
      text: full ? withoutJustificationSpaces(line.text) : line.text,
      line: line.line,
      page: line.page,
      full,
      ...(wraps ? { wraps } : {}),
      ...(line.cells.length > 1 ? { kind: 'table-row' as const, cells: line.cells } : {}),
    };
  });
}


/**
 * Whether the line after a full line begins a new paragraph by its indent. Once a paragraph has
 * wrapped, its lines start where it wraps to, so a next line further right is a new first-line
 * indent; lists and indented blocks wrap to their own left, not the page's. A paragraph's first
 * line is compared with the page's left margin, except a list item whose number hangs out to the
 * left of its text (Word's and LibreOffice's lists, a web page's <ol>): its text goes on a
 * little further right.
 */
function opensParagraph(line: PageLine, next: PageLine, firstLine: boolean, margin: number, shift: number): boolean {
  const size = Math.max(line.size, next.size);
  // The next line at the top of the next column (`shift` further right) is compared as if it stood under this one.
  const left = next.left - shift;
  const right = next.right - shift;
  // The last line of a centred title stands in the middle, under the full line above it.
  const centredUnder = Math.abs(next.size - line.size) <= 0.1 * size && left > line.left && Math.abs(left + right - line.left - line.right) <= size;
  if (centredUnder) return false;
  if (!firstLine) return left > line.left + 1.5 * size;
  const hanging = startsItem(line.text) && !startsItem(next.text) && left > line.left && left - line.left <= 4.5 * size;
  return !hanging && next.left > margin + 1.5 * next.size;
}

/**
 * Whether this document begins its paragraphs with a first-line indent (as 公文 do): nearly every
 * line after a sentence that ended short of the right margin, unless it starts an item, stands
 * indented. Then a line at the margin after a full line is that paragraph's next line, even when
 * a sentence ended exactly at the line's end.
 */
function paragraphsByIndent(lines: readonly PageLine[], leftOf: (line: PageLine) => number, rightOf: (line: PageLine) => number | undefined): boolean {
  let indented = 0;
  let flush = 0;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const right = previous && rightOf(previous);
    if (!previous || right === undefined || !endsSentence(previous.text) || previous.right >= right - 2 * previous.size) return;
    if (line.cells.length > 1 || startsItem(line.text)) return;
    const margin = leftOf(line);
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
 * some of the columns. Such a line, right under a table row (at the spacing of lines, not of
 * rows, which have the cells' padding between them) with every piece starting where a cell of
 * that row starts, is the rest of those cells, not a row of its own.
 */
function mergeWrappedCells(lines: PageLine[]): void {
  for (let index = 1; index < lines.length; index++) {
    const row = lines[index - 1]!;
    if (row.cells.length >= 2 && lines[index]!.page === row.page && row.y - lines[index]!.y <= 2.5 * row.size) lines[index] = withColumnsOf(row, lines[index]!);
    const line = lines[index]!;
    if (row.cells.length < 2 || line.page !== row.page || line.cells.length >= row.cells.length) continue;
    const pitch = row.y - line.y;
    if (pitch > 2.5 * Math.max(row.size, line.size)) continue;
    // The rest of a cell starts exactly where the cell's text does; a paragraph after the table starts at the
    // page's margin, a cell's padding to the left of the first column's text.
    const columns = line.cellStarts.map((start) => row.cellStarts.findIndex((rowStart) => Math.abs(rowStart - start) < 0.2 * row.size));
    if (columns.some((column) => column < 0) || new Set(columns).size !== columns.length) continue;
    if (pitch > 1.6 * Math.max(row.size, line.size)) {
      // A whole row further down, its first columns empty: they are merged down from the row above
      // (a tier table's category over several tiers), as read-html reads a rowspan.
      const first = columns[0] ?? 0;
      const suffix = first > 0 && columns.every((column, piece) => column === first + piece) && first + columns.length === row.cells.length;
      if (suffix) {
        const cells = [...row.cells.slice(0, first), ...line.cells];
        lines[index] = { ...line, cells, cellStarts: [...row.cellStarts.slice(0, first), ...line.cellStarts], cellEnds: [...row.cellEnds.slice(0, first), ...line.cellEnds], text: cells.join(' | ') };
      }
      continue;
    }
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

/** Chinese characters (and their punctuation) on both sides of one space. */
const SPACE_IN_CHINESE = /(?<=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/gu;

/**
 * A justified line is stretched to the margin by spacing its characters out, and pdfjs reads the
 * wider gaps as spaces ("除按 上述规 定 提交申 请外"). Chinese words have no spaces between them,
 * so in a line that reaches the margin (and is not a paragraph's last) a space between two Chinese
 * characters is the stretching; a short line keeps its spaces (广州市民政局 广州市财政局).
 */
function withoutJustificationSpaces(text: string): string {
  return text.replace(SPACE_IN_CHINESE, '');
}

/**
 * A line under a table row, parted at the row's columns: a cell whose text fills its column stands
 * closer to the next cell than the gap that parts cells ("二档：年投入5000万元以上20万元"), but each
 * cell's text starts exactly where its column's does.
 */
function withColumnsOf(row: PageLine, line: PageLine): PageLine {
  if (line.cells.length >= row.cells.length) return line;
  const atColumn = (x: number) => row.cellStarts.some((start) => Math.abs(start - x) < 0.2 * row.size);
  const pieces: Array<{ text: string; start: number; end: number }> = [];
  for (const run of line.runs) {
    const current = pieces.at(-1);
    // A new cell starts at a column, after a gap of at least a cell's padding (not a justified line's letter spacing).
    if (current && !(atColumn(run.x) && run.x - current.end > 0.3 * row.size)) {
      current.text = joinCellText(current.text, run.text.trim());
      current.end = Math.max(current.end, run.x + run.width);
    } else {
      pieces.push({ text: run.text.trim(), start: run.x, end: run.x + run.width });
    }
  }
  if (pieces.length <= line.cells.length || !pieces.every((piece) => atColumn(piece.start))) return line;
  const cells = pieces.map((piece) => withoutTypesetGaps(piece.text));
  return { ...line, cells, cellStarts: pieces.map((piece) => piece.start), cellEnds: pieces.map((piece) => piece.end), text: cells.join(' | ') };
}

function joinCellText(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

function percentile(values: number[], fraction: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(fraction * (sorted.length - 1))];
}
