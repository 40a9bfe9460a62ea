/**
 * mergeLlmAnswer on its own: the rules' draft of the sample notice with some values taken out
 * (as if the rules had missed them), and a model's answer. Placeholders and absent fields are
 * filled from the source; dates, phones and table cells only when written there; limits hold.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { mergeLlmAnswer } from '../../src/draft/llm-merge.js';
import type { LlmReading } from '../../src/draft/llm-reader.js';
import type { SourceDocument } from '../../src/draft/source-document.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { EMPTY_ANSWER } from './llm-notice.js';
import { SAMPLE_NOTICE } from './sample-notice.js';

const URL = 'https://kjj.suzhou.gov.cn/notice/2026-2.html';
const document: SourceDocument = { file: '通知.txt', format: 'txt', lines: SAMPLE_NOTICE.split('\n').map((text, index) => ({ text, line: index + 1 })) };

/** The rules' draft with `without` taken out and recorded as missing, as if the rules had not found them. */
function rulesWithout(...without: Array<'title' | 'period' | 'contacts' | 'table' | 'materials'>): DraftResult {
  const result = draftCard(document, { url: URL });
  const spec = result.spec as unknown as Record<string, unknown>;
  for (const key of without) {
    if (key === 'title') spec['title'] = '待补充：政策名称';
    else if (key === 'table') delete (spec['reward'] as Record<string, unknown>)['table'];
    else delete spec[key];
    const path = key === 'table' ? '/reward/table' : `/${key}`;
    result.report.sources = result.report.sources.filter((source) => !source.path.startsWith(path));
    result.report.missing.push({ path, label: { zh: key, en: key }, required: key === 'title' });
  }
  return result;
}

const reading = (answer: Partial<typeof EMPTY_ANSWER>): LlmReading => ({
  endpoint: 'http://127.0.0.1:8000/v1/chat/completions',
  model: 'm',
  format: 'json_schema',
  sent: { sentChars: 100, totalChars: 100 },
  answer: { ...EMPTY_ANSWER, ...answer },
});

const fromModel = (result: DraftResult) => result.report.sources.filter((source) => source.by === 'model').map((source) => [source.path, source.from.map((place) => place.line)]);

