/**
 * The text of a rendered card read back line by line. A test file that mocks satori with
 * `textAsElements` gets SVG whose text is one <text> element per glyph run (the same layout as
 * the glyph outlines every output uses, see layout-svg.ts), so the lines of each paragraph, and
 * the size each was set at, can be checked on a whole card as it would print.
 *
 *   vi.mock('satori', async (importOriginal) => (await import('../helpers/laid-out-text.js')).textAsElements(await importOriginal()));
 */
import { WORD_JOINER, ZERO_WIDTH_SPACE } from '../../src/template/typeset.js';

type Satori = (element: unknown, options: Record<string, unknown>) => Promise<string>;

/** A satori module whose layouts write text as <text> elements instead of glyph outlines. */
export function textAsElements(real: { default: Satori }): { default: Satori } {
  return { ...real, default: (element, options) => real.default(element, { ...options, embedFont: false }) };
}

export interface LaidOutParagraph {
  fontSize: number;
  fontWeight: string;
  fill: string;
  lines: string[];
  /** Left edge of each line, px. */
  lefts: number[];
  /** Baseline of each line, px. */
  baselines: number[];
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split(WORD_JOINER)
    .join('')
    .split(ZERO_WIDTH_SPACE)
    .join('');

const TEXT = /<text x="([\d.-]+)" y="([\d.-]+)"[^>]*font-weight="(\w+)"[^>]*font-size="([\d.]+)"[^>]*fill="([^"]+)"[^>]*>([^<]*)<\/text>/g;

/**
 * Paragraphs in document order: consecutive <text> runs of one style with nothing drawn between
 * them, each new baseline a new line (a list item's bullet or number starts a new paragraph).
 */
export function laidOutParagraphs(svg: string): LaidOutParagraph[] {
  const paragraphs: LaidOutParagraph[] = [];
  let current: LaidOutParagraph | null = null;
  let end = 0;
  for (const match of svg.matchAll(TEXT)) {
    const [, x, y, fontWeight, fontSize, fill, text] = match as unknown as [string, string, string, string, string, string, string];
    const between = svg.slice(end, match.index);
    end = match.index + match[0].length;
    const baseline = Number(y);
    const size = Number(fontSize);
    const last = current?.baselines.at(-1);
    const same = current && between.trim() === '' && current.fontSize === size && current.fontWeight === fontWeight && current.fill === fill && last !== undefined && baseline >= last && baseline - last < size * 2.2;
    if (!same || !current) {
      current = { fontSize: size, fontWeight, fill, lines: [], lefts: [], baselines: [] };
      paragraphs.push(current);
    }
    if (current.baselines.at(-1) !== baseline) {
      current.lines.push('');
      current.lefts.push(Number(x));
      current.baselines.push(baseline);
    }
    current.lines[current.lines.length - 1] += decode(text);
  }
  return paragraphs;
}

/** The paragraph whose text (lines joined) starts with `start`. */
export function paragraphStarting(svg: string, start: string): LaidOutParagraph | undefined {
  return laidOutParagraphs(svg).find((paragraph) => paragraph.lines.join('').startsWith(start));
}
