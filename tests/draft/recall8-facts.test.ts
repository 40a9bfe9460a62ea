/**
 * Fact mechanisms from the misses of the eighth held-out set (issue 13), written to generalise
 * rather than to list phrases: each test reads a small notice written for it; none copies a corpus
 * document.
 */
import { describe, expect, it } from 'vitest';
import { amountClausesAfterGrant, amountsIn } from '../../src/draft/find-reward.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findTitle } from '../../src/draft/find-title.js';
import { draftCard } from '../../src/draft/draft-card.js';
import { issuerFromMetadata, issuerFromPageInfo } from '../../src/draft/find-issuer.js';
import { readTxt } from '../../src/draft/read-txt.js';
import { infoCells } from '../../src/draft/info-cells.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe("a page's information table copied as text, cells set apart by spaces", () => {
  const table = ['索 引 号  abc001/2026-0000007  公开方式  主动公开', '信息名称  某区稳岗返还申领指引  成文日期  2026-03-01', '公开日期  2026-03-02\t发布机构  某区人社局'];

  it('reads each row as key–value pairs, a spaced-out key as the key', () => {
    expect(infoCells(table[0]!)).toEqual(new Map([['索引号', 'abc001/2026-0000007'], ['公开方式', '主动公开']]));
    expect(infoCells(table[2]!)?.get('发布机构')).toBe('某区人社局');
  });

  it.each([['申报条件  企业须在本区注册'], ['某区人社局  2026年3月2日'], ['信息名称  某某  成文日期'], ['一、申报对象']])('%s is no info row', (text) => {
    expect(infoCells(text)).toBeUndefined();
  });

  it('takes the 信息名称 as the title, the line that repeats it below the table', () => {
    const found = findTitle(lines('无障碍浏览', ...table, '某区稳岗返还申领指引', '一、事项名称'), undefined);
    expect(found?.text).toBe('某区稳岗返还申领指引');
    expect(found?.lines[0]?.line).toBe(5);
  });

  it('takes the cell itself when no line repeats it', () => {
    expect(findTitle(lines(...table, '一、事项名称', '稳岗返还'), undefined)?.text).toBe('某区稳岗返还申领指引');
  });

  it('takes the 发布机构 cell as the issuer when it names an office', () => {
    expect(issuerFromMetadata(lines(...table, '一、事项名称'))?.text).toBe('某区人社局');
    expect(issuerFromMetadata(lines('信息名称  某某指引  发布机构  综合栏目', '一、事项名称'))).toBeUndefined();
  });
});

describe("the publishing office on a page's dateline, dropped as chrome", () => {
  const page = (dateline: string) =>
    readTxt('page.txt', new TextEncoder().encode(['关于组织申报2026年某区服务业引导资金的通知', dateline, '各有关单位：', '现将有关事项通知如下。', '一、申报条件', '在本区注册的企业。'].join('\n')));

  it.each([
    ['发布时间:2026年03月07日 10:16:03 发布部门:某某区管理委员会 收藏', '某某区管理委员会'],
    ['发布日期：2026-03-07　发布机构：某区商务局　浏览次数：12', '某区商务局'],
  ])('%s → %s', (dateline, issuer) => {
    const document = page(dateline);
    expect(document.lines.map((line) => line.text)).not.toContain(dateline);
    expect(draftCard(document).spec['issuer']).toBe(issuer);
  });

  it('takes no issuer from a dateline whose 发布部门 names no office', () => {
    expect(draftCard(page('发布时间:2026年03月07日 发布部门:综合栏目 收藏')).spec['issuer']).not.toBe('综合栏目');
  });
});