describe('mergeLlmAnswer', () => {
  it('fills a placeholder title from the source, clears the gap, and the draft validates', () => {
    const merged = mergeLlmAnswer(rulesWithout('title'), document.lines, reading({ title: '苏州市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知' }), LIMITS);
    expect(merged.spec.title).toBe('苏州市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知');
    expect(fromModel(merged)).toEqual([['/title', [1]]]);
    expect(merged.report.missing.map((missing) => missing.path)).not.toContain('/title');
    expect(validateCard(merged.spec, { file: 'cards/x.json' }).ok).toBe(true);
  });

  it('takes a period whose dates are written in the quoted sentence, and keeps the card’s field order', () => {
    const merged = mergeLlmAnswer(rulesWithout('period'), document.lines, reading({ period: { start: '2026-03-01', end: '2026-04-30', note: '', quote: '2026年3月1日至4月30日。' } }), LIMITS);
    expect(merged.spec.period).toEqual({ start: '2026-03-01', end: '2026-04-30' });
    expect(Object.keys(merged.spec).indexOf('period')).toBe(Object.keys(merged.spec).indexOf('reward') + 1);
    expect(fromModel(merged)).toEqual([['/period', [21]]]);
  });

  it.each([
    ['a date the sentence does not hold', { start: '2026-03-01', end: '2026-05-31', note: '', quote: '2026年3月1日至4月30日。' }, { start: '2026-03-01' }, [{ path: '/period/end', text: '2026-05-31' }]],
    ['a date from an invented sentence', { start: '2026-06-01', end: '', note: '', quote: '2026年6月1日起常年受理。' }, undefined, [{ path: '/period', text: '2026年6月1日起常年受理。' }]],
  ])('drops %s', (_name, period, kept, dropped) => {
    const merged = mergeLlmAnswer(rulesWithout('period'), document.lines, reading({ period }), LIMITS);
    expect(merged.spec.period).toEqual(kept);
    expect(merged.report.model!.dropped.map(({ path, text }) => ({ path, text }))).toEqual(dropped);
  });

  it('drops a period whose start is after its end, with a warning naming both dates (zh and en), and the gap stays', () => {
    const merged = mergeLlmAnswer(rulesWithout('period'), document.lines, reading({ period: { start: '2026-04-30', end: '2026-03-01', note: '', quote: '2026年3月1日至4月30日。' } }), LIMITS);
    expect(merged.spec.period).toBeUndefined();
    expect(fromModel(merged)).toEqual([]);
    expect(merged.report.missing.map((missing) => missing.path)).toContain('/period');
    expect(merged.report.model!.warnings).toEqual([
      {
        code: 'W_LLM_PERIOD',
        text: {
          zh: '模型给出的申报时间起始日 2026-04-30 晚于截止日 2026-03-01，未采用；请对照原文填写申报时间（period）',
          en: "the model's period starts on 2026-04-30, after its end 2026-03-01, and was not used; fill in the period from the document",
        },
      },
    ]);
    expect(validateCard(merged.spec, { file: 'cards/x.json' }).ok).toBe(true);
  });

  it.each([
    ['the number as written', '0512-68615000', [{ name: '市科技局高新处', phone: '0512-68615000' }], []],
    ['a number with one digit changed', '0512-68615001', undefined, [{ path: '/contacts', text: '市科技局高新处 0512-68615001' }]],
  ])('takes contacts with %s only', (_name, phone, kept, dropped) => {
    const merged = mergeLlmAnswer(rulesWithout('contacts'), document.lines, reading({ contacts: [{ name: '市科技局高新处', phone, address: '' }] }), LIMITS);
    expect(merged.spec.contacts).toEqual(kept);
    expect(merged.report.model!.dropped.map(({ path, text }) => ({ path, text }))).toEqual(dropped);
  });

  it('takes a tier table only when every header and cell is in the source', () => {
    const table = { columns: ['档次', '奖励'], rows: [['国家级', '30万元'], ['省级', '20万元'], ['市级', '10万元']] };
    const found = mergeLlmAnswer(rulesWithout('table'), document.lines, reading({ reward: { ...EMPTY_ANSWER.reward, table: { columns: ['国家级', '省级'], rows: [['30万元', '20万元']] } } }), LIMITS);
    expect(found.spec.reward.table).toEqual({ columns: ['国家级', '省级'], rows: [['30万元', '20万元']] });
    const invented = mergeLlmAnswer(rulesWithout('table'), document.lines, reading({ reward: { ...EMPTY_ANSWER.reward, table } }), LIMITS);
    expect(invented.spec.reward.table).toBeUndefined();
    expect(invented.report.model!.dropped.map(({ text }) => text)).toEqual(['档次']);
  });

  it('tidies what the model copies as the rules’ items are tidied: a list marker and a trailing ； go', () => {
    const merged = mergeLlmAnswer(rulesWithout('materials'), document.lines, reading({ materials: ['1.申请表（加盖公章）；', '2.营业执照复印件；'] }), LIMITS);
    expect(merged.spec.materials).toEqual(['申请表（加盖公章）', '营业执照复印件']);
    expect(merged.report.model!.fromModel).toEqual(['/materials/0', '/materials/1']);
  });

  it('adds no near-duplicate of a rule’s item, and nothing beyond a list’s limit', () => {
    const limits = { ...LIMITS, materials: 3 };
    const merged = mergeLlmAnswer(
      rulesWithout(),
      document.lines,
      reading({ materials: ['申请表（加盖公章）', '营业执照复印件', '申请表'], conditions: ['近三年无严重失信记录'] }),
      limits,
    );
    expect(merged.spec.materials).toEqual(['申请表（加盖公章）', '营业执照复印件']);
    expect(merged.report.model!.fromModel).toEqual([]);
    const crowded = mergeLlmAnswer(rulesWithout(), document.lines, reading({ parties: ['在苏州市注册', '具有独立法人资格的企业', '各有关单位'] }), { ...LIMITS, parties: 1 });
    expect(crowded.spec.parties).toEqual(['在苏州市注册、具有独立法人资格的企业。']);
    expect(crowded.report.model!.dropped).toEqual([{ path: '/parties', label: { zh: '适用对象', en: 'eligible parties' }, text: '各有关单位', reason: 'over-limit' }]);
  });
});
