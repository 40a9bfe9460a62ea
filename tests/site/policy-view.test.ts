/** The site's wording of a card: QR captions for the web, and the site's own title. */
import { describe, expect, it } from 'vitest';
import { webCaption } from '../../src/site/policy-view.js';
import { renderIndexPage } from '../../src/site/render-index-page.js';
import { htmlKeepingNumbers } from '../../src/site/html.js';

describe('webCaption', () => {
  it.each([
    ['扫码在线申报', '进入申报入口', '在线申报'],
    ['扫一扫查看原文', '查看政策原文', '查看原文'],
    ['请用手机扫码：在线咨询', '在线咨询', null],
    ['微信扫码', '相关链接', null],
    ['申报系统（工作日开放）', '进入申报入口', '申报系统（工作日开放）'],
    [undefined, '相关链接', null],
  ])('%s beside “%s” → %s', (caption, label, expected) => {
    expect(webCaption(caption, label)).toBe(expected);
  });
});

describe('the site title', () => {
  it.each([
    [undefined, '<title>政策明白卡 · 政策清单</title>', '<span>政策明白卡</span>'],
    ['示例园区企业服务中心', '<title>示例园区企业服务中心 · 政策清单</title>', '<span>示例园区企业服务中心</span>'],
    ['<b>办</b>', '<title>&lt;b&gt;办&lt;/b&gt; · 政策清单</title>', '<span>&lt;b&gt;办&lt;/b&gt;</span>'],
  ])('%s gives %s', (siteTitle, title, bar) => {
    const page = renderIndexPage([], { siteUrl: 'https://example.gov.cn/', css: '', siteTitle });
    expect(page).toContain(title);
    expect(page).toContain(bar);
  });
});

describe('htmlKeepingNumbers', () => {
  it.each([
    ['200万元', '<span class="nb">200万元</span>'],
    ['最高200万元（每年）', '最高<span class="nb">200万元</span>（每年）'],
    ['50万–500万元', '<span class="nb">50万</span>–<span class="nb">500万元</span>'],
    ['A类', 'A类'],
    ['<1万元>', '&lt;<span class="nb">1万元</span>&gt;'],
  ])('%s → %s', (text, expected) => {
    expect(htmlKeepingNumbers(text).value).toBe(expected);
  });
});
