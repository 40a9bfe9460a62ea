/**
 * PNG encoding of resvg's raw pixels with Node's zlib. Measured on a 1080×4622 phone card
 * (scratch numbers in BENCHMARKS.md): resvg's own `asPng()` took 73–130 ms for 491 KB; no row
 * filter + zlib level 3 takes about 40 ms for 434 KB. Cards are large flat areas of colour, which
 * deflate compresses well without filtering. Output is deterministic for the same pixels.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** True when every pixel is fully opaque (then premultiplied and straight alpha are the same). */
export function isOpaque(rgba: Uint8Array): boolean {
  for (let index = 3; index < rgba.length; index += 4) if (rgba[index] !== 255) return false;
  return true;
}

/** RGBA pixels (straight alpha) → PNG bytes. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const source = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1);
    raw[start] = 0; // filter type: none
    source.copy(raw, start + 1, row * stride, (row + 1) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
