/**
 * Mechanisms from the misses of the ninth held-out set (issue 13), list fields: each test drafts
 * small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { isNoticePreamble, splitInlineHeadings } from '../../src/draft/split-inline-headings.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });

describe('the notice\'s preamble (addressees, …通知如下：) is no item of any field', () => {
  it.each([
    ['现将有关事项通知如下：', true],
    ['根据某某办法，现组织开展申报工作，有关事宜通告如下:', true],
    ['各区镇：', true],
    ['各有关单位、各企业:', true],
    // A list's own lead and an addressee line that goes on are not the preamble.
    ['申报材料如下：', false],
    ['各区镇：请于3月1日前报送。', false],
  ])('%s → %s', (text, preamble) => {
    expect(isNoticePreamble({ text, line: 1 })).toBe(preamble);
  });

  it('keeps the preamble out of a section that a dateline-like label opened above it', () => {
    const { spec } = draft('某市科技奖推荐通知', '材料报送截止期', '各区镇：', '根据省里的通知要求，现开展推荐工作，将相关工作通知如下：', '一、申报条件', '1. 在本市注册的企业。');
    expect(spec.materials).toBeUndefined();
    expect(spec.conditions).toEqual(['在本市注册的企业。']);
  });

  it('cuts a run-on copy after the announcement, so the body starts a line of its own', () => {
    const cut = splitInlineHeadings(lines('各有关单位：根据某某细则，现将有关事项通知如下：申报对象为本市获奖单位，按奖金总额给予匹配奖励。')).map((line) => line.text);
    expect(cut).toEqual(['各有关单位：根据某某细则，现将有关事项通知如下：', '申报对象为本市获奖单位，按奖金总额给予匹配奖励。']);
  });

  it('leaves the count of a heading that follows the announcement to the heading\'s own cut', () => {
    const cut = splitInlineHeadings(lines('现将有关事项通知如下：一、申报条件 在本市注册。二、申报材料 申请表。')).map((line) => line.text);
    expect(cut).toEqual(['现将有关事项通知如下：', '一、申报条件 在本市注册。', '二、申报材料 申请表。']);
  });
});
