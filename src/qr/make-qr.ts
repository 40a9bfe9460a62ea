/**
 * A QR code as a self-contained SVG, sized so that every module is a whole number of pixels
 * (no blurred module edges) and with the 4-module quiet zone scanners need. Colours are checked
 * for scannability; a centre logo is drawn on a white pad inside the SVG as a data URI.
 */
import QRCode from 'qrcode';
import { CardError } from '../errors.js';
import type { LogoImage } from '../assets/load-logo.js';
import { assertScannableColors, DEFAULT_QR_DARK, DEFAULT_QR_LIGHT } from './qr-colors.js';
import { logoPad, logoShare } from './logo-pad.js';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Byte-mode capacity at version 40, for the message when a URL is too long. */
export const QR_BYTE_CAPACITY: Record<ErrorCorrection, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };

export const QUIET_ZONE_MODULES = 4;

/**
 * Codes with a centre logo stop at version 25 (117 modules, 535 bytes at level H). Beyond it the
 * pad hides several alignment patterns of a dense grid and zbar failed to read our codes.
 */
export const LOGO_MAX_VERSION = 25;
const LOGO_MAX_BYTES = 535;

export interface QrImage {
  /** `data:image/svg+xml;base64,…`, ready for satori's `<img>`. */
  dataUri: string;
  /** Modules per side including the quiet zone. */
  modules: number;
  /** Side length in pixels: modules × pixelsPerModule. */
  size: number;
  pixelsPerModule: number;
  version: number;
  /** The level actually used (H whenever there is a logo). */
  errorCorrection: ErrorCorrection;
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
  /** Colour of the dark modules, #rrggbb. @default '#000000' */
  dark?: string;
  /** Colour of the light modules and the quiet zone, #rrggbb. @default '#ffffff' */
  light?: string;
  /** A logo drawn in the centre on a white pad; forces error correction H. */
  logo?: LogoImage;
  /** Where the colours came from, for the message when they cannot be scanned. */
  colorContext?: { path?: string; label?: { zh: string; en: string } };
}

export function makeQr(url: string, options: QrOptions, context: { file?: string; path?: string } = {}): QrImage {
  const dark = options.dark ?? DEFAULT_QR_DARK;
  const light = options.light ?? DEFAULT_QR_LIGHT;
  assertScannableColors(dark, light, { file: context.file, ...options.colorContext });
  const errorCorrectionLevel = options.logo ? 'H' : (options.errorCorrection ?? 'M');
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
  if (options.logo) {
    if (qr.version > LOGO_MAX_VERSION) {
      const bytes = Buffer.byteLength(url, 'utf8');
      throw new CardError(
        'E_QR_CAPACITY',
        {
          zh: `网址有 ${bytes} 字节，太长，放不下中心标志（带标志的二维码最多约 ${LOGO_MAX_BYTES} 字节，否则模块太密、标志遮挡后扫不出来）；请使用短网址，或去掉二维码的 logo`,
          en: `the URL is ${bytes} bytes, too long for a centre logo (at most about ${LOGO_MAX_BYTES} bytes with a logo, or the modules get so dense that the covered code no longer scans); use a shorter URL or drop the QR logo`,
        },
        { ...context, label: { zh: '二维码 链接', en: 'QR code URL' } },
      );
    }
    qr = roomierForLogo(url, qr);
  }
  const count = qr.modules.size;
  const modules = count + 2 * QUIET_ZONE_MODULES;
  const pixelsPerModule = Math.max(1, Math.floor(options.maxSize / modules));
  const codeSize = modules * pixelsPerModule;
  const size = Math.max(codeSize, options.canvasSize ?? 0);
  // Offset in modules, chosen so the code still starts on a whole pixel.
  const offset = Math.floor((size - codeSize) / 2) / pixelsPerModule;
  const viewBox = size / pixelsPerModule;
  const pad = options.logo ? logoPad(qr) : undefined;
  const covered = (row: number, col: number): boolean =>
    pad !== undefined && row >= pad.start && row < pad.start + pad.side && col >= pad.start && col < pad.start + pad.side;
  // One path of horizontal runs: compact, and crisp with shape-rendering="crispEdges".
  let d = '';
  for (let row = 0; row < count; row++) {
    let run = 0;
    for (let col = 0; col <= count; col++) {
      const isDark = col < count && qr.modules.get(row, col) === 1 && !covered(row, col);
      if (isDark) run++;
      else if (run > 0) {
        d += `M${col - run + QUIET_ZONE_MODULES + offset} ${row + QUIET_ZONE_MODULES + offset}h${run}v1h-${run}z`;
        run = 0;
      }
    }
  }
  let logo = '';
  // Below 3 modules there is no room for a logo inside its one-module margin.
  if (options.logo && pad && pad.side >= 3) {
    const at = pad.start + QUIET_ZONE_MODULES + offset;
    // The logo keeps its proportions inside the pad, one module clear of the code on every side.
    const box = pad.side - 2;
    const scale = Math.min(box / options.logo.width, box / options.logo.height);
    const width = options.logo.width * scale;
    const height = options.logo.height * scale;
    logo =
      `<rect x="${at}" y="${at}" width="${pad.side}" height="${pad.side}" fill="#ffffff"/>` +
      `<image x="${at + (pad.side - width) / 2}" y="${at + (pad.side - height) / 2}" width="${width}" height="${height}" href="${options.logo.dataUri}"/>`;
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${viewBox} ${viewBox}" shape-rendering="crispEdges">` +
    `<rect width="${viewBox}" height="${viewBox}" fill="${light}"/><path fill="${dark}" d="${d}"/>${logo}</svg>`;
  return {
    dataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    modules,
    size,
    pixelsPerModule,
    version: qr.version,
    errorCorrection: errorCorrectionLevel,
  };
}

/**
 * At some versions the placement concentrates a centre square's damage in a few blocks and the
 * logo pad must shrink (to 5% of the area at version 13). One or two versions up the logo often
 * gets twice the room for a few more, slightly smaller modules.
 */
function roomierForLogo(url: string, fitted: QRCode.QRCode): QRCode.QRCode {
  const ENOUGH = 0.08;
  let best = fitted;
  for (let version = fitted.version + 1; version <= Math.min(LOGO_MAX_VERSION, fitted.version + 2) && logoShare(best) < ENOUGH; version++) {
    const larger = QRCode.create(url, { errorCorrectionLevel: 'H', version });
    if (logoShare(larger) > logoShare(best) * 1.25) best = larger;
  }
  return best;
}
