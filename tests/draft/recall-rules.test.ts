/**
 * Rules for notices written unlike the ones the drafter was first built on (issue 13: the misses
 * of the first held-out set, turned into general rules). Each test uses a small notice written for
 * it, in the style of real ones; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftSpec } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { sectionsOf } from '../../src/draft/field-sections.js';
import { rewardHeadline } from '../../src/draft/find-reward.js';
import { buildHeadingTree } from '../../src/draft/heading-tree.js';
import { partySentences, rewardSentences } from '../../src/draft/prose-items.js';
import { sectionItems } from '../../src/draft/section-items.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { findRunInSignature } from '../../src/draft/signature-block.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftSpec => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec;

describe('how to apply, told under 申报要求', () => {
  it('drafts platform steps as the process when the notice has no process section', () => {
    const spec = draft('关于开展2026年度研发机构建设项目申报的通知', '一、申报要求', '1、申报单位应为在本市注册的企业。', '2、请申报单位登录市企业服务平台填报申报书并上传附件。');
    expect(spec.conditions).toEqual(['申报单位应为在本市注册的企业。']);
    expect(spec.process).toEqual(['请申报单位登录市企业服务平台填报申报书并上传附件。']);
  });

  it('keeps them as conditions when the notice says how to apply elsewhere', () => {
    const spec = draft('关于开展2026年度研发机构建设项目申报的通知', '一、申报要求', '1、申报单位应为在本市注册的企业。', '2、申报单位须登录市企业服务平台完成注册。', '二、申报流程', '1、网上填报。', '2、区级初审。');
    expect(spec.conditions).toEqual(['申报单位应为在本市注册的企业。', '申报单位须登录市企业服务平台完成注册。']);
    expect(spec.process).toEqual(['网上填报。', '区级初审。']);
  });
});

describe('phone numbers written every way', () => {
  const contactsOf = (section: string[], prose: string[]) => findContacts(lines(...section), lines(...prose)).map(({ name, phone }) => ({ name, phone }));

  it.each([
    // 400/800 numbers, however their ten digits are grouped.
    ['平台技术支持电话：4008-123-456', [{ name: '平台技术支持电话', phone: '4008-123-456' }]],
    ['客服热线：400-600-7000', [{ name: '客服热线', phone: '400-600-7000' }]],
    ['咨询电话：800 820 1234', [{ name: '咨询电话', phone: '8008201234' }]],
    // A hotline alone is a phone; the same digits in an app's name are not.
    ['如有疑问，请拨打12333咨询。', [{ name: '咨询电话', phone: '12333' }]],
    ['参保人可通过“掌上12333”APP或微信小程序办理认证，咨询服务请前往窗口。', []],
    // Several numbers in one sentence, with no office named before them.
    ['申请家庭如需了解分配情况，可前往各区服务窗口咨询，或致电400-111-2222、400-333-4444咨询。', [{ name: '咨询电话', phone: '400-111-2222、400-333-4444' }]],
    // The situation before a calling verb names nobody.
    ['企业如对返还结果有异议，可拨打12333或0512—6868 8888咨询。', [{ name: '咨询电话', phone: '12333、0512-68688888' }]],
  ])('%s', (text, expected) => {
    expect(contactsOf([], [text])).toEqual(expected);
  });

  it('reads an office followed by a bare 8-digit number in a contacts section', () => {
    expect(contactsOf(['1、申报受理区服务中心项目科68001230', '2、业务咨询 区科技局综合科 6800 5678'], [])).toEqual([
      { name: '申报受理区服务中心项目科', phone: '68001230' },
      { name: '业务咨询 区科技局综合科', phone: '68005678' },
    ]);
  });

  it('does not read a bare number outside a contacts section', () => {
    expect(contactsOf([], ['本次共受理项目申报12345678'])).toEqual([]);
  });
});

describe('the office named in a sentence with its number', () => {
  it('takes the clause that names an office, not the sentence', () => {
    const text = '3.创新型企业人才。市工信局信息技术发展科，市政府大院2号楼1109室，咨询电话：0512-68001234。';
    expect(findContacts([], lines(text)).map(({ name, phone }) => ({ name, phone }))).toEqual([{ name: '市工信局信息技术发展科', phone: '0512-68001234' }]);
  });
});

describe('the application period', () => {
  const periodOf = (section: string[], prose: string[], year: number | undefined = 2026) => {
    const found = findPeriod(lines(...section), lines(...prose), year);
    return found && { start: found.start, end: found.end, note: found.note };
  };

  it.each([
    // No date at all: a note, never a made-up date.
    ['参保人每年认证一次，可全年申办。', { note: '全年申办' }],
    ['根据有关规定，即日起开始申报2026年度专项资金项目。', { note: '即日起开始申报' }],
    // From the day of the notice to a deadline: the deadline.
    ['申报时间：即日起至2026年4月30日。', { end: '2026-04-30' }],
    // A portal's list of dates.
    ['2026-07-11 17点申报截止', { end: '2026-07-11' }],
    // One application in stages, told in one sentence: from the first day to the last.
    ['申请人可在2026年3月20日至3月24日内登录平台上传材料，2026年3月25日上午10时至3月27日内可选择并提交意向房源。', { start: '2026-03-20', end: '2026-03-27' }],
  ])('%s', (text, expected) => {
    expect(periodOf([], [text])).toEqual({ start: undefined, end: undefined, note: undefined, ...expected });
  });

  it('keeps what a copy lost of its dates as a note', () => {
    expect(periodOf(['即日起至2026108'], [])).toEqual({ start: undefined, end: undefined, note: '即日起至2026108' });
  });

  it('does not extend the period by a later stage the applicant does not do', () => {
    expect(periodOf([], ['企业于2026年3月1日至3月31日网上申报，4月1日至4月15日由区科技局审核。'])).toEqual({ start: '2026-03-01', end: '2026-03-31', note: undefined });
  });

  it('does not take a window inside a condition for the period', () => {
    expect(periodOf([], ['申报企业自2023年6月1日至2026年5月31日期间未有严重失信行为，并按时提交申请。'])).toBeUndefined();
  });

  it('prefers a deadline to the dates of the conditions', () => {
    const spec = draft(
      '关于开展2026年度技改奖励申报的通知',
      '一、申报条件',
      '（一）在本区注册的工业企业；',
      '（二）企业自2023年6月1日至2026年5月31日期间未有严重失信行为。',
      '二、申报材料',
      '（一）申请表；',
      '（二）信用承诺书，承诺2023年6月1日至2026年5月31日期间未有严重失信行为。',
      '三、申报时间',
      '2026年7月10日17时前提交。',
    );
    expect(spec.period).toEqual({ end: '2026-07-10', note: '2026年7月10日17时前' });
  });

  it('prefers a deadline in prose to the dates of the conditions', () => {
    const spec = draft(
      '关于开展2026年度技改奖励申报的通知',
      '2026-07-10 17点申报截止',
      '一、申报条件',
      '（一）在本区注册的工业企业；',
      '（二）企业申报时须承诺2023年6月1日至2026年5月31日期间未有严重失信行为。',
    );
    expect(spec.period).toEqual({ end: '2026-07-10' });
  });
});

describe('alternatives numbered under their lead-in', () => {
  it('keeps 符合以下条件之一：（一）（二）（三） as one item, and the note after them out of it', () => {
    const spec = draft(
      '关于2026年第二批人才公寓配租的通告',
      '二、配租对象',
      '本次配租的对象为已在轮候册内，且符合以下条件之一的家庭：',
      '（一）家庭人口为3人及以上；',
      '（二）家庭成员中有60周岁以上老人；',
      '（三）家庭成员中有残疾人。',
      '家庭情况发生变化的，应先办理变更。',
      '三、办理方式',
      '登录市住房保障平台提交申请。',
    );
    expect(spec.parties).toEqual(['本次配租的对象为已在轮候册内，且符合以下条件之一的家庭：（一）家庭人口为3人及以上；（二）家庭成员中有60周岁以上老人；（三）家庭成员中有残疾人。']);
  });
});

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
    const spec = draft('关于开展2026年度退休人员资格认证的通告', '一、每年认证一次', '退休人员应每年认证一次。', '二、认证方式', '（一）通过手机应用远程认证。', '（二）前往社区服务窗口现场认证。', '三、逾期未认证', '逾期未认证的，暂停发放待遇。');
    expect(spec.process).toEqual(['通过手机应用远程认证。', '前往社区服务窗口现场认证。']);
    expect(spec.conditions).toEqual(['待补充：申报条件']);
    expect(spec.reward).toEqual({ items: ['待补充：奖补标准'] });
  });
});

describe('a signature run into the line before it', () => {
  it.each([
    ['附件：2026年度项目推荐汇总表某某市科学技术局2026年8月27日。', '某某市科学技术局', '2026-08-27'],
    ['附件：1.申请表.docx 2.承诺书.docx某某区工业和信息化局2026年3月1日', '某某区工业和信息化局', '2026-03-01'],
    ['本通知由区人社局负责解释。某某区人力资源和社会保障局二〇二六年三月一日', '某某区人力资源和社会保障局', '2026-03-01'],
  ])('%s', (text, office, date) => {
    expect(findRunInSignature(lines('一、申报条件', '在本区注册的企业。', text))).toMatchObject({ offices: [office], date });
  });

  it.each([['申报截止时间为2026年3月31日'], ['请各单位于2026年3月31日'], ['2026年3月31日']])('finds no office in %s', (text) => {
    expect(findRunInSignature(lines('一、申报条件', text))).toBeUndefined();
  });

  it('names the issuer of a draft', () => {
    const spec = draft('一、申报条件', '1、在本市注册的企业。', '二、联系方式', '1、业务咨询市科技局综合处68001230', '附件：项目汇总表某某市科学技术局2026年8月27日。');
    expect(spec.issuer).toBe('某某市科学技术局');
  });
});

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
    const spec = draft('关于2026年度人才公寓配租的通告', '一、办理流程', '（一）网上申请。申请人登录平台提交申请，选择房源前需上传收入情况承诺书。', '（二）现场确认。申请人到窗口确认时需提交收入情况承诺书。');
    expect(spec.materials).toEqual(['收入情况承诺书']);
  });
});

describe('arrows in a process', () => {
  const stepsOf = (...body: string[]) => {
    const tree = buildHeadingTree(lines('四、办理流程', ...body));
    return (sectionsOf(tree).get('process') ?? []).flatMap((node) => sectionItems(node, 'process', { arrows: true })).map((item) => item.text);
  };

  it('splits a flow line of step names into steps', () => {
    expect(stepsOf('网上申报→区级初审→市级复核→公示拨付。')).toEqual(['网上申报', '区级初审', '市级复核', '公示拨付。']);
  });

  it.each([
    ['微信内搜索“某某办”小程序→注册并实名认证→我的社保→选择缴费。'],
    ['登录服务平台，点击“政策直达->科技服务”进入申报页面，填写申报书。'],
  ])('keeps the clicks of one step together: %s', (text) => {
    expect(stepsOf(text)).toEqual([text]);
  });
});

describe('the reward headline', () => {
  it.each([
    [['甲大厦32.5元/平方米/月、乙花园50元/平方米/月（不含物业管理费）。'], undefined],
    [['租金按每平方米40元收取，对入住人才给予每月1000元租房补贴。'], '1000元'],
  ])('%j → %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });
});

describe('parties told in prose', () => {
  it.each([
    ['本计划重点支持新材料、生物医药等领域来本区创业的高层次人才（团队）。', ['新材料、生物医药等领域来本区创业的高层次人才（团队）']],
    ['按月领取失业保险金的人员（以下简称“领金人员”）应每月进行一次身份确认。', ['按月领取失业保险金的人员（以下简称“领金人员”）']],
    // A defined name that is no kind of person or firm, and backing with no one named.
    ['设立产业集群培育专项资金（以下简称专项资金）。', []],
    ['对符合条件的项目应给予重点支持。', []],
  ])('%s', (text, parties) => {
    expect(partySentences(lines(text)).map((item) => item.text)).toEqual(parties);
  });
});

describe('reward sentences', () => {
  it.each([
    // A funding split is what the programme pays.
    ['各区项目经费由市、区按1:1联动支持。', ['各区项目经费由市、区按1:1联动支持。']],
    // A long opening sentence that lost its full stops: the reward starts at its first paying clause.
    [
      '各有关单位:为贯彻落实市委、市政府关于加快构建现代产业体系的工作部署,推动企业加大研发投入,根据《关于加快推动科技创新的若干政策措施》精神,现开展2026年度研发机构建设项目申报工作,各区支持经费由市、区按1:1联动支持,各县级市支持经费由市、县级市按1:3联动支持,',
      ['各区支持经费由市、区按1:1联动支持,各县级市支持经费由市、县级市按1:3联动支持'],
    ],
    // A subject before the paying clause stays.
    ['对新认定的国家级高新技术企业，给予30万元奖励。', ['对新认定的国家级高新技术企业，给予30万元奖励。']],
  ])('%s', (text, items) => {
    expect(rewardSentences(lines(text)).map((item) => item.text)).toEqual(items);
  });
});

describe('numbers written in groups', () => {
  it.each([
    ['联系电话：0512 6861 2345', '0512-68612345'],
    ['联系电话：0512-6861-2345', '0512-68612345'],
    ['联系人：王科长，手机 138 1234 5678', '13812345678'],
    ['联系人：王科长，手机：138-1234-5678', '138-1234-5678'],
  ])('%s → %s', (text, phone) => {
    expect(findContacts([], lines(text)).map((contact) => contact.phone)).toEqual([phone]);
  });

  it('reads an own 文号 in ﹝﹞ brackets', () => {
    expect(findDocNo(lines('某某区科技局文件', '惠科发﹝2026﹞3号', '各有关单位：'))?.text).toBe('惠科发﹝2026﹞3号');
  });
});

describe('a contacts section', () => {
  it('reads every number of a line without a 电话 key, and does not name a contact by the heading', () => {
    const contacts = findContacts(lines('五、联系方式', '区商务局外贸科 王老师 0512 6555 1234，138 1234 5678'), []);
    expect(contacts.map(({ name, phone }) => ({ name, phone }))).toEqual([{ name: '区商务局外贸科 王老师', phone: '0512-65551234、13812345678' }]);
  });
});
