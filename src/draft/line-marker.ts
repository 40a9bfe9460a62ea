/**
 * The numbering of policy documents: 第X章, 第X条, 一、, （一）, 1., 1、, （1）, 1）, ①, bullets, at
 * the start of a line and inside one. This is the one place extraction keeps marker patterns
 * (the import's cell splitter reads markers inside one spreadsheet cell and knows no chapters
 * or articles). Patterns run on the matching text (normalise-text), so `(1)` and `（1）`, `1.`
 * and `1．` are the same marker.
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
