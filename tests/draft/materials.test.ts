/**
 * The materials: papers named in prose, in a sending sentence or a binding order, and what is no
 * paper (a time, the offices' duty, papers the offices send on). Each test reads a small document
 * written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { isTimeNotPaper, materialsInProse } from '../../src/draft/materials-in-prose.js';
import { isOfficeDuty } from '../../src/draft/party-items.js';
import { draft, draftGuide, draftSpec } from './small-document.js';

describe('materials told only in prose', () => {
  it.each([
    ['选择房源前需上传收入情况承诺书及家庭成员身份证复印件。', ['收入情况承诺书', '家庭成员身份证复印件']],
    ['申请人应提交《补贴申请表》和《银行账户确认书》。', ['《补贴申请表》', '《银行账户确认书》']],
    // A paper asked for under a condition keeps its condition.
    ['如选择较小户型，需同时上传户型选择承诺书。', ['如选择较小户型，需同时上传户型选择承诺书。']],
    // Papers named only by kind, what is not a paper, and an office's own reporting give nothing.
    ['申请人可在平台上传相关材料（附件4）。', []],
    ['申请人可在3月24日前提交意向房源。', []],
    ['区民政部门应于每年1月底向市民政部门报送上年度资金清算报告。', []],
  ])('%s', (sentence, items) => {
    expect(materialsInProse(sentence)).toEqual(items);
  });

  it('drafts them when no section lists materials, each paper once', () => {
    const spec = draftSpec('关于2026年度人才公寓配租的通告', '一、办理流程', '（一）网上申请。申请人登录平台提交申请，选择房源前需上传收入情况承诺书。', '（二）现场确认。申请人到窗口确认时需提交收入情况承诺书。');
    expect(spec.materials).toEqual(['收入情况承诺书']);
  });
});

describe('materials listed inline and closed by 等资料', () => {
  it.each([
    ['申请人需到窗口办理，提供《住房补贴申请表》、申请人身份证件和婚姻证明、租赁合同、租金支付银行流水等资料。', ['《住房补贴申请表》', '申请人身份证件和婚姻证明', '租赁合同', '租金支付银行流水']],
    ['请携带户口簿、出生医学证明、预防接种证等材料到学校报名。', ['户口簿', '出生医学证明', '预防接种证']],
  ])('%s', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });

  it.each([
    // One paper and its kind: no list.
    ['提供身份证等材料。'],
    // An office's own reporting.
    ['区人社部门应于每月底前提交汇总表、审核意见等材料。'],
    // Generic kinds are no papers of their own.
    ['提供相关材料、其他材料等资料。'],
  ])('%s gives no papers', (sentence) => {
    expect(materialsInProse(sentence)).toEqual([]);
  });

  it('drafts them as the materials of a guide without a materials heading', () => {
    const { spec } = draftGuide('某补贴办理指引', '一、办理方式', '符合条件的申请人可通过区人社局窗口申请，提供《补贴申请表》、本人身份证件、劳动合同等资料。');
    expect(spec.materials).toEqual(['《补贴申请表》', '本人身份证件', '劳动合同']);
  });
});

describe('a condition and its papers in one sentence', () => {
  it('drafts the clause before the papers as the condition and the papers as materials', () => {
    const { spec } = draftGuide(
      '某证件申领指南',
      '申领条件',
      '在本市居住登记满半年，符合合法稳定住所、合法稳定就业等条件之一的，提供居民身份证、相片和居住地址证明材料，可以申领居住证。',
      '办理方式',
      '登录某市政务小程序进行申领，审核期限为5个工作日。',
    );
    expect(spec.conditions).toEqual(['在本市居住登记满半年，符合合法稳定住所、合法稳定就业等条件之一的']);
    expect(spec.materials).toEqual(['居民身份证', '相片', '居住地址证明材料']);
  });
});

describe('a time among the materials', () => {
  it.each([
    ['2026年3月1日-3月31日，仅限快递或邮寄。', true],
    ['纸质材料受理时间为工作日上午9:00-12:00。', true],
    ['办理时效：审核部门在10个工作日内完成审核。', true],
    ['2025年度的完税证明复印件（加盖公章）', false],
    ['营业执照复印件。', false],
  ])('%s is a time, not a paper: %s', (text, time) => {
    expect(isTimeNotPaper(text)).toBe(time);
  });

  it('drafts the papers without it', () => {
    const { spec } = draft(
      '关于组织申报2026年某某资金项目的通知',
      '一、申报材料',
      '1.项目申报书。',
      '2.营业执照复印件。',
      '3.纸质材料受理时间为工作日上午9:00-12:00。',
    );
    expect(spec.materials).toEqual(['项目申报书。', '营业执照复印件。']);
  });
});

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

describe('papers named in the order they are bound, or beside a named form', () => {
  it.each([
    ['申报单位按封面、项目申报书、营业执照（加盖公章）、相关附件材料顺序装订成册，一式三份。', ['项目申报书', '营业执照（加盖公章）', '相关附件材料']],
    ['请按照目录、申请表、财务报表的顺序依次装订。', ['申请表', '财务报表']],
    ['做好准备工作，提交《某某集群申报表》和相关佐证材料，报送至区经委。', ['《某某集群申报表》', '相关佐证材料']],
    // One part, or a clause in the list, names no binding order of papers.
    ['请按封面顺序装订。', []],
  ])('%s', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });
});

describe('papers joined by 和/及 in a sending sentence or a binding order are one item each', () => {
  it.each([
    ['请于5月10日前将项目申请书（一式三份）和推荐函报送至市科技局。', ['项目申请书（一式三份）', '推荐函']],
    ['请于5月10日前将项目申报材料（一式两份）和推荐函报送至市科技局。', ['项目申报材料（一式两份）', '推荐函']],
    ['请于5月10日前将申请表和营业执照复印件报送至市科技局。', ['申请表', '营业执照复印件']],
    ['申报材料用A4纸打印，按封面、申报表、可行性报告、合同及相关附件等按顺序装订成册。', ['申报表', '可行性报告', '合同', '相关附件']],
    // The copy of the same paper is no second paper.
    ['按封面、申报书、营业执照及复印件顺序装订成册。', ['申报书', '营业执照及复印件']],
  ])('%s', (sentence, expected) => {
    expect(materialsInProse(sentence)).toEqual(expected);
  });
});

describe('a materials section that holds only the offices\' duty lists no papers', () => {
  it.each([
    ['各县市区科技（和经信）局、高新区管委会负责组织辖区内单位的资料报送工作。', true],
    ['各区科技局、各园区经发局做好材料审核工作。', true],
    ['各申报单位、合作单位须提交合作协议。', false],
    ['申报单位负责提交申报书。', false],
  ])('isOfficeDuty(%s) → %s', (text, expected) => {
    expect(isOfficeDuty(text)).toBe(expected);
  });

  it('drafts no papers from the step sentences when the materials section held only that duty', () => {
    const { spec } = draftGuide(
      '关于开展某中心运行情况核查的通知',
      '一、核查对象',
      '2020年以前认定的市级某中心。',
      '二、材料报送要求',
      '各区科技局、开发区科创局负责组织辖区内单位的资料报送工作。',
      '三、相关要求',
      '1.依托单位填写《某中心运行情况调查表》，加盖公章后将纸质材料报送市科技局。',
    );
    expect(spec.materials).toBeUndefined();
  });
});

describe('a paper sent online (线上报送) is named without the 线 of 线上', () => {
  it.each([
    ['在10月23日前将审核通过的企业申报材料线上报送市工信局。', ['审核通过的企业申报材料']],
    ['请于5月1日前将项目申报表网上报送至区科技局。', ['项目申报表']],
    ['请于5月1日前将申请表、承诺书报送至区科技局。', ['申请表', '承诺书']],
  ])('%s → %j', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });
});

describe('papers the offices send on are not the applicant\'s materials', () => {
  it.each([
    ['请各地于8月5日前，将推荐报告、项目汇总表报送省厅。'],
    ['各县（市、区）科技局将推荐材料一式二份于12月10日前报送市科技局。'],
    ['各地经发办（局）对申报材料进行审核、汇总，将企业申报材料、汇总表于8月18日前上报市经信局。'],
  ])('%s names no materials', (sentence) => {
    expect(materialsInProse(sentence)).toEqual([]);
  });

  it('still reads the papers the applicant sends', () => {
    expect(materialsInProse('申报企业请于8月5日前将申请表、承诺书报送区科技局。')).toEqual(['申请表', '承诺书']);
  });
});
