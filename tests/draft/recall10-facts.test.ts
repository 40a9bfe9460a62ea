/**
 * Fact mechanisms from the kinds of miss that recur in the first looks of the eighth, ninth and tenth
 * held-out sets (issue 13), kept only where the kind shows in documents of two different sites: each
 * test reads a small notice written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findTitle } from '../../src/draft/find-title.js';
import { issuerFromTitle } from '../../src/draft/find-issuer.js';
import { amountsIn } from '../../src/draft/find-reward.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { parallelItemsTable } from '../../src/draft/find-tiers.js';
import { isChromeLine } from '../../src/draft/page-chrome.js';
import { readTxt } from '../../src/draft/read-txt.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('contacts', () => {
  it.each([
    ['某某局 王某 62345678 12345678@qq.com', ['62345678']],
    ['某某中心 李某 62345679 87654321@163.com', ['62345679']],
    ['联系电话：62345670，邮箱：abc62345671@126.com', ['62345670']],
  ])('takes no phone from the digits of an e-mail address: %s', (text, phones) => {
    // The line as a contacts section gives it, and as the document's line.
    const all = lines(text);
    expect(findContacts(all, all).map((contact) => contact.phone)).toEqual(phones);
  });

  it.each([
    [['电话：0311-81234567（兼传真）'], '咨询电话'],
    [['四、联系方式', '某市科学技术局工业科', '联系人：王某（13812345678）（办）；'], '某市科学技术局工业科 王某'],
  ])("takes no name from a note on what the number is: %j", (texts, name) => {
    // Under a heading the lines after it are the contacts section; a line alone is read as prose.
    const all = lines(...texts);
    expect(findContacts(all.slice(1), all)[0]?.name).toBe(name);
  });

  it.each([
    [
      '（6）品牌项目报市场监管局，商标项目：信用科，联系电话：81234561；质量项目：质量科，联系电话：81234562；标准项目：标准科，联系电话：81234563；',
      [
        ['信用科', '81234561'],
        ['质量项目 质量科', '81234562'],
        ['标准项目 标准科', '81234563'],
      ],
    ],
    ['（联系人：某某处张某；联系电话：61234567。）', [['某某处张某', '61234567']]],
    // Two numbers of one desk, joined by 、, stay one contact.
    ['咨询电话：61234567、61234568', [['咨询电话', '61234567、61234568']]],
  ])('gives each clause with its own 电话 key and number a contact of its own: %s', (text, expected) => {
    expect(findContacts([], lines(text)).map((contact) => [contact.name, contact.phone])).toEqual(expected);
  });
  it.each([
    ['2、请各地按时报送材料，联系电话:市工信局装备工业处88190590', [['市工信局装备工业处', '88190590']]],
    ['如有疑问请联系，咨询电话：区人社局就业科 61234567', [['区人社局就业科', '61234567']]],
  ])('takes no key into the name of an office in a sentence: %s', (text, expected) => {
    // The calling verb found was the key's own 联系 (联系电话:); the office follows the colon.
    expect(findContacts([], lines(text)).map((contact) => [contact.name, contact.phone])).toEqual(expected);
  });
});

describe('title', () => {
  it('finds a formal title that the page\'s furniture (a breadcrumb, an information table of one cell a line) pushed below the head', () => {
    const head = ['您当前的位置:', '首页', '>', '政策文件', '>', '通知公告'];
    const table = ['- [ 索引号 ]', '- 1150000/2026-00001', '- [ 发文字号 ]', '- 某经信〔2026〕1号', '- [ 发布机构 ]', '- 某区经信委', '- [ 成文日期 ]', '- 2026-02-21'];
    const found = findTitle(lines(...head, ...table, '某区经济和信息化委员会关于做好2026年某某企业申报工作的通知', '各镇人民政府,各相关企业:', '现将有关事项通知如下:'), undefined);
    expect(found?.text).toBe('某区经济和信息化委员会关于做好2026年某某企业申报工作的通知');
  });

  it('takes no title below a sentence of the text: the notice had begun', () => {
    const filler = Array.from({ length: 12 }, (_, index) => `第${index + 1}行说明`);
    const found = findTitle(lines('本文介绍申报要点。', ...filler, '某区经济和信息化委员会关于做好2026年某某企业申报工作的通知'), undefined);
    expect(found?.text).not.toBe('某区经济和信息化委员会关于做好2026年某某企业申报工作的通知');
  });

  it.each([
    ['本期内容:项目申报解读'],
    ['发布机构：某某局办公室'],
  ])('takes no key and its value for the title (%s) but the notice\'s title below it', (keyValue) => {
    const found = findTitle(lines('点击上方蓝字关注我们', keyValue, '关于发布《某市数字化改造项目申报指南》的通知', '为贯彻落实有关要求，现将指南印发给你们。'), undefined);
    expect(found?.text).toBe('关于发布《某市数字化改造项目申报指南》的通知');
  });
});

describe("the page's controls and prompts", () => {
  it.each([
    ['加载更多', true],
    ['点击展开全文', true],
    ['查看原文 >', true],
    ['↓ 往下拉，下面的文章更精彩 ↓', true],
    ['留言与评论(共有 0 条评论)', true],
    ['验证码:', true],
    // Sentences that name the same acts are text.
    ['点击“申报”按钮，填写并提交申报材料。', false],
    ['更多详情请查看附件。', false],
    ['↓申报流程', false],
  ])('%s → chrome %s', (text, chrome) => {
    expect(isChromeLine(text)).toBe(chrome);
  });

  it('leaves them out of the lines a .txt copy of a page gives', () => {
    const document = readTxt('page.txt', new TextEncoder().encode(['申报流程', '1.网上申报。', '点击展开全文', '↓ 往下拉，下面的文章更精彩 ↓', '2.现场审核。', '加载更多'].join('\n')));
    expect(document.lines.map((line) => line.text)).toEqual(['申报流程', '1.网上申报。', '2.现场审核。']);
  });
});

describe('a table that a page\'s text kept with its pipes', () => {
  const notice = (...table: string[]) =>
    readTxt(
      'notice.txt',
      new TextEncoder().encode(
        ['关于组织申报2026年某某中心的通知', '一、申报对象', '本区注册的企业。', '二、组织方式', '1、各街道组织企业择优推荐，区科技局组织初审。', '各街道择优推荐，名额分配如下。', ...table, '2026年8月12日前，将申报材料报送至区科创中心。', '区科技局组织初审后向市科技局推荐。'].join('\n'),
      ),
    );

  it.each([
    [['序号 | 区域 | 推荐名额 |', '1 | 甲街道 | 1 |', '2 | 乙镇 | 2 |']],
    [['| 序号 | 区域 | 推荐名额 |', '| --- | --- | --- |', '| 1 | 甲街道 | 1 |']],
  ])('ends the item above it, adds no pipes, and leaves the lines after it items of their own: %j', (table) => {
    const process = draftCard(notice(...table)).spec['process'] as Array<string | { title: string; detail: string }>;
    const texts = process.map((step) => (typeof step === 'string' ? step : `${step.title}：${step.detail}`));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('名额分配如下。');
    expect(texts.join('')).not.toContain('|');
    expect(texts[1]).toContain('2026年8月12日前');
    expect(texts[2]).toContain('区科技局组织初审后');
  });
});

describe('amounts inside condition paragraphs', () => {
  const guide = (conditions: string) =>
    draftCard(readTxt('guide.txt', new TextEncoder().encode(['某某补贴办理指南', '一、补贴对象', '在本市首次创办小微企业的高校毕业生。', '二、补贴条件', conditions, '三、办理渠道', '向区人社部门申请。'].join('\n')))).spec;

  it('takes kinds of applicant paid a sum in a 条件 section as the reward, with its headline and a table by kind', () => {
    const spec = guide('创办小微企业的须缴纳社会保险费满1年，给予标准为1.5万元的一次性创业补贴；创办个体工商户的须缴纳社会保险费满6个月，给予标准为3000元的一次性创业补贴。每人只能领取一次。');
    const reward = spec['reward'] as { headline: string; items: string[]; table: { rows: string[][] } };
    expect(reward.items).toHaveLength(2);
    expect(reward.headline).toBe('1.5万元');
    expect(reward.table.rows).toEqual([
      ['创办小微企业', '1.5万元'],
      ['创办个体工商户', '3000元'],
    ]);
    expect(spec['conditions']).toEqual(['每人只能领取一次。']);
  });

  it.each([
    [
      ['大型企业按企业及其职工上年度缴纳失业保险费的30%返还；', '中小微企业按企业及其职工上年度缴纳失业保险费的60%返还；'],
      [
        ['大型企业', '企业及其职工上年度缴纳失业保险费的30%'],
        ['中小微企业', '企业及其职工上年度缴纳失业保险费的60%'],
      ],
    ],
    // A case of the terms, not a kind of applicant, makes no such table.
    [['无息的，按引资额的3%进行奖励。', '低息的，按引资额的2%进行奖励。'], undefined],
    // Different words after the figure: two rewards, not one by kind.
    [['大型企业按缴费的30%返还；', '中小微企业按工资的60%补贴；'], undefined],
  ])('reads rates or sums by kind of applicant as a table: %j', (items, rows) => {
    expect(parallelItemsTable(items.map((text) => ({ text })))?.table.rows).toEqual(rows);
  });
});

describe("a site's header above the notice's title", () => {
  const page = (...header: string[]) =>
    draftCard(readTxt('page.txt', new TextEncoder().encode([...header, '某市市场监督管理局关于组织申报2026年度某某专项资金的通知', '各有关单位:', '一、申报对象', '在本市注册登记的企业。', '二、申报时间', '2026年6月30日前。'].join('\n')))).spec;

  it('gives no item: its menu words head no section and its number is no reward', () => {
    const spec = page('登录/注册后您将获得:', '政策推送', '支持政策信息数据导出', '400-123-4567');
    expect((spec['reward'] as { items: string[] }).items[0]).toMatch(/^待补充/u);
    expect(spec['parties']).toEqual(['在本市注册登记的企业。']);
  });

  it('stays text where a line above the title ends a sentence', () => {
    const spec = page('本文转载自某某网站。', '支持政策', '对首次认定的企业给予10万元奖励。');
    expect((spec['reward'] as { items: string[] }).items).toEqual(['对首次认定的企业给予10万元奖励。']);
  });
});

describe('issuer from the title', () => {
  it.each([
    ['转发省经信委关于组织申报2026年度某某资金的通知', undefined],
    ['印发某某局关于某某办法的通知', undefined],
    ['某市科学技术局关于组织申报2026年度某某资金的通知', '某市科学技术局'],
  ])('%s → %s', (title, issuer) => {
    expect(issuerFromTitle(title)).toBe(issuer);
  });
});

describe('a floor on what is paid', () => {
  it.each([
    ['由市、县（区）财政给予不低于300万元奖励', false],
    ['补贴标准不低于1.2万元', false],
    ['上年度营业收入不低于300万元的企业', true],
  ])('%s → threshold %s', (text, threshold) => {
    expect(amountsIn(text)[0]?.threshold).toBe(threshold);
  });
});

describe('reward items written in parallel with a note after the amount', () => {
  it.each([
    [
      ['货物类展会，每平方米展位费支持上限4000元，每家单位可申报的最大面积见附件1；', '服务类展会，每平方米展位费支持上限6000元，每家单位可申报的最大面积见附件2。'],
      [
        ['货物类展会', '4000元'],
        ['服务类展会', '6000元'],
      ],
    ],
    [
      ['企业在境内成功首发上市，奖励600万元，申请奖励需提交的材料：（1）请示', '企业递交境内首发上市申报材料并得到证券交易所受理的，奖励600万元，若企业主动撤回的，须退还奖励资金。'],
      [
        ['企业在境内成功首发上市', '600万元'],
        ['企业递交境内首发上市申报材料并得到证券交易所受理', '600万元'],
      ],
    ],
  ])('reads a table by case: %j', (items, rows) => {
    expect(parallelItemsTable(items.map((text) => ({ text })))?.table.rows).toEqual(rows);
  });
});

describe('a deadline told by what closes on the day', () => {
  it.each([
    ['申报系统已开放，第二批项目申报将于2026年11月21日17:00关闭，第三批项目申报将于2026年12月10日17:00关闭。', '2026-11-21'],
    ['2026-04-01   材料报送截止期', '2026-04-01'],
    ['2026-07-11 17点申报截止', '2026-07-11'],
  ])('%s → end %s', (text, end) => {
    expect(findPeriod([], lines(text), undefined)?.end).toBe(end);
  });

  it('takes no end from a date that only names what happened', () => {
    expect(findPeriod([], lines('2026年3月1日，某某平台正式上线。'), undefined)?.end).toBeUndefined();
  });
});
