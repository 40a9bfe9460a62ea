/**
 * Mechanisms from the misses of the eighth held-out set (issue 13), list fields: each test drafts
 * small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { isOfficeDuty } from '../../src/draft/party-items.js';
import { splitInlineHeadings } from '../../src/draft/split-inline-headings.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });

describe('the last section ends at the notice signature: the signer, the date and the page after them are no items', () => {
  it.each([
    ['two offices side by side, then the comment box', ['  某市科技局               某市财政局', '                     2024年3月8日', '标签：', '留言与评论（共有0条评论）', '验证码：']],
    ['one office and a date in Chinese numerals, then the share bar', ['某市科学技术局', '二〇二四年三月八日', '分享到', '打印本页 关闭窗口']],
    ['a bare date, then a tag line', ['2024年3月8日', '标签：政策']],
  ])('%s', (_name, tail) => {
    // An attachment's name under 附件： reads as a heading of the reward (奖补资金); what stands under it is the page's.
    const { spec } = draft('某市科技奖补申报通知', '一、申报条件', '1. 在本市注册的企业。', '2. 上年度研发投入超过100万元。', '附件：', '某市研发投入奖补资金申报书', ...tail);
    expect(spec.conditions).toEqual(['在本市注册的企业。', '上年度研发投入超过100万元。']);
    expect(spec.reward?.items).toEqual(['待补充：奖补标准']);
  });

  it('keeps the lines of a section that names offices inside its sentences', () => {
    const { spec } = draft('某市申报通知', '一、申报程序', '企业向所在区科技局提交申请。', '区科技局审核后报市科技局。');
    expect(spec.process).toEqual(['企业向所在区科技局提交申请。', '区科技局审核后报市科技局。']);
  });
});

describe('a table flattened to one cell per line under its 序号 header gives no items', () => {
  it('drops the header, the row numbers and the short cells, and keeps the sentences around them', () => {
    const { spec } = draft('某区专项资金申报通知', '一、申报对象', '在本区注册并正常经营的服务业企业。', '序号', '申报类别', '1', '总部落户项目', '2', '平台建设项目', '上年度营业收入不低于1000万元的企业优先。', '二、申报条件', '1. 依法纳税。', '2. 无失信记录。');
    expect(spec.parties).toEqual(['在本区注册并正常经营的服务业企业。', '上年度营业收入不低于1000万元的企业优先。']);
  });

  it.each([['序号', '项目'], ['12', '3']])('keeps nothing of a lone cell run (%s, %s)', (first, second) => {
    const { spec } = draft('某区专项资金申报通知', '一、申报对象', '在本区注册的企业。', first, second, '二、申报条件', '1. 依法纳税。');
    expect(spec.parties).toEqual(['在本区注册的企业。']);
  });
});

describe('the offices\' duties under a 申报要求 heading are no conditions, also under a short name of their own', () => {
  it.each([
    ['加强组织领导。各板块科技部门要认真做好项目的组织推荐工作。', true],
    ['规范推荐程序。各板块要完善申报项目推荐程序。', true],
    ['各区科技部门负责审核本辖区申报材料。', true],
    // The applicants' own requirement, a quota of the offices said alone, and a name over the applicants stay as they were.
    ['严守诚信。申报单位须对材料的真实性负责。', false],
    ['每县（区）限报1项。', true],
    ['基本要求。企业应在本区注册。', false],
  ])('%s → %s', (text, duty) => {
    expect(isOfficeDuty(text)).toBe(duty);
  });

  it('drafts only the applicants\' conditions of such a section', () => {
    const { spec } = draft('某区科技资金申报通知', '一、申报条件', '1. 在本区注册的企业。', '2. 上年度研发投入不低于100万元。', '二、申报要求', '（一）加强组织领导。各板块科技部门要认真做好项目的组织推荐工作。', '（二）规范推荐程序。各板块要完善申报项目推荐程序。');
    expect(spec.conditions).toEqual(['在本区注册的企业。', '上年度研发投入不低于100万元。']);
  });
});

describe('a bare 注： ends the list: the numbered notes after it are no items', () => {
  it.each([['注：'], ['备注:']])('%s after a materials list with a sub-list', (label) => {
    const { spec } = draft('某园区补贴兑现受理通知', '一、申请条件', '1. 在园区注册的企业。', '二、申请材料', '1. 补贴申请表。', '2. 证明材料：', '1）服务合同复印件；', '2）发票复印件；', label, '1. 以上材料一式两份，按顺序装订；', '2. 所有复印件需加盖公章。', '三、受理时间', '时间：2024年7月1日至7月31日');
    expect(spec.materials).toEqual(['补贴申请表。', '服务合同复印件', '发票复印件']);
  });

  it('keeps a list whose lines only mention a note inside a sentence', () => {
    const { spec } = draft('某园区补贴兑现受理通知', '一、申请条件', '1. 在园区注册的企业。', '二、申请材料', '1. 补贴申请表（注：需加盖公章）。', '2. 营业执照复印件。');
    expect(spec.materials).toEqual(['补贴申请表（注：需加盖公章）。', '营业执照复印件。']);
  });
});

describe('a guide run into one line of unnumbered keys is cut at each key that names a field', () => {
  it('reads 补贴对象：…，补贴标准：…，申请材料：… as three sections', () => {
    const { spec } = draft('某区竹笋收购补助指南', '补贴对象：本区农业龙头企业，补贴标准：按收购金额的3%给予补助，申请材料：《竹笋收购补助申请表》');
    expect(spec.parties).toEqual(['本区农业龙头企业']);
    expect(spec.reward?.items).toEqual(['按收购金额的3%给予补助']);
    expect(spec.materials).toEqual(['《竹笋收购补助申请表》']);
  });

  it.each([
    // The line does not open with a field's key: a sentence that mentions keys stays whole.
    ['企业应按要求提交材料，申请材料：申请表，补贴标准：另行通知'],
    // Keys that name no field (时间：, 地点：) cut nothing.
    ['补贴对象：本区农业龙头企业，时间：每年5月，地点：区农业农村局'],
  ])('leaves %s as one line', (text) => {
    expect(splitInlineHeadings(lines(text)).map((line) => line.text)).toEqual([text]);
  });
});
