/**
 * Mechanisms from the misses of the sixth held-out set (issue 13), list fields: each test drafts
 * or reads small text written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });
const stepTexts = (result: DraftResult): string[] => (result.spec.process ?? []).map((step) => (typeof step === 'string' ? step : [step.title, step.detail].filter(Boolean).join(' ')));

describe('入库 is a verb of applying: a project library notice heads its requirements and steps so', () => {
  it.each([
    ['入库要求', 'conditions'],
    ['入库程序', 'process'],
    ['入库条件', 'conditions'],
  ] as const)('%s → %s', (label, field) => {
    expect(fieldForHeading(label)).toBe(field);
  });

  it('drafts the numbered items under 入库要求 as conditions', () => {
    const { spec } = draft(
      '关于开展某专项项目入库工作的通知',
      '一、入库要求',
      '1.同一项目不得重复申报。',
      '2.项目负责人须无不良信用记录。',
      '二、入库程序',
      '1.线上填报。申报单位登录系统填报入库信息。',
      '2.形式审查。市科技局对填报信息进行形式审查。',
    );
    expect(spec.conditions).toEqual(['同一项目不得重复申报。', '项目负责人须无不良信用记录。']);
    expect(stepTexts({ spec } as DraftResult)).toHaveLength(2);
  });
});
