import { describe, expect, it } from 'vitest';
import { chinesePunctuation } from '../../src/text/chinese-punctuation.js';

describe('chinesePunctuation: ASCII marks inside Chinese text in their full-width form', () => {
  it.each([
    ['企业,符合本市产业发展方向;经营状态正常', '企业，符合本市产业发展方向；经营状态正常'],
    ['申报方式:线上申报', '申报方式：线上申报'],
    ['登陆平台(https://zxzj.sheitc.sh.gov.cn)(以下简称“平台”)进行申报', '登陆平台（https://zxzj.sheitc.sh.gov.cn）（以下简称“平台”）进行申报'],
    ['是否需要原件?需要!', '是否需要原件？需要！'],
    ['企业, 符合条件', '企业，符合条件'],
    ['营业执照(复印件)', '营业执照（复印件）'],
    ['(一)申报对象', '（一）申报对象'],
    ['申报时间为2026年1月20日至2026年 2月4日', '申报时间为2026年1月20日至2026年2月4日'],
    ['第 1 项 申报材料', '第1项 申报材料'],
  ])('%s → %s', (input, output) => {
    expect(chinesePunctuation(input)).toBe(output);
  });

  it.each([
    ['numbers', '2026年2月4日16:00前，奖励1,000万元'],
    ['addresses', '网址 https://example.gov.cn/a?b=1,2'],
    ['Latin text in brackets after Latin', 'PDF (A4) file'],
    ['circled numbers and full-width marks already there', '①营业执照；②税务登记证（复印件）。'],
    ['spaces beside Latin words', '使用 Excel 表格和 PDF 文件'],
    ['spaces between two Chinese words (two offices)', '某市科学技术局 某市财政局'],
  ])('leaves %s alone', (_what, text) => {
    expect(chinesePunctuation(text)).toBe(text);
  });

  it('turns the colon after a Chinese label but not the one of the address after it', () => {
    expect(chinesePunctuation('网址:https://example.gov.cn')).toBe('网址：https://example.gov.cn');
  });
});
