/**
 * Extraction rules added for the corpus quality target (issue 13), each with text written in the
 * style of real notices: headings that name a field by their last word, and reward sentences that
 * grant tax relief rather than money.
 */
import { describe, expect, it } from 'vitest';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { sectionsOf } from '../../src/draft/field-sections.js';
import { buildHeadingTree } from '../../src/draft/heading-tree.js';
import { isChromeLine } from '../../src/draft/chrome-lines.js';
import { findTitle } from '../../src/draft/find-title.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { draftCard } from '../../src/draft/draft-card.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { listedParties, partyHeads } from '../../src/draft/party-items.js';
import { rewardClauses } from '../../src/draft/reward-clauses.js';
import { joinWrappedLines } from '../../src/draft/join-wrapped-lines.js';
import { splitInlineHeadings } from '../../src/draft/split-inline-headings.js';
import { sectionItems } from '../../src/draft/section-items.js';
import { rewardSentences } from '../../src/draft/prose-items.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('fieldForHeading: requirements on the applicant, headings ending in 标准, 申领/办理 steps', () => {
  it.each([
    ['二、申报主体要求', 'conditions'],
    ['申请主体要求', 'conditions'],
    ['三、申报对象要求', 'conditions'],
    ['一、困难群众救助标准', 'reward'],
    ['（一）场地租金标准', 'reward'],
    ['缴费标准', 'reward'],
    // A heading that names another field keeps it: 时间 is the period, 认定标准 the conditions.
    ['二、标准执行时间', 'period'],
    ['高新技术企业认定标准', 'conditions'],
    ['二、评审标准', 'conditions'],
    ['标准化建设', undefined],
    // How applications are scored is the office's side, not what the policy gives.
    ['四、评分标准', undefined],
    // How to claim a benefit, in the words of 办事指南 pages.
    ['六、申领程序', 'process'],
    ['（一）申请类别', 'parties'],
    ['人才类别', 'parties'],
    ['二、办理步骤', 'process'],
    ['申请步骤', 'process'],
    ['五、参保登记及缴费渠道', 'process'],
    ['六、缴费方式', 'process'],
    // 渠道 alone is no process: 拓宽融资渠道 is a measure.
    ['（三）拓宽融资渠道', undefined],
  ])('%s → %s', (label, field) => {
    expect(fieldForHeading(label)).toBe(field);
  });
});

describe('rewardSentences: tax relief is what the policy gives', () => {
  it.each([
    ['第六条　企业引进的高层次人才，按照每月1500元的标准定额扣除。', ['企业引进的高层次人才，按照每月1500元的标准定额扣除。']],
    ['小微企业年应纳税所得额不超过100万元的部分，减免50%企业所得税。', ['小微企业年应纳税所得额不超过100万元的部分，减免50%企业所得税。']],
    ['对当年新招用登记失业人员的，在3年内按每人每年7800元依次扣减增值税。', []],
    ['纳税人应当留存住房租赁合同备查。', []],
    // A heading run into its sentence (a one-paragraph copy) is dropped.
    ['一、支持方向 对获得省级以上荣誉的企业，给予20万元奖励。', ['对获得省级以上荣誉的企业，给予20万元奖励。']],
    // 扣除 in a threshold is no relief.
    ['企业上年度营业收入（扣除代收款项后）超过5000万元。', []],
  ])('%s', (text, expected) => {
    expect(rewardSentences(lines(text)).map((item) => item.text)).toEqual(expected);
  });
});

describe('a label that names no field ends the section before it', () => {
  it.each([
    ['注意事项：'],
    ['工作要求'],
    ['其他注意事项'],
    ['附件：1.企业申请表.docx'],
  ])('%s after the last step', (label) => {
    const tree = buildHeadingTree(lines('二、办理流程', '1.登录区政务服务网提交申请。', '2.区人社局审核。', label, '1.申请人对材料真实性负责。', '2.逾期不予受理。'));
    const steps = (sectionsOf(tree).get('process') ?? []).flatMap((node) => sectionItems(node, 'process'));
    expect(steps.map((item) => item.text)).toEqual(['登录区政务服务网提交申请。', '区人社局审核。']);
  });
});

