import jsQRModule from 'jsqr';

// jsqr is CommonJS with `exports.default`; under nodenext the default import is the module object.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;
import { PNG } from 'pngjs';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

/** Decode the QR code inside a square region of a PNG (with some margin around it). */
export function decodeQrAt(png: PNG, region: { x: number; y: number; size: number }): string | undefined {
  const margin = 20;
  const x0 = Math.max(0, Math.floor(region.x) - margin);
  const y0 = Math.max(0, Math.floor(region.y) - margin);
  const width = Math.min(png.width - x0, Math.ceil(region.size) + 2 * margin);
  const height = Math.min(png.height - y0, Math.ceil(region.size) + 2 * margin);
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const start = ((y0 + row) * png.width + x0) * 4;
    pixels.set(png.data.subarray(start, start + width * 4), row * width * 4);
  }
  return jsQR(pixels, width, height)?.data;
}

/** Share of pixels whose colour differs by more than `threshold` in any channel. */
export function differingPixelShare(a: PNG, b: PNG, threshold = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    for (let channel = 0; channel < 4; channel++) {
      if (Math.abs(a.data[index + channel]! - b.data[index + channel]!) > threshold) {
        differing++;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}
