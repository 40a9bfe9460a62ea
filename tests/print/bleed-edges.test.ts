/**
 * Bleed by edge extension, read back from the PDF rasterised at 300 dpi with poppler's pdftoppm:
 * the bleed carries each band straight out from the trim, corners included, with no notch where
 * a full-bleed band ends along a side (the old stretched underlay left one about 1.7 mm long).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { singleCardPdf } from '../../src/print/card-pdf.js';
import { renderCard } from '../../src/render/render-card.js';
import { validCard } from '../helpers/cards.js';
import { decodePng } from '../helpers/png.js';

const run = promisify(execFile);
const BLEED_PX = Math.round((3 / 25.4) * 300);

describe('bleed', () => {
  it.each(['a6', 'a5'] as const)('%s with --bleed 3: the bleed has the colour of the card edge beside it, at the corners and along every side', async (template) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-bleed-'));
    const rendered = await renderCard(validCard({ edition: '2026-01-01' }), { template, skipPng: true });
    await writeFile(path.join(folder, 'card.pdf'), await singleCardPdf(rendered, 3));
    await run('pdftoppm', ['-r', '300', '-png', '-singlefile', path.join(folder, 'card.pdf'), path.join(folder, 'card')]);
    const png = decodePng(await readFile(path.join(folder, 'card.png')));
    const colour = (x: number, y: number): number[] => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    const near = (a: number[], b: number[]): boolean => a.every((value, index) => Math.abs(value - b[index]!) <= 6);
    const outside = 8; // px from the sheet edge: deep in the bleed
    const inside = BLEED_PX + 4; // px from the sheet edge: just inside the trim
    const [right, bottom] = [png.width - 1, png.height - 1];

    // Corners: the header band's colour at the top, the footer band's at the bottom.
    expect(colour(outside, outside)).toSatisfy((value: number[]) => near(value, colour(inside, inside)));
    expect(colour(right - outside, outside)).toSatisfy((value: number[]) => near(value, colour(right - inside, inside)));
    expect(colour(outside, bottom - outside)).toSatisfy((value: number[]) => near(value, colour(inside, bottom - inside)));
    expect(colour(right - outside, bottom - outside)).toSatisfy((value: number[]) => near(value, colour(right - inside, bottom - inside)));
    // The corner is a band, not paper: the header band is dark enough to carry white text.
    expect(colour(outside, outside).reduce((sum, value) => sum + value, 0)).toBeLessThan(3 * 160);

    // Sides: every row of the left and right bleed, every column of the top and bottom bleed,
    // matches the card edge beside it (a row or two of anti-aliasing allowed at each band edge).
    const rows = Array.from({ length: png.height - 2 * inside }, (_, index) => inside + index);
    const columns = Array.from({ length: png.width - 2 * inside }, (_, index) => inside + index);
    const mismatched = [
      ...rows.filter((y) => !near(colour(outside, y), colour(inside, y))),
      ...rows.filter((y) => !near(colour(right - outside, y), colour(right - inside, y))),
      ...columns.filter((x) => !near(colour(x, outside), colour(x, inside))),
      ...columns.filter((x) => !near(colour(x, bottom - outside), colour(x, bottom - inside))),
    ];
    expect(mismatched.length).toBeLessThanOrEqual(8);
  });
});
