/**
 * Print handouts: cards placed as vectors (satori's SVG through svg-to-pdfkit) on sheets with
 * crop marks, bleed and a slug line, or one PDF per card at its physical size. Text and QR
 * codes stay sharp at any zoom; logos keep their own resolution.
 */
import path from 'node:path';
import { CardError, toCardError, type CardWarning } from '../errors.js';
import { renderCard, type CardDefaults, type RenderedCard, type RenderedPage } from '../render/render-card.js';
import { cardFolder } from '../spec/card-folder.js';
import { loadCards } from '../spec/load-cards.js';
import type { SiteTarget } from '../spec/validate-card.js';
import { cardDefaults, type CardReport } from '../batch/build-cards.js';
import { prepareOutDir } from '../batch/prepare-out-dir.js';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { drawCard, newDocument, printedSize, singleCardPdf } from './card-pdf.js';
import { assertPagePixels, printResolution, type PrintPage } from './page-pixels.js';
import { CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM, mmToPt, PAPER_SIZES_MM, type PaperName, UNPRINTABLE_MARGIN_MM } from './paper.js';
import { backSlot, planSheet, type Duplex, type SheetPlan, type SheetRequest } from './plan-sheet.js';
import { qrPrintSizes, qrPrintWarnings, safeAreaWarnings } from './qr-print-check.js';
import { assertReplaceablePdf } from './replaceable-pdf.js';

export { printedSize, singleCardPdf } from './card-pdf.js';

export interface PrintOptions extends CardDefaults {
  paths?: string[];
  /** The PDF to write (or, with `perCard`, the folder for one PDF per card). */
  out: string;
  /** @default 'A4' */
  paper?: PaperName;
  /** @default 'auto' */
  layout?: SheetRequest['layout'];
  /** Bleed on each side in mm. @default 3 for one card per page, 0 for N-up */
  bleedMm?: number;
  /** @default true for N-up, false for one card per page */
  cropMarks?: boolean;
  gapMm?: number;
  /**
   * Print double-sided: a card with a back side (a4/a5 W_TWO_SIDED) gets its back on the next
   * page, placed so that it lands behind its own front when the printer turns the sheet about
   * this edge; every sheet gets a back page (blank where a card has none).
   */
  duplex?: Duplex;
  /** Blank paper around the cards on a sheet, in mm. @default 5 (what desktop printers cannot print) */
  marginMm?: number;
  /** One PDF per card at its physical size instead of sheets. @default false */
  perCard?: boolean;
  /** Replace an existing file that is not a PDF made by policy-card. @default false */
  force?: boolean;
  /** Fail cards whose QR code is too small to scan from paper, instead of warning. @default false */
  strict?: boolean;
  site?: SiteTarget;
  cwd?: string;
  /**
   * Put each card's words over it as invisible text, so the PDF can be searched, selected,
   * copied and read aloud; the printed page looks the same either way. @default true
   */
  textLayer?: boolean;
}

export interface PrintReport {
  cards: CardReport[];
  /** About the sheets rather than a card: fewer cards per sheet than edge to edge (W_SHEET_LAYOUT). */
  notes: CardWarning[];
  files: string[];
  pages: number;
  failed: number;
}

interface PrintableCard {
  report: CardReport;
  rendered: RenderedCard;
  trim: { widthMm: number; heightMm: number };
  /** Printed double-sided: the card's back side. */
  back?: RenderedPage | undefined;
}

/** Crop marks at the four trim corners, outside the bleed. */
function drawCropMarks(doc: PDFKit.PDFDocument, xMm: number, yMm: number, widthMm: number, heightMm: number, bleedMm: number): void {
  const start = bleedMm + CROP_MARK_OFFSET_MM;
  const end = start + CROP_MARK_LENGTH_MM;
  doc.save().lineWidth(0.25).strokeColor('#000000');
  for (const x of [xMm, xMm + widthMm]) {
    for (const y of [yMm, yMm + heightMm]) {
      const dx = x === xMm ? -1 : 1;
      const dy = y === yMm ? -1 : 1;
      doc.moveTo(mmToPt(x + dx * start), mmToPt(y)).lineTo(mmToPt(x + dx * end), mmToPt(y)).stroke();
      doc.moveTo(mmToPt(x), mmToPt(y + dy * start)).lineTo(mmToPt(x), mmToPt(y + dy * end)).stroke();
    }
  }
  doc.restore();
}

