/**
 * .txt → SourceDocument. `line` is the physical line of the file. Text copied out of a PDF
 * arrives hard-wrapped at a fixed width; such lines are joined like the PDF reader joins them.
 * Text copied from a web page brings the page's chrome (来源, 浏览次数…), which is dropped.
 */
import { decodeText } from './decode-text.js';
import { endsSentence, joinWrappedLines, startsItem, type PhysicalLine } from './join-wrapped-lines.js';
import { isChromeLine, isFooterRecord } from './page-chrome.js';
import { readHtml } from './read-html.js';
import type { SourceDocument, SourceLine } from './source-document.js';
import { displayWidth } from '../text/display-width.js';

/**
 * Markup, not text: a page's HTML source saved or copied as .txt (<div style=…><p>…</p>). It closes
 * several elements, and it opens with a tag or tags make up a good part of it (a copier's title line
 * may stand before the source); plain text that mentions a tag or two does neither.
 */
function isHtmlSource(text: string): boolean {
  const start = text.trimStart();
  if ((start.match(/<\/[a-z][a-z0-9]*\s*>/giu) ?? []).length < 3) return false;
  if (/^<(?:!doctype\s+html|html|[a-z][a-z0-9]*)/iu.test(start)) return true;
  const markup = (start.match(/<\/?[a-z][a-z0-9]*(?:[\s=][^<>]*)?>/giu) ?? []).join('').length;
  return markup >= 0.3 * start.length;
}

export function readTxt(file: string, bytes: Uint8Array): SourceDocument {
  const decoded = decodeText(bytes);
  // Read as the page it is, so that its paragraphs become lines and its tags do not reach the card;
  // its lines are then numbered by paragraph, as a page's are.
  if (isHtmlSource(decoded)) {
    // A copier's line or two before the source (its title) are text; the source starts at the first tag.
    const start = decoded.search(/^\s*<(?:!doctype|[a-z])/imu);
    const preface = decoded.slice(0, Math.max(0, start)).split(/\r\n|\r|\n/).map((text) => text.trim()).filter((text) => text !== '' && !isChromeLine(text));
    const page = readHtml(file, new TextEncoder().encode(decoded.slice(Math.max(0, start))));
    const lines = [...preface.map((text) => ({ text })), ...page.lines].map((line, index) => ({ ...line, line: index + 1 }));
    return { ...page, format: 'txt', lines };
  }
  const physical: PhysicalLine[] = [];
  const pageInfo: SourceLine[] = [];
  const raw = decoded.split(/\r\n|\r|\n/);
  raw.forEach((rawLine, index) => {
    const text = withoutDoubledMarks(withoutCellBorder(rawLine.trim()));
    // The site's own record above its footer (社址:… 邮编:… 电话:…) goes with the footer.
    if (text !== '' && (isChromeLine(text) || isFooterRecord(text, raw[index + 1]?.trim()))) {
      // The page's head (its record line, a dateline under the headline) is kept for find-issuer and find-title.
      if (physical.length <= PAGE_HEAD_LINES) pageInfo.push({ text, line: index + 1 });
      return;
    }
    if (text === '') return;
    // A head run into the text keeps the line's number for each of its parts.
    for (const part of index === firstText(raw) ? splitRunTogetherHead(text) : [text]) physical.push({ text: part, line: index + 1, full: false });
  });
  // A blank line ends a paragraph however wide the line before it is.
  const beforeBlank = (line: PhysicalLine) => (raw[line.line] ?? '').trim() === '';
  const wrappedPage = markFullLines(physical.map((line) => displayWidth(line.text)));
  const full = wrappedPage.some(Boolean) ? wrappedPage : wrappedParagraphs(physical, beforeBlank);
  return { file, format: 'txt', ...(pageInfo.length > 0 ? { pageInfo } : {}), lines: joinWrappedLines(physical.map((line, index) => ({ ...line, full: (full[index] ?? false) && !beforeBlank(line) }))) };
}

/** Chrome lines within this many text lines of the top are the page's head, not its footer. */
const PAGE_HEAD_LINES = 24;

function firstText(raw: readonly string[]): number {
  return raw.findIndex((line) => withoutCellBorder(line.trim()) !== '' && !isChromeLine(withoutCellBorder(line.trim())));
}

/**
 * Some mirrors double the marks they copy (…23号),,拟对…, 一,、申报对象, 一等奖、二等奖,、三等奖): a comma right
 * before another comma or an enumeration comma is the copy's, never the writer's (no Chinese text writes
 * ,, or ,、), so it is taken off and the mark after it stays (一、申报对象 is a heading again).
 */
export function withoutDoubledMarks(text: string): string {
  return text.replace(/[,，]+(?=[,，、])/gu, '');
}

/**
 * A page laid out in a table, copied as text, keeps the cells' right borders as pipes at the end of
 * the lines (关于…的通知 |, 某某局 2021年8月6日 |, 标题 | ||||) and rows of nothing but borders (|, ||||).
 * Where no pipe stands between words, the pipes are borders, not text: the line is what stands before
 * them. A row with a pipe between its cells (编号 | 名称 |) is a table's row and stays as it is.
 */
export function withoutCellBorder(text: string): string {
  const border = /(?:\s*\|)+\s*$/u.exec(text);
  if (!border || text.slice(0, border.index).includes('|')) return text;
  return text.slice(0, border.index).trimEnd();
}

