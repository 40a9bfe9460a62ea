/**
 * Long phone cards continue on pages: a realistic long policy (tests/fixtures/wujiang-zhigai.json,
 * a 吴江-style 智改数转 notice) in every theme, and the splitting itself on measured boxes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { renderCard } from '../../src/render/render-card.js';
import { splitIntoPages } from '../../src/render/split-pages.js';
import { buildCardView, type CardView } from '../../src/template/card-view.js';
import { contentPieces } from '../../src/template/slice-view.js';
import { longPolicy } from '../helpers/cards.js';
import { decodePng, decodeQrAt } from '../helpers/png.js';

/** The rows at the bottom of a page are one colour (the footer band): no text runs off the page. */
function bottomRowsPlain(png: ReturnType<typeof decodePng>, rows: number): boolean {
  const first = png.data.readUInt32BE(((png.height - 1) * png.width) * 4);
  for (let y = png.height - rows; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) if (png.data.readUInt32BE((y * png.width + x) * 4) !== first) return false;
  }
  return true;
}

describe('a long policy on the phone template', () => {
  it.each([
    ['default', 1],
    ['elder', 2],
  ])('theme %s gives %i page(s), each within 8000 px, whole at its bottom edge, with every QR code decoding', async (theme, count) => {
    const rendered = await renderCard(longPolicy(), { theme });
    expect(rendered.pages).toHaveLength(count);
    expect(rendered.warnings.some((warning) => warning.code === 'W_PAGES')).toBe(count > 1);
    for (const page of rendered.pages) {
      const png = decodePng(page.png!);
      expect([png.width, png.height]).toEqual([1080, page.height]);
      expect(page.height).toBeLessThanOrEqual(8000);
      expect(bottomRowsPlain(png, 24)).toBe(true);
      expect(page.qr.map((qr) => decodeQrAt(png, qr))).toEqual(['https://www.wujiang.gov.cn/zgj/zcwj/2026/zgsz12.html', 'https://hqzc.wujiang.gov.cn/apply/zgsz2026']);
    }
  });

  it('keeps every page under limits.pageHeight and says how many pages in W_PAGES', async () => {
    const rendered = await renderCard(longPolicy(), { skipPng: true, limits: { ...DEFAULT_LIMITS, pageHeight: 3000 } });
    expect(rendered.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of rendered.pages) expect(page.height).toBeLessThanOrEqual(3000);
    expect(rendered.warnings.find((warning) => warning.code === 'W_PAGES')!.text).toEqual({
      zh: `内容较长，卡片分为 ${rendered.pages.length} 页（每页最高 3000 像素），每页都有标题、页码和二维码`,
      en: `long content: the card continues over ${rendered.pages.length} pages (at most 3000 px each), each with the title, a page mark and the QR code`,
    });
  });
});

describe('splitIntoPages', () => {
  // A stand-in layout: 100 px of frame per page plus 10 px per list item and 50 px for the table.
  const fakeLayout = (laid: CardView[]) => async (view: CardView): Promise<string> => {
    laid.push(view);
    const items = view.parties.length + view.conditions.length + view.steps.length + view.reward.items.length + (view.materials?.length ?? 0);
    return `<svg width="1080" height="${100 + 10 * items + (view.reward.table ? 50 : 0)}"></svg>`;
  };

  it('fills each page with as many whole pieces as fit, in reading order, each piece exactly once', async () => {
    const view = buildCardView(longPolicy(), { qr: [{ size: 300 }, { size: 300 }] });
    const laid: CardView[] = [];
    const split = await splitIntoPages(view, { pageHeight: 200, layout: fakeLayout(laid) });
    const finals = laid.slice(-split.svgs.length);
    expect(finals.map((page) => page.page!.mark)).toEqual(finals.map((_, index) => `${index + 1}/${finals.length}`));
    expect(finals.map((page) => page.compactHead)).toEqual(finals.map((_, index) => index > 0));
    const heights = split.svgs.map((svg) => Number(/height="(\d+)"/.exec(svg)![1]));
    for (const height of heights) expect(height).toBeLessThanOrEqual(200);
    // Greedy: no page could have taken the next page's first piece.
    for (const height of heights.slice(0, -1)) expect(height).toBeGreaterThan(200 - 50 - 1);
    const shown = finals.flatMap((page) => [...page.parties, ...page.conditions, ...page.steps.map((step) => step.title), ...page.reward.items, ...(page.reward.table ? ['table'] : []), ...(page.materials ?? [])]);
    const all = [...view.parties, ...view.conditions, ...view.steps.map((step) => step.title), ...view.reward.items, 'table', ...view.materials!];
    expect(shown).toEqual(all);
    expect(contentPieces(view)).toHaveLength(all.length);
    // Conditions continued on a later page keep their numbers and are marked as continued.
    const later = finals.find((page, index) => index > 0 && page.conditions.length > 0 && page.continued.conditions);
    if (later) expect(later.conditionsStart).toBe(view.conditions.indexOf(later.conditions[0]!));
  });
});