function slugLine(doc: PDFKit.PDFDocument, text: string, paper: { widthMm: number; heightMm: number }): void {
  doc.save().font('slug').fontSize(6).fillColor('#555555');
  doc.text(text, mmToPt(UNPRINTABLE_MARGIN_MM), mmToPt(paper.heightMm - UNPRINTABLE_MARGIN_MM) - 7, { lineBreak: false });
  doc.restore();
}

async function renderPrintable(options: PrintOptions): Promise<{ printable: PrintableCard[]; reports: CardReport[] }> {
  const cwd = options.cwd ?? process.cwd();
  const entries = await loadCards(options.paths?.length ? options.paths : ['cards'], cwd, options.site, options.limits);
  const printable: PrintableCard[] = [];
  const reports: CardReport[] = [];
  for (const entry of entries) {
    if (!entry.card || entry.errors.length > 0) {
      reports.push({ id: entry.id, file: entry.file, status: 'failed', outputs: [], errors: entry.errors, warnings: [] });
      continue;
    }
    try {
      const rendered = await renderCard(entry.card, {
        ...cardDefaults(options),
        baseDir: cardFolder(entry.absolutePath),
        file: entry.file,
        skipPng: true,
        textLayer: options.textLayer ?? true,
      });
      const trim = printedSize(rendered);
      const bleedMm = options.bleedMm ?? 3;
      const page: PrintPage = options.perCard
        ? { widthMm: trim.widthMm + 2 * bleedMm, heightMm: trim.heightMm + 2 * bleedMm }
        : { ...PAPER_SIZES_MM[options.paper ?? 'A4'], paper: options.paper ?? 'A4' };
      assertPagePixels(page, printResolution(rendered, trim.widthMm), options.limits, entry.file);
      const qrWarnings = qrPrintWarnings(qrPrintSizes(rendered.qr, trim.widthMm / rendered.width), rendered.template);
      if (options.strict && qrWarnings.length > 0) throw new CardError('E_QR_PRINT', qrWarnings[0]!.text, { file: entry.file, path: '/qr' });
      const safeArea = safeAreaWarnings(rendered.qr, rendered, trim.widthMm / rendered.width);
      const warnings: CardWarning[] = [...(entry.warnings ?? []), ...rendered.warnings, ...qrWarnings, ...safeArea];
      const report: CardReport = { id: entry.card.id, file: entry.file, status: 'rendered', outputs: [], errors: [], warnings };
      reports.push(report);
      printable.push({ report, rendered, trim });
    } catch (error) {
      reports.push({ id: entry.id, file: entry.file, status: 'failed', outputs: [], errors: [toCardError(error, 'E_RENDER', { file: entry.file })], warnings: [] });
    }
  }
  return { printable, reports };
}

