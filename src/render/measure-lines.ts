/**
 * Lays out one paragraph with satori exactly as a card would and returns its lines. Used to
 * check line breaking (避头尾, numbers kept whole) and to measure whether text fits a box.
 */
import satori from 'satori';
import { FONT_FAMILY, loadFonts } from '../fonts/load-fonts.js';
import { keepNumbersTogether, WORD_JOINER, ZERO_WIDTH_SPACE } from '../template/typeset.js';

export interface MeasureOptions {
  /** Box width in pixels. */
  width: number;
  /** @default 32 */
  fontSize?: number;
  /** @default 400 */
  fontWeight?: 400 | 700;
  /** Apply the card typesetting (numbers kept with units). @default true */
  typeset?: boolean;
}

const decodeEntities = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export async function measureLines(text: string, options: MeasureOptions): Promise<string[]> {
  const fontSize = options.fontSize ?? 32;
  const content = options.typeset === false ? text : keepNumbersTogether(text);
  const svg = await satori(
    {
      type: 'div',
      props: {
        lang: 'zh-CN',
        style: { display: 'block', width: options.width, fontSize, fontWeight: options.fontWeight ?? 400, fontFamily: FONT_FAMILY, lineHeight: 1.5 },
        children: content,
      },
    } as never,
    {
      width: options.width,
      fonts: loadFonts(),
      // Text as <text> elements, so each glyph run's line (its y) can be read back.
      embedFont: false,
      loadAdditionalAsset: async () => [],
    },
  );
  const lines = new Map<number, string>();
  for (const match of svg.matchAll(/<text[^>]*\sy="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const y = Number(match[1]);
    lines.set(y, (lines.get(y) ?? '') + decodeEntities(match[2] ?? ''));
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line.split(WORD_JOINER).join('').split(ZERO_WIDTH_SPACE).join(''));
}