describe('titles other than 关于…的通知', () => {
  it.each([
    // A web article's headline, set as the page's first heading.
    [[{ text: '好消息！今年起，育儿补贴直接打到卡上', line: 1, kind: 'heading', level: 1 }, { text: '一、补贴对象', line: 2 }], '好消息！今年起，育儿补贴直接打到卡上'],
    [[{ text: '青年创业补贴，请查收', line: 1, kind: 'heading', level: 1 }, { text: '补贴条件：', line: 2 }], '青年创业补贴，请查收'],
    // A question-and-answer page.
    [[{ text: '稳岗返还政策常见问题', line: 1 }, { text: '一、哪些企业可以申请？', line: 2 }], '稳岗返还政策常见问题'],
    // A copier's tag before or after the title is not part of it.
    [[{ text: '【某某咨询转发】2026年度专精特新企业奖励申报工作通知', line: 1 }], '2026年度专精特新企业奖励申报工作通知'],
    [[{ text: '2026年度专精特新企业奖励申报工作通知【转载】', line: 1 }], '2026年度专精特新企业奖励申报工作通知'],
  ] as Array<[SourceLine[], string]>)('%j → %s', (input, title) => {
    expect(findTitle(input, undefined)?.text).toBe(title);
  });

  it.each([
    // The page's <title> names another text: the heading is the site's, not the article's.
    [[{ text: '苏州市人力资源和社会保障局', line: 1, kind: 'heading', level: 1 }, { text: '补贴对象：高校毕业生', line: 2 }], '通知公告 - 苏州市人力资源和社会保障局'],
    [[{ text: '中国苏州门户网站', line: 1, kind: 'heading', level: 1 }, { text: '补贴对象：高校毕业生', line: 2 }], undefined],
  ] as Array<[SourceLine[], string | undefined]>)('takes no site name for a headline (%j, <title> %s)', (input, meta) => {
    expect(findTitle(input, meta)).toBeUndefined();
  });

  it('takes the headline that the page title repeats', () => {
    expect(findTitle([{ text: '灵活就业人员社保补贴，请查收', line: 1, kind: 'heading', level: 1 }], '灵活就业人员社保补贴，请查收 - 某市人民政府门户网站')?.text).toBe('灵活就业人员社保补贴，请查收');
  });

  it('takes no headline that is a sentence of the body', () => {
    expect(findTitle([{ text: '各有关单位要认真组织申报。', line: 1, kind: 'heading', level: 1 }], undefined)).toBeUndefined();
  });

  it.each(['>> 走进本区 >> 投资本区 >> 扶持政策', '» 政务公开 » 政策文件'])('a breadcrumb without 首页 is chrome: %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });
});

const itemsOf = (field: 'parties' | 'conditions' | 'process' | 'reward' | 'materials', ...texts: string[]) =>
  (sectionsOf(buildHeadingTree(lines(...texts))).get(field) ?? []).flatMap((node) => sectionItems(node, field)).map((item) => item.text);

describe('question-and-answer pages', () => {
  it.each([
    [['一、稳岗返还的申请对象有哪些？', '答：参加失业保险的企业。', '二、稳岗返还需要多长时间办结？', '答：一般10个工作日。'], 'parties', ['参加失业保险的企业。']],
    [['三、申请稳岗返还有哪些申请条件？', '答：企业申请须同时符合以下条件：', '1.上年度未裁员；', '2.依法足额缴纳失业保险费。'], 'conditions', ['上年度未裁员', '依法足额缴纳失业保险费。']],
    [['四、有哪些申请渠道？', '答：登录区政务服务网“稳岗返还”专栏提出申请。'], 'process', ['登录区政务服务网“稳岗返还”专栏提出申请。']],
  ] as Array<[string[], 'parties' | 'conditions' | 'process', string[]]>)('%j', (texts, field, expected) => {
    expect(itemsOf(field, ...texts)).toEqual(expected);
  });

  it('reads a question by full synonyms only: 多长时间 is not the application period', () => {
    expect(sectionsOf(buildHeadingTree(lines('二、补贴最长可以领取多长时间？', '答：最长12个月。'))).get('period')).toBeUndefined();
  });
});

describe('a finished sentence with numbered conditions under it', () => {
  it('gives the sentence and each condition as items', () => {
    expect(
      itemsOf('conditions', '一、申请条件', '（一）高校毕业生在本区创办企业，并符合以下条件的，可申请补贴。', '1.毕业5年内；', '2.企业正常经营6个月以上。', '（二）返乡创业人员创办的企业，除上述条件外，还须吸纳就业3人以上。'),
    ).toEqual(['高校毕业生在本区创办企业，并符合以下条件的，可申请补贴。', '毕业5年内', '企业正常经营6个月以上。', '返乡创业人员创办的企业，除上述条件外，还须吸纳就业3人以上。']);
  });

  it('keeps a labelled paper together with its ①② parts', () => {
    expect(itemsOf('materials', '三、申报材料', '（1）身份证明', '身份证复印件。', '（2）学历证明材料', '①毕业证书；', '②学历认证报告。')).toEqual(['身份证明身份证复印件。', '学历证明材料①毕业证书；②学历认证报告。']);
  });

  it('keeps a materials entry together with its sub-list', () => {
    expect(itemsOf('materials', '三、申报材料', '1.项目申报书。', '（1）封面；', '（2）正文。', '2.营业执照复印件。')).toEqual(['项目申报书。（1）封面；（2）正文。', '营业执照复印件。']);
  });

  it('keeps alternatives with the line that introduces them', () => {
    expect(itemsOf('conditions', '一、申请条件', '（一）符合以下条件之一：', '1.毕业5年内；', '2.退役军人。')).toEqual(['符合以下条件之一：毕业5年内；退役军人。'.replace('毕业', '1.毕业').replace('退役', '2.退役')]);
  });
});

describe('contacts', () => {
  it.each([
    // 和 inside an office's name stays.
    [['联系方式：市工业和信息化局技术改造处 0512-68612345'], [{ name: '市工业和信息化局技术改造处', phone: '0512-68612345' }]],
    [['联系人及电话：王科长 0512-68612345'], [{ name: '王科长', phone: '0512-68612345' }]],
    // A hotline with its area code, named in a sentence (and again inside its own name).
    [['市民可通过本市12345政务服务便民热线（0512-12345）咨询相关政策，也可关注公众号留言。'], [{ name: '本市12345政务服务便民热线', phone: '0512-12345' }]],
    [['申请人可拨打区人社局就业促进科电话0512-66881234咨询办理进度，工作日9:00-17:00接听。'], [{ name: '区人社局就业促进科', phone: '0512-66881234' }]],
  ])('%j', (texts, expected) => {
    expect(findContacts([], lines(...texts)).map(({ name, phone }) => ({ name, phone }))).toEqual(expected);
  });

  it('says which contacts were left out when there are more than a card holds', () => {
    const offices = Array.from({ length: 8 }, (_, index) => `第${index + 1}分局业务科 0512-6868120${index}`);
    const text = ['关于组织申报2026年度技改奖励的通知', '一、申报条件', '1.在本市注册的工业企业。', '二、联系方式', ...offices].join('\n');
    const { spec, report } = draftCard({ file: '通知.txt', format: 'txt', lines: text.split('\n').map((line, index) => ({ text: line, line: index + 1 })) });
    expect((spec.contacts ?? []).length).toBe(6);
    const doubt = report.doubts.find((item) => item.path === '/contacts');
    expect(doubt?.kind).toBe('dropped');
    expect(doubt?.text.zh).toBe('找到 8 个联系方式，超过上限 6 个（limits.listItems.contacts），未写入：第7分局业务科 0512-68681206、第8分局业务科 0512-68681207；请挑选或提高上限');
    expect(doubt?.from.map((place) => place.line)).toEqual([11, 12]);
  });
});

describe('the application period is not the time the policy itself runs', () => {
  it.each([
    // Under a 时间 heading: the benefit's time and the effective date are skipped, the deadline is kept.
    [['集中参保缴费时间为2026年9月下旬至2026年12月20日。', '参保人员自2027年1月1日起至12月31日享受待遇。'], [], { end: '2026-12-20' }],
    [['本通知自2026年6月1日起执行，有效期至2028年5月31日。', '申报截止时间为2026年7月15日。'], [], { end: '2026-07-15' }],
    // In prose, only a sentence about applying gives the period.
    [[], ['2026年1月1日至12月31日，困难企业可组织职工开展在岗培训。所需经费按规定申请补贴。'], undefined],
    [[], ['2026年1月1日至2027年12月31日，将补贴申领条件放宽至参保1年以上。请于2026年3月31日前提交申请。'], { end: '2026-03-31' }],
    // An opening day alone, or with a deadline in another sentence.
    [[], ['2026年12月1日起补贴由职工本人申请，直接发放至个人。'], { start: '2026-12-01' }],
    [[], ['自2026年3月1日起受理申报。', '请于4月30日前提交申请材料。'], { start: '2026-03-01', end: '2026-04-30' }],
  ])('%j %j', (section, prose, expected) => {
    const found = findPeriod(lines(...section), lines(...prose), 2026);
    expect(found === undefined ? undefined : { start: found.start, end: found.end }).toEqual(expected === undefined ? undefined : { start: undefined, ...expected });
  });
});

describe('groups and entries in a materials list', () => {
  it('looks through a group title too long for a label', () => {
    expect(
      itemsOf('materials', '五、申报材料', '（一）首次申报的规模以上工业企业和专精特新中小企业申报材料', '1.申报表；', '2.营业执照复印件。', '（二）复审企业申报材料', '1.复审申请表；', '2.上年度审计报告。'),
    ).toEqual(['申报表', '营业执照复印件。', '复审申请表', '上年度审计报告。']);
  });

  it('keeps an entry whose lead-in says what it provides together with its sub-list', () => {
    expect(itemsOf('materials', '五、申报材料', '1.新引进企业需提供：', '①企业申请表；', '②投资协议复印件。', '2.法定代表人身份证复印件。')).toEqual([
      '新引进企业需提供：①企业申请表；②投资协议复印件。',
      '法定代表人身份证复印件。',
    ]);
  });
});

describe('partyHeads: a party ends where its own list of conditions begins', () => {
  it.each([
    ['青年人才。申请人为45周岁以下的博士，且需在本区企业全职工作，共包括以下类型：（1）博士后；（2）海外博士。', '青年人才。申请人为45周岁以下的博士，且需在本区企业全职工作'],
    ['科技型企业。在本区注册纳税，且需同时符合以下条件：（1）高新技术企业；（2）研发投入占比3%以上。', '科技型企业。在本区注册纳税'],
    ['在本区注册的规模以上工业企业。', '在本区注册的规模以上工业企业。'],
    // Named only by its conditions, or by alternatives: kept whole.
    ['符合下列条件的企业：（1）在本区注册；（2）依法纳税。', '符合下列条件的企业：（1）在本区注册；（2）依法纳税。'],
    ['补贴对象为具有本市户籍且符合以下条件之一的人员：1.低保家庭成员；2.持证残疾人。', '补贴对象为具有本市户籍且符合以下条件之一的人员：1.低保家庭成员；2.持证残疾人。'],
  ])('%s', (text, expected) => {
    expect(partyHeads([{ text, lines: [] }])[0]!.text).toBe(expected);
  });
});

describe('table rows in a section', () => {
  const row = (line: number, ...cells: string[]): SourceLine => ({ text: cells.join(' | '), line, kind: 'table-row', cells });
  const conditionsOf = (body: SourceLine[]) =>
    (sectionsOf(buildHeadingTree(body)).get('conditions') ?? []).flatMap((node) => sectionItems(node, 'conditions')).map((item) => item.text);

  it('joins the rows after a lead-in to alternatives into one item, without the header row', () => {
    expect(
      conditionsOf([
        { text: '一、申报条件：看清档次', line: 1 },
        { text: '满足以下任一职称及年龄条件即可申报：', line: 2 },
        row(3, '职称', '年龄'),
        row(4, '正高级', '55周岁以下'),
        row(5, '副高级', '50周岁以下。'),
      ]),
    ).toEqual(['满足以下任一职称及年龄条件即可申报：正高级，55周岁以下；副高级，50周岁以下']);
  });

  it('drafts a table of channels under a 渠道 heading as steps named by their first cell, without the serial number', () => {
    const body = [{ text: '四、申请登记及缴费渠道', line: 1 }, row(2, '序号', '人员类别', '办理渠道'), row(3, '1', '在校学生', '由学校统一办理。'), row(4, '2', '灵活就业人员', '1.线上办理；2.到街道服务中心办理。')];
    const steps = (sectionsOf(buildHeadingTree(splitInlineHeadings(body))).get('process') ?? []).flatMap((node) => sectionItems(node, 'process')).map((item) => item.text);
    expect(steps).toEqual(['在校学生：由学校统一办理。', '灵活就业人员：1.线上办理；2.到街道服务中心办理。']);
  });

  it('drafts each row of a table with a header as an item, without the header', () => {
    expect(conditionsOf([{ text: '一、申报条件', line: 1 }, row(2, '类别', '要求'), row(3, '工业企业', '年营收2000万元以上'), row(4, '服务业企业', '年营收500万元以上')])).toEqual([
      '工业企业：年营收2000万元以上',
      '服务业企业：年营收500万元以上',
    ]);
  });
});

describe('a line that names its thing before a colon', () => {
  it.each([
    ['a.病历资料：住院治疗的，提供出院小结；门诊治疗的，提供门诊病历。', ['a.病历资料：住院治疗的，提供出院小结；门诊治疗的，提供门诊病历。']],
    ['身份证明：身份证正反面复印件。户口簿首页及本人页复印件。', ['身份证明：身份证正反面复印件。户口簿首页及本人页复印件。']],
    // A sentence that introduces a list is split as before.
    ['企业需提供：营业执照复印件；法定代表人身份证复印件。', ['企业需提供：营业执照复印件', '法定代表人身份证复印件。']],
  ])('%s', (line, expected) => {
    expect(itemsOf('materials', '三、申报材料', line)).toEqual(expected);
  });
});

describe('joinWrappedLines keeps a title line whole', () => {
  const full = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1, full: true }));
  it.each([
    [['关于组织申报2026年度企业技术中心奖励的通知', '为推动企业技术创新，现将有关事项通知如下。'], ['关于组织申报2026年度企业技术中心奖励的通知', '为推动企业技术创新，现将有关事项通知如下。']],
    [['2026年度专精特新企业奖励申报', '各区工信局，各有关企业：'], ['2026年度专精特新企业奖励申报', '各区工信局，各有关企业：']],
    // A sentence that quotes a title and runs on is still joined.
    [['根据《关于推进制造业高质量发展的通知', '》要求，现组织申报。'], ['根据《关于推进制造业高质量发展的通知》要求，现组织申报。']],
  ])('%j', (texts, expected) => {
    expect(joinWrappedLines(full(...texts)).map((line) => line.text)).toEqual(expected);
  });
});

