/**
 * Chinese typesetting fixes applied to card text before layout.
 *
 * satori breaks lines by Unicode's line-breaking rules (UAX #14), which already keep ，。、；：
 * and closing brackets off the start of a line and opening brackets off its end (避头尾). What
 * UAX #14 allows, and readers hate, is a break between a number and its unit (500 | 万元) or
 * inside a date (2026年 | 3月31日). We join such runs with U+2060 WORD JOINER, which forbids a
 * break, has no width, and is skipped by the glyph check.
 */
export const WORD_JOINER = '\u2060';
/** A break opportunity of no width, for where UAX #14 forbids one (after the - of a long range). */
export const ZERO_WIDTH_SPACE = '\u200B';

const NUMBER = String.raw`[0-9０-９]+(?:[.．,，:：][0-9０-９]+)*`;
// Simplified and Traditional forms, since zh-TW cards are converted before typesetting.
const UNIT = String.raw`(?:[万萬亿億千百])?(?:美元|欧元|歐元|元|%|％|‰|个月|個月|年度|年|月|日|号|號|个|個|家|人次|人|名|项|項|倍|次|天|周岁|周歲|岁|歲|周|週|小时|小時|平方米|㎡|台|臺|套|亩|畝|吨|噸|千瓦时|千瓦時|千瓦|辆|輛|件|款|条|條|批|届|屆|期|级|級|类|類|星|分|[万萬亿億千])`;
/** A number with its unit, chained for dates and ranges: 500万元, 2026年3月31日, 第3项, 1.5倍. */
const NUMBER_RUN = new RegExp(String.raw`(?:第)?(?:[¥￥$])?(?:${NUMBER}${UNIT}?(?:[-—~～至到]${NUMBER}${UNIT}?)?)+`, 'g');

/** After the 至, 到, -, ~ or — of a range, before the number that ends it. */
const RANGE_BREAK = /(?<=[-—~～至到])(?=[第¥￥$0-9０-９])/u;

/** `text` cut into runs that must stay on one line (numbers with units) and the text between. */
export function splitNumberRuns(text: string): Array<{ text: string; number: boolean }> {
  const parts: Array<{ text: string; number: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(NUMBER_RUN.source, 'g'))) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), number: false });
    // A long range breaks after its 至 here too (see keepRunTogether).
    const pieces = [...match[0]].length < 9 ? [match[0]] : match[0].split(RANGE_BREAK);
    for (const piece of pieces) parts.push({ text: piece, number: piece.length > 1 });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), number: false });
  return parts;
}

/** Join every code point of `text` with word joiners so it never breaks across lines. */
export function keepTogether(text: string): string {
  return [...text].join(WORD_JOINER);
}

/**
 * Digits and Latin letters typed in full width (an IME left in 全角 mode, common in office
 * sheets) as ordinary ones: ５００万元 takes three em-wide cells and reads as 5 0 0. The full
 * stop, percent, plus and colon signs are narrowed only beside such a character (１５．５％, ＡＩ＋, 10：00),
 * so Chinese punctuation such as ，：（） is never touched. The source text is not changed.
 */
export function narrowAlphanumerics(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/(?<=[0-9])．(?=[0-9])/g, '.')
    .replace(/(?<=[0-9])％/g, '%')
    // A time or ratio typed with a full-width colon (10：00, 1：1) takes an em of space in the middle.
    .replace(/(?<=[0-9])：(?=[0-9])/g, ':')
    .replace(/(?<=[0-9A-Za-z])＋/g, '+');
}

/**
 * A list item without the stray ，。、；： (and spaces) it starts with: splitting pasted text at
 * line breaks or numbers leaves them behind (“1.xx\n，yy”), and the card would print a line that
 * starts with ，. An item of nothing but such marks is kept as written.
 */
export function trimLeadingMarks(item: string): string {
  const trimmed = item.replace(/^[\s，。、；：,.;:]+/u, '');
  return trimmed === '' ? item : trimmed;
}

/** Characters that may not start a line (行首禁则) and that may not end one (行尾禁则). */
export const NO_LINE_START = '，。、；：？！）》」』】〕”’…—,.;:?!)';
export const NO_LINE_END = '（《「『【〔“‘(';

const escapeClass = (chars: string): string => chars.replace(/[\]\\^-]/g, '\\$&');
const BEFORE_CLOSING = new RegExp(`(?<=[^\\s${WORD_JOINER}])(?=[${escapeClass(NO_LINE_START)}])`, 'g');
const AFTER_OPENING = new RegExp(`(?<=[${escapeClass(NO_LINE_END)}])(?=[^\\s${WORD_JOINER}])`, 'g');

/**
 * 避头尾 enforced by us rather than left to the line breaker: a word joiner before every
 * closing mark and after every opening one, so no line can start with ，or end with （.
 */
export function attachPunctuation(text: string): string {
  return text.replace(BEFORE_CLOSING, WORD_JOINER).replace(AFTER_OPENING, WORD_JOINER);
}

/**
 * A run kept on one line; a long range (2026年1月1日至2026年12月31日, 100万元至500万元) may
 * break after its 至, each end still whole: unbroken, it was wider than a table cell or a
 * narrow column and ran out of it. Short ranges (3-5年, 10%~20%) stay whole.
 */
function keepRunTogether(run: string): string {
  if (run.length <= 1) return run;
  if ([...run].length < 9) return keepTogether(run);
  // A zero-width space after the mark: UAX #14 forbids a break between - or ~ and a digit.
  return run.split(RANGE_BREAK).map(keepTogether).join(ZERO_WIDTH_SPACE);
}

/** Card text as typeset: numbers kept with their units, punctuation kept off line edges. */
export function keepNumbersTogether(text: string): string {
  return attachPunctuation(text.replace(NUMBER_RUN, keepRunTogether));
}

const TRAILING_MARKS = new Set([...NO_LINE_START, WORD_JOINER, ZERO_WIDTH_SPACE]);

/**
 * No paragraph ends in a line of one character (孤字): the last two characters, with the marks
 * after them, are joined, so a break that would leave 告 alone under 关于受理…申请的公 takes 公告
 * down together. Lines keep the full width; CSS `text-wrap: pretty` in satori instead narrows a
 * whole paragraph by a tenth. A last character after a space is a word of its own and is left
 * alone (inside a Latin word the joiner changes nothing: words do not break).
 */
export function keepLastPairTogether(text: string): string {
  const chars = [...text];
  let last = chars.length - 1;
  while (last >= 0 && TRAILING_MARKS.has(chars[last]!)) last--;
  const before = last - 1;
  if (before >= 0 && chars[before] === WORD_JOINER) return text;
  if (before < 0 || /\s/u.test(chars[before]!) || /\s/u.test(chars[last]!) || TRAILING_MARKS.has(chars[before]!)) return text;
  return [...chars.slice(0, before + 1), WORD_JOINER, ...chars.slice(before + 1)].join('');
}
