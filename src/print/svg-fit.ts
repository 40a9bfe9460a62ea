/**
 * Where svg-to-pdfkit puts a satori SVG drawn into a box: scaled to fit and centred
 * (xMidYMid meet). The text layer and the QR links are placed over the drawn card with it.
 */
import { CardError } from '../errors.js';

/** Width and height of satori's root `<svg>`, the frame its text runs and images are placed in. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? NaN);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? NaN);
  if (!(width > 0 && height > 0)) throw new CardError('E_RENDER', { zh: '排版结果没有宽度或高度', en: 'the layout produced no width or height' });
  return { width, height };
}

/** Scale and offset (pt) that take the SVG's design pixels into a box of `box` (pt) at the origin. */
export function svgFit(svg: string, box: { width: number; height: number }): { scale: number; x: number; y: number } {
  const size = svgSize(svg);
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { scale, x: (box.width - size.width * scale) / 2, y: (box.height - size.height * scale) / 2 };
}
