/**
 * A page set in two columns (政策汇编, 解读 leaflets, 明白纸 handouts), read as a person reads it:
 * the left column top to bottom, then the right. Rebuilt by baseline alone, each row of such a page
 * joins a line of the left column to a line of the right, and reads as a table row.
 *
 * The sign of columns is a gutter: a vertical band that no text crosses, over a stretch of rows
 * with text on both sides. A table has such bands too, so the stretch is read as columns only when
 * each side holds text as a column does (wide, one piece per line, of similar width to the other)
 * and the sides run on as text does (written one column after the other, or lines that wrap at the
 * column's edge), and not as a table's rows, which start at the same height on both sides and are
 * written row by row. Rows that cross the gutter (a title over both columns, a paragraph across the
 * page) stay where they stand, and so do the page's header and footer bands, which pdf-page-margins
 * judges later, and a table written under the columns.
 */
import { endsSentence, startsItem } from './join-wrapped-lines.js';
import { linesOfPage, type ColumnEdges, type PageLine, type Run } from './pdf-page-lines.js';
import { bottomBand, topBand } from './pdf-page-margins.js';

/** A gutter narrower than this many characters of body text is the space between words or cells, not between columns. */
const GUTTER_CHARS = 0.8;
/** A column narrower than this many characters holds a table's cells, not text. */
const COLUMN_CHARS = 8;

/** Wider than any paper (A0 is 2384 pt wide): the band is not looked for. */
const MAX_PAGE_WIDTH = 5000;

/** A vertical band of the page, x from…to: a gutter, or the width a row's text covers. */
interface Band {
  from: number;
  to: number;
}

/**
 * The page's lines in reading order: a stretch of rows set in two columns gives the left column's
 * lines, then the right column's; everything else stays as it is. Lines are numbered again in that
 * order, so that a line's number counts down the left column and on down the right.
 */
export function inColumnOrder(rows: PageLine[]): PageLine[] {
  if (rows.length < 3) return rows;
  const size = median(rows.map((row) => row.size));
  // A page number or running header may stand right over the gutter: it is looked for without them.
  const margins = new Set([...topBand(rows), ...bottomBand(rows)]);
  const gutter = findGutter(rows.filter((row) => !margins.has(row)), size);
  if (gutter === undefined) return rows;
  const crosses = (row: PageLine) => margins.has(row) || row.runs.some((run) => run.x < gutter.to && run.x + run.width > gutter.from);

  const ordered: PageLine[] = [];
  let block: PageLine[] = [];
  let changed = false;
  const endBlock = () => {
    // Columns start side by side: lines on the left alone above them end the paragraph across the page above.
    const lead = Math.max(0, block.findIndex((row) => row.runs.some((run) => run.x >= gutter.to)));
    const stretch = block.slice(lead);
    // Rows written after the columns (a table under them) are tried apart first, then the stretch as a whole.
    const flowed = writtenAfterColumns(stretch, gutter);
    let columns = flowed > 0 && flowed < stretch.length ? columnsOfBlock(stretch.slice(0, flowed), gutter, size) : undefined;
    const rest = columns ? stretch.slice(flowed) : [];
    columns ??= stretch.length > 0 ? columnsOfBlock(stretch, gutter, size) : undefined;
    for (const line of columns ? [...block.slice(0, lead), ...columns, ...rest] : block) ordered.push(line);
    changed ||= columns !== undefined;
    block = [];
  };
  for (const row of rows) {
    if (!crosses(row)) {
      block.push(row);
      continue;
    }
    endBlock();
    ordered.push(row);
  }
  endBlock();
  return changed ? ordered.map((line, index) => ({ ...line, line: index + 1 })) : rows;
}

/**
 * The widest band in the middle of the page's text (between 30 % and 70 % of its width, so that
 * both columns are of some width) that the fewest rows cross: in a page set in two columns, only
 * its titles, headers and footers cross the gutter.
 */
