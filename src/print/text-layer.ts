/**
 * The invisible text layer over a card in a PDF. The card itself is satori's glyph outlines, so
 * without this a handout has no text: nothing to search, select, copy or read aloud. Each run of
 * the card's text (render/text-runs.ts) is written at its place and size in the card's fonts, in
 * text render mode 3 (neither filled nor stroked, the mode of OCR layers): the page looks exactly
 * as without it, and readers find, select and copy the words where they are printed.
 */
import { CardError } from '../errors.js';
import { loadFonts } from '../fonts/load-fonts.js';
import type { TextRun } from '../render/text-runs.js';

const faceName = (weight: TextRun['fontWeight']): string => `card-text-${weight}`;

/** Registers the card faces on a document (the bundled fonts, already read by the renderer); pdfkit embeds only the glyphs used. */
export function registerTextFonts(doc: PDFKit.PDFDocument): void {
  for (const face of loadFonts()) doc.registerFont(faceName(face.weight), face.data);
}

/** Width and height of satori's root `<svg>`, the frame its text runs are placed in. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? NaN);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? NaN);
  if (!(width > 0 && height > 0)) throw new CardError('E_RENDER', { zh: '排版结果没有宽度或高度', en: 'the layout produced no width or height' });
  return { width, height };
}

/**
 * Writes `runs` over the card whose SVG is drawn into a box of `box` (pt) at the current origin,
 * placed as svg-to-pdfkit places that SVG: scaled to fit and centred (xMidYMid meet).
 */
export function drawTextLayer(doc: PDFKit.PDFDocument, runs: readonly TextRun[], svg: string, box: { width: number; height: number }): void {
  if (runs.length === 0) return;
  const size = svgSize(svg);
  const scale = Math.min(box.width / size.width, box.height / size.height);
  doc.save();
  doc.translate((box.width - size.width * scale) / 2, (box.height - size.height * scale) / 2).scale(scale);
  // Text render mode is text state, kept across text objects until the restore below; pdfkit
  // writes a mode of its own only for stroked text.
  doc.addContent('3 Tr');
  for (const run of runs) {
    doc.font(faceName(run.fontWeight)).fontSize(run.fontSize);
    // Stretched to satori's advance, so a selection covers exactly the printed word.
    const natural = doc.widthOfString(run.text);
    const horizontalScaling = natural > 0 ? Math.round((run.width / natural) * 10000) / 100 : 100;
    if (run.matrix) doc.save().transform(...run.matrix);
    // pdfkit 0.20 takes horizontalScaling (Tz); @types/pdfkit does not list it yet.
    const options: PDFKit.Mixins.TextOptions & { horizontalScaling: number } = { lineBreak: false, baseline: 'alphabetic', horizontalScaling };
    doc.text(run.text, run.x, run.y, options);
    if (run.matrix) doc.restore();
  }
  doc.restore();
}
