/**
 * `build --verify`: read every QR code back from the rendered pixels (jsQR) and compare it with
 * the URL it was meant to carry, so a card whose code does not scan never leaves the building.
 */
import { createRequire } from 'node:module';
import type jsQRModule from 'jsqr';
import { CardError } from '../errors.js';

type JsQr = typeof jsQRModule.default;
let jsQRFunction: JsQr | undefined;
/**
 * jsQR, required on first use: every render imports this module, but only --verify decodes, and
 * loading jsQR would cost each cold CLI run about 20 ms for nothing.
 */
function jsQR(...args: Parameters<JsQr>): ReturnType<JsQr> {
  if (!jsQRFunction) {
    // jsqr is CommonJS with `exports.default`.
    const required = createRequire(import.meta.url)('jsqr') as { default?: JsQr } & JsQr;
    jsQRFunction = required.default ?? required;
  }
  return jsQRFunction(...args);
}

export interface QrPlacement {
  url: string;
  /** Position and size in the raster's pixels. */
  x: number;
  y: number;
  size: number;
}

/** Decode the code inside one square of an RGBA raster (with a margin around it). */
export function decodeQrRegion(rgba: Uint8Array, width: number, height: number, region: { x: number; y: number; size: number }): string | undefined {
  const margin = Math.round(region.size * 0.05);
  const x0 = Math.max(0, Math.floor(region.x) - margin);
  const y0 = Math.max(0, Math.floor(region.y) - margin);
  const w = Math.min(width - x0, Math.ceil(region.size) + 2 * margin);
  const h = Math.min(height - y0, Math.ceil(region.size) + 2 * margin);
  if (w <= 0 || h <= 0) return undefined;
  const crop = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const start = ((y0 + row) * width + x0) * 4;
    crop.set(rgba.subarray(start, start + w * 4), row * w * 4);
  }
  return jsQR(crop, w, h)?.data;
}

/** Throws E_QR_VERIFY when a code reads back as anything but its URL. */
export function assertQrCodesDecode(rgba: Uint8Array, width: number, height: number, codes: QrPlacement[], file?: string): void {
  for (const [index, code] of codes.entries()) {
    const decoded = decodeQrRegion(rgba, width, height, code);
    if (decoded === code.url) continue;
    const got = decoded === undefined ? { zh: '无法识别', en: 'nothing readable' } : { zh: `“${decoded.slice(0, 80)}”`, en: `"${decoded.slice(0, 80)}"` };
    throw new CardError(
      'E_QR_VERIFY',
      {
        zh: `第${index + 1}个二维码读回来是${got.zh}，应为 ${code.url}；卡片未生成。请检查二维码颜色、标志图片或模板中二维码的大小`,
        en: `QR code ${index + 1} reads back as ${got.en} instead of ${code.url}; the card was not written. Check the code's colours, logo or its size in the template`,
      },
      { file, path: `/qr/${index}/url` },
    );
  }
}
