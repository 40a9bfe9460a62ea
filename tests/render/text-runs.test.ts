/**
 * Reading satori's `embedFont: false` SVG back as lines of text: pieces that follow each other on
 * a line become one run, layout marks and the spaces where a line breaks are dropped. The last
 * tests take the runs of real cards laid out by satori.
 */
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/fonts/load-fonts.js';
import type { NodeBox } from '../../src/render/column-bottoms.js';
import type { SatoriElement } from '../../src/render/html-to-tree.js';
import { layoutCount, layoutSvg } from '../../src/render/layout-svg.js';
import { renderCard } from '../../src/render/render-card.js';
import { textRunsOfSvg } from '../../src/render/text-runs.js';
import { validCard } from '../helpers/cards.js';

/** One `<text>` element as satori writes it. */
const piece = (text: string, x: number, y: number, width: number, extra = ''): string =>
  `<text x="${x}" y="${y}" width="${width}" height="28.96" font-weight="700" font-style="normal" font-size="20" font-family="noto sans sc"${extra} fill="black">${text}</text>`;
const svg = (...pieces: string[]): string => `<svg width="400" height="87" viewBox="0 0 400 87" xmlns="http://www.w3.org/2000/svg">${pieces.join('')}</svg>`;

describe('textRunsOfSvg', () => {
  it.each([
    ['CJK characters side by side', [piece('稳', 0, 22, 20), piece('岗', 20, 22, 20)], [['稳岗', 0, 40]]],
    ['a space between words', [piece('Hello', 0, 22, 51.88), piece(' ', 51.88, 22, 4.54), piece('world', 56.42, 22, 57.42)], [['Hello world', 0, 113.84]]],
    ['the space where a line breaks', [piece('https', 0, 22, 51.66), piece(' ', 51.66, 22, 4.54), piece('wg', 0, 51, 29.2)], [['https', 0, 51.66], ['wg', 0, 29.2]]],
    ['a gap on one line (two runs)', [piece('咨询', 0, 22, 40), piece('电话', 60, 22, 40)], [['咨询', 0, 40], ['电话', 60, 40]]],
    ['sums of advances that drift a little', [piece('0512', 229.88, 51, 47.2), piece('-', 277.08, 51, 7.4), piece('6522', 284.47999999999996, 51, 47.2)], [['0512-6522', 229.88, 101.8]]],
    ['escaped characters', [piece('A&amp;B&lt;&gt;&quot;&#39;', 0, 22, 80)], [[`A&B<>"'`, 0, 80]]],
    ['word joiners and zero-width spaces of the typesetter', [piece('500\u2060万', 0, 22, 40), piece('\u200b', 40, 22, 0), piece('元', 40, 22, 20)], [['500万元', 0, 60]]],
  ])('%s', (_case, pieces, expected) => {
    expect(textRunsOfSvg(svg(...pieces)).map((run) => [run.text, run.x, Math.round(run.width * 100) / 100])).toEqual(expected);
  });

  it('keeps size, weight, baseline and transform, and does not join runs that differ in them', () => {
    const runs = textRunsOfSvg(
      svg(
        piece('标题', 0, 22, 40),
        piece('正文', 40, 22, 40).replace('font-weight="700"', 'font-weight="normal"'),
        piece('转', 0, 51, 20, ' transform="matrix(0,1,-1,0,10,20)"'),
      ),
    );
    expect(runs).toEqual([
      { text: '标题', x: 0, y: 22, width: 40, fontSize: 20, fontWeight: 700, matrix: undefined },
      { text: '正文', x: 40, y: 22, width: 40, fontSize: 20, fontWeight: 400, matrix: undefined },
      { text: '转', x: 0, y: 51, width: 20, fontSize: 20, fontWeight: 700, matrix: [0, 1, -1, 0, 10, 20] },
    ]);
  });

  it('puts runs in document order given the layout’s boxes: satori paints an element with opacity after the others', async () => {
    const line = (text: string, style: Record<string, unknown> = {}): SatoriElement => ({ type: 'div', props: { style, children: text } });
    const tree: SatoriElement = {
      type: 'div',
      props: { style: { display: 'flex', flexDirection: 'column', width: 400, fontFamily: FONT_FAMILY, fontSize: 20 }, children: [line('标题'), line('发文单位', { opacity: 0.9 }), line('申报条件')] },
    };
    const boxes: NodeBox[] = [];
    const svg = await layoutSvg(tree, { width: 400, textOnly: true, onNode: (box) => boxes.push(box) });
    expect(textRunsOfSvg(svg).map((run) => run.text)).toEqual(['标题', '申报条件', '发文单位']);
    expect(textRunsOfSvg(svg, boxes).map((run) => run.text)).toEqual(['标题', '发文单位', '申报条件']);
  });

  it('finds no text in an SVG of glyph outlines', () => {
    expect(textRunsOfSvg('<svg width="10" height="10"><path d="M0 0h10v10z" fill="#000"/></svg>')).toEqual([]);
  });
});

describe('renderCard textLayer', () => {
  const card = validCard({ title: '科技型企业研发费用补助', contacts: [{ name: '市科技局', phone: '0512-68615000' }] });

  it('gives each page its lines in reading order, title first, at the title size', async () => {
    const rendered = await renderCard(card, { template: 'a6', skipPng: true, textLayer: true });
    const texts = rendered.pages[0]!.textRuns!.map((run) => run.text);
    const at = (text: string): number => texts.findIndex((line) => line.includes(text));
    expect(at('科技型企业研发费用补助')).toBeGreaterThanOrEqual(0);
    // The a6 issuer line has opacity, which satori paints last; it is read right after the title.
    expect(at('苏州市人力资源和社会保障局')).toBe(at('科技型企业研发费用补助') + 1);
    expect(at('科技型企业研发费用补助')).toBeLessThan(at('上年度未裁员或裁员率低于5.5%'));
    expect(at('上年度未裁员或裁员率低于5.5%')).toBeLessThan(at('0512-6861'));
    const title = rendered.pages[0]!.textRuns![at('科技型企业研发费用补助')]!;
    expect(title.fontWeight).toBe(700);
    // Every run lies inside the card.
    for (const run of rendered.pages[0]!.textRuns!) {
      expect(run.x).toBeGreaterThanOrEqual(0);
      expect(run.x + run.width).toBeLessThanOrEqual(rendered.width + 0.5);
      expect(run.y).toBeLessThanOrEqual(rendered.height);
    }
  });

  it('is not laid out unless asked for, and the visible card is the same either way', async () => {
    const textLayouts = (): number => layoutCount().text;
    const before = textLayouts();
    const plain = await renderCard(card, { template: 'a6', skipPng: true });
    const between = textLayouts();
    const withText = await renderCard(card, { template: 'a6', skipPng: true, textLayer: true });
    // One more layout, for the one page, and only when asked.
    expect([between - before, textLayouts() - between]).toEqual([0, 1]);
    expect(plain.pages[0]!.textRuns).toBeUndefined();
    expect(withText.svg).toBe(plain.svg);
  });
});
