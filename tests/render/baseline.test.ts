/**
 * Pixel baselines: a fixed card rendered through the whole pipeline is compared with a committed
 * PNG, with a small tolerance for antialiasing. Update deliberately with `npm run test:update`
 * and look at the new image before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/render/render-card.js';
import { loadCardFile } from '../../src/spec/load-cards.js';
import { longPolicy, ROOT } from '../helpers/cards.js';
import { decodePng, differingPixelShare } from '../helpers/png.js';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'baseline-card.json');
const BASELINES = path.join(ROOT, 'tests', '__baselines__');

describe('pixel baselines', () => {
  // Print templates at a low dpi keep the committed files light.
  it.each([
    ['phone', 'default', undefined],
    ['a6', 'default', 100],
    ['a5', 'elder', 75],
    ['a4', 'red', 50],
    ['square', 'green', undefined],
  ] as const)('%s template, %s theme matches its baseline', async (template, theme, dpi) => {
    const loaded = await loadCardFile(FIXTURE, ROOT);
    const rendered = await renderCard(loaded.card!, { template, theme, baseDir: path.dirname(FIXTURE), ...(dpi ? { dpi } : {}) });
    const baselineFile = path.join(BASELINES, `${template}-${theme}.png`);
    if (process.env['UPDATE_BASELINES'] === '1' || !existsSync(baselineFile)) {
      if (process.env['CI']) throw new Error(`baseline ${baselineFile} is missing; run npm run test:update and commit it`);
      writeFileSync(baselineFile, rendered.png!);
    }
    const baseline = decodePng(readFileSync(baselineFile));
    const actual = decodePng(rendered.png!);
    expect([actual.width, actual.height]).toEqual([baseline.width, baseline.height]);
    expect(differingPixelShare(actual, baseline)).toBeLessThan(0.002);
  });
});

describe('pixel baselines of long content: a later page, an abridged card, a back side', () => {
  it.each([
    ['phone', 'elder', undefined, 2],
    ['a6', 'default', 100, 1],
    ['a5', 'default', 75, 2],
  ] as const)('%s template, %s theme at %s dpi, page %i of the long policy matches its baseline', async (template, theme, dpi, page) => {
    const rendered = await renderCard(longPolicy(), { template, theme, ...(dpi ? { dpi } : {}) });
    const png = rendered.pages[page - 1]!.png!;
    const baselineFile = path.join(BASELINES, `long-${template}-${theme}-${page}.png`);
    if (process.env['UPDATE_BASELINES'] === '1' || !existsSync(baselineFile)) {
      if (process.env['CI']) throw new Error(`baseline ${baselineFile} is missing; run npm run test:update and commit it`);
      writeFileSync(baselineFile, png);
    }
    const baseline = decodePng(readFileSync(baselineFile));
    const actual = decodePng(png);
    expect([actual.width, actual.height]).toEqual([baseline.width, baseline.height]);
    expect(differingPixelShare(actual, baseline)).toBeLessThan(0.002);
  });
});
