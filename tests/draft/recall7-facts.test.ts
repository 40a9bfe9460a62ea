/**
 * Fact mechanisms from the misses of the seventh held-out set (issue 13), written to generalise
 * rather than to list phrases: each test reads a small notice written for it; none copies a corpus
 * document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { findTitle } from '../../src/draft/find-title.js';
import { readTxt } from '../../src/draft/read-txt.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('a 文号 key that shares its cell with another key', () => {
  it.each([
    [['- 索 引 号：AB0001-2025-00012', '- 备注/文号：东农字〔2025〕6号', '- 发布机构：某市农业局'], '东农字〔2025〕6号'],
    [['索引号 AB0001-2025-00012', '备注／文号 东农字〔2025〕6号'], '东农字〔2025〕6号'],
  ])('%j → %s', (texts, docNo) => {
    expect(findDocNo(lines(...texts))?.text).toBe(docNo);
  });

  it('takes no number after a slashed key that is not 文号', () => {
    expect(findDocNo(lines('- 索引号：AB0001', '- 分类/备注：东农字〔2025〕6号', '各有关单位：现将有关事项通知如下。', '一、申报条件'))).toBeUndefined();
  });
});

describe('a web headline above its dateline', () => {
  it.each([
    [['政务服务', '2026年某区稳岗补贴第一批申领开始', '2026-03-02', '一、申领对象'], '2026年某区稳岗补贴第一批申领开始'],
    [['城市频道 | 下载APP', '最高50万元！某市“专精特新”企业可领奖励', '2026-04-01 09:30:00 来源：某某网', '记者从市工信局获悉，……。'], '最高50万元！某市“专精特新”企业可领奖励'],
    [['某某补贴申领指引', '发布日期 2026-05-06  浏览次数 12', '1.申领条件'], '某某补贴申领指引'],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it.each([
    // A signature's office above its date, after the body.
    [['各有关单位：', '现将有关事项通知如下。', '某市科技创新工作小组（某市科学技术局代章）', '2026年8月9日']],
    // A site's byline: an office and a level, above the page's dates.
    [['某某开发区人力资源局 县级', '2026-01-17 2026-01-17 16:34', '一、申报对象']],
  ])('%j → no title', (texts) => {
    expect(findTitle(lines(...texts), undefined)).toBeUndefined();
  });
});

describe('a deadline for papers handed to an office', () => {
  it.each([
    ['2、请于2026年6月30日前将项目建议表报区科技局产业科。', '2026-06-30'],
    ['各单位须在2026年7月15日前将推荐汇总表交市工信局。', '2026-07-15'],
  ])('%s → ends %s', (text, end) => {
    const all = lines('一、项目内容', '某某项目。', text);
    expect(findPeriod([], all, undefined)?.end).toBe(end);
  });

  it('takes no date from a sentence that hands nothing to an office', () => {
    expect(findPeriod([], lines('一、项目内容', '项目须在2026年6月30日前完成建设。'), undefined)).toBeUndefined();
  });
});

describe('a site channel above the salutation and a signer marked （代）', () => {
  const notice = (head: string) =>
    draftCard({
      file: '通知.txt',
      format: 'txt',
      lines: lines(head, '各县区科技局：', '现将有关事项通知如下。', '一、申报条件', '在本市注册的企业。', '某市科技创新工作领导小组办公室（代）', '2026年9月22日'),
    }).spec as { title?: string; issuer?: string };

  it.each(['某市通知公告', '某某区政策文件'])('%s is no title; the signer is the issuer without its note', (head) => {
    const spec = notice(head);
    expect(spec.title).toMatch(/^待补充/u);
    expect(spec.issuer).toBe('某市科技创新工作领导小组办公室');
  });

  it('still takes a title that ends in one kind of document', () => {
    expect(notice('某市关于开展2026年企业培育工作的通知').title).toBe('某市关于开展2026年企业培育工作的通知');
  });
});

describe('a question headline without its mark', () => {
  it.each([
    [['某市就业见习补贴有多少钱', '导语 生活补贴1500元/月/人。', '某市就业见习补贴标准：', '（1）生活补贴每月1500元；'], '某市就业见习补贴有多少钱'],
    [['某区创业担保贷款怎么申请', '某区创业担保贷款的申请条件如下。'], '某区创业担保贷款怎么申请'],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it('takes no such line whose subject the article does not repeat', () => {
    expect(findTitle(lines('某市就业见习补贴有多少钱', '导语 生活补贴1500元/月/人。', '申请材料如下。'), undefined)).toBeUndefined();
  });
});

describe('a dateline the reader drops as chrome still marks the headline above it', () => {
  const read = (text: string) => readTxt('页面.txt', new TextEncoder().encode(text));

  it.each([
    ['某市职业培训补贴\n发布日期：2026-05-25\n1.受理条件\n依法参加失业保险的企业职工。\n', '某市职业培训补贴'],
    ['某区人力资源局 县级\n2026-02-17 2026-01-17 16:34\n\n某区创业补贴申领\n\n【信息来源：【作者：【信息时间：2026-01-17 16:34  阅读次数： 】【字号 】\n\n一、申报对象\n', '某区创业补贴申领'],
  ])('%j → %s', (text, title) => {
    const document = read(text);
    expect(document.pageInfo?.some((line) => /\d{4}-\d{2}-\d{2}/u.test(line.text))).toBe(true);
    expect(findTitle(document.lines, undefined, document.pageInfo)?.text).toBe(title);
  });

  it('keeps no dateline when the dropped line holds no date', () => {
    const document = read('某市职业培训补贴\n【字体：大 中 小】\n1.受理条件\n');
    expect(document.pageInfo?.map((line) => line.text)).toEqual(['【字体：大 中 小】']);
  });
});

describe('a range that names which things, not when to apply', () => {
  it('gives no period from 2020年1月1日-2020年12月31日颁发的证书', () => {
    const found = findPeriod([], lines('一、申领', '2020年1月1日-2020年12月31日颁发的证书，由本人申请补贴。'), undefined);
    expect(found?.start).toBeUndefined();
    expect(found?.end).toBeUndefined();
  });

  it('still reads a range that a sentence about applying gives', () => {
    const found = findPeriod([], lines('一、申领', '申报时间为2026年3月1日至2026年3月31日，逾期不予受理。'), undefined);
    expect([found?.start, found?.end]).toEqual(['2026-03-01', '2026-03-31']);
  });
});
