/**
 * Mechanisms for the facts and the text readers from the misses of the sixth held-out set (issue
 * 13): each test uses a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draftOf = (...texts: string[]) => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec;

describe('a date without its year', () => {
  it.each([
    [['关于申报某某中心的通知', '某市科学技术局', '2026年9月1日'], '请于9月12日下午17:00前将材料报送市科技局'],
    [['关于申报某某中心的通知', '某市科学技术局', '2026年12月20日'], '请于1月10日前将材料报送市科技局'],
  ])('stays a note even in a signed notice: %j then %s', (around, deadline) => {
    const [title, ...signature] = around;
    expect(draftOf(title!, '一、申报对象', '本市企业。', `二、申报时间`, `${deadline}。`, ...signature).period).toEqual({ note: deadline });
  });

  it('still gives a range\'s end the year its start was written with', () => {
    expect(draftOf('关于申报某某中心的通知', '申报时间：2026年9月8日—9月25日。').period).toEqual({ start: '2026-09-08', end: '2026-09-25' });
  });
});
