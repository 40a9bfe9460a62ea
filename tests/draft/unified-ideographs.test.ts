import { describe, expect, it } from 'vitest';
import { withUnifiedIdeographs } from '../../src/draft/unified-ideographs.js';

describe('withUnifiedIdeographs', () => {
  it.each([
    // Chromium's print to PDF with Noto fonts: Kangxi radicals for 一 工 示 日 月 人 门.
    ['⼀、申报⼯作', '一、申报工作'],
    ['⽰范智能⻋间', '示范智能车间'],
    ['于7⽉1⽇前', '于7月1日前'],
    ['联系⼈', '联系人'],
    ['主管部⻔', '主管部门'],
    // CJK Radicals Supplement: simplified forms that stand for whole characters.
    ['⺠族乡', '民族乡'],
    ['⻩⼭区', '黄山区'],
    ['⻓期', '长期'],
    ['⻅习', '见习'],
    // ⼾ is drawn as 户 in a Simplified Chinese font, not as the traditional 戶 of its compatibility mapping.
    ['引进⼊⼾', '引进入户'],
    // Look-alike marks: the dash of a range, the wave dash.
    ['5000万元(含5000万元)―1亿元', '5000万元(含5000万元)—1亿元'],
    ['3月1日〜4月30日', '3月1日～4月30日'],
  ])('reads %s as %s', (pdfText, text) => {
    expect(withUnifiedIdeographs(pdfText)).toBe(text);
  });

  it.each([['一、申报工作'], ['①②③'], ['ＡＢＣ１２３'], ['〔2026〕1号'], ['㈠㈡']])('leaves %s as it is (no NFKC)', (text) => {
    expect(withUnifiedIdeographs(text)).toBe(text);
  });
});
