/**
 * Mechanisms from the misses of the ninth held-out set (issue 13), list fields: each test drafts
 * small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { isCaseByCase, namesPayment } from '../../src/draft/find-reward.js';
import { isPapersOnly } from '../../src/draft/materials-in-prose.js';
import { conditionSentences } from '../../src/draft/prose-items.js';
import { partyAndRequirement } from '../../src/draft/party-items.js';
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
    // A space between the announcement and the marker leaves no empty line.
    expect(splitInlineHeadings(lines('通知如下: 一、申报条件 在本市注册。')).map((line) => line.text)).toEqual(['通知如下:', '一、申报条件 在本市注册。']);
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

describe('a step named by an act of handing in stays a step, though it names the papers', () => {
  it('reads （二）材料提交。 under a procedure heading as the second step', () => {
    const { spec } = draft('某区设计项目申报通知', '一、申报条件', '1. 在本区注册的企业。', '二、申报程序及要求', '（一）网上申报。', '申报单位在申报平台上按要求填报，区经济局进行网上初审。', '（二）材料提交。', '网上初审通过后，申报单位打印申报材料并装订成册。');
    expect(spec.process).toEqual(['网上申报。申报单位在申报平台上按要求填报，区经济局进行网上初审。', '材料提交。网上初审通过后，申报单位打印申报材料并装订成册。']);
    expect(spec.materials).toBeUndefined();
  });

  it('reads 2.申请提交…材料 among numbered steps as a step', () => {
    const { spec } = draft('某县创业补贴办事指南', '一、办理条件', '在本县创办企业的人员。', '二、办理流程', '1.申请人提交申请。', '2.申请提交申领一次性创业补贴材料。', '3.人社部门审核后发放补贴。');
    expect(spec.process).toEqual(['申请人提交申请。', '申请提交申领一次性创业补贴材料。', '人社部门审核后发放补贴。']);
  });

  it('keeps a part named by a noun over its own list as that field\'s section', () => {
    const { spec } = draft('某区设计项目申报通知', '一、申报程序及要求', '（一）网上申报。', '申报单位在申报平台上按要求填报。', '（二）申报材料', '1. 申请表；', '2. 营业执照复印件。');
    expect(spec.materials).toEqual(['申请表', '营业执照复印件。']);
  });
});

describe('a deadline and where to send, outside the process section, is one more step of it', () => {
  it('adds the districts\' deadline under 相关事项 to the steps of 申报程序', () => {
    const { spec } = draft('某市规上企业奖励申报通知', '一、申报程序', '（一）各区经信部门组织辖区内企业进行申报。', '（二）各区经信部门进行初审并公示结果。', '二、相关事项', '（一）请各区经信部门于2020年4月20日前将公示后无异议的企业情况行文，并附《奖励申报汇总表》（附件3）一并上报至市经信局。', '（二）各区可结合实际给予配套奖励。');
    // A long step is shown as its first clause over the rest (toStep).
    expect(spec.process).toEqual([
      '各区经信部门组织辖区内企业进行申报。',
      '各区经信部门进行初审并公示结果。',
      { title: '请各区经信部门于2020年4月20日前将公示后无异议的企业情况行文', detail: '并附《奖励申报汇总表》（附件3）一并上报至市经信局。' },
    ]);
  });

  it('adds nothing from a sentence that sends without a deadline, or names a deadline without sending', () => {
    const { spec } = draft('某市规上企业奖励申报通知', '一、申报程序', '（一）企业向所在区提交申请。', '（二）区经信部门初审后报市经信局。', '二、相关事项', '（一）奖励资金于2020年6月30日前拨付到位。', '（二）以上资料由各区经信部门留存备查。');
    expect(spec.process).toEqual(['企业向所在区提交申请。', '区经信部门初审后报市经信局。']);
  });
});

describe('a heading that names how to apply with 方法 heads the process', () => {
  it.each([
    ['四、申领方法', 'process'],
    ['二、某市科技奖推荐申报方法', 'process'],
    ['申请方法：', 'process'],
    // How a figure is computed is no way to apply.
    ['计算方法：', undefined],
  ])('%s → %s', (heading, field) => {
    expect(fieldForHeading(heading)).toBe(field);
  });
});

describe('a requirement run into the party\'s item is a condition; the party keeps its own words', () => {
  it.each([
    ['某区范围内注册企业，申报省级工程中心的企业应建有市级工程中心。', { party: '某区范围内注册企业', requirement: '申报省级工程中心的企业应建有市级工程中心。' }],
    ['本办法适用于在本区注册的氢能企业或机构。申请本办法扶持的氢能企业或机构必须依法经营。', { party: '本办法适用于在本区注册的氢能企业或机构。', requirement: '申请本办法扶持的氢能企业或机构必须依法经营。' }],
    // A party named by its requirement alone, and a deadline of the applicant, stay whole.
    ['申报“一区多园”政策的企业，其注册地应在分园范围内。', undefined],
    ['在本市注册的企业，申报的企业须于3月1日前提交申请。', undefined],
  ])('%s', (text, split) => {
    expect(partyAndRequirement(text)).toEqual(split);
  });

  it('drafts the two parts into the parties and the conditions', () => {
    const { spec } = draft('某区工程中心申报通知', '一、申报对象', '某区范围内注册企业，申报省级工程中心的企业应建有已验收的市级工程中心。', '二、申报材料', '1. 企业基本信息表。');
    expect(spec.parties).toEqual(['某区范围内注册企业']);
    expect(spec.conditions).toEqual(['申报省级工程中心的企业应建有已验收的市级工程中心。']);
  });
});

describe('where no section lists conditions, a sentence that holds the applicant to a cited document\'s conditions is one', () => {
  const conditionsOf = (...texts: string[]) => conditionSentences(lines(...texts)).map((item) => item.text);
  it.each([
    ['一、符合《通知》申报范围和申报条件的中小企业可按自愿原则申报复核。', ['符合《通知》申报范围和申报条件的中小企业可按自愿原则申报复核。']],
    ['申报示范企业应符合《实施细则》规定的条件，并按要求编写申报书。', ['申报示范企业应符合《实施细则》规定的条件，并按要求编写申报书。']],
    ['根据《某省企业技术中心认定管理办法》（某工信〔2020〕9号）规定的基本条件及要求申报。', ['根据《某省企业技术中心认定管理办法》（某工信〔2020〕9号）规定的基本条件及要求申报。']],
    ['拟申请项目必须满足《某某发展规划》等相关政策规划要求。', ['拟申请项目必须满足《某某发展规划》等相关政策规划要求。']],
    // A request to the addressees, and how to fill in the forms, are no conditions.
    ['请各有关单位按照《通知》的要求，认真组织好申报工作。', []],
    ['（二）请各申报单位根据《某区申报指南》要求认真填报。', []],
  ])('%s', (text, conditions) => {
    expect(conditionsOf(text)).toEqual(conditions);
  });
});
