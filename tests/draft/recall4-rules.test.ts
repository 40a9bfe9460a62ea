/**
 * Mechanisms from the misses of the fourth held-out set (issue 13), written to generalise rather
 * than to list phrases: each test drafts a small notice written for it; none copies a corpus
 * document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading, questionField } from '../../src/draft/field-for-heading.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { isGrantSentence, namesPayment, payingItems } from '../../src/draft/find-reward.js';
import { findTitle } from '../../src/draft/find-title.js';
import { parallelItemsTable } from '../../src/draft/find-tiers.js';
import { isTimeNotPaper } from '../../src/draft/materials-in-prose.js';
import { inlinePartyList, isFieldsPointer, isOfficeDuty, isPolicyAim, isPolicyNotParty } from '../../src/draft/party-items.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });

describe('the own 文号 of a joint notice and of a bulleted metadata list', () => {
  it.each([
    [['东科〔2025〕8号 东财〔2025〕21号', '各有关单位：', '现将有关事项通知如下。'], '东科〔2025〕8号 东财〔2025〕21号'],
    [['东科〔2025〕8号、东财〔2025〕21号', '各有关单位：'], '东科〔2025〕8号 东财〔2025〕21号'],
    [['  • 成文日期 2025-03-02', '  • 发文字号 东农字〔2025〕6号', '  • 发文单位 某市农业局'], '东农字〔2025〕6号'],
    [['· 文号：东农字〔2025〕6号'], '东农字〔2025〕6号'],
  ])('%j → %s', (texts, docNo) => {
    expect(findDocNo(lines(...texts))?.text).toBe(docNo);
  });

  it('does not take a cited number that follows the own one in a sentence', () => {
    expect(findDocNo(lines('东科〔2025〕8号', '各有关单位：根据《某某办法》（东政发〔2024〕3号），现通知如下。'))?.text).toBe('东科〔2025〕8号');
    expect(findDocNo(lines('东科〔2025〕8号 根据东政发〔2024〕3号文件精神'))?.text).toBe('东科〔2025〕8号');
  });
});

describe('a title as a page shows it', () => {
  it.each([
    ['某市科委关于开展2026年技术改造项目申报工作的通知-某市企业服务协会', '某市科委关于开展2026年技术改造项目申报工作的通知'],
    ['关于做好2026年稳岗补贴发放工作的通知_某区人民政府网站', '关于做好2026年稳岗补贴发放工作的通知'],
    ['关于做好2026年稳岗补贴发放工作的通知 | 政策文件', '关于做好2026年稳岗补贴发放工作的通知'],
  ])('%s → %s (the site name after the dash is not the title)', (first, title) => {
    expect(findTitle(lines(first, '首页 > 政策文件', '各有关单位：'), undefined)?.text).toBe(title);
  });

  it('takes a headline that the page repeats above the article, though it reads like no official title', () => {
    const found = findTitle(lines('某市高校毕业生租房补贴怎么申请', '某某网 人气:1.2万', '某某网 2026-03-01', '某市高校毕业生租房补贴怎么申请', '申请条件', '在本市就业的高校毕业生。'), undefined);
    expect(found?.text).toBe('某市高校毕业生租房补贴怎么申请');
  });

  it('takes no repeated line that is a sentence or a list item', () => {
    expect(findTitle(lines('申请人须在本市就业，', '各有关单位：', '申请人须在本市就业，'), undefined)).toBeUndefined();
    expect(findTitle(lines('1.提交申请材料和证明', '2.审核', '1.提交申请材料和证明'), undefined)).toBeUndefined();
    expect(findTitle(lines('某某市人力资源和社会保障局', '发布时间：2026-03-01', '某某市人力资源和社会保障局'), undefined)).toBeUndefined();
    expect(findTitle(lines('政务公开 办事服务 互动交流', '首页', '政务公开 办事服务 互动交流'), undefined)).toBeUndefined();
  });
});

describe('a heading whose parts share a head noun or a modifier', () => {
  it.each([
    ['申报和遴选程序', 'process'],
    ['申请及审核流程', 'process'],
    ['项目申报时间和程序', 'process'],
    ['申报时间与方式', 'process'],
    ['申报时间', 'period'],
  ])('%s → %s', (heading, field) => {
    expect(fieldForHeading(heading)).toBe(field);
  });

  it.each([['评审和考核程序'], ['管理和考核程序']])('%s stays unclassed (the office\'s procedures only)', (heading) => {
    expect(fieldForHeading(heading)).toBeUndefined();
  });

  it('drafts the steps under such a heading, the time step with them', () => {
    const { spec } = draft(
      '关于开展2026年某某项目申报工作的通知',
      '一、申报条件',
      '在本区注册的企业。',
      '二、申报和遴选程序',
      '（一）申报时间：3月1日至3月31日。',
      '（二）符合条件的企业按要求提交申报材料。',
      '（三）区科委组织专家评审。',
    );
    expect(spec.process).toEqual(['申报时间：3月1日至3月31日。', '符合条件的企业按要求提交申报材料。', '区科委组织专家评审。']);
  });
});

describe('a reward section keeps what is paid', () => {
  it.each([
    ['单个项目最高支持50万元。', true],
    ['按实际缴纳社会保险费的50%给予补贴。', true],
    ['按其上年度研发投入的百分之十给予奖励。', true],
    ['给予每人三千元一次性补贴。', true],
    ['对符合条件的企业给予相应奖励。', true],
    ['项目分为“甲类专项”、“乙类专项”2个专项。', false],
    ['乙类专项申报指南另行发布。', false],
    ['同等条件下优先支持首次申报的单位。', false],
    ['补贴期限累计不超过3年。', false],
    ['年销售收入首次突破5000万元。', false],
    ['项目立项后先行拨付50%支持资金，剩余资金根据验收结果再行拨付。', false],
    ['资助额度不超过新增研发投入的20%，立项当年拨付不超过立项金额的60%。', true],
  ])('%s → %s', (text, paid) => {
    expect(namesPayment(text)).toBe(paid);
  });

  it('drops the items that name nothing paid beside items that do', () => {
    const items = ['项目分为甲类、乙类2个专项。', '甲类专项，单个项目最高支持50万元。', '乙类专项，单个项目最高支持30万元。', '丙类专项申报指南另行发布。'].map((text) => ({ text }));
    expect(payingItems(items).map((item) => item.text)).toEqual(['甲类专项，单个项目最高支持50万元。', '乙类专项，单个项目最高支持30万元。']);
  });

  it('keeps every item of a reward told in words alone', () => {
    const items = [{ text: '对认定的企业予以通报表扬。' }, { text: '优先推荐参加省级评选。' }];
    expect(payingItems(items)).toEqual(items);
  });

  it('drafts only the paid items of a 支持方式 section', () => {
    const { spec } = draft(
      '关于组织申报2026年某某专项资金项目的通知',
      '一、支持方式',
      '（一）按照自愿申报的原则，由申报单位自主申报，区科委组织评审。',
      '（二）对立项项目按研发投入的20%给予补助，最高不超过30万元。',
      '（三）同等条件下优先支持首次申报的单位。',
      '二、申报条件',
      '在本区注册的企业。',
    );
    expect(spec.reward?.items).toEqual(['对立项项目按研发投入的20%给予补助，最高不超过30万元。']);
  });
});

describe('reward items written in parallel, one case each', () => {
  it('makes a row per case when only the name and the amount differ', () => {
    const items = ['“甲类专项”（JA），单个项目最高支持80万元。', '“乙类专项”（JB），单个项目最高支持40万元。后附说明，不影响本项。', '“丙类专项”申报指南另行发布。'].map((text) => ({ text }));
    const found = parallelItemsTable(items);
    expect(found?.items).toEqual(items.slice(0, 2));
    expect(found?.table).toEqual({
      columns: ['类别', '单个项目最高支持'],
      rows: [
        ['“甲类专项”（JA）', '80万元'],
        ['“乙类专项”（JB）', '40万元'],
      ],
    });
  });

  it.each([
    [['甲类专项，单个项目最高支持80万元。']],
    [['甲类专项，单个项目最高支持80万元。', '乙类专项，按投资额给予40万元。']],
    [['甲类专项，单个项目最高支持80万元。', '甲类专项，单个项目最高支持40万元。']],
    [['对新认定的企业，给予一次性奖励20万元，并优先推荐。', '对复核通过的企业，给予一次性奖励10万元，并优先推荐。']],
  ])('no table from %j', (texts) => {
    expect(parallelItemsTable(texts.map((text) => ({ text })))).toBeUndefined();
  });

  it('drafts the table from such a section', () => {
    const { spec } = draft(
      '关于组织申报2026年某某人才项目的通知',
      '一、支持方式',
      '（1）“领军人才项目”，单个项目最高支持100万元。',
      '（2）“青年人才项目”，单个项目最高支持20万元。',
      '二、申报条件',
      '在本市注册的企业。',
    );
    expect(spec.reward?.table?.rows).toEqual([
      ['“领军人才项目”', '100万元'],
      ['“青年人才项目”', '20万元'],
    ]);
  });
});

describe('an inline list of the kinds of people or firms who may apply', () => {
  it.each([
    ['退役军人、残疾人员、低保家庭人员、登记失业的高校毕业生', ['退役军人', '残疾人员', '低保家庭人员', '登记失业的高校毕业生']],
    ['失业人员（含就业困难人员）、农村转移劳动力、随军家属，以及刑满释放人员。', ['失业人员（含就业困难人员）', '农村转移劳动力', '随军家属', '刑满释放人员']],
    ['科技型中小企业、高新技术企业、民办非企业单位等', ['科技型中小企业', '高新技术企业', '民办非企业单位']],
  ])('%s → one kind each', (text, kinds) => {
    expect(inlinePartyList(text)).toEqual(kinds);
  });

  it.each([
    // Clauses, not names.
    ['注册满1年、纳税信用良好、近三年无违法记录'],
    // A sentence whose list is one part of it.
    ['申请人须为退役军人、残疾人员或低保家庭人员，并在本市居住满1年。'],
    // Two kinds are not a list to break up.
    ['退役军人、残疾人员'],
    // A modifier in the first part only is shared by every kind.
    ['通过市级认定的雏鹰企业、瞪羚企业和独角兽企业、牛羚企业'],
    // A part too long to be a name.
    ['在本市依法登记注册并连续经营满三年以上的各类中小微企业、个体工商户、农民专业合作社'],
  ])('%s stays one item', (text) => {
    expect(inlinePartyList(text)).toBeUndefined();
  });

  it('drafts one party per kind under a parties heading', () => {
    const { spec } = draft('关于做好某市一次性就业补贴申领工作的通知', '一、补贴对象', '退役军人、残疾人员、低保家庭人员、登记失业的高校毕业生。', '二、补贴标准', '每人1000元。');
    expect(spec.parties).toEqual(['退役军人', '残疾人员', '低保家庭人员', '登记失业的高校毕业生']);
  });

  it('takes such a list out of the conditions, with the line that leads into it', () => {
    const { spec } = draft(
      '某市灵活就业社保补贴怎么申请',
      '申请条件',
      '在本市以灵活就业形式参保并按时缴费。',
      '目前本市就业困难人员有',
      '大龄失业人员、低保家庭人员、残疾人员，以及连续失业满1年的人员。',
      '所需材料',
      '（1）身份证原件。',
    );
    expect(spec.parties).toEqual(['大龄失业人员', '低保家庭人员', '残疾人员', '连续失业满1年的人员']);
    expect(spec.conditions).toEqual(['在本市以灵活就业形式参保并按时缴费。']);
  });
});

describe('a 申报范围 of programmes, and a pointer to the attachment', () => {
  it.each([
    ['《某市促进海洋产业发展实施细则》中第五条设备购置奖补政策。', true],
    ['请参见《2026年某区专项资金申报指南》（附件1）。', true],
    ['在本区注册的海洋工业企业。', false],
    ['符合《某市促进海洋产业发展实施细则》规定的企业。', false],
  ])('%s names a policy, not a party: %s', (text, policy) => {
    expect(isPolicyNotParty(text)).toBe(policy);
  });

  it.each([
    ['符合上述政策的，具体申报条件、奖补标准、申报材料等内容详见附件。', true],
    ['各项目的申报要求和申报程序参见《申报指南》。', true],
    ['申报单位必须符合项目指南规定的申报要求（详见附件）。', false],
    ['企业上年度研发投入不低于500万元。', false],
  ])('%s is a pointer to where the fields are: %s', (text, pointer) => {
    expect(isFieldsPointer(text)).toBe(pointer);
  });

  it('drafts neither as parties or conditions', () => {
    const { spec } = draft(
      '某市海洋局关于开展海洋工业奖补资金申报的通知',
      '一、申报范围',
      '（一）《某市促进海洋产业发展实施细则》中第五条设备购置奖补政策。',
      '（二）《某市海水淡化项目奖补实施细则》海水淡化项目奖补政策。',
      '二、申报条件',
      '（一）在本市注册的海洋工业企业。',
      '（二）符合上述政策的，具体申报条件、奖补标准、申报材料等内容详见附件。',
    );
    expect(spec.parties).toEqual(['待补充：适用对象']);
    expect(spec.conditions).toEqual(['在本市注册的海洋工业企业。']);
  });
});

describe('what is not the applicant\'s: the offices\' duties, the policy\'s aims, and a grant among the conditions', () => {
  it.each([
    ['各区（园区）负责通知辖区内的企业。', true],
    ['每县（区）限报2项。', true],
    ['各市科技局要做好审核推荐工作。', true],
    ['各申报单位须对材料真实性负责。', false],
    ['每家企业限报1项。', false],
    ['各区企业须在3月底前完成填报。', false],
    ['申报企业应在本市注册。', false],
  ])('%s is the offices\' duty or quota: %s', (text, duty) => {
    expect(isOfficeDuty(text)).toBe(duty);
  });

  it.each([
    ['鼓励企业改造提升技术水平，延伸产业链。', true],
    ['引导中小企业走专精特新发展道路。', true],
    ['在本市注册的中小企业。', false],
  ])('%s is an aim, not a party: %s', (text, aim) => {
    expect(isPolicyAim(text)).toBe(aim);
  });

  it.each([
    ['按其缴纳社会保险费的50%给予社保补贴。', true],
    ['对认定的企业给予一次性奖励5万元。', true],
    ['申请人须在本市缴纳社会保险满6个月。', false],
    ['对认定的企业给予通报表扬。', false],
  ])('%s grants a sum or a share: %s', (text, grant) => {
    expect(isGrantSentence(text)).toBe(grant);
  });

  it('drafts a grant found among the conditions as the reward when no section gives one', () => {
    const { spec } = draft(
      '某市灵活就业社保补贴申领指南',
      '申请条件',
      '在本市登记失业并以灵活就业形式参保的人员。',
      '按其缴纳社会保险费的50%给予社保补贴。',
      '各区（街道）负责受理辖区内的申请。',
    );
    expect(spec.conditions).toEqual(['在本市登记失业并以灵活就业形式参保的人员。']);
    expect(spec.reward?.items).toEqual(['按其缴纳社会保险费的50%给予社保补贴。']);
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

describe('a guide\'s fee and term', () => {
  it.each([['收费标准'], ['是否收费'], ['收费依据'], ['办理时限'], ['承诺时限']])('%s names no field', (heading) => {
    expect(fieldForHeading(heading)).toBeUndefined();
  });

  it('drafts no reward from 收费标准：不收费', () => {
    const { spec } = draft('某市居住证申领办事指南', '一、申请条件', '在本市居住满半年的人员。', '二、办理时限', '10个工作日。', '三、收费标准', '不收费。');
    expect(spec.reward?.items).toEqual(['待补充：奖补标准']);
    expect(spec.conditions).toEqual(['在本市居住满半年的人员。']);
  });
});

describe('a Q&A page\'s question about how much', () => {
  it.each([
    ['二、创业贷款最高可以申请多少额度', 'reward'],
    ['补贴标准是多少', 'reward'],
    ['贷款利率和贴息利率分别是多少', 'reward'],
    ['有哪些申请条件', 'conditions'],
    ['每次最长可以申请多长时间', undefined],
    ['每年可以申请几次', undefined],
  ])('%s → %s', (question, field) => {
    expect(questionField(question)).toBe(field);
  });

  it('drafts the answer as the reward', () => {
    const { spec } = draft('某市一次性创业补贴常见问题', '一、一次性创业补贴可以领多少钱？', '答：每户补贴10000元。', '二、有哪些申请条件？', '答：在本市首次创办企业并正常经营6个月以上。');
    expect(spec.reward?.items).toEqual(['每户补贴10000元。']);
    expect(spec.conditions).toEqual(['在本市首次创办企业并正常经营6个月以上。']);
  });
});

describe('a requirement written under the parties heading', () => {
  it('is a condition when it follows the party', () => {
    const { spec } = draft(
      '关于组织申报2026年某某创新中心的通知',
      '一、申报对象',
      '三年内在本市新注册的独立法人。牵头单位在该领域长期从事研发，具备较强的科研实力和经济实力。',
      '二、申报材料',
      '《创新中心建设申报书》。',
    );
    expect(spec.parties).toEqual(['三年内在本市新注册的独立法人。']);
    expect(spec.conditions).toEqual(['牵头单位在该领域长期从事研发，具备较强的科研实力和经济实力。']);
  });

  it('stays the party when it is the only item', () => {
    const { spec } = draft('关于组织申报2026年某某企业认定的通知', '一、申报对象', '申报企业须为在本市注册的中小企业。', '二、申报材料', '《认定申请表》。');
    expect(spec.parties).toEqual(['申报企业须为在本市注册的中小企业。']);
  });
});
