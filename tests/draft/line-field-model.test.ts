/**
 * The line model (issue #13): the features of a candidate item and the probabilities a model
 * gives it. The model here is written by hand, so each expectation can be worked out on paper.
 */
import { describe, expect, it } from 'vitest';
import { LINE_CLASSES, lineFeatures, lineFieldReader, lineProbabilities, type LineModelData, type LineUnit } from '../../src/draft/line-field-model.js';

const SIZES = { parties: 0, conditions: 3, materials: 0, process: 1, reward: 2 };

const unit = (text: string, extra: Partial<LineUnit> = {}): LineUnit => ({
  text,
  lines: [{ text, line: 1 }],
  ruleField: undefined,
  sectionField: undefined,
  heading: '',
  marker: undefined,
  position: 0,
  listSizes: SIZES,
  ...extra,
});

/** 提交 speaks for the process, the rules' field `conditions` for the conditions; nothing else weighs. */
const MODEL: LineModelData = {
  about: 'written by hand for the tests',
  classes: [...LINE_CLASSES],
  thresholds: { move: 0.8, add: 0.9, drop: null },
  bias: [1, 0, 0, 0, 0, 0],
  weights: { 'o:提交': [0, 0, 0, 0, 4, 0], 'r:conditions': [0, 0, 2, 0, 0, 0] },
};

describe('lineFeatures', () => {
  it('reads 1–3-grams of the item and of its opening, the heading\'s 1–2-grams, each group scaled to unit length, and one feature per trait', () => {
    const features = lineFeatures(unit('提交表。', { heading: '要求', ruleField: 'conditions', sectionField: 'conditions', marker: 'digit-dot', position: 0.5 }));
    const third = 1 / Math.sqrt(6);
    expect(Object.fromEntries(features)).toEqual({
      'u:提': third, 'u:交': third, 'u:表': third, 'u:提交': third, 'u:交表': third, 'u:提交表': third,
      'o:提': third, 'o:交': third, 'o:表': third, 'o:提交': third, 'o:交表': third, 'o:提交表': third,
      'h:要': 1 / Math.sqrt(3), 'h:求': 1 / Math.sqrt(3), 'h:要求': 1 / Math.sqrt(3),
      'r:conditions': 1, 'f:conditions': 1, 'm:digit-dot': 1, 'l:8': 1, 'p:2': 1,
      'n:parties:0': 1, 'n:conditions:more': 1, 'n:materials:0': 1, 'n:process:2': 1, 'n:reward:2': 1,
    });
  });

  it.each([
    ['digits fold to 0 and punctuation is dropped', '2026年，', ['u:0', 'u:0年', 'u:年']],
    ['full-width letters fold to ASCII', 'ＡＢ', ['u:A', 'u:AB', 'u:B']],
  ])('%s', (_, text, grams) => {
    expect([...lineFeatures(unit(text)).keys()].filter((key) => key.startsWith('u:')).sort()).toEqual([...grams].sort());
  });
});

describe('lineProbabilities', () => {
  it('is the softmax of bias plus weighted features, in the model\'s class order', () => {
    const value = 1 / Math.sqrt(3);
    const probabilities = lineProbabilities(MODEL, unit('提交', { ruleField: 'conditions' }));
    const scores = [1, 0, 2, 0, 4 * value, 0].map(Math.exp);
    const sum = scores.reduce((a, b) => a + b, 0);
    probabilities.forEach((probability, cls) => expect(probability).toBeCloseTo(scores[cls]! / sum, 12));
  });

  it('gives the same probabilities every time', () => {
    const first = lineProbabilities(MODEL, unit('提交申请表', { ruleField: 'conditions' }));
    expect(lineProbabilities(MODEL, unit('提交申请表', { ruleField: 'conditions' }))).toEqual(first);
  });
});

describe('lineFieldReader', () => {
  it.each([
    ['提交', 'conditions', 'process'],
    ['其他', 'conditions', 'conditions'],
    ['其他', undefined, 'none'],
  ] as const)('reads %s with rules field %s as %s', (text, ruleField, field) => {
    expect(lineFieldReader(MODEL).classify(unit(text, { ruleField })).field).toBe(field);
  });

  it('keeps the model\'s thresholds unless given others', () => {
    expect(lineFieldReader(MODEL).thresholds).toEqual({ move: 0.8, add: 0.9, drop: null });
    expect(lineFieldReader(MODEL, { move: 0.5, add: 0.6, drop: 0.99 }).thresholds).toEqual({ move: 0.5, add: 0.6, drop: 0.99 });
  });
});
