/**
 * Mechanisms from the misses of the sixth held-out set (issue 13), list fields: each test drafts
 * or reads small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { matchingText } from '../../src/draft/normalise-text.js';
import { conditionSentences, isHowToApply, partySentences, processSentences, sentencesOf } from '../../src/draft/prose-items.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { rewardClauses } from '../../src/draft/reward-clauses.js';
import { isPartyLead, isProjectRequirement } from '../../src/draft/party-items.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import { toStep } from '../../src/draft/draft-card.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });
const stepTexts = (result: DraftResult): string[] => (result.spec.process ?? []).map((step) => (typeof step === 'string' ? step : [step.title, step.detail].filter(Boolean).join(' ')));

describe('入库 is a verb of applying: a project library notice heads its requirements and steps so', () => {
  it.each([
    ['入库要求', 'conditions'],
    ['入库程序', 'process'],
    ['入库条件', 'conditions'],
  ] as const)('%s → %s', (label, field) => {
    expect(fieldForHeading(label)).toBe(field);
  });

  it('drafts the numbered items under 入库要求 as conditions', () => {
    const { spec } = draft(
      '关于开展某专项项目入库工作的通知',
      '一、入库要求',
      '1.同一项目不得重复申报。',
      '2.项目负责人须无不良信用记录。',
      '二、入库程序',
      '1.线上填报。申报单位登录系统填报入库信息。',
      '2.形式审查。市科技局对填报信息进行形式审查。',
    );
    expect(spec.conditions).toEqual(['同一项目不得重复申报。', '项目负责人须无不良信用记录。']);
    expect(stepTexts({ spec } as DraftResult)).toHaveLength(2);
  });
});

describe('numbered parts without a heading that tell the procedure', () => {
  it('drafts each part of a forwarding notice as a step when one says how to send and all are acts of the procedure', () => {
    const { spec } = draft(
      '关于转发某省某项目申报通知的通知',
      '各有关单位：',
      '现将省厅通知转发给你们，请认真组织申报。',
      '一、由各园区负责辖区内企业的组织推荐，推荐名额不限。',
      '二、区工信局将对申报材料进行初审，择优向市工信局推荐。',
      '三、请各申报单位于2026年5月8日前将申报表纸质版一式两份报送至区工信局302室。',
      '四、联系人：王老师，电话：12345678',
      '某市某区工业和信息化局',
      '2026年4月20日',
    );
    expect(stepTexts({ spec } as DraftResult)).toEqual([
      '由各园区负责辖区内企业的组织推荐，推荐名额不限。',
      '区工信局将对申报材料进行初审，择优向市工信局推荐。',
      '请各申报单位于2026年5月8日前将申报表纸质版一式两份报送至区工信局302室。',
    ]);
  });

  it.each([
    // Requirements on the applicant: not a procedure; only the sentence that sends is a step.
    [['1.申报单位须在本区注册满一年，并于2026年5月8日前将申报表报送至区科技局。', '2.申报项目不得重复申报。'], ['申报单位须在本区注册满一年，并于2026年5月8日前将申报表报送至区科技局。']],
    // No part says how to send the application: not a procedure run; only the office's review told in prose is a step.
    [['1.区科技局对项目进行初审。', '2.市科技局组织专家评审并公示。'], ['区科技局对项目进行初审']],
  ])('leaves numbered parts that are not a procedure: %j', (parts, steps) => {
    const result = draft('关于某项目的通知', '各有关单位：', ...parts);
    expect(stepTexts(result)).toEqual(steps);
  });
});

describe('a web address written with 。 for its dots', () => {
  it('is one sentence, and its 。 match as dots', () => {
    const line = { text: '请登录某市科技局网站(网址:www。abkj。gov。cn)填报。再提交纸质材料。', line: 1 };
    expect(sentencesOf(line)).toEqual(['请登录某市科技局网站(网址:www。abkj。gov。cn)填报。', '再提交纸质材料。']);
    expect(matchingText('www。abkj。gov。cn')).toBe('www.abkj.gov.cn');
    // A sentence that ends after a Latin word or a number still ends.
    expect(sentencesOf({ text: '上传PDF。提交后等待审核。', line: 1 })).toEqual(['上传PDF。', '提交后等待审核。']);
  });

  it('titles a step at its first clause outside brackets, not at the colon of （网址：…）', () => {
    expect(toStep('请申报者登录某市科技局网站（网址：www。abkj。gov。cn），进入项目管理系统填写相关信息，并以附件形式提交研究报告。', LIMITS)).toEqual({
      title: '请申报者登录某市科技局网站（网址：www。abkj。gov。cn）',
      detail: '进入项目管理系统填写相关信息，并以附件形式提交研究报告。',
    });
  });

  it('drafts both numbered parts of a heading that names no field, with a contact label under the last', () => {
    const result = draft(
      '各有关单位：',
      '一、方法步骤',
      '1、请项目申报者登录某市科学技术局网站(网址:www。abkj。gov。cn),进入“科技项目管理系统”填写信息,并以附件形式提交研究报告。',
      '2、市科技局将组织专家,对提交的研究报告进行网络评审并公示。',
      '联系人:王老师',
      '联系电话:12345678',
    );
    expect(stepTexts(result)).toEqual([
      '请项目申报者登录某市科学技术局网站（网址：www。abkj。gov。cn） 进入“科技项目管理系统”填写信息，并以附件形式提交研究报告。',
      '市科技局将组织专家，对提交的研究报告进行网络评审并公示。',
    ]);
  });
});

describe('a chain of acts joined by dashes', () => {
  it.each([
    [
      '企业网上填报—区工信局审核申报材料—项目评审——社会公示—下达资金计划',
      ['企业网上填报', '区工信局审核申报材料', '项目评审', '社会公示', '下达资金计划'],
    ],
    // A range of dates, a span of attachments or a pair of names is no chain.
    ['申报时间为2026年9月8日—9月25日，逾期不予受理。', ['申报时间为2026年9月8日—9月25日，逾期不予受理。']],
    ['项目实行“储备库—项目库”双库管理。', ['项目实行“储备库—项目库”双库管理。']],
    ['按附件2—7的模板填写申报书—加盖公章—报送区科技局', ['按附件2—7的模板填写申报书—加盖公章—报送区科技局']],
  ])('%s', (line, steps) => {
    const result = draft('关于某项目申报的通知', '一、申报流程', line);
    expect(stepTexts(result)).toEqual(steps);
  });
});

describe('requirements in prose where no section lists conditions', () => {
  it.each([
    // What is required of the applicant, named as the applicant (申报主体, 申报单位, 项目负责人).
    ['1.申报主体须获评市级设计中心，且已填报运营监测表；', ['申报主体须获评市级设计中心，且已填报运营监测表；']],
    ['项目负责人须无科研失信记录。', ['项目负责人须无科研失信记录。']],
    // A sentence that bars a kind of applicant or project.
    ['已获得省级资金支持尚未验收的企业不得参与项目申报。', ['已获得省级资金支持尚未验收的企业不得参与项目申报。']],
    ['已享受市级补助的项目，不得重复申报。', ['已享受市级补助的项目，不得重复申报。']],
    // When and how to send is a step, not a condition.
    ['申报单位须于5月8日前将申报表报送至区科技局。', []],
    ['申报单位须登录系统填报申报信息。', []],
    ['逾期不得申报。', []],
  ])('%s', (text, conditions) => {
    expect(conditionSentences([{ text, line: 1 }]).map((item) => item.text)).toEqual(conditions);
  });
});

describe('a scope that says what the project must be', () => {
  it.each([
    ['2020年1月1日以后开工的投资额500万元（含）以上的工业技术改造项目（以备案时间为准）。', true],
    ['已享受市级补助的项目，不得重复申报。', true],
    // Who applies, a bare programme name, a definition, or a call's addressees: a party as written.
    ['在本区注册的工业企业。', false],
    ['智能化改造项目', false],
    ['本次征集主要面向符合《资金管理办法》规定的项目。', false],
    ['相关项目是指2021年1月起启动的项目。', false],
    ['支持产业平台建设。指与《政策意见》第三条所对应的项目。', false],
  ])('%s → %s', (text, requirement) => {
    expect(isProjectRequirement(text)).toBe(requirement);
  });

  it('drafts such sentences under 申报范围 as conditions, and leaves no party', () => {
    const { spec } = draft(
      '关于某技改项目申报的通知',
      '一、申报范围',
      '2020年1月1日以后开工的投资额500万元（含）以上的工业技术改造项目。其中，跨年度项目须由属地部门出具核查意见。已享受市级补助的项目，不得重复申报。',
    );
    expect(spec.conditions).toEqual(['2020年1月1日以后开工的投资额500万元（含）以上的工业技术改造项目。', '其中，跨年度项目须由属地部门出具核查意见。', '已享受市级补助的项目，不得重复申报。']);
    expect(spec.parties ?? []).toEqual(['待补充：适用对象']);
  });
});

describe('the last section of a forwarding notice', () => {
  it('takes no condition from a line of names and a phone number, and reads 通过…系统申报 as how to apply', () => {
    const result = draft(
      '各有关单位：',
      '一、相关申报要求',
      '申报材料经属地部门初审后，通过“某市科技服务”系统（https://kj.example.cn/）申报，截止时间2026年2月19日。',
      '??? 高新科 ?王某某 12345678',
      '某市科学技术局',
      '2026年1月24日',
    );
    expect(result.spec.conditions).toEqual(['待补充：申报条件']);
    expect(stepTexts(result)).toHaveLength(1);
    expect(stepTexts(result)[0]).toContain('系统');
  });

  it.each([
    ['通过“某市科技服务”系统（https://kj.example.cn/）申报。', true],
    ['通过市政务服务平台进行申请。', true],
    // A platform that only informs is no way to apply.
    ['通过平台发布的政策信息了解详情。', false],
  ])('%s → %s', (text, how) => {
    expect(isHowToApply({ text, lines: [] })).toBe(how);
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

describe('a run-on copy of a 办法 whose articles are joined by commas', () => {
  const texts = (text: string): string[] => rewardClauses([{ text, lines: [] }]).map((item) => item.text);

  it('gives each paying clause as a case, with the clause before it when it has no subject', () => {
    const paragraph =
      '某市科技企业培育扶持办法第一条为贯彻落实《某省科技创新若干措施》精神，鼓励企业申报科技企业认定或整体迁入本市，一次性给予30万元的扶持奖励，（二）对当年通过复审的企业一次性给予10万元的扶持奖励，一次性给予30万元的扶持奖励，（四）对企业通过认定的省级名优产品给予扶持奖励3000元/项，按照技术交易额给予不超过3‰的一次性奖补，如获得上级补助超出本办法所确定的额度，则我市按本办法所确定的额度给予扶持奖励，第九条申请单位应当对其申报材料的真实性负责。';
    expect(texts(paragraph)).toEqual([
      '鼓励企业申报科技企业认定或整体迁入本市，一次性给予30万元的扶持奖励',
      '对当年通过复审的企业一次性给予10万元的扶持奖励',
      '对企业通过认定的省级名优产品给予扶持奖励3000元/项',
      '按照技术交易额给予不超过3‰的一次性奖补',
    ]);
  });

  it('keeps a reward of ordinary length whole', () => {
    const sentence = '对首次认定的企业，给予一次性奖励20万元，对复审通过的企业，给予一次性奖励10万元。';
    expect(texts(sentence)).toEqual([sentence]);
  });
});

describe('a short label closed by a full stop that names a field by its word, not a synonym', () => {
  it('heads its section: 办理条件 → conditions, 救助标准 → reward', () => {
    const { spec } = draft(
      '关于某救助的答复',
      '（一）某救助办理条件。对遭遇突发困难、基本生活暂时出现严重困难的家庭，给予应急性的救助。',
      '（二）某救助救助标准。一般困难的，可给予每人不超过当月低保标准3倍的一次性救助。',
    );
    expect(spec.conditions).toEqual(['对遭遇突发困难、基本生活暂时出现严重困难的家庭，给予应急性的救助。']);
    expect(spec.reward?.items).toEqual(['一般困难的，可给予每人不超过当月低保标准3倍的一次性救助。']);
  });
});

describe('one run-on paragraph of a notice', () => {
  it.each([
    ['请于3月31日前将申报表及相关证明材料复印件报送至区经发局。', ['申报表', '相关证明材料复印件']],
    ['请于3月31日前将项目申请书以及财务审计报告报送至区经发局。', ['项目申请书', '财务审计报告']],
    // The copy of the same paper is one item.
    ['请于3月31日前将营业执照及复印件报送至区经发局。', ['营业执照及复印件']],
  ])('names the papers joined by 及: %s', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });

  it('reads a sentence that bars some applicants, whatever stands between them and 不得, as a condition', () => {
    const text = '凡当年度评为D类的企业及列入“黑名单”的企业一票否决，不得享受奖励。';
    expect(conditionSentences([{ text, line: 1 }]).map((item) => item.text)).toEqual([text]);
  });
});

describe('the one line before a conditions list that names whom they are for', () => {
  it('is the party, not a condition', () => {
    const { spec } = draft(
      '某市见习补贴办事指南',
      '办理条件',
      '离校两年内未就业且自愿参加见习的高校毕业生（见习期间不参加社会保险）',
      '（1）已在本市进行失业登记；',
      '（2）在认定的见习基地参加见习。',
    );
    expect(spec.parties).toEqual(['离校两年内未就业且自愿参加见习的高校毕业生（见习期间不参加社会保险）']);
    expect(spec.conditions).toEqual(['已在本市进行失业登记', '在认定的见习基地参加见习。']);
  });

  it.each([
    ['在本区注册的科技型中小企业', true],
    ['申请人须符合以下条件：', false],
    ['同时满足下列条件的企业', false],
    ['申报单位应具备独立法人资格。', false],
  ])('%s → %s', (text, lead) => {
    expect(isPartyLead(text)).toBe(lead);
  });
});

describe('an office reviewing the applications, told in prose', () => {
  it.each([
    ['本次申报截止日期为4月15日，我委将组织专家对申报材料进行综合评审并择优推荐。', ['我委将组织专家对申报材料进行综合评审并择优推荐']],
    ['如获得上级补助超出额度的，区科技局对申请企业名单、奖励金额等材料进行审核，由区科技局报区政府审批，则按上级标准执行。', ['区科技局对申请企业名单、奖励金额等材料进行审核']],
    // An office that only publishes or explains is no step.
    ['市科技局负责政策解读和宣传工作。', []],
  ])('%s', (text, steps) => {
    expect(processSentences([{ text, line: 1 }]).map((item) => item.text)).toEqual(steps);
  });
});

describe('a sentence that says the application combines online and paper', () => {
  it.each([
    ['省级设计中心为线上和线下申报相结合。', true],
    ['本次申报采取网上与纸质相结合的方式。', true],
    ['推动线上线下融合发展。', false],
  ])('%s → %s', (text, how) => {
    expect(isHowToApply({ text, lines: [] })).toBe(how);
  });
});

describe('a sentence that is only the applicants, named by where they are registered', () => {
  it.each([
    ['某某度假区管辖范围内注册的非公企业，有特别说明的除外。', ['某某度假区管辖范围内注册的非公企业，有特别说明的除外。']],
    ['在本市依法登记的科技型中小企业。', ['在本市依法登记的科技型中小企业。']],
    // A sentence that goes on to say what they do is not only the applicants.
    ['在本区注册的企业，可于5月1日前登录系统提交申请。', []],
  ])('%s', (text, parties) => {
    expect(partySentences([{ text, line: 1 }]).map((item) => item.text)).toEqual(parties);
  });
});
