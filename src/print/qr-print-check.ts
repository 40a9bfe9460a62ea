/**
 * Will the QR code scan from paper? At the card's printed size, each module should be at least
 * 0.4 mm and the whole code (with its quiet zone) at least 20 mm. Module size in mm is
 * 25.4 × pixels-per-module ÷ dpi, or generally pixels × (printed width ÷ width in pixels).
 */
import type { CardWarning, Localized } from '../errors.js';

export const MIN_MODULE_MM = 0.4;
export const MIN_QR_MM = 20;

export interface QrPrintSize {
  url: string;
  moduleMm: number;
  sizeMm: number;
}

export function qrPrintSizes(qr: Array<{ url: string; size: number; pixelsPerModule: number }>, mmPerPixel: number): QrPrintSize[] {
  return qr.map((code) => ({ url: code.url, moduleMm: code.pixelsPerModule * mmPerPixel, sizeMm: code.size * mmPerPixel }));
}

/** Warnings for codes too small to scan reliably from paper, with what to do about it. */
export function qrPrintWarnings(sizes: QrPrintSize[], template: string): CardWarning[] {
  const warnings: CardWarning[] = [];
  for (const [index, size] of sizes.entries()) {
    if (size.moduleMm >= MIN_MODULE_MM && size.sizeMm >= MIN_QR_MM) continue;
    const module = size.moduleMm.toFixed(2);
    const total = size.sizeMm.toFixed(1);
    const text: Localized = {
      zh: `第${index + 1}个二维码印出来只有 ${total} 毫米、每个模块 ${module} 毫米（建议至少 ${MIN_QR_MM} 毫米、模块 ${MIN_MODULE_MM} 毫米），手机可能扫不出；请用更短的网址、更大的模板（当前 ${template}），或降低纠错等级`,
      en: `QR code ${index + 1} prints at ${total} mm with ${module} mm modules (at least ${MIN_QR_MM} mm and ${MIN_MODULE_MM} mm advised) and may not scan; use a shorter URL, a larger template (now ${template}) or a lower error correction level`,
    };
    warnings.push({ code: 'W_QR_SMALL', text });
  }
  return warnings;
}

/** Text and QR codes must stay this far inside the trim: cutting is never exact. */
export const SAFE_MARGIN_MM = 5;

/**
 * The QR codes that come closer than 5 mm to the trim edge at the printed size. (Text is kept
 * inside by the templates' own padding; satori's SVG does not say which path is text.)
 */
export function safeAreaWarnings(
  qr: Array<{ x: number; y: number; size: number }>,
  card: { width: number; height: number },
  mmPerPixel: number,
): CardWarning[] {
  const warnings: CardWarning[] = [];
  for (const [index, code] of qr.entries()) {
    const closest = Math.min(code.x, code.y, card.width - (code.x + code.size), card.height - (code.y + code.size)) * mmPerPixel;
    if (!(closest < SAFE_MARGIN_MM)) continue;
    const distance = closest.toFixed(1);
    warnings.push({
      code: 'W_SAFE_AREA',
      text: {
        zh: `第${index + 1}个二维码距裁切边只有 ${distance} 毫米（应至少 ${SAFE_MARGIN_MM} 毫米），裁切时可能被切到；请调整模板的页边距`,
        en: `QR code ${index + 1} is only ${distance} mm from the trim edge (at least ${SAFE_MARGIN_MM} mm is safe) and may be cut; widen the template's margins`,
      },
    });
  }
  return warnings;
}
