/**
 * Property-based fuzzing around the card schema: whatever JSON comes in, validation returns a
 * result (never throws), and rendering a valid card either succeeds or fails with a CardError
 * of a known code — never an unknown exception. Run counts are bounded for CI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { renderCard } from '../../src/render/render-card.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { minimalSpec } from '../helpers/cards.js';

const KNOWN_CODES = new Set(['E_SCHEMA', 'E_GLYPH_MISSING', 'E_QR_CAPACITY', 'E_TOO_TALL', 'E_TEMPLATE', 'E_ASSET', 'E_OVERFLOW']);

// Text that looks like policy text, with the awkward characters real files contain.
const chineseText = fc
  .array(fc.constantFrom(...'申报条件企业奖补最高万元年月日，。、；：（）《》“”0123456789AI+%- 〔〕①𠮷😀\u200b\u202e\n<>&"\'{}'), { minLength: 0, maxLength: 60 })
  .map((chars) => chars.join(''));
const anyValue = fc.oneof(chineseText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(chineseText, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), chineseText, { maxKeys: 3 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });
const textList = fc.oneof(fc.array(chineseText, { minLength: 0, maxLength: 25 }), anyValue);
const url = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', '/relative', 'https://a.cn/\u202e'), chineseText);

const spec = fc.record(
  {
    id: maybe(fc.oneof(fc.stringMatching(/^[a-z0-9_-]{1,10}$/), fc.constantFrom('con', '..', 'A'), fc.string())),
    title: fc.oneof(chineseText, anyValue),
    issuer: fc.oneof(chineseText, anyValue),
    docNo: maybe(chineseText),
    edition: maybe(fc.oneof(fc.constantFrom('2026-02-30', '2026-03-01', '2026/3/1'), fc.string())),
    parties: textList,
    conditions: textList,
    materials: maybe(textList),
    process: fc.oneof(fc.array(fc.oneof(chineseText, fc.record({ title: chineseText, detail: maybe(chineseText) })), { maxLength: 14 }), anyValue),
    reward: fc.oneof(fc.record({ headline: maybe(chineseText), items: textList }), anyValue),
    period: maybe(fc.record({ start: maybe(fc.constantFrom('2026-01-01', '2026-13-01')), end: maybe(fc.constantFrom('2025-12-31', '2026-06-30')), note: maybe(chineseText) })),
    qr: fc.oneof(fc.record({ url, purpose: maybe(fc.constantFrom('原文', '申报入口', '下载')) }), fc.array(fc.record({ url }), { maxLength: 3 }), anyValue),
    template: maybe(fc.constantFrom('phone', 'a6', 'square', '../x', 'nope')),
    theme: maybe(fc.constantFrom('default', 'elder', 'red', 'x/y')),
  },
  { requiredKeys: [] },
);

describe('fuzzing the card schema', () => {
  it('validation never throws and always explains a refusal with E_SCHEMA', () => {
    fc.assert(
      fc.property(spec, (json) => {
        const result = validateCard(json, { file: 'fuzz.json', defaultId: 'fuzz' });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error).toBeInstanceOf(CardError);
            expect(error.code).toBe('E_SCHEMA');
            expect(error.format('zh').startsWith('fuzz.json: /')).toBe(true);
          }
        }
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });

  it('rendering a valid card succeeds or fails with a known code, never an unknown exception', async () => {
    // Start from a valid card and perturb the text, so that most runs reach the renderer.
    const nearlyValid = fc.record({ title: chineseText, conditions: fc.array(chineseText, { minLength: 1, maxLength: 8 }), template: fc.constantFrom('phone', 'a6', 'square'), theme: fc.constantFrom('default', 'elder') });
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(nearlyValid, async (fields) => {
        const result = validateCard({ ...minimalSpec(), ...fields }, { defaultId: 'fuzz' });
        if (!result.ok) return;
        try {
          const card = await renderCard(result.card, { skipPng: true });
          expect(card.svg.startsWith('<svg')).toBe(true);
          rendered++;
        } catch (error) {
          expect(error).toBeInstanceOf(CardError);
          expect(KNOWN_CODES.has((error as CardError).code), (error as CardError).message).toBe(true);
        }
      }),
      { numRuns: 25, seed: 20261125 },
    );
    expect(rendered).toBeGreaterThan(0);
  });
});
