/**
 * An HTML tree → logical lines: one per block (paragraph, heading, list item), one `table-row`
 * per row of a data table. Used for web pages and for the HTML mammoth makes of a .docx.
 * Scripts and styles are skipped: the tree is only read, never run.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { SourceLine } from './source-document.js';
import { INVISIBLE_CLASS } from '../text/invisible-chars.js';

export type HtmlLine = Omit<SourceLine, 'line'>;

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas', 'math',
  'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'map', 'audio', 'video',
]);

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'center', 'form', 'fieldset',
  'figure', 'figcaption', 'address', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'html',
]);

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.name);
}

/** The lines of these nodes, in order. */
export function htmlToLines(nodes: readonly AnyNode[]): HtmlLine[] {
  const lines: HtmlLine[] = [];
  let buffer = '';
  let meta: Pick<HtmlLine, 'kind' | 'level'> = {};

  const flush = (): void => {
    const text = collapseWhitespace(withoutInvisibleMarks(buffer));
    if (text !== '') lines.push({ text, ...meta });
    buffer = '';
    meta = {};
  };

  const walk = (node: AnyNode, listDepth: number): void => {
    if (isText(node)) {
      buffer += node.data;
      return;
    }
    if (!isTag(node) || isSkipped(node)) return;
    const name = node.name;
    if (name === 'br') {
      const kept = meta;
      flush();
      // The text after a soft break belongs to the same list item or heading.
      meta = kept;
      return;
    }
    if (name === 'table' && isDataTable(node)) {
      flush();
      for (const cells of tableGrid(tableRows(node))) {
        if (cells.some((cell) => cell !== '')) lines.push({ text: cells.join(' | '), kind: 'table-row', cells });
      }
      return;
    }
    if (!BLOCKS.has(name)) {
      for (const child of node.children) walk(child, listDepth);
      return;
    }
    flush();
    const heading = /^h([1-6])$/.exec(name);
    if (heading) meta = { kind: 'heading', level: Number(heading[1]) };
    else if (name === 'li') meta = { kind: 'list-item', level: Math.max(1, listDepth) };
    const depth = name === 'ul' || name === 'ol' ? listDepth + 1 : listDepth;
    for (const child of node.children) walk(child, depth);
    flush();
  };

  for (const node of nodes) walk(node, 0);
  flush();
  return lines;
}

/**
 * Marks that print nothing: soft hyphens (Word's optional hyphen, &shy;), zero-width spaces and
 * joiners, direction marks, byte-order marks, and word joiners. Word, WPS and content systems
 * leave them inside words ("Pro\u00adgramme", "申\u200b报"), where they would keep a word from matching.
 */
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}\u2060]`, 'g');

function withoutInvisibleMarks(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** All the text of a node on one line, blocks separated by a space. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (current: AnyNode): void => {
    if (isText(current)) parts.push(current.data);
    else if (isTag(current) && !isSkipped(current)) {
      const block = BLOCKS.has(current.name) || current.name === 'br';
      if (block) parts.push(' ');
      for (const child of current.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  walk(node);
  return collapseWhitespace(withoutInvisibleMarks(parts.join('')));
}

/**
 * Collapses whitespace as a browser does, except that a line break between two Chinese
 * characters disappears (pages and Word's HTML break long Chinese lines in the source).
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[ \t\n\r\f\u00a0]+/g, (run: string, offset: number, whole: string) =>
      /[\n\r]/.test(run) && CJK.test(whole.charAt(offset - 1)) && CJK.test(whole.charAt(offset + run.length)) ? '' : ' ',
    )
    .trim();
}

/** Spans beyond these are a broken or hostile table, not a notice's. */
const MAX_COLSPAN = 50;

/**
 * The cells of each row as a grid, one string per column. A cell merged down over rows (Word's
 * vertical merge, rowspan) reads in every row it covers, so that "二档 | 20万元" under a merged
 * "研发投入" keeps its columns; the columns a cell spans across (gridSpan, colspan) after its first
 * are empty.
 */
function tableGrid(rows: readonly Element[]): string[][] {
  const below: Array<{ text: string; rows: number } | undefined> = [];
  return rows.map((row, rowIndex) => {
    const out: string[] = [];
    let column = 0;
    const fillFromAbove = () => {
      for (let carried = below[column]; carried && carried.rows > 0; carried = below[column]) {
        out[column] = carried.text;
        carried.rows--;
        column++;
      }
    };
    for (const cell of row.children.filter((child): child is Element => isTag(child) && (child.name === 'td' || child.name === 'th'))) {
      fillFromAbove();
      const text = textOf(cell);
      const colspan = span(cell.attribs['colspan'], MAX_COLSPAN);
      const rowspan = span(cell.attribs['rowspan'], rows.length - rowIndex);
      for (let offset = 0; offset < colspan; offset++) {
        out[column + offset] = offset === 0 ? text : '';
        below[column + offset] = rowspan > 1 ? { text: offset === 0 ? text : '', rows: rowspan - 1 } : undefined;
      }
      column += colspan;
    }
    while (column < below.length) {
      fillFromAbove();
      column++;
    }
    return Array.from({ length: out.length }, (_, index) => out[index] ?? '');
  });
}

function span(value: string | undefined, max: number): number {
  const count = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(count) && count >= 1 ? Math.min(count, Math.max(1, max)) : 1;
}

/** The rows of this table, not of tables nested in it. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

/**
 * A table of data (tier tables, material lists), as opposed to a table that only lays out a page:
 * at least two cells in some row, and no cell holding blocks other than paragraphs.
 */
function isDataTable(table: Element): boolean {
  const rows = tableRows(table);
  let wide = false;
  for (const row of rows) {
    const cells = row.children.filter((cell): cell is Element => isTag(cell) && (cell.name === 'td' || cell.name === 'th'));
    if (cells.length >= 2) wide = true;
    for (const cell of cells) if (holdsLayout(cell)) return false;
  }
  return wide;
}

function holdsLayout(node: Element): boolean {
  return node.children.some((child) => isTag(child) && (['table', 'div', 'ul', 'ol', 'section', 'h1', 'h2', 'h3', 'form'].includes(child.name) || holdsLayout(child)));
}
