/**
 * The line model hooked into draftCard (issue #13): a rules item moves to the field the model
 * names, a piece the rules left out is added while its list has room, a rules item read as no
 * field is dropped only when the thresholds allow it, and the report marks each inferred item
 * in Chinese and English. The model is written by hand, so the outcome does not depend on training.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { LINE_CLASSES, lineFieldReader, type LineModelData, type LineThresholds } from '../../src/draft/line-field-model.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import type { SourceDocument } from '../../src/draft/source-document.js';

const notice = (...texts: string[]): SourceDocument => ({ file: 'notice.txt', format: 'txt', lines: texts.map((text, index) => ({ text, line: index + 1 })) });

const NOTICE = notice(
  '关于申报2026年某某区科技项目的通知',
  '一、申报条件',
  '1.在本区注册的企业。',
  '2.具有独立法人资格。',
  '二、申报要求',
  '1.项目须在本区实施。',
  '2.登录某某区政务服务平台在线填报项目信息。',
  '三、申报流程',
  '1.企业自愿申报。',
  '2.区科技局审核。',
  '四、奖励标准',
  '给予最高50万元奖励。',
  '五、其他',
  '所有复印件一律加盖单位公章。',
);

/** 登录 speaks for the process, 复印件 for the materials, 实施 for no field; all else weighs nothing. */
function reader(thresholds: LineThresholds) {
  const model: LineModelData = {
    about: 'written by hand for the tests',
    classes: [...LINE_CLASSES],
    thresholds,
    bias: [0, 0, 0, 0, 0, 0],
    weights: { 'u:登录': [0, 0, 0, 0, 60, 0], 'u:复印件': [0, 0, 0, 60, 0, 0], 'u:实施': [60, 0, 0, 0, 0, 0] },
  };
  return lineFieldReader(model);
}

const ON: LineThresholds = { move: 0.9, add: 0.9, drop: null };
const STEP = '登录某某区政务服务平台在线填报项目信息。';

describe('draftCard with lineModel', () => {
  it('leaves a step-like line under 申报要求 among the conditions when the model is off', () => {
    const { spec, report } = draftCard(NOTICE);
    expect(spec.conditions).toContain(STEP);
    expect(spec.process).toEqual(['企业自愿申报。', '区科技局审核。']);
    expect(report.doubts.filter((doubt) => doubt.kind === 'inferred-item')).toEqual([]);
  });

  it('moves it to the process when the model is on, in the document\'s order, with its source line', () => {
    const { spec, report } = draftCard(NOTICE, { lineModel: reader(ON) });
    expect(spec.conditions).not.toContain(STEP);
    expect(spec.process).toEqual([STEP, '企业自愿申报。', '区科技局审核。']);
    expect(report.sources.find((source) => source.path === '/process/0')?.from).toEqual([{ line: 7 }]);
  });

  it('marks the moved item and the added one in the report, in Chinese and in English', () => {
    const { spec, report } = draftCard(NOTICE, { lineModel: reader(ON) });
    expect(spec.materials).toEqual(['所有复印件一律加盖单位公章。']);
    expect(report.doubts.filter((doubt) => doubt.kind === 'inferred-item')).toEqual([
      {
        kind: 'inferred-item',
        path: '/materials/0',
        from: [{ line: 14 }],
        text: { zh: '按语义推断为申报材料（把握 1.00），规则未采用；请核对', en: 'inferred from wording as materials (p 1.00); the rules left it out. Check it' },
      },
      {
        kind: 'inferred-item',
        path: '/process/0',
        from: [{ line: 7 }],
        text: { zh: '按语义推断为申报流程（把握 1.00），规则原归入申报条件；请核对', en: 'inferred from wording as process (p 1.00); the rules had it under conditions. Check it' },
      },
    ]);
  });

  it.each([
    ['below the move threshold nothing moves', { move: 1.01, add: 0.9, drop: null }, true, ['所有复印件一律加盖单位公章。']],
    ['below the add threshold nothing is added', { move: 0.9, add: 1.01, drop: null }, false, undefined],
  ] as const)('%s', (_, thresholds, stays, materials) => {
    const { spec } = draftCard(NOTICE, { lineModel: reader(thresholds) });
    expect((spec.conditions as string[]).includes(STEP)).toBe(stays);
    expect(spec.materials).toEqual(materials);
  });

  it('drops a rules item read as no field only with a drop threshold', () => {
    expect(draftCard(NOTICE, { lineModel: reader(ON) }).spec.conditions).toContain('项目须在本区实施。');
    expect(draftCard(NOTICE, { lineModel: reader({ ...ON, drop: 0.9 }) }).spec.conditions).not.toContain('项目须在本区实施。');
  });

  it('adds nothing to a list that is full', () => {
    const { spec } = draftCard(NOTICE, { lineModel: reader(ON), limits: { spec: { ...LIMITS, materials: 0 } } });
    expect(spec.materials).toBeUndefined();
  });
});