export async function printCards(options: PrintOptions): Promise<PrintReport> {
  const cwd = options.cwd ?? process.cwd();
  const shown = (file: string): string => path.relative(cwd, file) || file;
  // Before any rendering: a file that may not be replaced stops the run with nothing written.
  if (!options.perCard) await assertReplaceablePdf(path.resolve(cwd, options.out), shown(path.resolve(cwd, options.out)), options.force === true);
  const { printable, reports } = await renderPrintable(options);
  const date = new Date().toISOString().slice(0, 10);
  const files: string[] = [];
  const notes: CardWarning[] = [];
  let pages = 0;

  if (options.perCard && printable.length > 0) {
    const folder = path.resolve(cwd, options.out);
    await prepareOutDir(folder, cwd);
    for (const card of printable) await assertReplaceablePdf(path.join(folder, `${card.report.id}.pdf`), shown(path.join(folder, `${card.report.id}.pdf`)), options.force === true);
    for (const card of printable) {
      const target = path.join(folder, `${card.report.id}.pdf`);
      await writeFileAtomic(target, await singleCardPdf(card.rendered, options.bleedMm ?? 3));
      card.report.outputs.push(shown(target));
      files.push(shown(target));
      pages++;
    }
  } else if (printable.length > 0) {
    const target = path.resolve(cwd, options.out);
    await prepareOutDir(path.dirname(target), cwd);
    const { doc, done } = newDocument();
    const paper = options.paper ?? 'A4';
    const batchName = path.basename(target, '.pdf');
    // Pages in input order; a card of another size starts a new page with its own layout.
    const pagesOfCards: Array<{ plan: SheetPlan; cards: PrintableCard[] }> = [];
    // Each page of a card split into pages is placed like a card of its own, in page order.
    // Printed double-sided, a print card's second side goes on the back of the sheet instead.
    const twoSided = (card: PrintableCard): boolean => options.duplex !== undefined && card.rendered.physical !== null && card.rendered.pages.length === 2;
    const placed: PrintableCard[] = printable.flatMap((card) =>
      card.rendered.pages.length === 1
        ? [card]
        : twoSided(card)
          ? [{ ...card, back: card.rendered.pages[1] }]
          : card.rendered.pages.map((page) => ({ ...card, rendered: { ...card.rendered, ...page }, trim: printedSize({ ...card.rendered, ...page }) })),
    );
    for (const card of placed) {
      const last = pagesOfCards[pagesOfCards.length - 1];
      const sameSize = last && last.cards[0]!.trim.widthMm === card.trim.widthMm && last.cards[0]!.trim.heightMm === card.trim.heightMm;
      if (last && sameSize && last.cards.length < last.plan.perPage) {
        last.cards.push(card);
        continue;
      }
      const auto = options.layout === undefined || options.layout === 'auto';
      const nUp = options.layout === undefined || options.layout === 'auto' || options.layout.cols * options.layout.rows > 1;
      let plan: SheetPlan;
      try {
        plan = planSheet({
          paper,
          trim: card.trim,
          layout: options.layout ?? 'auto',
          cropMarks: options.cropMarks ?? true,
          bleedMm: options.bleedMm ?? (nUp ? 0 : 3),
          ...(options.gapMm !== undefined ? { gapMm: options.gapMm } : {}),
          ...(options.marginMm !== undefined ? { marginMm: options.marginMm } : {}),
        });
      } catch (error) {
        // An a4 poster on A4 paper fits only edge to edge; with no flag asking for bleed, crop marks
        // or a margin, that is what the office wants, said in a note rather than refused.
        const asked = options.cropMarks !== undefined || options.bleedMm !== undefined || options.gapMm !== undefined || options.marginMm !== undefined;
        const whole = auto && !asked ? paperSizedPlan(paper, card.trim) : null;
        if (!whole) throw error;
        plan = whole.plan;
        if (!notes.some((known) => known.text.en === whole.note.text.en)) notes.push(whole.note);
      }
      pagesOfCards.push({ plan, cards: [card] });
      if (auto) {
        const note = sheetLayoutNote(paper, card.trim, plan.perPage);
        if (note && !notes.some((known) => known.text.en === note.text.en)) notes.push(note);
      }
    }
    const sheetCount = pagesOfCards.length * (options.duplex ? 2 : 1);
    let pageNumber = 0;
    for (const page of pagesOfCards) {
      const { plan } = page;
      doc.addPage({ size: [mmToPt(plan.paper.widthMm), mmToPt(plan.paper.heightMm)], margin: 0 });
      pageNumber++;
      for (const [slot, card] of page.cards.entries()) {
        const { xMm, yMm } = plan.slots[slot]!;
        drawCard(doc, card.rendered, card.trim, xMm, yMm, plan.bleedMm, plan.rotated);
        if (plan.cropMarks) drawCropMarks(doc, xMm, yMm, plan.trim.widthMm, plan.trim.heightMm, plan.bleedMm);
        card.report.outputs.push(`${shown(target)}#page=${pageNumber}`);
      }
      // An edge-to-edge sheet has no margin left for the slug line.
      if (plan.marginMm >= UNPRINTABLE_MARGIN_MM) slugLine(doc, `${batchName} · ${date} · ${pageNumber}/${sheetCount}`, plan.paper);
      if (!options.duplex) continue;
      // The back of the sheet: every back behind its own front (blank where a card has none).
      doc.addPage({ size: [mmToPt(plan.paper.widthMm), mmToPt(plan.paper.heightMm)], margin: 0 });
      pageNumber++;
      for (const [slot, card] of page.cards.entries()) {
        if (!card.back) continue;
        const { xMm, yMm, turned } = backSlot(plan, slot, options.duplex);
        drawCard(doc, card.back, card.trim, xMm, yMm, plan.bleedMm, plan.rotated, turned);
        if (plan.cropMarks) drawCropMarks(doc, xMm, yMm, plan.trim.widthMm, plan.trim.heightMm, plan.bleedMm);
        card.report.outputs.push(`${shown(target)}#page=${pageNumber}`);
      }
    }
    doc.end();
    await writeFileAtomic(target, await done);
    files.push(shown(target));
    pages = sheetCount;
  }
  return { cards: reports, files, pages, notes, failed: reports.filter((report) => report.status === 'failed').length };
}

