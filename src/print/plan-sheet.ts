/**
 * Where cards go on a sheet: the most cards of one trim size that fit on the paper together
 * with bleed, crop marks and the printer's unprintable margin, rotating them when that fits
 * more. A layout that cannot fit is refused rather than shrunk: a card printed smaller than
 * designed has smaller text and a smaller QR code than anyone checked.
 */
import { CardError } from '../errors.js';
import { CROP_MARK_ZONE_MM, PAPER_SIZES_MM, UNPRINTABLE_MARGIN_MM, type PaperName } from './paper.js';

export interface SheetRequest {
  paper: PaperName;
  /** Card trim size. */
  trim: { widthMm: number; heightMm: number };
  bleedMm: number;
  cropMarks: boolean;
  /** Space between neighbouring cards' bleed boxes; raised to fit crop marks when they are on. */
  gapMm?: number;
  /** `auto`, or columns × rows such as `2x2`. */
  layout: 'auto' | { cols: number; rows: number };
  /**
   * Blank paper around the cards (and their crop marks). Without it, a desktop printer's 5 mm;
   * an explicit layout that only fits edge to edge (four A6 on A4: `--layout 2x2 --gap 0
   * --no-crop-marks`) then uses the whole sheet, for printers and print shops that print to the edge.
   */
  marginMm?: number;
}

export interface SheetPlan {
  paper: { widthMm: number; heightMm: number };
  cols: number;
  rows: number;
  perPage: number;
  /** Cards turned 90° to fit more. */
  rotated: boolean;
  /** Size of a card's trim box on the sheet (after rotation). */
  trim: { widthMm: number; heightMm: number };
  bleedMm: number;
  gapMm: number;
  cropMarks: boolean;
  /** Blank paper kept around the cards and their marks. */
  marginMm: number;
  /** Top-left corner of each slot's trim box, in page order. */
  slots: Array<{ xMm: number; yMm: number }>;
}

export function parseLayout(value: string): SheetRequest['layout'] {
  if (value === 'auto') return 'auto';
  const match = /^(\d{1,2})x(\d{1,2})$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new CardError('E_USAGE', { zh: `--layout 应为 auto 或 列x行（如 2x2），收到 ${value}`, en: `--layout must be auto or COLSxROWS (e.g. 2x2), received ${value}` });
  }
  return { cols: Number(match[1]), rows: Number(match[2]) };
}

function fitCount(available: number, cell: number, gap: number): number {
  return available < cell ? 0 : Math.floor((available + gap) / (cell + gap));
}

export function planSheet(request: SheetRequest): SheetPlan {
  try {
    return planSheetWithMargin(request, request.marginMm ?? UNPRINTABLE_MARGIN_MM);
  } catch (error) {
    // An explicit grid that fits only edge to edge (2x2 A6 on A4) is what the user asked for.
    if (request.marginMm === undefined && request.layout !== 'auto' && !request.cropMarks) return planSheetWithMargin(request, 0);
    throw error;
  }
}

