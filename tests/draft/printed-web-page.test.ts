import { describe, expect, it } from 'vitest';
import { printedPageArticle } from '../../src/draft/printed-web-page.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const page = (texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1, page: 1 }));
const ARTICLE = ['关于受理天河区人才公寓申请的公告', '一、申请类别及条件', '申请人须在辖区企业工作。', '广州市天河区住房建设和园林局', '2025年8月11日'];

describe('printedPageArticle', () => {
  it.each([
    ['您当前所在的位置：首页>天河区重点领域信息公开专栏>住房保障'],
    ['当前位置：首页 > 政务公开'],
    ['您的位置：首页>通知公告'],
    ['首页>公共服务>主题服务>就业创业'],
  ])('keeps the article after the breadcrumb %s, without the site footer and the page chrome inside it', (breadcrumb) => {
    const lines = page([
      '无障碍阅读长者助手繁体版',
      '首页Home',
      '政务服务E-services',
      breadcrumb,
      ARTICLE[0]!,
      '发表时间：2025-08-11 18:04:59信息来源：区住建园林局浏览量：-',
      'A+大A+中A+小',
      ...ARTICLE.slice(1),
      '扫一扫在手机打开当前页',
      '打印关闭',
      '网站地图|联系我们|友情链接',
      '手机版',
    ]);
    expect(printedPageArticle(lines).map((line) => line.text)).toEqual(ARTICLE);
  });

  it('leaves a document without a breadcrumb as it is', () => {
    const lines = page(['关于组织申报的通知', '各有关单位：', '一、申报条件', '扫一扫关注公众号', '联系电话：0512-66181234']);
    expect(printedPageArticle(lines)).toEqual(lines);
  });
});
