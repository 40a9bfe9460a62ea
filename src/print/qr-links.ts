/**
 * A link over each QR code of a card in a PDF. A handout is also read on screens (sent in a chat,
 * opened on a PC), where the phone cannot scan the code it is shown on: clicking the code opens
 * its URL instead. Each link covers the box satori drew that code's image in (render-card.ts finds
 * it in the same SVG the page is drawn from), carried through the card's place on the page.
 */
import type { QrPlacement } from '../render/render-card.js';
import { svgFit } from './svg-fit.js';

/** A PDF matrix (a, b, c, d, e, f) in pdfkit's page space (pt, origin top-left). */
export type Matrix = [number, number, number, number, number, number];

const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];

/**
 * The address a link opens: a web address only (what the spec's validation accepts, never a
 * script, file or app scheme), written in ASCII as a PDF URI must be. A URL with Chinese in its
 * path is percent-encoded and one in its domain punycoded (URL.href): the same address, which readers otherwise drop.
 */
function linkTarget(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds a link annotation for each code in `codes` that this page shows. The card's SVG is drawn
 * into `box` (pt) in the card's frame, which `frame` takes to the page. Called at the page's own
 * origin: pdfkit maps an annotation's rectangle through its current transformation by two corners
 * only, and wrongly for a rotated one (0.20.2 `_convertRect` reuses the converted x), so the
 * rectangle is worked out here, axis-aligned on the page, for an upright, rotated or turned card.
 */
export function linkQrCodes(doc: PDFKit.PDFDocument, codes: readonly QrPlacement[], svg: string, box: { width: number; height: number }, frame: Matrix): void {
  const shown = codes.flatMap((code) => {
    const target = linkTarget(code.url);
    return target && [code.x, code.y, code.width, code.height].every(Number.isFinite) ? [{ ...code, target }] : [];
  });
  if (shown.length === 0) return;
  const fit = svgFit(svg, box);
  for (const code of shown) {
    const corners = [
      [code.x, code.y],
      [code.x + code.width, code.y],
      [code.x, code.y + code.height],
      [code.x + code.width, code.y + code.height],
    ].map(([x, y]) => apply(frame, fit.x + x! * fit.scale, fit.y + y! * fit.scale));
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    doc.link(left, top, Math.max(...xs) - left, Math.max(...ys) - top, code.target);
  }
}
