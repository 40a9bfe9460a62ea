/**
 * Mechanisms from the misses of the third held-out set (issue 13), written to generalise rather
 * than to list phrases: each test drafts a small notice written for it; none copies a corpus
 * document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading, headNounField } from '../../src/draft/field-for-heading.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '指南.txt', format: 'txt', lines: lines(...texts) });

describe('a heading by the class of its head noun', () => {
  it.each([
    ['政策惠及人群范围', 'parties'],
    ['参保人员', 'parties'],
    ['参保要求', 'conditions'],
    ['领取要求', 'conditions'],
    ['办理指引', 'process'],
    ['申领方法', 'process'],
    ['网上办理途径', 'process'],
    ['办理渠道及办理指引', 'process'],
    ['备案期限', 'period'],
  ])('%s → %s', (heading, field) => {
    expect(headNounField(heading)).toBe(field);
  });

  it.each([
    // Other words before the noun: the office's side, or a topic of its own.
    ['其他要求'],
    ['工作要求'],
    ['考核程序'],
    ['服务银行'],
    // A bare noun says too little.
    ['程序'],
    ['要求'],
  ])('%s stays unclassed', (heading) => {
    expect(fieldForHeading(heading)).toBeUndefined();
  });

  it('drafts the items under such headings', () => {
    const { spec } = draft(
      '某市居民参加医疗保险简介',
      '一、政策惠及人群范围',
      '以下人员可按规定参加居民医疗保险：',
      '本市户籍未就业居民；',
      '在本市就读的大中专学生。',
      '二、参保要求',
      '（一）本市户籍居民凭本人有效身份证件参保；',
      '（二）非本市户籍居民凭居住证参保。',
    );
    expect(spec.parties).toEqual(['本市户籍未就业居民', '在本市就读的大中专学生。']);
    expect(spec.conditions).toEqual(['本市户籍居民凭本人有效身份证件参保', '非本市户籍居民凭居住证参保。']);
  });
});
