/**
 * Mechanisms from the kinds of miss that recur across the eighth, ninth and tenth held-out sets
 * (issue 13), text shape and list fields: each test drafts small text written for it; none
 * copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { isApplicantRequirement, isRequirementOfParty } from '../../src/draft/party-items.js';
import { splitInlineHeadings } from '../../src/draft/split-inline-headings.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });
const split = (text: string): string[] => splitInlineHeadings(lines(text)).map((line) => line.text);

describe('a run-on line is cut at the markers that count up through it', () => {
  it('cuts a chain whose markers lost the punctuation before them', () => {
    const text =
      '一、事项名称某区小微企业开办补贴二、办理依据某某办法三、申请条件在本区登记注册满一年且正常经营的小微企业,' +
      '其法定代表人在企业缴纳社会保险费满六个月四、申请材料1.营业执照复印件2.补贴申请表3.银行开户许可证复印件';
    expect(split(text)).toEqual([
      '一、事项名称某区小微企业开办补贴',
      '二、办理依据某某办法',
      '三、申请条件',
      '在本区登记注册满一年且正常经营的小微企业,其法定代表人在企业缴纳社会保险费满六个月',
      '四、申请材料',
      '1.营业执照复印件',
      '2.补贴申请表',
      '3.银行开户许可证复印件',
    ]);
  });

  it('starts a chain again under the next part and keeps a chain with one missing link', () => {
    const text =
      '现就做好本年度示范企业申报工作通知如下:一、申报条件(一)基本条件在本市注册的工业企业,近三年无重大安全事故,' +
      '(二)审核报送1、各县区主管部门审核企业材料,2、各县区主管部门汇总推荐名单,3、在10月20日前将推荐名单报送市局,' +
      '三、其他事项1、请各地认真组织申报工作,2、请各地按时报送推荐材料,联系电话:88001234';
    expect(split(text)).toEqual([
      '现就做好本年度示范企业申报工作通知如下:',
      '一、申报条件',
      '(一)基本条件',
      '在本市注册的工业企业,近三年无重大安全事故,',
      '(二)审核报送',
      '1、各县区主管部门审核企业材料,',
      '2、各县区主管部门汇总推荐名单,',
      '3、在10月20日前将推荐名单报送市局,',
      '三、其他事项',
      '1、请各地认真组织申报工作,',
      '2、请各地按时报送推荐材料,联系电话:88001234',
    ]);
  });

  it.each([
    // Numbers that form no chain: an amount, a date, a cited article, attachments, a phone number.
    ['amounts and dates', '对认定的企业给予一次性奖励10万元,2025年3月1日起施行,其中对首次认定的给予1.5万元补助,对再次认定的企业给予一定奖励,对新引进企业按规定给予支持,具体按照有关文件执行,相关资金由市级财政承担,区级财政配套支持,企业应按要求及时报送材料,逾期不予受理。'],
    ['citations and attachments', '根据某某办法第1条和第2条的规定,企业应当如实填写申报书(附件2、3、4),并上传附件1、2中要求的全部材料,申报材料须真实有效,经所在区县主管部门审核后统一报送,各区县主管部门应认真审核申报材料的真实性和完整性,对弄虚作假的企业取消其申报资格,并依法依规追究相关责任,具体要求详见申报指南。'],
    ['numbers inside brackets', '申报企业应符合下列条件(1、在本市注册;2、依法纳税),并按要求提交材料,申报材料须真实有效,经所在区县主管部门审核后统一报送,各区县主管部门应认真审核申报材料的真实性和完整性,对弄虚作假的企业取消其申报资格,并依法依规追究相关责任,具体要求详见申报指南,逾期不予受理。'],
  ])('leaves %s alone', (_, text) => {
    expect(split(text)).toEqual([text]);
  });

  it('cuts a short line that opens with (1) into its items, and keeps (1)(2) after a lead as one item', () => {
    expect(split('(1)在本市注册的上市公司。 (2)将募集资金用于本市发展。')).toEqual(['(1)在本市注册的上市公司。', '(2)将募集资金用于本市发展。']);
    expect(split('（一）给予奖励：(1)国家级的奖励50万元；(2)省级的奖励20万元。')).toEqual(['（一）给予奖励：(1)国家级的奖励50万元；(2)省级的奖励20万元。']);
    const { spec } = draft('某某奖励', '申报材料', '(1)营业执照复印件; (2)奖励资金申请表; (3)资金使用情况说明');
    expect(spec.materials).toEqual(['营业执照复印件', '奖励资金申请表', '资金使用情况说明']);
  });

  it('cuts 附件： after a closing bracket, so the attachments are no part of the item before', () => {
    expect(split('受理地点:市科技局服务处(行政中心1号楼721室)附件:某某奖申报表')).toEqual(['受理地点:市科技局服务处(行政中心1号楼721室)', '附件:某某奖申报表']);
    // 详见附件： and a bracket that refers to it stay inside the sentence.
    expect(split('申报表格式详见(市科技局网站)附件说明。')).toEqual(['申报表格式详见(市科技局网站)附件说明。']);
  });

  it('drafts a run-on guide into its fields', () => {
    const { spec } = draft(
      '一、事项名称某区小微企业开办补贴二、办理依据某某办法三、申请条件在本区登记注册满一年且正常经营的小微企业,' +
        '其法定代表人在企业缴纳社会保险费满六个月四、申请材料1.营业执照复印件2.补贴申请表3.银行开户许可证复印件',
    );
    expect(spec.conditions).toEqual(['在本区登记注册满一年且正常经营的小微企业，其法定代表人在企业缴纳社会保险费满六个月']);
    expect(spec.materials).toEqual(['营业执照复印件', '补贴申请表', '银行开户许可证复印件']);
  });
});

describe('a lead-in that ends a section\'s text names what the list after it holds', () => {
  it('files the papers listed after …需提交以下资料： under a requirements heading as materials', () => {
    const { spec } = draft(
      '某市科技奖匹配奖励申报通知',
      '一、申报对象',
      '本市获得省科技奖的单位。',
      '二、申报要求',
      '获奖单位自行申报，经所在区科技局审核后于10月25日前报至市科技局，申报单位需提交以下资料：',
      '1.匹配奖励申报表；',
      '2.营业执照复印件。',
    );
    expect(spec.materials).toEqual(['匹配奖励申报表', '营业执照复印件。']);
    // The requirements heading held only the steps and the lead-in: no condition is left to draft.
    expect(spec.conditions).toEqual(['待补充：申报条件']);
  });

  it('leaves a list whose lead-in names the heading\'s own field where it is', () => {
    const { spec } = draft('某某通知', '一、申报条件', '申报企业应符合以下条件：', '1.在本市注册；', '2.近三年无重大安全事故。');
    expect(spec.conditions).toEqual(['在本市注册', '近三年无重大安全事故。']);
    expect(spec.materials).toBeUndefined();
  });
});

describe('a part named by an act done with the papers is a step, not the field its words name', () => {
  it('reads （二）审核报送 over its numbered acts as the steps, under a conditions heading', () => {
    const { spec } = draft(
      '某市示范企业申报通知',
      '一、申报条件',
      '（一）基本条件',
      '在本市注册的工业企业，近三年无重大安全事故。',
      '（二）审核报送',
      '1、各县区主管部门审核企业材料；',
      '2、各县区主管部门汇总推荐名单；',
      '3、在10月20日前将推荐名单报送市局。',
    );
    expect(spec.conditions).toEqual(['在本市注册的工业企业，近三年无重大安全事故。']);
    expect(spec.process).toEqual(['各县区主管部门审核企业材料', '各县区主管部门汇总推荐名单', '在10月20日前将推荐名单报送市局。']);
  });

  it('reads 三、按时报送材料。请各地于…前…报送… as a step, not as the materials', () => {
    const { spec } = draft(
      '关于征集某某项目的通知',
      '一、不重复申报。已获得其他省级资金支持的项目不得申报。',
      '二、按时报送材料。请各地于8月5日前，将推荐报告报送省厅。',
    );
    expect(spec.process).toEqual(['请各地于8月5日前，将推荐报告报送省厅。']);
    // The report the offices send on is none of the applicant's papers.
    expect(spec.materials).toBeUndefined();
  });

  it('keeps a materials label over a list of papers as the materials', () => {
    const { spec } = draft('某某通知', '一、申报条件', '在本市注册。', '二、报送材料。（1）申请表；（2）营业执照复印件。');
    expect(spec.materials).toEqual(['申请表', '营业执照复印件。']);
  });
});

describe('a bar or a requirement under a parties heading is a condition, not a party', () => {
  it.each([
    ['参展单位近三年无严重失信行为。', true],
    ['评价为D级的企业及列入严重失信名单企业不得享受该政策。', true],
    ['未被列入经营异常名录。', true],
    // Who applies, said plainly, stays a party.
    ['在本市注册的中小企业。', false],
    ['本市高新技术企业和专精特新企业。', false],
  ])('%s → %s', (text, bar) => {
    expect(isRequirementOfParty(text)).toBe(bar);
  });

  it.each([
    ['资金申报企业应在我市注册纳税，具有独立法人资格。', true],
    ['申报单位须具备独立法人资格。', true],
    // 须为 / 应是 say who the applicant is.
    ['申报企业须为本市中小企业。', false],
    ['申报单位应是在本区注册的企业。', false],
    ['在本市注册的企业。', false],
  ])('%s → %s', (text, requirement) => {
    expect(isApplicantRequirement(text)).toBe(requirement);
  });

  it('drafts the party sentence as the party and the bar after it as a condition', () => {
    const { spec } = draft('某某展会项目申报通知', '一、申报主体', '在本省注册且参加本批展会的单位。', '参展单位近三年无严重失信行为。', '二、支持内容', '按展位费的50%给予支持。');
    expect(spec.parties).toEqual(['在本省注册且参加本批展会的单位。']);
    expect(spec.conditions).toEqual(['参展单位近三年无严重失信行为。']);
  });

  it('moves a first item that opens with the applicant and what it must do to the conditions', () => {
    const { spec } = draft('某某资金申报通知', '一、申报范围', '（一）资金申报企业应在我市注册纳税，具有独立法人资格，正常经营一年以上。', '二、支持内容', '按项目投资额的10%给予补助。');
    expect(spec.conditions).toEqual(['资金申报企业应在我市注册纳税，具有独立法人资格，正常经营一年以上。']);
    expect(spec.parties).toEqual(['待补充：适用对象']);
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
