/**
 * Which field a heading or a key names: synonyms, head nouns, questions, labels with a full stop,
 * keys and lead-ins, and what names no field. Each test reads a small document written for it;
 * none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import type { DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading, headNounField, questionField } from '../../src/draft/field-for-heading.js';
import { lines, draft, draftGuide, draftSpec, stepTexts } from './small-document.js';

describe('a notice without 申报 headings', () => {
  it.each([
    ['二、认证方式', 'process'],
    ['（二）线上办理', 'process'],
    ['三、如何办理', 'process'],
    ['联系方式', 'contacts'],
    ['支持方式', 'reward'],
    ['补贴方式', 'reward'],
    ['四、逾期未认证', undefined],
    ['三、补助额度', 'reward'],
    ['（二）所需资料', 'materials'],
    ['五、受理单位', 'contacts'],
    ['办理地点', 'contacts'],
    // 金额 alone names an indicator as often as a reward.
    ['本年度经费总金额', undefined],
  ])('%s → %s', (label, field) => {
    expect(fieldForHeading(label)).toBe(field);
  });

  it('drafts what maps and leaves the rest as gaps', () => {
    const spec = draftSpec('关于开展2026年度退休人员资格认证的通告', '一、每年认证一次', '退休人员应每年认证一次。', '二、认证方式', '（一）通过手机应用远程认证。', '（二）前往社区服务窗口现场认证。', '三、逾期未认证', '逾期未认证的，暂停发放待遇。');
    expect(spec.process).toEqual(['通过手机应用远程认证。', '前往社区服务窗口现场认证。']);
    expect(spec.conditions).toEqual(['待补充：申报条件']);
    expect(spec.reward).toEqual({ items: ['待补充：奖补标准'] });
  });
});

describe('labels of 推荐 and 征集 notices, and labels with a full stop', () => {
  it('reads 推荐范围 and 征集范围 as who may apply', () => {
    expect(draft('关于组织推荐2026年度示范企业的通知', '一、推荐范围', '在本省注册、具有独立法人资格的制造业企业。', '二、推荐条件', '近三年未发生重大安全事故。').spec.parties).toEqual(['在本省注册、具有独立法人资格的制造业企业。']);
    expect(draft('2026年度产业发展专项资金项目征集公告', '一、征集范围', '本次征集面向2025年以来启动的产业项目。', '二、申报程序', '登录专项资金系统在线填报。').spec.parties).toEqual(['本次征集面向2025年以来启动的产业项目。']);
  });

  it('keeps the paragraphs under the last label written with a full stop (（二）申报条件。)', () => {
    const { spec } = draft('关于开展示范企业认定的通知', '（一）申报对象。', '在本市注册的中小企业。', '（二）申报条件。', '符合认定办法规定的各项标准。');
    expect(spec.parties).toEqual(['在本市注册的中小企业。']);
    expect(spec.conditions).toEqual(['符合认定办法规定的各项标准。']);
  });
});

describe('a heading by the class of its head noun', () => {
  it.each([
    ['政策惠及人群范围', 'parties'],
    ['参保人员', 'parties'],
    ['参保要求', 'conditions'],
    ['领取要求', 'conditions'],
    ['办理指引', 'process'],
    ['网上办理途径', 'process'],
    // 方法 costs precision on the corpus (a guide's 方法1…4 are ways, not steps): no class.
    ['办理渠道及办理指引', 'process'],
    ['备案期限', 'period'],
  ])('%s → %s', (heading, field) => {
    expect(headNounField(heading)).toBe(field);
  });

  it.each([
    // Other words before the noun: the office's side, or a topic of its own.
    ['其他要求'],
    ['工作要求'],
    ['考核程序'],
    ['服务银行'],
    ['计算方法'],
    // A bare noun says too little.
    ['程序'],
    ['要求'],
  ])('%s stays unclassed', (heading) => {
    expect(fieldForHeading(heading)).toBeUndefined();
  });

  it('drafts the items under such headings', () => {
    const { spec } = draftGuide(
      '某市居民参加医疗保险简介',
      '一、政策惠及人群范围',
      '以下人员可按规定参加居民医疗保险：',
      '本市户籍未就业居民；',
      '在本市就读的大中专学生。',
      '二、参保要求',
      '（一）本市户籍居民凭本人有效身份证件参保；',
      '（二）非本市户籍居民凭居住证参保。',
    );
    expect(spec.parties).toEqual(['本市户籍未就业居民', '在本市就读的大中专学生。']);
    expect(spec.conditions).toEqual(['本市户籍居民凭本人有效身份证件参保', '非本市户籍居民凭居住证参保。']);
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

describe('a key whose value is a whole sentence holds only that sentence', () => {
  it('leaves the paragraphs after 此次申报对象为：…。 out of the parties (a news page, its comment box)', () => {
    const { spec } = draftGuide(
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
    const { spec } = draftGuide('某市补贴申领指南', '申报对象：在本市依法注册登记的小型微型企业', '在本市登记的个体工商户。');
    expect(spec.parties).toEqual(['在本市依法注册登记的小型微型企业', '在本市登记的个体工商户。']);
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
    const { spec } = draftGuide(
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
