/**
 * Facts found anywhere in a notice, with the traps real notices set: a cited 文号, dates without
 * a year, tiers written as 分别给予, no title line, an issuer only in the signature, web chrome.
 */
import { describe, expect, it } from 'vitest';
import { isChromeLine } from '../../src/draft/chrome-lines.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { rewardHeadline, tierTable } from '../../src/draft/find-reward.js';
import { findTitle } from '../../src/draft/find-title.js';
import { fitItem } from '../../src/draft/fit-limits.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { findSignatureBlock, signDate } from '../../src/draft/signature-block.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('findDocNo', () => {
  it.each([
    [['苏科规〔2026〕2号', '各区科技局：'], '苏科规〔2026〕2号'],
    [['文号：苏工信规〔2026〕1号'], '苏工信规〔2026〕1号'],
    [['苏科规[2026]2号'], '苏科规[2026]2号'],
    [['苏科规（2026）2号'], '苏科规（2026）2号'],
    [['国发〔2018〕39号'], '国发〔2018〕39号'],
    // A title and its number run together on one line.
    [['苏州市科学技术局关于组织申报高企奖励的通知苏科规〔2026〕2号', '各区科技局：'], '苏科规〔2026〕2号'],
    // The trap: a policy the notice only cites.
    [['各有关单位：', '根据《相城区若干扶持政策》（相政发〔2023〕17号）文件要求，现将有关事项通知如下：'], undefined],
    [['按照苏工信投资〔2019〕337号文件要求，组织申报。'], undefined],
    [['现将《关于做好示范智能车间申报工作的通知》(苏工信投资〔2019〕337号)转发给你们'], undefined],
    [['关于印发若干措施的通知', '穗南农规字〔2022〕1号', '根据《南沙区政策》（穗南府〔2021〕3号）'], '穗南农规字〔2022〕1号'],
  ])('%j → %s', (texts, expected) => {
    expect(findDocNo(lines(...texts))?.text).toBe(expected);
  });
});

describe('findPeriod', () => {
  it.each([
    ['申报时间：2026年3月1日至4月30日', 2026, { start: '2026-03-01', end: '2026-04-30' }],
    ['申报时间为11月4日至10日', 2025, { start: '2025-11-04', end: '2025-11-10' }],
    ['请于4月30日前提交申报材料', 2026, { end: '2026-04-30' }],
    ['申报截止日期：2026年5月15日', undefined, { end: '2026-05-15' }],
    ['于9月26日报送科技厅农村处', 2013, { end: '2013-09-26' }],
    ['企业申报开始时间为2025年11月17日,企业申报截止时间为2025年11月30日', undefined, { start: '2025-11-17', end: '2025-11-30' }],
    ['本项目常年受理申报', 2026, { note: '常年受理' }],
    // No year anywhere: a note, never a guessed year.
    ['申报截止时间为11月17日17:00,逾期不予受理。', undefined, { note: '申报截止时间为11月17日17:00' }],
  ])('%s (document year %s)', (text, year, expected) => {
    const found = findPeriod(lines(text), [], year);
    expect({ start: found?.start, end: found?.end, note: found?.note }).toEqual({ start: undefined, end: undefined, note: undefined, ...expected });
  });

  it('takes the applicant’s (last) deadline when a notice sets several', () => {
    const found = findPeriod([], lines('各镇于6月18日前将名单报送区工信局。', '企业于7月1日前将申请表报送区工信局。'), 2019);
    expect(found?.end).toBe('2019-07-01');
  });

  it('ignores dates that are not about applying', () => {
    expect(findPeriod([], lines('本办法自2026年1月1日起施行。'), 2026)).toBeUndefined();
  });
});

