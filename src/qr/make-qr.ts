/**
 * A QR code as a self-contained SVG, sized so that every module is a whole number of pixels
 * (no blurred module edges) and with the 4-module quiet zone scanners need.
 */
import QRCode from 'qrcode';
import { CardError } from '../errors.js';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Byte-mode capacity at version 40, for the message when a URL is too long. */
export const QR_BYTE_CAPACITY: Record<ErrorCorrection, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };

export const QUIET_ZONE_MODULES = 4;

export interface QrImage {
  /** `data:image/svg+xml;base64,…`, ready for satori's `<img>`. */
  dataUri: string;
  /** Modules per side including the quiet zone. */
  modules: number;
  /** Side length in pixels: modules × pixelsPerModule. */
  size: number;
  pixelsPerModule: number;
  version: number;
}

export interface QrOptions {
  /** @default 'M' */
  errorCorrection?: ErrorCorrection;
  /** The largest side in pixels the template allows; the code is the largest whole multiple that fits. */
  maxSize: number;
  /**
   * Draw the code centred on a white square of this many pixels (≥ the code's size), so that
   * two codes with different module counts still line up as equal squares.
   */
  canvasSize?: number;
}

export function makeQr(url: string, options: QrOptions, context: { file?: string; path?: string } = {}): QrImage {
  const errorCorrectionLevel = options.errorCorrection ?? 'M';
  let qr: ReturnType<typeof QRCode.create>;
  try {
    qr = QRCode.create(url, { errorCorrectionLevel });
  } catch (error) {
    const bytes = Buffer.byteLength(url, 'utf8');
    const limit = QR_BYTE_CAPACITY[errorCorrectionLevel];
    throw new CardError(
      'E_QR_CAPACITY',
      {
        zh: `网址有 ${bytes} 字节，超出二维码容量（纠错等级 ${errorCorrectionLevel} 最多 ${limit} 字节）；请使用短网址`,
        en: `the URL is ${bytes} bytes, more than a QR code holds (${limit} bytes at error correction ${errorCorrectionLevel}); use a shorter URL`,
      },
      { ...context, label: { zh: '二维码 链接', en: 'QR code URL' } },
      { cause: error },
    );
  }
  const count = qr.modules.size;
  const modules = count + 2 * QUIET_ZONE_MODULES;
  const pixelsPerModule = Math.max(1, Math.floor(options.maxSize / modules));
  const codeSize = modules * pixelsPerModule;
  const size = Math.max(codeSize, options.canvasSize ?? 0);
  // Offset in modules, chosen so the code still starts on a whole pixel.
  const offset = Math.floor((size - codeSize) / 2) / pixelsPerModule;
  const viewBox = size / pixelsPerModule;
  // One path of horizontal runs: compact, and crisp with shape-rendering="crispEdges".
  let d = '';
  for (let row = 0; row < count; row++) {
    let run = 0;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && qr.modules.get(row, col) === 1;
      if (dark) run++;
      else if (run > 0) {
        d += `M${col - run + QUIET_ZONE_MODULES + offset} ${row + QUIET_ZONE_MODULES + offset}h${run}v1h-${run}z`;
        run = 0;
      }
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${viewBox} ${viewBox}" shape-rendering="crispEdges">` +
    `<rect width="${viewBox}" height="${viewBox}" fill="#ffffff"/><path fill="#000000" d="${d}"/></svg>`;
  return {
    dataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    modules,
    size,
    pixelsPerModule,
    version: qr.version,
  };
}