/** A run-together text: the whole notice on a line or two of thousands of characters. */
const RUN_TOGETHER = 500;
/**
 * The head of a policy as a portal prints it, office and signing date above the title, with its line
 * breaks lost: 某市人民政府2022年9月19日某市…专项扶持办法第一条为… The office, the date, the title
 * (up to a document's kind, 办法/通知/…) and the first article or heading (第一条, 一、) or the
 * salutation (各有关单位：).
 */
const RUN_TOGETHER_HEAD = /^([\u4e00-\u9fa5（）()]{4,40}?(?:人民政府|政府|办公室|委员会|管委会|局|厅|委|办))((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)([^，。；：:]{4,80}?(?:办法|通知|细则|意见|方案|规定|措施|指南|决定|公告|通告))(?=第[一二三四五六七八九十]+条|一、|各[^，。；]{1,40}[：:])/u;

/**
 * The first line of a run-together text, cut where its head's parts end (the office, the date, the
 * title, the text), so that the signature and the title are lines as in the original. Any other line
 * stays whole.
 */
export function splitRunTogetherHead(text: string): string[] {
  if ([...text].length < RUN_TOGETHER) return [text];
  const head = RUN_TOGETHER_HEAD.exec(text);
  if (!head) return [text];
  return [head[1]!, head[2]!, head[3]!, text.slice(head[0].length)];
}

/**
 * Which lines run to the wrap width. A hard-wrapped file has many lines of nearly the same width
 * (the width it was wrapped at); a file with one paragraph per line does not, and then no line
 * counts as full, so nothing is joined.
 */
function markFullLines(widths: readonly number[]): boolean[] {
  const none = widths.map(() => false);
  if (widths.length < 3) return none;
  const sorted = [...widths].sort((a, b) => a - b);
  const wrapWidth = sorted[Math.floor(0.9 * (sorted.length - 1))] ?? 0;
  // Under 15 Chinese characters a line is a heading or a list, not a wrapped page.
  if (wrapWidth < 30) return none;
  const full = widths.map((width) => width >= wrapWidth * 0.88);
  const count = full.filter(Boolean).length;
  return count >= 3 && count >= widths.length * 0.3 ? full : none;
}

/** Ends a paragraph: 。；！？, possibly inside a closing quote or bracket. A colon does not: a short line ending in one is a label or a salutation (各有关单位：). */
const PARAGRAPH_END = /[。；！？!?;][”’"'」』）)\]】]*$/u;
/** Ends where a sentence goes on: an ideograph, ， or 、. Not a figure (a phone's), a Latin letter or a closing mark. */
const GOES_ON = /[\u4e00-\u9fff，、,]$/u;
/** The end of a title line (…的通知, …实施细则): the title is whole, whatever comes below it. */
const TITLE_WORD = /(?:通知|公告|通告|办法|细则|指南|意见|方案|决定|规定|措施)$/u;
/** Narrower than this (15 Chinese characters) a line is a heading or a list entry, as markFullLines reads it. */
const MIN_WRAP_WIDTH = 30;

/**
 * Whether a line can be the first of a paragraph wrapped at its width: wide enough, stopping where a
 * sentence goes on, not a title, not a table (a gap of spaces), and not a heading (an item marker with no
 * ， or ： after it: 二、申报项目、奖励补助标准及申报材料).
 */
function mayWrap(text: string): boolean {
  if (displayWidth(text) < MIN_WRAP_WIDTH || endsSentence(text) || !GOES_ON.test(text) || TITLE_WORD.test(text) || /\s{2,}/u.test(text)) return false;
  return !startsItem(text) || /[，：,:]/u.test(text);
}

/**
 * Paragraphs hard-wrapped in a text that is otherwise one paragraph a line (one sentence pasted from a
 * PDF, wrapped at 38 characters), too few for markFullLines to see a wrap width. A run of lines is one
 * paragraph wrapped at the width of its first line when every line but the last has that width (within a
 * column, or the same number of characters), stops where a sentence goes on and starts no item, and the
 * last line ends the paragraph (。；) and is no wider: the shape a wrap leaves. A list of offices and
 * phones, a title over 各有关单位：, a heading over its text, a signature over its date each miss a part of
 * it. Returns the lines that run on into the next.
 */
function wrappedParagraphs(lines: readonly PhysicalLine[], beforeBlank: (line: PhysicalLine) => boolean): boolean[] {
  const full = lines.map(() => false);
  for (let start = 0; start < lines.length - 1; start++) {
    const first = lines[start]!.text;
    if (!mayWrap(first)) continue;
    const width = displayWidth(first);
    const chars = [...first].length;
    const noWider = (text: string) => displayWidth(text) <= width + 1 || [...text].length <= chars;
    for (let end = start + 1; end < lines.length && !beforeBlank(lines[end - 1]!) && !startsItem(lines[end]!.text); end++) {
      const text = lines[end]!.text;
      if (PARAGRAPH_END.test(text)) {
        if (noWider(text)) for (let index = start; index < end; index++) full[index] = true;
        break;
      }
      const sameWidth = Math.abs(displayWidth(text) - width) <= 1 || [...text].length === chars;
      if (!sameWidth || !GOES_ON.test(text) || /\s{2,}/u.test(text)) break;
    }
  }
  return full;
}