function findGutter(rows: readonly PageLine[], size: number): Band | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const run of row.runs) {
      first = Math.min(first, run.x);
      last = Math.max(last, run.x + run.width);
    }
  }
  const start = Math.floor(first);
  const width = Math.ceil(last) - start;
  // Text set far outside any paper (a damaged or hostile PDF) is no page of columns.
  if (!(width >= 2 * COLUMN_CHARS * size && width <= MAX_PAGE_WIDTH)) return undefined;
  // How many rows have text over each point (1 pt bins) of the width: each row's runs, merged where
  // they overlap, count once, added up as differences.
  const changes = new Int32Array(width + 1);
  const count = (span: Band) => {
    changes[span.from]!++;
    changes[span.to]!--;
  };
  for (const row of rows) {
    const spans = row.runs
      .map((run) => ({ from: Math.max(0, Math.floor(run.x - start)), to: Math.min(width, Math.ceil(run.x + run.width - start)) }))
      .filter((span) => span.to > span.from)
      .sort((a, b) => a.from - b.from);
    let open: Band | undefined;
    for (const span of spans) {
      if (open && span.from <= open.to) {
        open.to = Math.max(open.to, span.to);
        continue;
      }
      if (open) count(open);
      open = span;
    }
    if (open) count(open);
  }
  const crossing = new Int32Array(width);
  let running = 0;
  for (let x = 0; x < width; x++) crossing[x] = running += changes[x]!;
  const low = Math.floor(0.3 * width);
  const high = Math.ceil(0.7 * width);
  const fewest = crossing.subarray(low, high).reduce((least, count) => Math.min(least, count), Number.POSITIVE_INFINITY);
  let best: Band | undefined;
  for (let x = low; x < high; x++) {
    if (crossing[x] !== fewest) continue;
    let from = x;
    while (from > 0 && crossing[from - 1] === fewest) from--;
    let to = x;
    while (to < width && crossing[to] === fewest) to++;
    if (best === undefined || to - from > best.to - best.from) best = { from, to };
    x = to;
  }
  if (best === undefined || best.to - best.from < GUTTER_CHARS * size) return undefined;
  return { from: start + best.from, to: start + best.to };
}

/**
 * How many of the stretch's rows were written before the producer came back to the side it began
 * with: a layout engine writes one column, then the other, then whatever stands under them (a table
 * written row by row). The rows from there to the end of the stretch, written after, are left out.
 */
function writtenAfterColumns(rows: readonly PageLine[], gutter: Band): number {
  const runs = rows.flatMap((row) => row.runs).sort((a, b) => a.order - b.order);
  const isLeft = (run: Run) => run.x < gutter.from;
  let switches = 0;
  let back: Run | undefined;
  for (let index = 1; index < runs.length && back === undefined; index++) {
    if (isLeft(runs[index]!) !== isLeft(runs[index - 1]!) && ++switches === 2) back = runs[index];
  }
  if (back === undefined) return rows.length;
  const cut = back.order;
  let count = rows.length;
  while (count > 0 && rows[count - 1]!.runs.every((run) => run.order >= cut)) count--;
  return count;
}

