/**
 * Element tree → SVG with satori, using the bundled fonts. Without a height, satori sizes the
 * image to its content: that is how long phone cards grow and how fixed cards detect overflow.
 */
import satori, { type SatoriNode } from 'satori';
import type { NodeBox } from './column-bottoms.js';
import { CardError, toCardError } from '../errors.js';
import { fontCoverage } from '../fonts/font-coverage.js';
import { loadFonts, subsetCharacters } from '../fonts/load-fonts.js';
import { WORD_JOINER, ZERO_WIDTH_SPACE } from '../template/typeset.js';
import type { SatoriElement } from './html-to-tree.js';

const ZERO_WIDTH_ONLY = new RegExp(`^[${WORD_JOINER}${ZERO_WIDTH_SPACE}\\s]*$`);

export interface LayoutOptions {
  width: number;
  /** Fixed height; without one the SVG is as tall as its content. */
  height?: number | undefined;
  /** A folder of subset faces for this batch (subset-fonts.ts); the bundled faces otherwise. */
  fontDir?: string | undefined;
  /**
   * Draw text as glyph outlines (the default, and what every output needs). A layout that is
   * only measured (fitting a fixed card) skips the outlines: same boxes, about a third faster.
   */
  outlines?: boolean;
  /** A layout made only to read its text back (text-runs.ts): no outlines, and counted apart from measuring. */
  textOnly?: boolean;
  file?: string | undefined;
  templateName?: string | undefined;
  /** Receives the box of every element of a layout that succeeds (for measuring columns). */
  onNode?: ((node: NodeBox) => void) | undefined;
}

/** A subset face lacked a character the bundled faces have: lay out again with those. */
class SubsetMiss extends Error {}

let subsetMisses = 0;
/** How many layouts fell back from a batch's subset faces to the bundled ones (for tests and the benchmark). */
export function fontSubsetMisses(): number {
  return subsetMisses;
}

const layoutCounts = { measured: 0, outlined: 0, text: 0 };
/** How many satori layouts this process ran: measured-only, with outlines, and for text layers (for tests and the benchmark). */
export function layoutCount(): { measured: number; outlined: number; text: number } {
  return { ...layoutCounts };
}

export async function layoutSvg(tree: SatoriElement, options: LayoutOptions): Promise<string> {
  const { width, height, fontDir, file, templateName } = options;
  const outlines = options.textOnly ? false : (options.outlines ?? true);
  layoutCounts[options.textOnly ? 'text' : outlines ? 'outlined' : 'measured']++;
  // Boxes are handed on only once the layout has succeeded (a subset miss lays out again).
  const boxes: NodeBox[] = [];
  try {
    const svg = await satori(tree as never, {
      width,
      ...(height !== undefined ? { height } : {}),
      fonts: loadFonts(fontDir),
      embedFont: outlines,
      ...(options.onNode
        ? { onNodeDetected: (node: SatoriNode) => boxes.push({ left: node.left, top: node.top, width: node.width, height: node.height, className: typeof node.props['className'] === 'string' ? node.props['className'] : undefined }) }
        : {}),
      // The glyph check ran before; what remains here is our own zero-width joiner or space, or a
      // character the batch's subset left out.
      loadAdditionalAsset: async (_code: string, segment: string) => {
        // First: a subset that lacks a character the bundled faces have (even a space such as
        // U+3000) must lay out again, never drop the glyph.
        if (fontDir && [...segment].some((char) => !subsetCharacters(fontDir).has(char) && fontCoverage()(char.codePointAt(0)!))) throw new SubsetMiss(segment);
        if (ZERO_WIDTH_ONLY.test(segment)) return [];
        throw new CardError('E_GLYPH_MISSING', {
          zh: `模板文字中有字体不支持的字符：${JSON.stringify(segment)}`,
          en: `the template contains characters the fonts lack: ${JSON.stringify(segment)}`,
        });
      },
    });
    if (options.onNode) boxes.forEach(options.onNode);
    return svg;
  } catch (error) {
    if (error instanceof SubsetMiss) {
      subsetMisses++;
      return layoutSvg(tree, { ...options, fontDir: undefined });
    }
    const detail = error instanceof Error ? error.message : String(error);
    // satori rejects CSS it does not support; that is the template's fault, so name the template.
    if (templateName && !(error instanceof CardError) && /CSS|style/i.test(detail)) {
      // satori's most common refusal, said in the office's language; other wording is passed on.
      const value = /^Invalid value for CSS property "([^"]+)"\. Allowed values: (.+)\. Received: "([^"]*)"\.?$/.exec(detail);
      const allowed = value ? (value[2] ?? '').replaceAll('"', '').split(' | ') : [];
      const text = value
        ? {
            zh: `模板 "${templateName}" 的样式里 ${value[1]}: ${value[3]} 不受 satori 支持；${value[1]} 可用的值：${allowed.join('、')}（见 docs/templates.md“What CSS works”）`,
            en: `template "${templateName}" uses ${value[1]}: ${value[3]}, which satori does not support; ${value[1]} may be ${allowed.join(', ')} (see docs/templates.md, What CSS works)`,
          }
        : { zh: `模板 "${templateName}" 的样式不受 satori 支持：${detail}`, en: `template "${templateName}" uses CSS that satori does not support: ${detail}` };
      throw new CardError(
        'E_TEMPLATE',
        text,
        { file },
        { cause: error },
      );
    }
    throw toCardError(error, 'E_RENDER', { file });
  }
}

/** The height attribute of satori's root <svg>. */
export function svgHeight(svg: string): number {
  const height = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? NaN);
  if (!(height > 0)) throw new CardError('E_RENDER', { zh: '排版结果没有高度', en: 'the layout produced no height' });
  return height;
}
