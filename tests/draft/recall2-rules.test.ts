/**
 * Rules from the misses of the second held-out set (issue 13), kept general: each test drafts a
 * small notice written for it, in the style of real ones; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });

describe('a list of separate policies, each with its own way to apply', () => {
  const programme = (number: string, name: string, amount: string) => [
    `${number}、${name}`,
    `补贴标准：按每人${amount}元给予补贴。`,
    `申领方式：登录市就业服务平台，选择${name}进行申领。`,
  ];
  const list = (count: number) => ['市就业创业扶持政策清单', ...['一', '二', '三', '四', '五', '六'].slice(0, count).flatMap((number, index) => programme(number, `第${index + 1}项补贴`, String(1000 * (index + 1))))];

  it('drafts no merged process from five or more of them, and says why', () => {
    const { spec, report } = draft(...list(5));
    expect(spec.process).toEqual(['待补充：申报流程']);
    const doubt = report.doubts.find((entry) => entry.kind === 'dropped' && entry.path === '/process');
    expect(doubt?.from).toHaveLength(5);
    expect(doubt?.text.zh).toBe('5 处各有自己的申报流程，像是多项政策的清单，未合并为一张卡片的流程；请按所选政策填写');
    expect(doubt?.text.en).toBe('5 sections each give their own process, as in a list of separate policies; not merged into one card\'s process, fill it in for the policy chosen');
  });

  it('still merges the steps of a few programmes of one notice', () => {
    const { spec } = draft(...list(2));
    expect(spec.process).toEqual(['登录市就业服务平台，选择第1项补贴进行申领。', '登录市就业服务平台，选择第2项补贴进行申领。']);
  });
});

describe('the notice’s own title', () => {
  it.each([
    // A site's note about what the page adds is no part of the title.
    [['市科技局关于印发科技企业培育办法的通知(附解读)', '各有关单位：'], '市科技局关于印发科技企业培育办法的通知'],
    [['关于开展2026年度人才项目申报的通知（附政策全文）', '各有关单位：'], '关于开展2026年度人才项目申报的通知'],
    // A notice that issues other policies quotes them in its own title.
    [['某县人民政府办公室印发《关于促进数字经济发展的若干意见》等政策的通知', '各乡镇人民政府：', '《关于促进数字经济发展的若干意见》已经县政府同意，现印发给你们。', '关于促进数字经济发展的若干意见'], '某县人民政府办公室印发《关于促进数字经济发展的若干意见》等政策的通知'],
  ])('%j → %s', (texts, title) => {
    expect(draft(...texts, '一、奖励标准', '对新认定的企业奖励10万元。').spec.title).toBe(title);
  });

  it('still skips a sentence that quotes a title', () => {
    expect(draft('现将《关于促进数字经济发展的若干意见》转发给你们，请遵照执行。', '关于促进数字经济发展的若干意见', '一、奖励标准', '对新认定的企业奖励10万元。').spec.title).toBe('关于促进数字经济发展的若干意见');
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

describe('a section heading run into its text', () => {
  it.each([
    // No line break after the label.
    [['关于兑现2025年度认定奖励的通知', '一、奖励标准对新认定的企业奖励20万元。', '二、申报对象2025年度在本区通过认定的科技型企业。'], { parties: ['2025年度在本区通过认定的科技型企业。'], reward: ['对新认定的企业奖励20万元。'] }],
    // A short label and a full stop.
    [['关于组织申报专项资金的通知', '（一）申报对象。在本区登记注册并依法纳税的工业企业。', '（二）奖励标准。按设备投入的10%给予补助，最高100万元。'], { parties: ['在本区登记注册并依法纳税的工业企业。'], reward: ['按设备投入的10%给予补助，最高100万元。'] }],
  ])('%j', (texts, expected) => {
    const { spec } = draft(...texts);
    expect(spec.parties).toEqual(expected.parties);
    expect(spec.reward?.items).toEqual(expected.reward);
  });

  it('reads what the applicant must meet, after its label, as conditions', () => {
    const { spec } = draft('关于组织申报专项资金的通知', '（一）申报主体。申报主体应符合的基本条件：在本区注册的独立法人企业，近三年无失信记录。', '（二）奖励标准。对入选项目给予10万元奖励。');
    expect(spec.conditions).toEqual(['申报主体应符合的基本条件：在本区注册的独立法人企业，近三年无失信记录。']);
  });

  it.each([
    // A sentence that starts with the label's words is no heading.
    '一、申报对象为在本区注册的企业，须依法纳税。',
    // Under 1、 2、 a short lead is a step's title.
    '1、申报时间。企业申报开始时间为2026年3月1日。',
  ])('%s stays one item', (line) => {
    const { report } = draft('关于组织申报专项资金的通知', line, '二、奖励标准', '对入选项目给予10万元奖励。');
    expect(report.headings.some((heading) => heading.text === line.replace(/^[一1]、/u, '') && heading.field !== undefined)).toBe(false);
  });
});

describe('keyed cases under a section', () => {
  it('keeps each keyed case whole, all its sentences and its note', () => {
    const { spec } = draft('某某待遇申领指南', '一、受理条件', '（一）年龄条件：达到规定的领取年龄。', '（二）缴费条件：累计缴费满10年。选择延缓领取的，缴费满10年即可。（注：适用于本市参保人）', '二、办理流程', '登录网上服务大厅提交申请。');
    expect(spec.conditions).toEqual(['达到规定的领取年龄。', '累计缴费满10年。选择延缓领取的，缴费满10年即可。（注：适用于本市参保人）']);
  });

  it('still lists one item per sentence under a key that names the section', () => {
    const { spec } = draft('关于组织申报专项资金的通知', '一、申报要求', '（一）基本条件：在本区注册的独立法人企业。近三年无失信记录。', '二、申报流程', '登录网上服务大厅提交申请。');
    expect(spec.conditions).toEqual(['在本区注册的独立法人企业。', '近三年无失信记录。']);
  });
});

describe('a web copy’s head', () => {
  it.each([
    ['某某资讯网 行业资讯 政策文件 关于组织开展2026年度示范企业认定的通知', '关于组织开展2026年度示范企业认定的通知'],
    // A listing's key before the title.
    ['- 政策名称: 某市促进制造业发展若干规定', '某市促进制造业发展若干规定'],
    // Offices before 关于 are the issuers, part of the title.
    ['某市科学技术局 某市财政局关于组织开展2026年度示范企业认定的通知', '某市科学技术局 某市财政局关于组织开展2026年度示范企业认定的通知'],
  ])('%s → %s', (line, title) => {
    expect(draft(line, '一、奖励标准', '对新认定的企业奖励10万元。').spec.title).toBe(title);
  });

  it('reads the 文号 of a page’s metadata line written without a colon', () => {
    const { spec } = draft('发布机构 某省工业和信息化厅', '文件号 某工信中小〔2026〕12号 制发日期 2026-03-02', '关于组织开展2026年度示范企业认定的通知', '各设区市工业和信息化局：', '一、奖励标准', '对新认定的企业奖励10万元。');
    expect(spec.docNo).toBe('某工信中小〔2026〕12号');
  });
});
