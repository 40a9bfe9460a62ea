import { describe, expect, it } from 'vitest';
import { withoutTypesetGaps } from '../../src/draft/typeset-gaps.js';

describe('withoutTypesetGaps', () => {
  it.each([
    // Word's and LibreOffice's space between Chinese and digits or Latin letters.
    ['于 7 月 1 日前将申请表报送', '于7月1日前将申请表报送'],
    ['现将《关于做好 2019 年示范智能车间申报工作的通知》', '现将《关于做好2019年示范智能车间申报工作的通知》'],
    ['(苏工信投资〔2019〕337 号)', '(苏工信投资〔2019〕337号)'],
    ['通过 APP 申请', '通过APP申请'],
    // The tab after a list number.
    ['1. 合法稳定就业或创业', '1.合法稳定就业或创业'],
    ['（1） 流程：申报人在“广州人社”微信公众号提交申请。', '（1）流程：申报人在“广州人社”微信公众号提交申请。'],
    ['① 毕业证书、学位证书。', '①毕业证书、学位证书。'],
    ['2. “穗好办”APP', '2.“穗好办”APP'],
    // A justified line spread out around a long URL.
    ['转 载 请 保 留 本 文 网 址 链 接 http://www.example.gov.cn/a.html', '转载请保留本文网址链接http://www.example.gov.cn/a.html'],
  ])('reads %s as %s', (pdfText, text) => {
    expect(withoutTypesetGaps(pdfText)).toBe(text);
  });

  it.each([
    ['常州市武进区工业和信息化局 常州市武进区财政局'],
    ['联系人:王士武 岳 杰'],
    ['Copyright 2026 All Rights Reserved'],
    ['0512-66181234 0512-66181235'],
    ['第一章　总　　则'],
    ['第一条　为保障专项资金规范使用'],
    ['1. The applicant'],
  ])('keeps the spaces of %s', (text) => {
    expect(withoutTypesetGaps(text)).toBe(text);
  });
});
