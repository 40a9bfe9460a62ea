/**
 * E_OVERFLOW names what to shorten among the parts the template prints. A square card refused
 * for its title was told to shorten 申报材料 (1,328 characters), which a square card never shows.
 */
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/render/render-card.js';
import { rejectedCardError } from '../helpers/errors.js';
import { validCard } from '../helpers/cards.js';

const TITLE = '关于组织申报二〇二六年度苏州市工业和信息化产业转型升级专项资金（智能化改造和数字化转型、绿色低碳发展、产业链协同创新、工业互联网平台建设、专精特新中小企业培育）项目的通知';
const OVERLONG = validCard({
  title: (TITLE + TITLE).slice(0, 120),
  issuer: '苏州市工业和信息化局、苏州市财政局、苏州市发展和改革委员会、苏州市科学技术局、苏州市商务局',
  parties: ['工业企业'],
  materials: Array.from({ length: 12 }, (_, index) => `第${index + 1}项材料：${'企业法人营业执照副本复印件、法定代表人身份证复印件、近三年财务审计报告'.repeat(3)}`),
  reward: { headline: '按设备投入的10%给予奖补，单个项目最高不超过500万元，同一企业年度累计不超', items: ['按投入给予奖补'] },
  period: { note: '自通知发布之日起至2026年12月31日止，常年受理，每季度末集中评审一次，材料齐全的优先办理' },
  qr: [{ url: 'https://example.gov.cn/p/a', purpose: '原文' }, { url: 'https://example.gov.cn/p/b', purpose: '申报入口' }],
});

describe('a card too long for a fixed-size template', () => {
  it.each([
    [
      'square',
      /^内容放不进模板 "square"：省略全部适用对象条目、文字缩小到 70% 后仍超出 \d+ 像素（约 \d+%）。最长的部分：政策名称（120字）、发文单位（45字）。请精简这些内容，或改用 phone 模板（高度随内容增长）$/,
      /^the content does not fit template "square": even at 70% text size and with every item of "Who can apply" left out it is \d+ px \(about \d+%\) too tall\. Longest parts: title \(120 characters\), issuer \(45 characters\)\. Shorten them or use the phone template, which grows with the content$/,
    ],
    [
      'a6',
      /^内容放不进模板 "a6"：省略全部适用对象、申报条件条目、文字缩小到 80% 后仍超出 \d+ 像素（约 \d+%）。最长的部分：政策名称（120字）、发文单位（45字）。请精简这些内容，或改用 phone 模板（高度随内容增长）$/,
      /^the content does not fit template "a6": even at 80% text size and with every item of "Who can apply" and "Conditions" left out it is \d+ px \(about \d+%\) too tall\. Longest parts: title \(120 characters\), issuer \(45 characters\)\. Shorten them or use the phone template, which grows with the content$/,
    ],
    [
      'a5',
      /^内容放不进模板 "a5"正反两面：文字缩小到 80% 后仍超出 \d+ 像素（约 \d+%）。最长的部分：申报材料（1328字）、政策名称（120字）。请精简这些内容，或改用 phone 模板（高度随内容增长）$/,
      /^the content does not fit template "a5" on two sides: even at 80% text size it is \d+ px \(about \d+%\) too tall\. Longest parts: documents \(1328 characters\), title \(120 characters\)\. Shorten them or use the phone template, which grows with the content$/,
    ],
  ])('on %s names the longest parts it prints, never a list it does not show or has already left out', async (template, zh, en) => {
    const error = await rejectedCardError(renderCard(OVERLONG, { template, skipPng: true }));
    expect(error.code).toBe('E_OVERFLOW');
    expect(error.text.zh).toMatch(zh);
    expect(error.text.en).toMatch(en);
  });
});