describe("a fact sheet's name above its first section", () => {
  it.each([
    [['Start', '某某省求职创业补贴', '➤补贴对象:', '毕业年度内的高校毕业生。'], '某某省求职创业补贴'],
    [['某区一次性创业补贴申领指南', '一、事项名称', '一次性创业补贴申领'], '某区一次性创业补贴申领指南'],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it.each([
    // A site's header, a sentence, an office: none is a name.
    [['某某市人民政府门户网站', '补贴对象：', '毕业生。']],
    [['为支持创业，现明确补贴办理事项', '一、补贴对象', '毕业生。']],
    [['某某市人力资源和社会保障局', '一、补贴对象', '毕业生。']],
    // Not the document's first Chinese line.
    [['政策解读专栏', '某某省求职创业补贴', '补贴对象：']],
  ])('%j gives no title', (texts) => {
    expect(findTitle(lines(...texts), undefined)).toBeUndefined();
  });
});

describe('a condition run into its grant, the amounts told after it', () => {
  it.each([
    ['补贴标准不低于1.2万元', false],
    ['奖励金额不少于5000元', false],
    ['营业收入不低于1000万元', true],
  ])('%s: threshold %s', (text, threshold) => {
    expect(amountsIn(text)[0]?.threshold).toBe(threshold);
  });

  it.each([
    [
      '2024年1月1日以后在本区首次登记注册、正常经营6个月以上、按规定缴纳社会保险的创业人员给予一次性补贴，补贴标准不低于8000元，符合条件的网店经营者，补贴标准不低于3000元。',
      ['补贴标准不低于8000元', '符合条件的网店经营者，补贴标准不低于3000元。'],
    ],
  ])('%s', (text, clauses) => {
    expect(amountClausesAfterGrant(text)).toEqual(clauses);
  });

  it.each([
    // The grant opens the sentence: the whole sentence is the reward, as before.
    ['对符合条件的企业给予一次性补贴，补贴标准为5000元。'],
    // No amount after the grant.
    ['2024年1月1日以后在本区首次登记注册、正常经营6个月以上、按规定缴纳社会保险的创业人员给予一次性补贴，具体标准另行公布。'],
  ])('%s gives no clauses', (text) => {
    expect(amountClausesAfterGrant(text)).toBeUndefined();
  });

  it('keeps the condition and drafts the amounts as the reward', () => {
    const text = ['某区一次性创业补贴申领流程', '一、办理条件', '2024年1月1日以后在本区首次登记注册、正常经营6个月以上、按规定缴纳社会保险的创业人员给予一次性补贴，补贴标准不低于8000元，符合条件的网店经营者，补贴标准不低于3000元。', '二、申请材料', '1.申领表；', '2.营业执照。'].join('\n');
    const { spec } = draftCard(readTxt('sheet.txt', new TextEncoder().encode(text)));
    expect(spec['conditions']).toHaveLength(1);
    expect(spec['reward']).toMatchObject({ headline: '8000元', items: ['补贴标准不低于8000元', '符合条件的网店经营者，补贴标准不低于3000元。'] });
  });
});

describe('a 文号 above the salutation', () => {
  it.each([['某科高〔2026〕12号'], ['某人社发[2025]第3号']])('%s is no title of an untitled notice', (docNo) => {
    expect(findTitle(lines(docNo, '各市、区科技局：', '现就有关事项通知如下：', '1、请按时报送。'), undefined)).toBeUndefined();
  });

  it('still takes a headline above the salutation', () => {
    expect(findTitle(lines('兑现2026年度某区商务发展专项资金', '各有关单位：', '现就有关事项通知如下：'), undefined)?.text).toBe('兑现2026年度某区商务发展专项资金');
  });
});

describe('name–number pairs run into a sentence, a name ending in 超', () => {
  it('gives each number its own name', () => {
    const text = '请于5月10日前将材料报市科技局，联系人：市科技局李文6123456市财政局王超6234567附件：申报表。';
    expect(findContacts([], lines(text)).map(({ name, phone }) => ({ name, phone }))).toEqual([
      { name: '市科技局李文', phone: '6123456' },
      { name: '市财政局王超', phone: '6234567' },
    ]);
  });

  it('still takes no number after 超过 for a phone', () => {
    expect(findContacts([], lines('联系人：张三，本年度营业额超过12000000的企业可申报。')).map((contact) => contact.phone)).not.toContain('12000000');
  });
});

describe('issuer keys: one list for a metadata line and a page record line', () => {
  it.each(['发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '发布部门', '制发机关'])('reads %s both as a line of its own and among a record line’s keys', (key) => {
    expect(issuerFromMetadata(lines(`${key}：苏州市科学技术局`))?.text).toBe('苏州市科学技术局');
    expect(issuerFromPageInfo(lines(`发布时间：2026年03月07日 ${key}：苏州市科学技术局 收藏`))?.text).toBe('苏州市科学技术局');
  });
});