describe('a rule with its cases on the lines under it', () => {
  it('gives the rule and each case as items', () => {
    expect(
      itemsOf('reward', '一、救助标准', '（一）临时救助标准按城乡低保标准的2倍确定，其中：', '城镇居民每人每次不超过2000元；', '农村居民每人每次不超过1500元。', '（二）孤儿基本生活费为每人每月1800元。'),
    ).toEqual(['临时救助标准按城乡低保标准的2倍确定', '城镇居民每人每次不超过2000元', '农村居民每人每次不超过1500元。', '孤儿基本生活费为每人每月1800元。']);
  });
});

describe('a deadline written 截止时间为:', () => {
  it.each([['申报截止时间为:2026年10月18日(逾期视为自动放弃)'], ['申报截止日期为：2026年10月18日。']])('%s', (text) => {
    expect(findPeriod(lines(text), [], 2026)?.end).toBe('2026-10-18');
  });
});

describe('rewardClauses: one item per paid case', () => {
  it.each([
    ['通过初审的企业奖励2万元，通过复审的企业奖励8万元。', ['通过初审的企业奖励2万元', '通过复审的企业奖励8万元。']],
    // A clause without its own amount (a condition, a duration) keeps the sentence whole.
    ['对首次认定的企业，给予30万元奖励。', ['对首次认定的企业，给予30万元奖励。']],
    ['按每人每月1500元给予补贴，最长补贴12个月。', ['按每人每月1500元给予补贴，最长补贴12个月。']],
    // A threshold is no payment.
    ['营业收入突破5000万元的企业，给予20万元奖励。', ['营业收入突破5000万元的企业，给予20万元奖励。']],
  ])('%s', (text, expected) => {
    expect(rewardClauses([{ text, lines: [] }]).map((item) => item.text)).toEqual(expected);
  });
});

describe('listedParties: a sentence that only lists the kinds of party', () => {
  it.each([
    ['稳岗返还的申请对象分别是参保企业和社会组织。', ['参保企业', '社会组织']],
    ['补贴对象为高校毕业生、退役军人、就业困难人员。', ['高校毕业生', '退役军人', '就业困难人员']],
    // Parties described at length stay one item.
    ['申报对象为在本区注册、纳税且上年度营业收入超过2000万元的工业企业和信息服务企业，以及经认定的专精特新企业。', ['申报对象为在本区注册、纳税且上年度营业收入超过2000万元的工业企业和信息服务企业，以及经认定的专精特新企业。']],
    ['在本区注册的规模以上工业企业。', ['在本区注册的规模以上工业企业。']],
  ])('%s', (text, expected) => {
    expect(listedParties([{ text, lines: [] }]).map((item) => item.text)).toEqual(expected);
  });
});
