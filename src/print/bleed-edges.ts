/**
 * Bleed by edge extension, as prepress tools do it: the card's outermost row or column of pixels
 * is stretched outward into the bleed, and each corner square takes its corner pixel's colour.
 * Stretching the whole card over the bleed box instead (as before) moved every band edge along
 * the sides by up to 1.7 mm, leaving a notch where a full-bleed band met the bleed. Here each
 * band's edge continues straight out from where it is on the card.
 */
import { Resvg } from '@resvg/resvg-js';
import { toCardError } from '../errors.js';
import { encodePng } from '../render/encode-png.js';

export interface BleedEdges {
  /** PNG strips one design pixel deep: the top and bottom rows (W×1), the left and right columns (1×H). */
  top: Buffer;
  bottom: Buffer;
  left: Buffer;
  right: Buffer;
  /** RGB of the four corner pixels: top-left, top-right, bottom-left, bottom-right. */
  corners: [number, number, number][];
}

/**
 * The card's edge pixels, rasterised from its SVG at one pixel per design pixel. The whole card
 * is rasterised (about 0.2 s for A4): resvg 2.6 panics on a view narrowed to a strip of it.
 */
export function bleedEdges(svg: string): BleedEdges {
  let rendered: { width: number; height: number; pixels: Uint8Array };
  try {
    const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
    rendered = { width: image.width, height: image.height, pixels: image.pixels };
  } catch (error) {
    throw toCardError(error, 'E_RENDER');
  }
  const { width, height, pixels } = rendered;
  // Card edges are opaque (paper or a band), where premultiplied and straight alpha agree.
  const pick = (indexes: number[]): Uint8Array => {
    const out = new Uint8Array(indexes.length * 4);
    indexes.forEach((index, at) => out.set(pixels.subarray(index * 4, index * 4 + 4), at * 4));
    return out;
  };
  const row = (y: number): number[] => Array.from({ length: width }, (_, x) => y * width + x);
  const column = (x: number): number[] => Array.from({ length: height }, (_, y) => y * width + x);
  const rgb = (index: number): [number, number, number] => [pixels[index * 4]!, pixels[index * 4 + 1]!, pixels[index * 4 + 2]!];
  return {
    top: encodePng(pick(row(0)), width, 1),
    bottom: encodePng(pick(row(height - 1)), width, 1),
    left: encodePng(pick(column(0)), 1, height),
    right: encodePng(pick(column(width - 1)), 1, height),
    corners: [rgb(0), rgb(width - 1), rgb((height - 1) * width), rgb(height * width - 1)],
  };
}
