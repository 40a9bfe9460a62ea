/**
 * The invisible text layer over a card in a PDF. The card itself is satori's glyph outlines, so
 * without this a handout has no text: nothing to search, select, copy or read aloud. Each run of
 * the card's text (render/text-runs.ts) is written at its place and size in the card's fonts, in
 * text render mode 3 (neither filled nor stroked, the mode of OCR layers): the page looks exactly
 * as without it, and readers find, select and copy the words where they are printed.
 */
import { loadFonts } from '../fonts/load-fonts.js';
import type { TextRun } from '../render/text-runs.js';
import { svgFit } from './svg-fit.js';

const faceName = (weight: TextRun['fontWeight']): string => `card-text-${weight}`;

/** Registers the card faces on a document (the bundled fonts, already read by the renderer); pdfkit embeds only the glyphs used. */
export function registerTextFonts(doc: PDFKit.PDFDocument): void {
  for (const face of loadFonts()) doc.registerFont(faceName(face.weight), face.data);
}

/**
 * Writes `runs` over the card whose SVG is drawn into a box of `box` (pt) at the current origin,
 * placed as svg-to-pdfkit places that SVG: scaled to fit and centred (xMidYMid meet).
 */
export function drawTextLayer(doc: PDFKit.PDFDocument, runs: readonly TextRun[], svg: string, box: { width: number; height: number }): void {
  if (runs.length === 0) return;
  const fit = svgFit(svg, box);
  doc.save();
  doc.translate(fit.x, fit.y).scale(fit.scale);
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
