/**
 * One card as vector PDF: satori's SVG drawn through svg-to-pdfkit at the card's physical size,
 * with its edge pixels extended into the bleed and its words as an invisible text layer. Used by
 * `build --format pdf` (in render workers) and by `print` for sheets; it depends on nothing of
 * the batch engine.
 */
import path from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { PACKAGE_ROOT } from '../package-root.js';
import type { RenderedCard, RenderedPage } from '../render/render-card.js';
import { bleedEdges, type BleedEdges } from './bleed-edges.js';
import { inlineSvgImages } from './inline-svg-images.js';
import { mmToPt, SCREEN_TEMPLATE_PRINT_WIDTH_MM } from './paper.js';
import { linkQrCodes, type Matrix } from './qr-links.js';
import { drawTextLayer, registerTextFonts } from './text-layer.js';

/** Physical trim size of a rendered card: its template's, or a sensible width for phone cards. */
export function printedSize(rendered: Pick<RenderedCard, 'physical' | 'width' | 'height'>): { widthMm: number; heightMm: number } {
  if (rendered.physical) return { widthMm: rendered.physical.widthMm, heightMm: rendered.physical.heightMm };
  const widthMm = SCREEN_TEMPLATE_PRINT_WIDTH_MM;
  return { widthMm, heightMm: Math.round(((widthMm * rendered.height) / rendered.width) * 10) / 10 };
}

function drawSvg(doc: PDFKit.PDFDocument, svg: string, xPt: number, yPt: number, widthPt: number, heightPt: number, stretch = false): void {
  SVGtoPDF(doc, svg, xPt, yPt, { width: widthPt, height: heightPt, preserveAspectRatio: stretch ? 'none' : 'xMidYMid meet', assumePt: false });
}

/**
 * The bleed around a card at the origin: its edge pixels stretched outward (see bleed-edges.ts).
 * Each strip reaches 0.2 mm under the card, which is drawn on top, so no hairline shows at the trim.
 */
function drawBleed(doc: PDFKit.PDFDocument, edges: BleedEdges, width: number, height: number, bleed: number): void {
  const under = 0.2;
  const depth = bleed + under;
  const pt = mmToPt;
  doc.image(edges.top, pt(0), pt(-bleed), { width: pt(width), height: pt(depth) });
  doc.image(edges.bottom, pt(0), pt(height - under), { width: pt(width), height: pt(depth) });
  doc.image(edges.left, pt(-bleed), pt(0), { width: pt(depth), height: pt(height) });
  doc.image(edges.right, pt(width - under), pt(0), { width: pt(depth), height: pt(height) });
  const [topLeft, topRight, bottomLeft, bottomRight] = edges.corners;
  doc.rect(pt(-bleed), pt(-bleed), pt(depth), pt(depth)).fill(topLeft!);
  doc.rect(pt(width - under), pt(-bleed), pt(depth), pt(depth)).fill(topRight!);
  doc.rect(pt(-bleed), pt(height - under), pt(depth), pt(depth)).fill(bottomLeft!);
  doc.rect(pt(width - under), pt(height - under), pt(depth), pt(depth)).fill(bottomRight!);
}

/**
 * Where a card's own frame (upright, its top-left corner at the origin, in pt) lies on the page.
 * Rotated cards are drawn upright in a rotated frame whose origin is the slot's top-right corner
 * (bottom-left when turned the other way).
 */
function cardFrame(trim: { widthMm: number; heightMm: number }, xMm: number, yMm: number, rotated: boolean, turned: boolean): Matrix {
  if (rotated && turned) return [0, -1, 1, 0, mmToPt(xMm), mmToPt(yMm + trim.widthMm)];
  if (rotated) return [0, 1, -1, 0, mmToPt(xMm + trim.heightMm), mmToPt(yMm)];
  return [1, 0, 0, 1, mmToPt(xMm), mmToPt(yMm)];
}

/**
 * The card at its trim box, with its edge pixels extended into the bleed underneath, its text,
 * when the page carries it, as an invisible layer on top (text-layer.ts) and a link over each of
 * its QR codes (qr-links.ts). Drawn at the page's own origin.
 */
export function drawCard(
  doc: PDFKit.PDFDocument,
  page: Pick<RenderedPage, 'svg' | 'textRuns' | 'qr'>,
  trim: { widthMm: number; heightMm: number },
  xMm: number,
  yMm: number,
  bleedMm: number,
  rotated: boolean,
  /** A rotated card turned the other way (-90°): the back of a rotated card on a long-edge duplex sheet. */
  turned = false,
): void {
  const frame = cardFrame(trim, xMm, yMm, rotated, turned);
  doc.save();
  doc.transform(...frame);
  // In the card's own frame (rotated or not) it is always drawn upright at its own size.
  const width = trim.widthMm;
  const height = trim.heightMm;
  const box = { width: mmToPt(width), height: mmToPt(height) };
  const svg = inlineSvgImages(page.svg);
  if (bleedMm > 0) drawBleed(doc, bleedEdges(svg), width, height, bleedMm);
  drawSvg(doc, svg, 0, 0, box.width, box.height);
  if (page.textRuns) drawTextLayer(doc, page.textRuns, svg, box);
  doc.restore();
  linkQrCodes(doc, page.qr, svg, box, frame);
}

/** A PDF document with the slug font registered, collected into a buffer when it ends. */
export function newDocument(): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: '政策明白卡', Creator: 'policy-card' } });
  doc.registerFont('slug', path.join(PACKAGE_ROOT, 'fonts', 'NotoSansSC-Regular.ttf'));
  registerTextFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** One card on pages of its physical size plus bleed, one per page of the card (for `build --format pdf` and `--per-card`). */
export async function singleCardPdf(rendered: RenderedCard, bleedMm = 3): Promise<Buffer> {
  const { doc, done } = newDocument();
  for (const page of rendered.pages) {
    const trim = printedSize({ ...rendered, ...page });
    doc.addPage({ size: [mmToPt(trim.widthMm + 2 * bleedMm), mmToPt(trim.heightMm + 2 * bleedMm)], margin: 0 });
    drawCard(doc, page, trim, bleedMm, bleedMm, bleedMm, false);
  }
  doc.end();
  return done;
}

