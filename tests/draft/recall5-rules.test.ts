/**
 * Mechanisms from the misses of the fifth held-out set (issue 13), list fields: each test drafts
 * or reads small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { isOnlyPointer, isPolicyNotParty } from '../../src/draft/party-items.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });

describe('papers named in a sentence about sending them', () => {
  it.each([
    // A short name that refers back to a form named in full earlier in the sentence.
    [
      '企业填写《某市技术改造项目申请表》（附件1）和《某市技术改造项目汇总表》（附件2），并于5月10日前将申请表、汇总表纸质件一式两份报送至区工信局。',
      ['《某市技术改造项目申请表》（附件1）', '《某市技术改造项目汇总表》（附件2）'],
    ],
    // Copies and form (一式三份, 的电子版) say how a paper is sent, not which.
    ['请于6月1日前将项目申请书一式三份报送至市科技局。', ['项目申请书']],
    // Papers named only by kind, with their copies or a dangling 和, name no paper.
    ['请各单位将申报材料的电子版和加盖公章纸质版报送至我局。', []],
    ['于11月29日前将材料统一报送至市民中心2楼窗口。', []],
    ['修改完善后于10月31日前将最终版纸质材料一式3份报送至服务中心。', []],
    // The sending verb inside a bracket is not the sentence's verb.
    ['请各企业于9月1日前将申报材料（材料提交要求见附件2）的电子档上传至平台。', []],
    // An office's own reporting (各镇经发办…将推荐清单报送) is no paper of the applicant's.
    ['（二）请各镇（街道）经发办于7月1日前完成初审，并将推荐项目清单（见附件2）于7月5日前报送区科技局。', []],
  ])('%s → %j', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });

  it('keeps a paper whose bracket describes it', () => {
    expect(materialsInProse('各申报单位于5月31日前将纸质申报材料（胶装，一式3份）、推荐文件（1份）报送市经信委。')).toEqual(['纸质申报材料（胶装，一式3份）', '推荐文件（1份）']);
  });
});

describe('party items that are not who applies', () => {
  it('reads items that grant a sum or a share under a scope heading as the reward', () => {
    const { spec } = draft(
      '关于申报2026年某区服务业扶持资金的通知',
      '一、支持范围及标准',
      '1.检验检测项目。对符合条件的检验检测项目，按实际完成投资额的5%给予补助，单个项目最高不超过200万元。',
      '2.工业设计项目。对符合条件的工业设计项目，按实际完成投资额的3%给予补助，单个项目最高不超过100万元。',
      '二、申报条件',
      '1.在本区注册的企业；',
      '2.项目已竣工投产。',
    );
    expect(spec.parties).toEqual([expect.stringMatching(/^待补充/u)]);
    const reward = spec.reward as { items: string[]; headline?: string };
    expect(reward.items).toHaveLength(2);
    expect(reward.items[0]).toContain('按实际完成投资额的5%给予补助');
    expect(reward.headline).toBe('最高200万元');
  });

  it.each([
    ['支持招大引强。指与《某某政策意见》第一条所对应的项目。', true],
    ['专项资金的支持范围应当符合《2026年某市专项资金支持指南》（见附件1）。', true],
    ['符合《某某办法》第三条规定的企业。', false],
    ['本次征集主要面向符合《专项资金管理办法》规定的项目。', false],
    ['申报单位的支持范围应当符合《某某指南》。', false],
  ])('%s → not a party: %s', (text, notParty) => {
    expect(isPolicyNotParty(text)).toBe(notParty);
  });
});

describe('a portal guide\'s acceptance criteria kept as a table', () => {
  it('reads 受理标准 as the conditions, not a reward standard', () => {
    expect(fieldForHeading('受理标准')).toBe('conditions');
    expect(fieldForHeading('受理条件')).toBe('conditions');
  });

  it('keeps each lead-in with its own numbered list in one row, and drops the rule and word-only rows', () => {
    const { spec } = draft(
      '某某补贴办事指南',
      '受理标准',
      '可申请人群 | 法人 | ||',
      '---|---|---|---|',
      '具体条件 | 甲地区受理条件为：1.企业在本市注册满一年。2.上年度纳税额不低于50万元。乙地区受理条件为：1.企业在本区注册。2.上年度营业收入不低于1000万元。 |',
      '办理流程',
      '1.申请 企业在系统提交申请。',
      '2.审核 区人社局审核申请材料。',
    );
    expect(spec.conditions).toEqual(['甲地区受理条件为：1.企业在本市注册满一年。2.上年度纳税额不低于50万元。', '乙地区受理条件为：1.企业在本区注册。2.上年度营业收入不低于1000万元。']);
  });

  it('still splits a single lead-in\'s list into items', () => {
    const { spec } = draft('某某通知', '一、申报条件', '申报企业应符合以下条件：1.在本市注册满一年。2.上年度纳税额不低于50万元。');
    expect(spec.conditions).toEqual(['在本市注册满一年。', '上年度纳税额不低于50万元。']);
  });
});

describe('a numbered step that mentions another field inside its sentence', () => {
  it('stays a step of the list it stands in', () => {
    const { spec } = draft(
      '某某补贴办事指南',
      '办理流程',
      '1.申请 申请人在系统提交申请信息。',
      '2.审核 审核人审核补贴申报资料后提交审批',
      '3.材料提交及受理 申请人提交纸质材料，窗口受理。',
      '4.拨付 财政部门拨付资金。',
    );
    expect(spec.process).toHaveLength(4);
    expect(JSON.stringify(spec.process)).toContain('审核人审核补贴申报资料后提交审批');
    expect(spec.materials ?? []).toEqual([]);
  });

  it('leaves a numbered heading that ends in a field noun its own section', () => {
    const { spec } = draft('某某通知', '一、申报程序', '1.网上申报。企业登录系统填报。', '2.申报材料', '（1）申请表；', '（2）营业执照复印件。', '3.审核。区科技局审核。');
    expect(spec.materials).toEqual(['申请表', '营业执照复印件。']);
  });
});

describe('a numbered step keyed by its time', () => {
  it('is a step of the process, and its dates still give the period', () => {
    const { spec } = draft(
      '关于申报2026年某市工程技术研究中心的通知',
      '二、申报程序',
      '1.企业网上申报时间：2026年5月11日8:00—2026年5月20日17:30。',
      '2.区科技局审核提交时间：2026年5月21日—5月25日，区科技局负责审核。',
      '3.审核完成后，申报单位将纸质材料报送至市民中心窗口。',
    );
    expect(spec.process).toHaveLength(3);
    expect(JSON.stringify(spec.process)).toContain('2026年5月11日8:00');
    expect((spec.period as { end?: string }).end).toBe('2026-05-20');
  });
});

describe('keys and values that are not items of their section', () => {
  it.each([['无'], ['暂无。'], ['无需提供']])('申请材料：%s lists no paper', (none) => {
    const { spec } = draft('某某补贴办事指南', '1、申请条件：在本区创业满一年的人员。', `2、申请材料：${none}`, '3、办理流程：窗口受理，审核后发放。');
    expect(spec.materials ?? []).toEqual([]);
  });

  it('reads a key that opens with its section\'s noun by the words after it', () => {
    const { spec } = draft(
      '关于某市科技计划项目纸质材料受理的通知',
      '一、材料受理范围及要求',
      '材料受理范围：已通过网上审核的申报单位。',
      '材料准备要求：材料份数按照项目申报通知的要求准备。',
      '二、受理时间及地点',
      '材料受理时间：2026年4月9日-2026年4月20日。',
      '材料受理地点：某市高新区某某路1号科技大市场。',
    );
    expect(spec.parties).toEqual(['已通过网上审核的申报单位。']);
    expect(spec.materials).toEqual(['材料份数按照项目申报通知的要求准备。']);
    expect((spec.period as { end?: string }).end).toBe('2026-04-20');
  });
});

describe('how to apply, said under a requirements or a time heading', () => {
  it('drafts 向…报送 and a time heading\'s sending sentence as steps when no section lists them', () => {
    const { spec } = draft(
      '关于征集2026年某市海洋产业专项资金项目的通知',
      '一、申报要求。请有意向申报的单位根据《某市专项资金管理办法》要求，如实填写项目信息，向市海洋局报送项目可行性研究报告。',
      '二、申报时间。常年接受申报，请有意向申报的单位将申报材料报送至我局。',
    );
    expect(spec.process).toHaveLength(2);
    expect(JSON.stringify(spec.process)).toContain('向市海洋局报送项目可行性研究报告');
    expect(JSON.stringify(spec.process)).toContain('常年接受申报');
    expect(spec.conditions).toEqual([expect.stringMatching(/^待补充/u)]);
  });

  it('leaves a lead-in to a list of papers out of the steps', () => {
    const { spec } = draft('某某项目申报材料', '申报材料', '项目申报单位应向受理单位提交纸质材料及电子文档，主要包括：', '（一）申请表；', '（二）营业执照复印件。');
    expect(spec.process).toEqual([expect.stringMatching(/^待补充/u)]);
  });
});

describe('a piece that opens with 或', () => {
  it('stays with the piece before it, as the other way of doing it', () => {
    const { spec } = draft('某某补贴办事指南', '办理流程', '申请人填写申请表。打印后签名，持材料到窗口提出申请；或将申请表拍照上传系统，在网上提交。', '审核通过后发放补贴。');
    expect(spec.process).toEqual(['申请人填写申请表。', '打印后签名，持材料到窗口提出申请；或将申请表拍照上传系统，在网上提交。', '审核通过后发放补贴。']);
  });
});

describe('an item that only says where to look', () => {
  it.each([
    ['详见附件1《2026年某区循环经济专项资金申报指南》。', true],
    ['政策依据请申报单位认真研读《办法》及其《申报指南》（见附件）', true],
    ['名单详见《关于下达2026年度科技计划资金的通知》', true],
    ['具体申报条件见附件2', true],
    ['申报单位须符合《申报指南》规定的条件（详见附件1）。', false],
    ['在本区注册的企业，详见附件。', false],
    // 意见 ends in 见 and points nowhere.
    ['征求相关部门意见', false],
    ['申报单位须听取职工意见', false],
  ])('%s → %s', (text, pointer) => {
    expect(isOnlyPointer(text)).toBe(pointer);
  });

  it('is no condition', () => {
    const { spec } = draft('关于申报2026年某区循环经济专项资金的通知', '一、申报条件', '详见附件1《2026年某区循环经济专项资金申报指南》。', '二、申报程序', '请于10月25日前在平台提交申报材料。');
    expect(spec.conditions).toEqual([expect.stringMatching(/^待补充/u)]);
  });
});
