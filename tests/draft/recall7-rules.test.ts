/**
 * Mechanisms from the misses of the seventh held-out set (issue 13), list fields: each test drafts
 * or reads small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { caseAndGrant, isOfficeDuty, isRequirementOfParty } from '../../src/draft/party-items.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '指南.txt', format: 'txt', lines: lines(...texts) });

describe('a parties section led by 对…的，给予…: the case is the party, the grant the reward, its numbered cases conditions', () => {
  it('splits the lead and moves the 某某的，应为… items to the conditions', () => {
    const { spec } = draft(
      '某县就业补贴申领指南',
      '一、补贴对象',
      '对毕业3年内的高校毕业生、退役军人，在本县首次创办企业且正常经营6个月以上的，给予一次性创业补贴，标准为3000元。',
      '（一）高校毕业生创业的，应为毕业3年内在本县创办企业的普通高校毕业生。',
      '（二）退役军人创业的，应为退役后在本县创办企业的退役军人。',
    );
    expect(spec.parties).toEqual(['毕业3年内的高校毕业生、退役军人，在本县首次创办企业且正常经营6个月以上的']);
    expect(spec.conditions).toEqual(['高校毕业生创业的，应为毕业3年内在本县创办企业的普通高校毕业生。', '退役军人创业的，应为退役后在本县创办企业的退役军人。']);
    expect(spec.reward?.items).toEqual(['给予一次性创业补贴，标准为3000元。']);
  });

  it('keeps a later 对…的，给予… whole: one case of the reward among others, not the lead', () => {
    const { spec } = draft(
      '某市奖励申报通知',
      '一、申报对象',
      '在本市注册的制造业企业。',
      '对获得国家级称号的企业，给予50万元奖励。',
    );
    expect(spec.parties).toEqual(['在本市注册的制造业企业。']);
  });

  it.each([
    ['对在本市首次创办企业的高校毕业生的，给予一次性补贴2000元。', { party: '在本市首次创办企业的高校毕业生的', grant: '给予一次性补贴2000元。' }],
    ['对退役军人创办企业且带动就业3人以上的，可给予最高10万元资助。', { party: '退役军人创办企业且带动就业3人以上的', grant: '可给予最高10万元资助。' }],
    // The case is the clause that ends in 的; a sentence that names its party otherwise stays whole.
    ['对符合条件的企业，可给予最高10万元资助。', undefined],
    // Nobody named in the case: no party to cut out.
    ['对新建项目的，给予10万元补助。', undefined],
    ['在本市注册的企业，给予10万元补助。', undefined],
  ])('caseAndGrant(%s)', (text, expected) => {
    expect(caseAndGrant(text)).toEqual(expected);
  });

  it.each([
    ['高校毕业生创业的，应为离校2年内的高校毕业生。', true],
    ['返乡农民工创业的，需自办理营业执照之日起正常运营1年以上。', true],
    ['申报企业须具有独立法人资格。', true],
    ['在本市注册的高新技术企业。', false],
    ['注册在本区的企业，应用场景包括制造业。', false],
  ])('isRequirementOfParty(%s) → %s', (text, expected) => {
    expect(isRequirementOfParty(text)).toBe(expected);
  });
});

describe('label steps under a procedure heading the field words do not know (四、工作程序)', () => {
  const stepTitles = (result: DraftResult): string[] => (result.spec.process ?? []).map((step) => (typeof step === 'string' ? step : step.title));

  it('drafts (一)申请。… (二)审核。… as steps titled by their labels', () => {
    const result = draft(
      '某市技能补贴申领指南',
      '一、申领条件',
      '（一）依法参加失业保险满12个月。',
      '二、工作程序',
      '（一）申请。符合条件的职工在取得证书之日起12个月内到经办机构提出申请。',
      '（二）审核。经办机构在10个工作日内完成审核并发放补贴。',
    );
    // Short steps stay whole, their label first (a long one is cut into title and detail at the label).
    expect(stepTitles(result)).toEqual(['申请。符合条件的职工在取得证书之日起12个月内到经办机构提出申请。', '审核。经办机构在10个工作日内完成审核并发放补贴。']);
  });

  it.each([
    // Sentences, not label steps: the procedure may be the office's alone.
    ['二、考核程序', '（一）市局每年组织一次考核。', '（二）考核结果报市政府备案。'],
    // Label steps under a heading that names no procedure.
    ['二、工作安排', '（一）申请。符合条件的职工到经办机构提出申请。', '（二）审核。经办机构完成审核。'],
  ])('drafts no steps from %s over %s', (heading, first, second) => {
    expect(stepTitles(draft('某市技能补贴申领指南', '一、申领条件', '（一）依法参加失业保险满12个月。', heading, first, second))).toEqual(['待补充：申报流程']);
  });
});

describe('a key whose value is a whole sentence holds only that sentence', () => {
  it('leaves the paragraphs after 此次申报对象为：…。 out of the parties (a news page, its comment box)', () => {
    const { spec } = draft(
      '某市对获评示范企业给予奖励',
      '记者从市工信局获悉，相关奖励开始申领。',
      '此次申报对象为：已获得2020年度省级示范企业称号的企业。',
      '申报截止后，市工信局将统一组织审核。',
      '+1',
      '登录并发表',
    );
    expect(spec.parties).toEqual(['已获得2020年度省级示范企业称号的企业。']);
  });

  it('still reads the lines after a key whose value is no sentence (申报对象：本市企业 then more kinds)', () => {
    const { spec } = draft('某市补贴申领指南', '申报对象：在本市依法注册登记的小型微型企业', '在本市登记的个体工商户。');
    expect(spec.parties).toEqual(['在本市依法注册登记的小型微型企业', '在本市登记的个体工商户。']);
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
    const { spec } = draft(
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

describe('方向 heads what the projects must be about, after the verbs of a call (征集方向, 支持方向)', () => {
  it.each([
    ['一、征集方向', 'conditions'],
    ['支持方向', 'conditions'],
    ['申报方向', 'conditions'],
    ['征集时间', 'period'],
    // Another word before the noun keeps the heading unclassed, as 工作要求 does.
    ['发展方向', undefined],
  ] as const)('%s → %s', (heading, field) => {
    expect(fieldForHeading(heading)).toBe(field);
  });

  it('drafts the numbered directions of a call as conditions', () => {
    const { spec } = draft(
      '关于征集某科技计划项目建议的通知',
      '一、征集方向',
      '1、农业项目重点围绕种业创新和智慧农业征集建议。',
      '2、社会发展项目重点围绕科技惠及民生征集建议。',
      '二、填报要求',
      '请于5月31日前将项目建议表报市科技局。',
    );
    expect(spec.conditions).toEqual(['农业项目重点围绕种业创新和智慧农业征集建议。', '社会发展项目重点围绕科技惠及民生征集建议。']);
  });
});