function planSheetWithMargin(request: SheetRequest, sheetMargin: number): SheetPlan {
  const paper = PAPER_SIZES_MM[request.paper];
  const margin = sheetMargin + (request.cropMarks ? CROP_MARK_ZONE_MM : 0);
  const gap = Math.max(request.gapMm ?? 0, request.cropMarks ? 2 * CROP_MARK_ZONE_MM : 0);
  const usable = { width: paper.widthMm - 2 * margin, height: paper.heightMm - 2 * margin };
  const candidates = [false, true].map((rotated) => {
    const trim = rotated ? { widthMm: request.trim.heightMm, heightMm: request.trim.widthMm } : { ...request.trim };
    const cell = { width: trim.widthMm + 2 * request.bleedMm, height: trim.heightMm + 2 * request.bleedMm };
    const cols = fitCount(usable.width, cell.width, gap);
    const rows = fitCount(usable.height, cell.height, gap);
    return { rotated, trim, cell, cols, rows };
  });
  let chosen: (typeof candidates)[number] | undefined;
  if (request.layout === 'auto') {
    chosen = candidates.filter((candidate) => candidate.cols * candidate.rows > 0).sort((a, b) => b.cols * b.rows - a.cols * a.rows)[0];
  } else {
    const { cols, rows } = request.layout;
    chosen = candidates.find((candidate) => candidate.cols >= cols && candidate.rows >= rows);
    if (chosen) chosen = { ...chosen, cols, rows };
  }
  if (!chosen) {
    const largest = PAPER_SIZES_MM.A3;
    // A phone card is as long as its content: no paper holds it, so the way out is a print template.
    if (request.layout === 'auto' && Math.min(request.trim.widthMm, request.trim.heightMm) <= largest.widthMm && Math.max(request.trim.widthMm, request.trim.heightMm) > largest.heightMm) {
      throw new CardError('E_USAGE', {
        zh: `${request.paper} 纸放不下 ${request.trim.widthMm}×${request.trim.heightMm} 毫米的卡片：它比最大的 A3 纸（${largest.widthMm}×${largest.heightMm} 毫米）还长。打印请用打印模板：--template a6（口袋卡）、a5 或 a4`,
        en: `${request.paper} cannot hold a card of ${request.trim.widthMm}×${request.trim.heightMm} mm: it is longer than the largest paper, A3 (${largest.widthMm}×${largest.heightMm} mm). To print, use a print template: --template a6 (pocket card), a5 or a4`,
      });
    }
    const wanted = request.layout === 'auto' ? '1x1' : `${request.layout.cols}x${request.layout.rows}`;
    // In auto the sheet already holds as few as one; fewer per sheet is advice only for a grid asked for.
    const fewer = request.layout === 'auto' ? { zh: '', en: '' } : { zh: '、减少每页张数（--layout auto）', en: ', fewer cards per sheet (--layout auto)' };
    throw new CardError('E_USAGE', {
      zh: `${request.paper} 纸放不下 ${wanted} 张 ${request.trim.widthMm}×${request.trim.heightMm} 毫米的卡片（含出血 ${request.bleedMm} 毫米${request.cropMarks ? '、裁切线' : ''}和 ${sheetMargin} 毫米纸边距，可用 ${usable.width}×${usable.height} 毫米）；请换更大的纸（--paper A3）${fewer.zh}，或去掉裁切线和出血（--no-crop-marks --bleed 0 --gap 0）并减小纸边距（--margin 0，需打印机支持无边距）`,
      en: `${request.paper} cannot hold ${wanted} cards of ${request.trim.widthMm}×${request.trim.heightMm} mm with ${request.bleedMm} mm bleed${request.cropMarks ? ', crop marks' : ''} and a ${sheetMargin} mm sheet margin (usable ${usable.width}×${usable.height} mm); use larger paper (--paper A3)${fewer.en}, or no crop marks and bleed (--no-crop-marks --bleed 0 --gap 0) with a smaller margin (--margin 0, for printers that print to the edge)`,
    });
  }
  const gridWidth = chosen.cols * chosen.cell.width + (chosen.cols - 1) * gap;
  const gridHeight = chosen.rows * chosen.cell.height + (chosen.rows - 1) * gap;
  const left = (paper.widthMm - gridWidth) / 2;
  const top = (paper.heightMm - gridHeight) / 2;
  const slots: SheetPlan['slots'] = [];
  for (let row = 0; row < chosen.rows; row++) {
    for (let col = 0; col < chosen.cols; col++) {
      slots.push({
        xMm: left + col * (chosen.cell.width + gap) + request.bleedMm,
        yMm: top + row * (chosen.cell.height + gap) + request.bleedMm,
      });
    }
  }
  return {
    paper: { ...paper },
    cols: chosen.cols,
    rows: chosen.rows,
    perPage: chosen.cols * chosen.rows,
    rotated: chosen.rotated,
    trim: chosen.trim,
    bleedMm: request.bleedMm,
    gapMm: gap,
    cropMarks: request.cropMarks,
    marginMm: sheetMargin,
    slots,
  };
}

/** How a two-sided sheet is turned over in the printer: about its long or its short edge. */
export type Duplex = 'long-edge' | 'short-edge';

/**
 * Where the back of the card in `slot` goes on the back of the sheet, so that it lands behind
 * its own front once the sheet is turned: mirrored left–right for long-edge, top–bottom for
 * short-edge. `turned` says that a rotated card's back must be drawn turned the other way
 * (long-edge: its top, at the sheet's right on the front, is at the left on the back).
 */
export function backSlot(plan: SheetPlan, slot: number, duplex: Duplex): { xMm: number; yMm: number; turned: boolean } {
  const { xMm, yMm } = plan.slots[slot]!;
  if (duplex === 'long-edge') return { xMm: plan.paper.widthMm - xMm - plan.trim.widthMm, yMm, turned: plan.rotated };
  return { xMm, yMm: plan.paper.heightMm - yMm - plan.trim.heightMm, turned: false };
}
