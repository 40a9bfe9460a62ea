/** The shipped line model (src/draft/line-field-model.json): it loads, is small and answers the same every time. */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLineModel, defaultLineReader } from '../../src/draft/default-line-model.js';
import { LINE_CLASSES, lineProbabilities, type LineUnit } from '../../src/draft/line-field-model.js';

const unit: LineUnit = {
  text: '登录苏州市政务服务平台提交申报材料。',
  lines: [{ text: '2.登录苏州市政务服务平台提交申报材料。', line: 7 }],
  ruleField: 'conditions',
  sectionField: 'conditions',
  heading: '申报要求',
  marker: 'digit-dot',
  position: 0.5,
  listSizes: { parties: 1, conditions: 3, materials: 0, process: 0, reward: 1 },
};

describe('defaultLineModel', () => {
  it('loads with its classes, thresholds in 0..1 (or no drop) and weights of one value per class', async () => {
    const model = await defaultLineModel();
    expect(model.classes).toEqual([...LINE_CLASSES]);
    for (const value of [model.thresholds.move, model.thresholds.add]) expect(value).toBeGreaterThan(0);
    expect(model.thresholds.drop === null || model.thresholds.drop <= 1).toBe(true);
    const rows = Object.values(model.weights);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((row) => row.length === LINE_CLASSES.length)).toBe(true);
  });

  it('is well under 1 MB', () => {
    expect(statSync(fileURLToPath(new URL('../../src/draft/line-field-model.json', import.meta.url))).size).toBeLessThan(600 * 1024);
  });

  it('gives stable probabilities that sum to 1', async () => {
    const model = await defaultLineModel();
    const first = lineProbabilities(model, unit);
    expect(first.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(lineProbabilities(model, unit)).toEqual(first);
    const reader = await defaultLineReader();
    expect(reader.classify(unit)).toEqual(reader.classify(unit));
    expect(reader.thresholds).toEqual(model.thresholds);
  });
});
