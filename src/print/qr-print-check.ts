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
