/**
 * A web page's furniture around the notice: chrome lines, controls and prompts, the site's header
 * above the title, a mirror's doubled marks. Each test reads a small document written for it; none
 * copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { isChromeLine } from '../../src/draft/page-chrome.js';
import { readTxt, withoutDoubledMarks } from '../../src/draft/read-txt.js';
import { lines, draftGuide, txt } from './small-document.js';

describe('page chrome', () => {
  it('keeps a step that names a photo’s 分辨率 while a footer’s 最佳分辨率 line is chrome', () => {
    const { spec } = draftGuide(
      '某证件申领指南',
      '一、申领流程',
      '1.上传照片：拍摄或上传1张白底彩色电子照片（规格为358像素*441像素，分辨率350DPI），审核通过的可获取回执号。',
      '2.提交申请：在某市政务APP提交申请。',
      '建议使用IE9以上浏览器，最佳分辨率1366*768',
    );
    expect(spec.process).toEqual([
      { title: '上传照片', detail: '拍摄或上传1张白底彩色电子照片（规格为358像素*441像素，分辨率350DPI），审核通过的可获取回执号。' },
      '提交申请：在某市政务APP提交申请。',
    ]);
  });
});

describe("a mirror's doubled marks", () => {
  it.each([
    ['（某发〔2021〕23号）,,拟对我市获奖单位开展奖励', '（某发〔2021〕23号）,拟对我市获奖单位开展奖励'],
    ['一,、申报对象', '一、申报对象'],
    ['一等奖、二等奖,、三等奖项目，，每个单位', '一等奖、二等奖、三等奖项目，每个单位'],
    ['营业收入1,000万元、利润100万元', '营业收入1,000万元、利润100万元'],
  ])('%s → %s', (text, clean) => {
    expect(withoutDoubledMarks(text)).toBe(clean);
  });

  it('reads a heading the doubling had hidden', () => {
    const document = txt('关于组织申报2026年某某奖励的通知', '各有关单位:', '一,、申报对象', '本市获奖的单位,,及个人。');
    expect(document.lines.map((line) => line.text)).toContain('一、申报对象');
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
