/**
 * Mechanisms from the misses of the ninth held-out set (issue 13), list fields: each test drafts
 * small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { isCaseByCase, namesPayment } from '../../src/draft/find-reward.js';
import { isPapersOnly } from '../../src/draft/materials-in-prose.js';
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

describe('a sentence that only asks for papers sets no condition', () => {
  it.each([
    ['申报单位需编制项目实施方案，并填写《项目申报表》。', true],
    ['上传材料包括项目申请表（盖章扫描件）和营业执照副本（原件扫描件）。', true],
    ['委托他人办理的，须同时提供《委托书》及代办人身份证件。', true],
    ['申报单位均需填写《某市科技项目申报书》（详见附件1）', true],
    // What the applicant must be or have done, and a ban on false papers, are conditions.
    ['申报主体须获评市级设计中心，且已于去年填报《运营监测表》；', false],
    ['申报单位必须自主申请，不得提供虚假材料。', false],
    ['申报单位应在本市注册，具有独立法人资格。', false],
  ])('%s → %s', (text, papers) => {
    expect(isPapersOnly(text)).toBe(papers);
  });

  it('moves such a sentence to the materials where nothing else names them', () => {
    const { spec } = draft('某省征集重点产业项目', '本报讯 某省发改委面向全省征集重点产业项目。', '申报单位应在本省注册，具有独立法人资格。', '各项目申报单位需编写项目建设方案，并填写《项目汇总表》。');
    expect(spec.conditions).toEqual(['申报单位应在本省注册，具有独立法人资格。']);
    expect(spec.materials).toEqual(['各项目申报单位需编写项目建设方案，并填写《项目汇总表》。']);
  });

  it('drops it from the conditions where a materials section lists the papers', () => {
    const { spec } = draft('某市奖励资金申报通知', '一、申报材料', '（一）奖励资金申请表；', '（二）营业执照。', '二、申报要求', '（一）申报单位须在本市注册。', '（二）上传附件包括奖励资金申请表（盖章扫描件）和营业执照副本（原件扫描件）。');
    expect(spec.conditions).toEqual(['申报单位须在本市注册。']);
    expect(spec.materials).toEqual(['奖励资金申请表', '营业执照。']);
  });
});
