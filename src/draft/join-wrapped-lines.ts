/**
 * Joins lines that a PDF (or text copied out of one) broke in the middle of a sentence, so that
 * extraction sees one item per line. A line is continued by the next one when it runs to the
 * right margin, does not end a sentence or a label, and the next line does not start a new item.
 * Shared by read-pdf (which knows the margin from positions) and read-txt (which estimates it).
 */
import type { SourceLine } from './source-document.js';

export interface PhysicalLine extends SourceLine {
  /** The line reaches the right margin, so its sentence may go on in the next line. */
  full: boolean;
  /** The layout shows its paragraph going on in the next line, though this line ends a sentence (a PDF whose paragraphs begin indented). */
  wraps?: boolean;
}

/** Ends a sentence or a label: 。；：！？ (or their ASCII forms), possibly inside a closing quote or bracket. */
const SENTENCE_END = /[。；：！？!?;:][”’"'」』）)\]】]*$/;

/**
 * Starts a new item or heading: 一、 （一） 1. 1、 (1) 1) ① ⑴ ⒈ 第X条/章 附件, bullets. `1.5万元`
 * is not a marker (a digit follows the point), nor is 附件 inside a sentence that wrapped before
 * it ("上传相关资料\n附件。"): an attachment line goes on with a colon, a number or nothing.
 */
const ITEM_START =
  /^(?:[一二三四五六七八九十百零〇]+[、.．]|[（(][一二三四五六七八九十百零〇]+[）)]|\d+(?:[.．]\d+)*[、.．](?!\d)|[（(]\d+[）)]|\d+[）)]|[①-⑳㉑-㉟⑴-⒇⒈-⒛]|第[一二三四五六七八九十百零〇\d]+[章节条款部分]|附件(?=$|[：:\s\d一二三四五六七八九十（(])|[•●▪◆■□◇·])/;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function startsItem(text: string): boolean {
  return ITEM_START.test(text);
}

/** The item marker the text starts with ("1、", "（一）", "①"), if any. */
export function leadingMarker(text: string): string | undefined {
  return ITEM_START.exec(text)?.[0];
}

/** The text is an item marker and nothing else ("1、", "（一）", "①"), as a list number set apart by a tab. */
export function isItemMarker(text: string): boolean {
  const marker = ITEM_START.exec(text.trim());
  return marker !== null && marker[0] === text.trim() && !/^[•●▪◆■□◇·]$|^附件$|^第/.test(marker[0]);
}

/** The lines with mid-sentence wraps joined; a joined line keeps the `line`/`page` of its first physical line. */
export function joinWrappedLines(lines: readonly PhysicalLine[]): SourceLine[] {
  const joined: SourceLine[] = [];
  let open: PhysicalLine | undefined;
  for (const next of lines) {
    if (open && continues(open, next)) {
      const { wraps: _wraps, ...joined } = open;
      open = { ...joined, text: joinText(open.text, next.text), full: next.full, ...(next.wraps ? { wraps: true } : {}) };
      continue;
    }
    if (open) joined.push(withoutFull(open));
    open = next;
  }
  if (open) joined.push(withoutFull(open));
  return joined;
}

/**
 * A title line ends in 的 and the kind of notice (…的通知); outside a 《》 quote it is complete.
 * Not 办法/细则/措施: a wrapped 印发 title goes on after them (…若干措施 / 实施细则的通知).
 */
const TITLE_END = /的(?:通知|通告|公告|意见|决定|批复|公示|补充通知)$/u;
/** A salutation line (各有关单位：) starts the body, so whatever stands above it is complete. */
const SALUTATION = /^各[^。；]{1,60}[：:]$/u;

/** A line that stops at 第 goes on with the number it cites ("第\n（一）项"), which only looks like an item. */
const CITES_ON = /第$/u;

function continues(line: PhysicalLine, next: PhysicalLine): boolean {
  if (!line.full || (endsSentence(line.text) && !line.wraps) || (startsItem(next.text) && !CITES_ON.test(line.text))) return false;
  const quoted = (line.text.match(/《/gu)?.length ?? 0) > (line.text.match(/》/gu)?.length ?? 0);
  if ((TITLE_END.test(line.text) && !quoted) || SALUTATION.test(next.text.trim())) return false;
  // Table rows and headings are whole by construction.
  return line.kind !== 'table-row' && next.kind !== 'table-row' && line.kind !== 'heading' && next.kind !== 'heading';
}

/** Chinese text joins without a space; two Latin words keep one. */
function joinText(left: string, right: string): string {
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}

function withoutFull(line: PhysicalLine): SourceLine {
  const { full: _full, wraps: _wraps, ...rest } = line;
  return rest;
}
