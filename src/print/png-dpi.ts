/**
 * Stamps a PNG with its resolution (a pHYs chunk), so that print dialogs and layout programs
 * place a 300 dpi A6 card at 105×148 mm instead of guessing 72 or 96 dpi.
 */
import { crc32 } from 'node:zlib';

const PNG_SIGNATURE_LENGTH = 8;

export function setPngDpi(png: Uint8Array, dpi: number): Buffer {
  const bytes = Buffer.from(png);
  // IHDR is always first: 4 length + 4 type + 13 data + 4 CRC.
  const afterIhdr = PNG_SIGNATURE_LENGTH + 4 + 4 + 13 + 4;
  const pixelsPerMetre = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'ascii');
  chunk.writeUInt32BE(pixelsPerMetre, 8);
  chunk.writeUInt32BE(pixelsPerMetre, 12);
  chunk.writeUInt8(1, 16); // unit: metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return Buffer.concat([bytes.subarray(0, afterIhdr), chunk, bytes.subarray(afterIhdr)]);
}

/** The dpi recorded in a PNG's pHYs chunk, or undefined. */
export function readPngDpi(png: Uint8Array): number | undefined {
  const bytes = Buffer.from(png);
  let offset = PNG_SIGNATURE_LENGTH;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    if (type === 'pHYs' && bytes.readUInt8(offset + 16) === 1) return Math.round(bytes.readUInt32BE(offset + 8) * 0.0254);
    if (type === 'IDAT') return undefined;
    offset += 12 + length;
  }
  return undefined;
}
