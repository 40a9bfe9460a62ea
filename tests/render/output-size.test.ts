/**
 * limits.outputMegapixels in renderCard: a content-sized card as tall as its content, a print
 * template rescaled with --dpi, a fixed template too large for a lowered limit. Each is refused
 * after layout and before resvg allocates the pixels.
 */
import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { renderCard, type RenderOptions } from '../../src/render/render-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { validCard } from '../helpers/cards.js';
import { rejectedCardError } from '../helpers/errors.js';

const card = (overrides: Record<string, unknown> = {}): CardSpec => validCard({ edition: '2026-01-01', ...overrides });

async function renderError(spec: CardSpec, options: RenderOptions): Promise<CardError> {
  return rejectedCardError(renderCard(spec, options));
}

const limitsOf = (outputPixels: number): RenderOptions['limits'] => ({ ...DEFAULT_LIMITS, outputPixels });

describe('limits.outputMegapixels', () => {
  it('splits a phone card taller than the limit allows into pages that each fit it', async () => {
    const spec = card({ conditions: Array.from({ length: 12 }, (_, index) => `第${index + 1}项条件：企业上年度营业收入不低于500万元`) });
    const { height } = await renderCard(spec, { skipPng: true });
    // One row of pixels short of this card: the limit allows height - 1 rows at 1080 wide.
    const split = await renderCard(spec, { skipPng: true, limits: limitsOf(1080 * (height - 1)) });
    expect(split.pages).toHaveLength(2);
    for (const page of split.pages) expect(page.height).toBeLessThanOrEqual(height - 1);
    expect(split.warnings.map((warning) => warning.code)).toContain('W_PAGES');
  });

  it('refuses a phone card when even one item does not fit a page under the limit, with E_TOO_TALL', async () => {
    const spec = card({ conditions: Array.from({ length: 12 }, (_, index) => `第${index + 1}项条件：企业上年度营业收入不低于500万元`) });
    const error = await renderError(spec, { file: 'cards/tall.json', limits: limitsOf(1080 * 1200) });
    expect(error.code).toBe('E_TOO_TALL');
    expect(error.message).toMatch(
      /^cards\/tall\.json: 内容太多：卡片 1080×\d{4} 像素（[\d.]+ 百万像素），超过上限 1\.3 百万像素（limits\.outputMegapixels），即宽 1080 像素时最高 1200 像素；请精简申报条件或明细，完整内容放到二维码指向的页面$/,
    );
    expect(error.format('en')).toMatch(/^cards\/tall\.json: too much content: the card is 1080×\d{4} px \([\d.]+ megapixels\), above the 1\.3 megapixel limit \(limits\.outputMegapixels\), which allows 1200 px at 1080 px wide;/);
  });

  it('refuses --dpi 1200 on a5 at the default limit (69 megapixels) and names the highest dpi that fits', async () => {
    const error = await renderError(card(), { template: 'a5', dpi: 1200, file: 'cards/a5.json' });
    expect(error.code).toBe('E_LIMIT');
    expect(error.message).toBe(
      'cards/a5.json: 模板 "a5" 按 1200 dpi 输出的图片为 6992×9920 像素（69.4 百万像素），超过上限 40 百万像素（limits.outputMegapixels）；请用 --dpi 911 或更低，或在配置中提高 limits.outputMegapixels',
    );
    expect(error.format('en')).toBe(
      'cards/a5.json: template "a5" at 1200 dpi makes an image of 6992×9920 px (69.4 megapixels), above the 40 megapixel limit (limits.outputMegapixels); use --dpi 911 or lower, or raise limits.outputMegapixels in the config',
    );
  });

  it('refuses a print template at its own dpi when the limit is lowered below it', async () => {
    const error = await renderError(card(), { template: 'a6', file: 'cards/a6.json', limits: limitsOf(2_000_000) });
    expect([error.code, error.message]).toEqual([
      'E_LIMIT',
      'cards/a6.json: 模板 "a6" 按 300 dpi 输出的图片为 1240×1748 像素（2.2 百万像素），超过上限 2 百万像素（limits.outputMegapixels）；请用 --dpi 288 或更低，或在配置中提高 limits.outputMegapixels',
    ]);
  });

  it('measures an SVG-only render at its design size, where --dpi changes nothing', async () => {
    const error = await renderError(card(), { template: 'a6', dpi: 72, skipPng: true, file: 'cards/a6.json', limits: limitsOf(2_000_000) });
    expect([error.code, error.message]).toEqual([
      'E_LIMIT',
      'cards/a6.json: 模板 "a6" 按 300 dpi 输出的图片为 1240×1748 像素（2.2 百万像素），超过上限 2 百万像素（limits.outputMegapixels）；请改用较小的模板，或在配置中提高 limits.outputMegapixels',
    ]);
  });

  it('lets a print template through at a --dpi that fits the limit', async () => {
    const rendered = await renderCard(card(), { template: 'a6', dpi: 150, limits: limitsOf(600_000) });
    expect([rendered.pngWidth, rendered.pngHeight]).toEqual([620, 874]);
  });
});
