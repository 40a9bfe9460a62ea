/**
 * Mechanisms from the misses of the ninth held-out set (issue 13), list fields: each test drafts
 * small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { isCaseByCase, namesPayment } from '../../src/draft/find-reward.js';
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

describe('a sum settled case by case (一事一议) is paid, as a grant in words is', () => {
  it.each([
    ['重大项目的支持比例和金额实行一事一议。', true],
    ['对新引进的总部项目，给予“一事一议”综合扶持政策。', true],
    ['项目分为三类，申报指南另行发布。', false],
  ])('%s → %s', (text, paid) => {
    expect(namesPayment(text)).toBe(paid);
    expect(isCaseByCase(text)).toBe(paid);
  });

  it('keeps such an item beside the items that name amounts', () => {
    const { spec } = draft('某区产业项目资助通知', '一、资助标准', '1. 按项目投资额的10%给予资助，最高500万元。', '2. 经区政府批准的重大项目，资助金额实行一事一议。', '二、申报条件', '1. 在本区注册的企业。');
    expect(spec.reward?.items).toEqual(['按项目投资额的10%给予资助，最高500万元。', '经区政府批准的重大项目，资助金额实行一事一议。']);
  });

  it('reads it in prose where no section gives the reward', () => {
    const { spec } = draft('某区关于推进制造业发展的意见', '（一）鼓励引进总部', '对新引进的世界500强企业设立的区域总部，给予“一事一议”综合扶持政策。', '（二）培育骨干企业', '对年销售收入首次突破10亿元的企业，给予50万元奖励。');
    expect(spec.reward?.items).toEqual(['对新引进的世界500强企业设立的区域总部，给予“一事一议”综合扶持政策。', '对年销售收入首次突破10亿元的企业，给予50万元奖励。']);
  });
});
