/**
 * findInSource, the check every value of the language model passes before it reaches a card:
 * text found in a run of lines (width, punctuation and line breaks ignored, light rewording
 * allowed), figures exactly, and nothing for text the document does not hold.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf, findInSource, nearDuplicate } from '../../src/draft/find-in-source.js';
import type { SourceLine } from '../../src/draft/source-document.js';
import { SAMPLE_NOTICE } from './sample-notice.js';

const lines: SourceLine[] = SAMPLE_NOTICE.split('\n').map((text, index) => ({ text, line: index + 1 }));
const at = (text: string) => findInSource(text, lines)?.lines.map((line) => line.line);
const phones: SourceLine[] = ['咨询电话：0512-68612345 0512-68612346', '联系人：王老师 138 1234 5678', '总机：0512-68610000-8001'].map((text, index) => ({ text, line: index + 1 }));

describe('findInSource', () => {
  it.each([
    ['a line as written', '近三年无严重失信记录', [9]],
    ['with ASCII punctuation and half-width brackets', '苏科规[2026]2号', [2]],
    ['full-width digits and spaces', '２０２５年度 列入 高新技术企业培育库', [8]],
    ['an item over three lines', '满足以下条件之一：（1）研发投入占营业收入3%以上；（2）拥有发明专利1件以上。', [10, 11, 12]],
    ['lightly reworded (one word dropped)', '对新认定的国家级、省级、市级培育企业分别给予30万元、20万元、10万元奖励', [14]],
    ['a short value, whole', '申请表', [16]],
    ['a phone number with another dash', '0512—68615000', [23]],
  ])('finds %s', (_name, text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it.each([
    ['an invented condition in the notice’s words', '企业近三年研发投入不低于500万元'],
    ['a changed amount', '单个企业最高50万元'],
    ['an amount inside a larger one', '最高3万元'],
    ['a changed phone number', '0512-68615001'],
    ['a phone number with its last digit dropped', '0512-6861500'],
    ['a changed date', '2026年3月1日至5月30日'],
    ['a short value not written whole', '科学局'],
    ['nothing', '   '],
  ])('does not find %s', (_name, text) => {
    expect(findInSource(text, lines)).toBeUndefined();
  });

  it.each([
    ['the first of two phone numbers side by side', '咨询电话：0512-68612345', [1]],
    ['the second of two phone numbers side by side', '咨询电话：0512-68612346', [1]],
    ['a mobile number written in groups', '王老师 13812345678', [2]],
    ['a number written with its extension', '0512-68610000', [3]],
  ])('finds %s', (_name, text, expected) => {
    expect(findInSource(text, phones)?.lines.map((line) => line.line)).toEqual(expected);
  });

  it.each([
    ['a mobile number with its last digit dropped', '王老师 1381234567'],
    ['a landline with its last digit dropped', '咨询电话：0512-6861234'],
    ['a number with an extension, a digit dropped', '总机：0512-6861000'],
  ])('does not find %s', (_name, text) => {
    expect(findInSource(text, phones)).toBeUndefined();
  });

  it.each([
    ['对新认定企业给予30万元、20万元奖励，最高不超过1.5亿元', ['30万元', '20万元', '1.5亿元']],
    ['研发投入占比3%以上，联系电话0512-68615000或12345', ['3%', '051268615000', '12345']],
    ['2026年3月1日至4月30日', ['2026年3月1日', '4月30日']],
    ['最高奖励1,000万元，另给予1 000万元、2，500.5万元', ['1000万元', '2500.5万元']],
  ])('treats the figures of %s as exact', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  // Figures are whole numbers with their units, whatever the separators: never a part of a longer number.
  it.each([
    ['最高给予1,000万元奖励', '最高给予2,000万元奖励', false],
    ['最高给予1,000万元奖励', '最高给予1,000万元奖励', true],
    ['最高给予1000万元奖励', '最高给予1,000万元奖励', true],
    ['最高给予1 000万元奖励', '最高给予1000万元奖励', true],
    ['最高给予1，000万元奖励', '最高给予1 000万元奖励', true],
    ['最高给予100万元奖励', '最高给予1000万元奖励', false],
    ['最高给予1000万元奖励', '最高给予100万元奖励', false],
    ['最高给予1000万元奖励', '最高给予1000元奖励', false],
    ['最高给予000万元奖励', '最高给予2,000万元奖励', false],
    ['咨询电话：0512-68615000', '咨询电话：0512-68615 000', true],
    ['咨询电话：0512-68615000', '咨询电话：0512-8615000', false],
    ['申报截止2026年3月1日', '申报截止2026年3月11日', false],
    ['申报截止2026年3月1日', '申报截止2026年 3月 1日', true],
  ])('takes %s as written in %s: %s', (proposed, source, expected) => {
    const sourceLines: SourceLine[] = [{ text: `${source}，资金由区财政局统一拨付`, line: 1 }];
    expect(findInSource(`${proposed}，资金由区财政局统一拨付`, sourceLines) !== undefined).toBe(expected);
  });

  it.each([
    ['近三年无严重失信记录', '近三年无严重失信记录。', true],
    ['企业网上申报', '企业网上申报→区科技局审核', true],
    ['营业执照复印件', '申请表（加盖公章）', false],
  ])('calls %s and %s near-duplicates: %s', (a, b, expected) => {
    expect(nearDuplicate(a, b)).toBe(expected);
  });
});