/** A stretch of rows that no text crosses at the gutter, as the lines of its two columns, or undefined when it is not set in columns. */
function columnsOfBlock(block: readonly PageLine[], gutter: Band, size: number): PageLine[] | undefined {
  const runs = block.flatMap((row) => row.runs);
  const isLeft = (run: Run) => run.x < gutter.from;
  const page = block[0]!.page;
  const left = linesOfPage(runs.filter(isLeft), page);
  const right = linesOfPage(runs.filter((run) => !isLeft(run)), page);
  if (left.length + right.length < 6 || !isTextColumn(left, size) || !isTextColumn(right, size)) return undefined;
  const leftEdges = edgesOf(left);
  const rightEdges = edgesOf(right);
  const leftWidth = leftEdges.right - leftEdges.left;
  const rightWidth = rightEdges.right - rightEdges.left;
  if (Math.min(leftWidth, rightWidth) < 0.4 * Math.max(leftWidth, rightWidth)) return undefined;
  if (!sideBySide(left, right, size)) return undefined;
  // The producer wrote one column, then the other, as a layout engine flows text; a table is written row by row.
  const sides = [...runs].sort((a, b) => a.order - b.order).map(isLeft);
  const columnAfterColumn = sides.filter((side, index) => index > 0 && side !== sides[index - 1]).length <= 2;
  if (!columnAfterColumn && rowsStartTogether(left, right, size)) return undefined;
  const wrapsLeft = wrappedLines(left, leftEdges, size);
  const wrapsRight = wrappedLines(right, rightEdges, size);
  if (!columnAfterColumn && !(wrapsLeft >= 1 && wrapsRight >= 1 && wrapsLeft + wrapsRight >= 3)) return undefined;
  // Columns of a page are set at one width: a column of short lines is as wide as the other.
  const width = Math.max(leftWidth, rightWidth);
  const leftColumn: ColumnEdges = { left: leftEdges.left, right: Math.max(leftEdges.right, Math.min(leftEdges.left + width, gutter.from)) };
  const rightColumn: ColumnEdges = { left: rightEdges.left, right: Math.max(rightEdges.right, rightEdges.left + width) };
  return [...left.map((line) => ({ ...line, column: leftColumn })), ...right.map((line) => ({ ...line, column: rightColumn }))];
}

/** Lines that hold text as a column does: at least two, of one piece each (a table's side has several cells), over a column's width. */
function isTextColumn(lines: readonly PageLine[], size: number): boolean {
  if (lines.length < 2) return false;
  const pieces = lines.filter((line) => line.cells.length > 1).length;
  const { left, right } = edgesOf(lines);
  return pieces <= 0.2 * lines.length && right - left >= COLUMN_CHARS * size;
}

/** Lines of a column that run to its right edge in the middle of a sentence and go on in the line below. */
function wrappedLines(lines: readonly PageLine[], edges: ColumnEdges, size: number): number {
  return lines.filter((line, index) => {
    const next = lines[index + 1];
    return next !== undefined && line.right >= edges.right - 1.5 * line.size && !endsSentence(line.text) && !startsItem(next.text) && line.y - next.y <= 2 * Math.max(size, line.size);
  }).length;
}

/**
 * Columns stand side by side: at least two lines of each stand at the height of the other's text.
 * A list on the left with a signature block (issuer, date) set to the right below it does not.
 */
function sideBySide(left: readonly PageLine[], right: readonly PageLine[], size: number): boolean {
  const within = (lines: readonly PageLine[], other: readonly PageLine[]) => {
    const top = other.reduce((highest, line) => Math.max(highest, line.y), Number.NEGATIVE_INFINITY) + size;
    const bottom = other.reduce((lowest, line) => Math.min(lowest, line.y), Number.POSITIVE_INFINITY) - size;
    return lines.filter((line) => line.y <= top && line.y >= bottom).length;
  };
  return within(left, right) >= 2 && within(right, left) >= 2;
}

/**
 * A table's rows start at the same height in every column, each set apart from the row above by
 * the cells' padding; the paragraphs of two columns of text start wherever the text puts them.
 */
function rowsStartTogether(left: readonly PageLine[], right: readonly PageLine[], size: number): boolean {
  const starts = (lines: readonly PageLine[]) => {
    const pitches = lines.slice(1).map((line, index) => lines[index]!.y - line.y);
    const pitch = median(pitches);
    return lines.filter((_line, index) => index > 0 && (pitches[index - 1] ?? 0) > 1.3 * pitch).map((line) => line.y);
  };
  const leftStarts = starts(left);
  const rightStarts = starts(right);
  const shared = leftStarts.filter((y) => rightStarts.some((other) => Math.abs(other - y) < 0.5 * size)).length;
  return shared >= 2 && shared >= 0.6 * Math.max(leftStarts.length, rightStarts.length);
}

function edgesOf(lines: readonly PageLine[]): ColumnEdges {
  return lines.reduce((edges, line) => ({ left: Math.min(edges.left, line.left), right: Math.max(edges.right, line.right) }), {
    left: Number.POSITIVE_INFINITY,
    right: Number.NEGATIVE_INFINITY,
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}
