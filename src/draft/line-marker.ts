/**
 * The numbering of policy documents: 第X章, 第X条, 一、, （一）, 1., 1、, （1）, 1）, ①, bullets, at
 * the start of a line and inside one, and the salutation (各有关单位：) that opens a notice's body.
 * This is the one place extraction keeps marker and salutation patterns (the import's cell
 * splitter reads markers inside one spreadsheet cell and knows no chapters or articles). Patterns
 * run on the matching text (normalise-text), so `(1)` and `（1）`, `1.` and `1．` are the same
 * marker, except the tidy stage's, which read a drafted value as it is written (see LEAD_MARKERS).
 */
import { matchingText } from './normalise-text.js';

export type MarkerStyle =
  | 'chapter'
  | 'article'
  | 'chinese'
  | 'paren-chinese'
  | 'digit-dot'
  | 'digit-comma'
  | 'paren-digit'
  | 'digit-paren'
  | 'circled'
  | 'bullet'
  | 'step';

export interface LineMarker {
  style: MarkerStyle;
  /** The number the marker counts, 1-based (0 for bullets). */
  value: number;
  /** Length of the marker and the spaces after it, in the line's own text. */
  length: number;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; digits pass through. */
export function chineseNumberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const char of text.replace(/〇/g, '零')) {
    const digit = CHINESE_DIGITS.indexOf(char);
    if (digit >= 0) current = digit;
    else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    }
  }
  return total + current;
}

const NUMERAL = '[一二三四五六七八九十百零〇\\d]{1,5}';
const SMALL_CHINESE = '[一二三四五六七八九十]{1,3}';

const PATTERNS: Array<[MarkerStyle, RegExp]> = [
  ['chapter', new RegExp(`^第\\s*(${NUMERAL})\\s*章\\s*`, 'u')],
  ['article', new RegExp(`^第\\s*(${NUMERAL})\\s*条\\s*`, 'u')],
  // 第一步：… 步骤1：… number the steps of a guide, whatever the sections around them use.
  ['step', /^第\s*([一二三四五六七八九十\d]{1,3})\s*步\s*[：:、.]?\s*/u],
  ['step', /^步骤\s*([一二三四五六七八九十\d]{1,2})\s*[：:、.]?\s*/u],
  ['paren-chinese', new RegExp(`^[（【]\\s*(${SMALL_CHINESE})\\s*[）】]\\s*`, 'u')],
  ['chinese', new RegExp(`^(${SMALL_CHINESE})\\s*[、.](?!\\d)\\s*`, 'u')],
  ['paren-digit', /^（\s*(\d{1,2})\s*）\s*/u],
  ['digit-paren', /^(\d{1,2})\s*）\s*/u],
  // 1. but not 1.5万元 (1.2025年度 is item 1 about a year)
  ['digit-dot', /^(\d{1,2})\s*\.(?:(?!\d)|(?=\d{4}年))\s*/u],
  ['digit-comma', /^(\d{1,2})\s*、\s*/u],
  ['circled', /^([\u2460-\u2473])\s*/u],
  ['bullet', /^([•·●▪◆■◇□○◦‣∙])\s*/u],
];

/** The marker a line starts with, if any. */
export function lineMarker(text: string): LineMarker | undefined {
  const normalised = matchingText(text);
  for (const [style, pattern] of PATTERNS) {
    const match = pattern.exec(normalised);
    if (!match) continue;
    const token = match[1]!;
    const value = style === 'circled' ? token.codePointAt(0)! - 0x2460 + 1 : style === 'bullet' ? 0 : chineseNumberValue(token);
    // 一、 alone or 1. alone carries nothing; 第一条 alone is a heading in its own right.
    if (match[0].length === normalised.length && style !== 'article' && style !== 'chapter') return undefined;
    return { style, value, length: match[0].length };
  }
  return undefined;
}

/** The line without the marker it starts with, if any. */
export function stripLineMarker(text: string): string {
  const marker = lineMarker(text);
  return (marker ? text.slice(marker.length) : text).trim();
}

/** 一、 or （一） at the start of a text: a heading's numbering, which a run-on copy keeps inside a line. */
export const HEADING_MARKER = new RegExp(`^(?:${SMALL_CHINESE}、|（${SMALL_CHINESE}）)\\s*`, 'u');

/** An item's marker right after a heading's words (申报对象1.… / 申报条件一、…); a bare （ opens one too (2022年度… is text). */
export const RUN_IN_ITEM = new RegExp(`^(?:\\d{1,2}[.、）]|${SMALL_CHINESE}[、.]|（)`, 'u');

/**
 * The list markers a drafted value may keep at its start, each with the pattern of its series'
 * next marker (tidy-values drops a lone one). They read the value as written, so each bracket,
 * comma and dot is given in both widths.
 */
export const LEAD_MARKERS: ReadonlyArray<{ start: RegExp; series: RegExp }> = [
  { start: new RegExp(`^[（(]${SMALL_CHINESE}[)）]\\s*`, 'u'), series: new RegExp(`[（(]${SMALL_CHINESE}[)）]`, 'u') },
  { start: /^[（(]\d{1,2}[)）]\s*/u, series: /[（(]\d{1,2}[)）]/u },
  { start: new RegExp(`^${SMALL_CHINESE}[、.．]\\s*`, 'u'), series: new RegExp(`${SMALL_CHINESE}、`, 'u') },
  // 1.5倍 is a number, not a marker.
  { start: /^\d{1,2}(?:[、．]|\.(?!\d))\s*/u, series: /(?:^|[^\d.])\d{1,2}(?:[、．]|\.(?!\d))/u },
  { start: /^[①-⑳]\s*/u, series: /[①-⑳]/u },
];

/** A value that is nothing but a list marker, as written: （一）, 四, 2、. */
export const MARKER_ONLY = new RegExp(`^(?:[（(](?:${SMALL_CHINESE}|\\d{1,2})[)）]|${SMALL_CHINESE}[、.．]?|\\d{1,2}[、.．]|[①-⑳])$`, 'u');

/** A notice's salutation: 各有关单位：, 各镇（街道、区）招商中心（经发局、…）：, maybe run into the body. */
export const SALUTATION = /^各[^。；，,：:]{1,80}[：:]/u;
/** The salutation alone on its line: whom the notice is addressed to. */
export const SALUTATION_LINE = new RegExp(`${SALUTATION.source}$`, 'u');

/** Item numbering inside a line: ①A②B③C, （1）A；（2）B, 1.A 2.B (after a space or punctuation). */
export const INLINE_ITEM_MARKERS = /(?:[\u2460-\u2473])|(?:（\s*\d{1,2}\s*）)|(?<=^|[\s；。，])\d{1,2}[.、](?!\d)/gu;

/**
 * Heading and item numbering inside a one-paragraph document, by style (the group name): 第X章/条,
 * （一）, 一、, 1. (also 1.2025年度), 1、, （1）.
 */
export const INLINE_HEADING_MARKERS = new RegExp(
  [
    '(?<chapter>第[一二三四五六七八九十百]{1,4}[章条])',
    '(?<parenChinese>（[一二三四五六七八九十]{1,3}）)',
    '(?<chinese>[一二三四五六七八九十]{1,3}、)',
    '(?<dot>\\d{1,2}[.](?:(?!\\d)|(?=\\d{4}年)))',
    '(?<comma>\\d{1,2}、)',
    '(?<parenDigit>（\\d{1,2}）)',
  ].join('|'),
  'gu',
);
