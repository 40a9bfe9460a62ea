/**
 * A render worker's first card pays for parsing the bundled fonts (about 0.5 s) and for the first
 * run of satori's and resvg's code. A studio worker does this once when it starts, so the first
 * preview someone waits for is as quick as the next ones (batch workers skip it: they are handed
 * font subsets instead).
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../fonts/load-fonts.js';
import { layoutSvg } from './layout-svg.js';

export async function warmUpRenderer(): Promise<void> {
  const text = (weight: number): object => ({ type: 'div', props: { style: { fontFamily: FONT_FAMILY, fontWeight: weight }, children: '政策明白卡 2026' } });
  const tree = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column' }, children: [text(400), text(700)] } };
  const svg = await layoutSvg(tree as never, { width: 240 });
  new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}
