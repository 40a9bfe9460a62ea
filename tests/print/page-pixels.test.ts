/**
 * limits.outputMegapixels on print pages: a sheet or a card-sized page counts as the pixels a
 * printer rasterises it to at its cards' resolution. A card whose page is over the limit fails
 * with E_LIMIT and nothing is written for it.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { printCards } from '../../src/print/write-print-pdf.js';
import { minimalSpec } from '../helpers/cards.js';

async function workspace(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-page-pixels-'));
  await mkdir(path.join(folder, 'cards'));
  await writeFile(path.join(folder, 'cards', 'wengang.json'), JSON.stringify({ ...minimalSpec(), edition: '2026-01-01' }));
  return folder;
}

const limitsOf = (outputPixels: number): typeof DEFAULT_LIMITS => ({ ...DEFAULT_LIMITS, outputPixels });

describe('print pages and limits.outputMegapixels', () => {
  it('refuses an A4 sheet of 300 dpi cards (8.7 megapixels) under a 5 megapixel limit, and writes nothing', async () => {
    const folder = await workspace();
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A4', limits: limitsOf(5_000_000) });
    expect(report.cards.map((card) => [card.status, card.errors.map((error) => `${error.code} ${error.message}`)])).toEqual([
      [
        'failed',
        [
          'E_LIMIT cards/wengang.json: 打印页 A4（210×297 毫米）按卡片的 300 dpi 相当于 2480×3508 像素（8.7 百万像素），超过上限 5 百万像素（limits.outputMegapixels）；请用较小的纸张（--paper）或较低分辨率的模板，或在配置中提高 limits.outputMegapixels',
        ],
      ],
    ]);
    expect(report.cards[0]!.errors[0]!.format('en')).toBe(
      "cards/wengang.json: an A4 page (210×297 mm) at the card's 300 dpi is 2480×3508 px (8.7 megapixels), above the 5 megapixel limit (limits.outputMegapixels); use smaller paper (--paper) or a template of lower resolution, or raise limits.outputMegapixels in the config",
    );
    expect([report.files, report.pages]).toEqual([[], 0]);
    expect(await readdir(folder)).toEqual(['cards']);
  });

  it('prints the same card on A5 paper (4.4 megapixels) under that limit', async () => {
    const folder = await workspace();
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A5', limits: limitsOf(5_000_000) });
    expect([report.failed, report.files, report.pages]).toEqual([0, ['sheet.pdf'], 1]);
  });

  it('counts a page of the card’s own size with its bleed (--per-card), and creates no folder when nothing is printed', async () => {
    const folder = await workspace();
    // The a4 card itself is 2480×3508 (8.7 MP) and passes; its page with 3 mm bleed does not.
    const report = await printCards({ cwd: folder, out: 'per-card', template: 'a4', perCard: true, limits: limitsOf(9_000_000) });
    expect(report.cards[0]!.errors.map((error) => `${error.code} ${error.message}`)).toEqual([
      'E_LIMIT cards/wengang.json: 每张卡片一页（216×303 毫米，含出血）按卡片的 300 dpi 相当于 2551×3579 像素（9.1 百万像素），超过上限 9 百万像素（limits.outputMegapixels）；请用较低分辨率的模板，或在配置中提高 limits.outputMegapixels',
    ]);
    expect(await readdir(folder)).toEqual(['cards']);
  });
});