/** The next paper size up, for a card as large as its paper that still wants bleed and crop marks. */
const LARGER_PAPER: Record<PaperName, PaperName | null> = { A5: 'A4', A4: 'A3', A3: null };

/** A card as large as the paper, one to a page with no margin, bleed or crop marks, and the note that says so; null when it does not fit even so. */
function paperSizedPlan(paper: PaperName, trim: { widthMm: number; heightMm: number }): { plan: SheetPlan; note: CardWarning } | null {
  let plan: SheetPlan;
  try {
    plan = planSheet({ paper, trim, layout: 'auto', cropMarks: false, bleedMm: 0, gapMm: 0, marginMm: 0 });
  } catch {
    return null;
  }
  const sheet = PAPER_SIZES_MM[paper];
  const size = `${trim.widthMm}×${trim.heightMm}`;
  const larger = LARGER_PAPER[paper];
  return {
    plan: { ...plan, cols: 1, rows: 1, perPage: 1, slots: plan.slots.slice(0, 1) },
    note: {
      code: 'W_SHEET_LAYOUT',
      text: {
        zh: `${paper} 纸（${sheet.widthMm}×${sheet.heightMm} 毫米）和 ${size} 毫米的卡片一样大：每页印 1 张，铺满整张纸，没有出血和裁切线；普通打印机在纸边约 ${UNPRINTABLE_MARGIN_MM} 毫米印不上。${larger ? `要保留出血和裁切线，请换更大的纸（--paper ${larger}）` : ''}`,
        en: `${paper} (${sheet.widthMm}×${sheet.heightMm} mm) is the size of the ${size} mm card: one card per page, edge to edge, with no bleed or crop marks; a desktop printer leaves about ${UNPRINTABLE_MARGIN_MM} mm at the edge unprinted.${larger ? ` To keep bleed and crop marks, use larger paper (--paper ${larger})` : ''}`,
      },
    },
  };
}

/**
 * Why an automatic sheet holds fewer cards than would cover the paper edge to edge, and how to
 * get them all. Four A6 (105×148 mm) cover an A4 sheet (210×297 mm) with 0 mm to spare across
 * and 1 mm down: no room for bleed, crop marks or a desktop printer's unprintable edge, and any
 * cutting error shows on the neighbouring card. So the default keeps what prints safely, and
 * says so.
 */
function sheetLayoutNote(paper: PaperName, trim: { widthMm: number; heightMm: number }, perPage: number): CardWarning | null {
  let full: SheetPlan;
  try {
    full = planSheet({ paper, trim, layout: 'auto', cropMarks: false, bleedMm: 0, gapMm: 0, marginMm: 0 });
  } catch {
    return null;
  }
  if (full.perPage <= perPage) return null;
  const sheet = PAPER_SIZES_MM[paper];
  const covered = `${full.cols * full.trim.widthMm}×${full.rows * full.trim.heightMm}`;
  const grid = `${full.cols}x${full.rows}`;
  const larger = LARGER_PAPER[paper];
  return {
    code: 'W_SHEET_LAYOUT',
    text: {
      zh: `${paper} 纸（${sheet.widthMm}×${sheet.heightMm} 毫米）每张排 ${perPage} 张 ${trim.widthMm}×${trim.heightMm} 毫米的卡片：${full.perPage} 张会铺满整张纸（${covered} 毫米），出血、裁切线和打印机 ${UNPRINTABLE_MARGIN_MM} 毫米的不可打印边都没有位置。要一张印 ${full.perPage} 张，请加 --layout ${grid} --gap 0 --no-crop-marks（卡片相接、无出血，需能无边距打印的打印机，沿卡片边线裁开）${larger ? `，或换更大的纸（--paper ${larger}）保留出血和裁切线` : ''}`,
      en: `${paper} (${sheet.widthMm}×${sheet.heightMm} mm) holds ${perPage} cards of ${trim.widthMm}×${trim.heightMm} mm per sheet: ${full.perPage} would cover the whole sheet (${covered} mm), leaving no room for bleed, crop marks or a printer's ${UNPRINTABLE_MARGIN_MM} mm unprintable edge. For ${full.perPage} per sheet add --layout ${grid} --gap 0 --no-crop-marks (cards butted, no bleed, for printers that print to the edge; cut along the card edges)${larger ? `, or use larger paper (--paper ${larger}) to keep bleed and crop marks` : ''}`,
    },
  };
}
