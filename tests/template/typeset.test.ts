/**
 * Card typesetting: which runs of text may not break across lines. A long window of dates
 * (2026年1月1日至2026年12月31日) may break after its 至, or it overflows a table cell or a narrow
 * column; a number with its unit, and a short range, never break.
 */
import { describe, expect, it } from 'vitest';
import { keepLastPairTogether, keepNumbersTogether, splitNumberRuns, WORD_JOINER, ZERO_WIDTH_SPACE } from '../../src/template/typeset.js';

/** The text as the line breaker sees it: `|` where a break is forbidden is dropped, `·` marks each allowed place between two characters. */
const breaks = (text: string): string[] =>
  keepNumbersTogether(text)
    .split(new RegExp(`(?<!${WORD_JOINER})(?!${WORD_JOINER})`, 'u'))
    .map((part) => part.split(WORD_JOINER).join('').split(ZERO_WIDTH_SPACE).join(''))
    .filter((part) => part !== '');

describe('keepNumbersTogether', () => {
  it.each([
    ['500万元', ['500万元']],
    ['3-5年', ['3-5年']],
    ['10%~20%', ['10%~20%']],
    ['2026年3月31日', ['2026年3月31日']],
    ['2026年1月1日至2026年12月31日', ['2026年1月1日至', '2026年12月31日']],
    ['2026年3月1日-2026年6月30日', ['2026年3月1日-', '2026年6月30日']],
    ['100万元至500万元', ['100万元至', '500万元']],
  ])('%s breaks only at %j', (text, parts) => {
    expect(breaks(text)).toEqual(parts);
  });

  it('marks the break of a long range with a zero-width space, since UAX #14 allows none between - and a digit', () => {
    // Without it, 2026年3月1日-2026年6月30日 stayed one unbreakable run and ran over the next cell of a phone table.
    expect(keepNumbersTogether('2026年3月1日-2026年6月30日').split(ZERO_WIDTH_SPACE).map((part) => part.split(WORD_JOINER).join(''))).toEqual(['2026年3月1日-', '2026年6月30日']);
    expect(keepNumbersTogether('3-5年')).not.toContain(ZERO_WIDTH_SPACE);
  });
});

describe('keepLastPairTogether', () => {
  // `|` marks the word joiner it adds (or finds); the rest of the text is unchanged.
  const shown = (text: string): string => keepLastPairTogether(keepNumbersTogether(text)).replace(/\u2060(?=[。）」，])/gu, '').split(WORD_JOINER).join('|');
  it.each([
    ['关于受理天河区人才公寓申请的公告', '关于受理天河区人才公寓申请的公|告'],
    ['的持有人', '的持有|人'],
    ['出具的证书。', '出具的证|书。'],
    ['不含物业管理费）。', '不含物业管理|费）。'],
    ['按每人每月1000元', '按每人每月1|0|0|0|元'],
    ['见（附件2）', '见（|附件|2）'],
    ['申请 5', '申请 5'],
    ['告', '告'],
  ])('%s → %s', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });
});

describe('splitNumberRuns (the detail site keeps each number run in a no-wrap span)', () => {
  it('cuts a long range after its 至, as the card does, so a table cell on a phone does not scroll sideways', () => {
    expect(splitNumberRuns('期限2026年1月1日至2026年12月31日，最高500万元')).toEqual([
      { text: '期限', number: false },
      { text: '2026年1月1日至', number: true },
      { text: '2026年12月31日', number: true },
      { text: '，最高', number: false },
      { text: '500万元', number: true },
    ]);
  });
});