describe('findContacts', () => {
  it.each([
    [['联系人：张三，电话：0512-68612345'], [{ name: '张三', phone: '0512-68612345' }]],
    [['市科技局高新处 0512-68615000转8012'], [{ name: '市科技局高新处', phone: '0512-68615000转8012' }]],
    [['联系人：区工信局产业投资科 郑佑雄', '联系电话：86312103'], [{ name: '区工信局产业投资科 郑佑雄', phone: '86312103' }]],
    [['咨询电话：(0512)65223311'], [{ name: '咨询电话', phone: '(0512)65223311' }]],
    [['需要申报的企业可与园区联系 联系人 宋润洁 17712662011'], [{ name: '宋润洁', phone: '17712662011' }]],
    [['政务服务热线：12345'], [{ name: '政务服务热线', phone: '12345' }]],
    [['联系电话：0512-68612345', '地址：苏州市姑苏区三香路998号'], [{ name: '咨询电话', phone: '0512-68612345', address: '苏州市姑苏区三香路998号' }]],
  ])('%j', (texts, expected) => {
    const section = lines(...texts);
    expect(findContacts(section, section).map(({ lines: _lines, ...contact }) => contact)).toEqual(expected);
  });

  it('does not read an amount or a date as a phone', () => {
    expect(findContacts([], lines('联系企业给予20000000元补助，2026年3月1日起'))).toEqual([]);
  });
});

