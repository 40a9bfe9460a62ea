/**
 * A render worker's first card pays for parsing the bundled fonts (about 0.5 s) and for running
 * satori's and resvg's code cold. A studio worker does this once when it starts, on a small card
 * of its own with wrapped text in both weights, so the first preview someone waits for is nearly
 * as quick as the next ones (batch workers skip it: they are handed font subsets instead).
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../fonts/load-fonts.js';
import { layoutSvg } from './layout-svg.js';

const PARAGRAPH = '申报条件：在本市注册、具有独立法人资格的企业，上一年度研发投入不低于500万元，并于2026年3月31日前提交材料（含〔2026〕1号文件规定的证明）。';

export async function warmUpRenderer(): Promise<void> {
  const block = (weight: number, size: number, text: string): object => ({
    type: 'div',
    props: { style: { display: 'flex', fontFamily: FONT_FAMILY, fontWeight: weight, fontSize: size, lineHeight: 1.5, padding: 12, backgroundColor: '#eef4ff', borderRadius: 8 }, children: text },
  });
  const children = [block(700, 44, '政策明白卡 Policy 2026'), ...[0, 1, 2, 3].map((index) => block(index % 2 ? 700 : 400, 30, PARAGRAPH))];
  const tree = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', gap: 16, width: 640, padding: 24, backgroundColor: '#ffffff' }, children } };
  for (let round = 0; round < 3; round++) {
    const svg = await layoutSvg(tree as never, { width: 640 });
    if (round === 2) new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  }
}