describe('reward', () => {
  it.each([
    [['给予一次性奖励最高500万元', '另给予20万元配套'], '最高500万元'],
    [['完成培育的企业奖励1万元', '入库企业奖励5万元'], '5万元'],
    [['单个项目补助不超过1,000万元'], '最高1,000万元'],
    [['按投资额的45%给予补助'], undefined],
    // Thresholds to reach are not the reward: 突破 1000 万元、…、1 亿元的, 分别给予 10 万元、…、100 万元.
    [['年销售收入首次突破 1000 万元、2000 万元、1 亿元的,分别给予一次性奖励 10 万元、20 万元、100 万元。'], '100万元'],
  ])('%j → headline %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });

  it.each([
    [
      '对新认定的国家级、省级、市级专精特新企业，分别给予50万元、20万元、10万元奖励。',
      [['国家级', '50万元'], ['省级', '20万元'], ['市级', '10万元']],
    ],
    [
      '对当年评为省级未来工厂、省级智能工厂、绍兴市级数字化车间的,分别给予 100 万元、30 万元、10 万元奖励。',
      [['省级未来工厂', '100万元'], ['省级智能工厂', '30万元'], ['绍兴市级数字化车间', '10万元']],
    ],
    ['获得一等奖、二等奖的项目分别奖励20万元、10万元。', [['一等奖', '20万元'], ['二等奖', '10万元']]],
    [
      '对当年新认定为宁波市级企业工程(技术)中心 (宁波市工程研究中心、宁波市产业创新中心)、浙江省高新技术企业研发中心 (浙江省企业技术中心)和国家级企业工程(技术)中心 的,分别给予10万元、50、200万元的晋级补差奖励',
      [['宁波市级企业工程(技术)中心', '10万元'], ['浙江省高新技术企业研发中心', '50'], ['国家级企业工程(技术)中心', '200万元']],
    ],
    // Names and amounts that do not pair up stay an item: nothing is guessed.
    ['对国家级、省级企业分别给予奖励50万元。', undefined],
    ['给予一次性奖励20万元。', undefined],
  ])('%s', (sentence, rows) => {
    const table = tierTable(sentence);
    expect(table?.rows).toEqual(rows);
    if (table) expect(table.columns).toEqual(['档次', '奖补金额']);
  });
});

describe('title', () => {
  it.each([
    [['苏州市科学技术局关于组织申报2026年度高新技术企业奖励的通知', '各区科技局：'], '苏州市科学技术局关于组织申报2026年度高新技术企业奖励的通知'],
    [['关于组织申报2026年度苏州市', '高新技术企业奖励的通知', '各区科技局：'], '关于组织申报2026年度苏州市高新技术企业奖励的通知'],
    [['• 【区级】江阴高新区创新型产业集群培育计划专项资金管理办法', '第一条 为规范…'], '江阴高新区创新型产业集群培育计划专项资金管理办法'],
    [['关于组织申报高企奖励的通知苏科规〔2026〕2号'], '关于组织申报高企奖励的通知'],
    // No title line: the quoted title of another notice, an attachment, a numbered heading are not the title.
    [['各有关单位：', '现将《关于做好2019年示范智能车间申报工作的通知》转发给你们,请积极组织申报:', '一、申报对象及奖励标准', '附件:关于做好示范智能车间申报工作的通知'], undefined],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it('uses the page title only as a hint when it reads like a title', () => {
    expect(findTitle(lines('各有关单位：'), '关于开展2026年稳岗补贴申报的通知 - 苏州市人力资源和社会保障局')?.text).toBe('关于开展2026年稳岗补贴申报的通知');
    expect(findTitle(lines('各有关单位：'), '苏州市人民政府门户网站')).toBeUndefined();
  });
});

describe('signature block', () => {
  it('finds the offices and the date at the end, before 版记 lines', () => {
    const block = findSignatureBlock(lines('联系电话：86312103', '常州市武进区工业和信息化局 常州市武进区财政局', '2019年6月13日', '（此件公开发布）', '常州市武进区工业和信息化局办公室 2019年6月14日印发'));
    expect(block).toMatchObject({ offices: ['常州市武进区工业和信息化局', '常州市武进区财政局'], date: '2019-06-13', start: 1 });
  });

  it.each([
    ['2026年2月15日', '2026-02-15'],
    ['二〇二六年二月十五日', '2026-02-15'],
    ['2026年2月30日', undefined],
    ['请于2026年2月15日前申报', undefined],
  ])('signDate(%s) = %s', (text, date) => {
    expect(signDate(text)).toBe(date);
  });
});

describe('web chrome', () => {
  it.each([
    ['【字体：大 中 小】', true],
    ['浏览次数：1024', true],
    ['来源:智为铭略 浏览次数:37 发表日期:2025-11-17', true],
    ['发布时间：2026-03-01 10:00', true],
    ['上一篇：关于…的通知', true],
    ['苏ICP备05000000号', true],
    ['转载请保留本文网址链接http://www.example.cn/1.html', true],
    ['打印本页 关闭窗口', true],
    ['一、申报对象', false],
    ['联系电话：0512-68612345', false],
  ])('%s → %s', (text, chrome) => {
    expect(isChromeLine(text)).toBe(chrome);
  });
});

describe('fitItem', () => {
  it('splits a long item at sentence ends when every sentence fits, else shortens it', () => {
    expect(fitItem('甲乙丙丁。戊己庚辛。', 6)).toEqual({ parts: ['甲乙丙丁。', '戊己庚辛。'], change: { kind: 'split', parts: 2 } });
    expect(fitItem('甲乙丙丁戊己庚辛壬癸', 6)).toEqual({ parts: ['甲乙丙丁戊…'], change: { kind: 'shortened', from: 10, to: 6 } });
    expect(fitItem('甲乙丙', 6)).toEqual({ parts: ['甲乙丙'] });
  });
});

describe('materialsInProse', () => {
  it.each([
    ['经市级初审符合申报要求的企业,于7月1日前将申请表、信用承诺书、企业营业执照(复印件)胶装后,一式四份报送至区工信局产业投资科', ['申请表', '信用承诺书', '企业营业执照(复印件)']],
    [
      '各区(市)县工业和信息化主管部门于2018年5月31日前将纸质申报材料(胶装,一式3份),联合推荐文件(1份),以及汇总表(附件3,1份,电子版发至邮箱)分别上报市经信委',
      ['纸质申报材料(胶装,一式3份)', '联合推荐文件(1份)', '汇总表(附件3,1份,电子版发至邮箱)'],
    ],
    ['并于12月15日前,统一将预报项目表及电子文档报送经信局办公室。', ['预报项目表及电子文档']],
    ['请各镇将符合条件的企业名单报送区工信局。', []],
    ['企业按要求提交申请。', []],
  ])('%s', (sentence, items) => {
    expect(materialsInProse(sentence)).toEqual(items);
  });
});
