import { PNG } from 'pngjs';

/** A real PNG logo: a dark red field with a white disc (dark pixels are the hard case for a QR centre). */
export function logoPng(width = 120, height = 80): Buffer {
  const png = new PNG({ width, height });
  const radius = Math.min(width, height) * 0.35;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = (y * width + x) * 4;
      const disc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < radius ** 2;
      png.data[index] = disc ? 255 : 179;
      png.data[index + 1] = disc ? 255 : 25;
      png.data[index + 2] = disc ? 255 : 31;
      png.data[index + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/**
 * A real 16×32 baseline JPEG as a phone or scanner stores a sideways logo: blue top half, red
 * bottom half (made once with ImageMagick: `convert -size 16x16 xc:'#1040d0' ( -size 16x16
 * xc:'#d02010' ) -append -sampling-factor 1x1 -quality 95 -strip`).
 */
const STORED_JPEG = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQECAgICAgQDAgICAgUEBAMEBgUGBgYFBgYGBwkIBgcJBwYGCAsICQoKCgoKBggLDAsKDAkKCgr/2wBDAQICAgICAgUDAwUKBwYHCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgr/wAARCAAgABADAREAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAcI/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABYBAQEBAAAAAAAAAAAAAAAAAAAJCP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AMDqgM3gAAKIhOvoAAA//9k=';

/**
 * That JPEG with an EXIF APP1 segment whose IFD0 holds one tag, Orientation (0x0112) =
 * `orientation`, in the byte order given: what a camera writes instead of turning the pixels.
 */
export function logoJpegWithOrientation(orientation: number, byteOrder: 'MM' | 'II' = 'MM'): Buffer {
  const jpeg = Buffer.from(STORED_JPEG, 'base64');
  const tiff = Buffer.alloc(26);
  const big = byteOrder === 'MM';
  const u16 = (value: number, at: number): number => (big ? tiff.writeUInt16BE(value, at) : tiff.writeUInt16LE(value, at));
  const u32 = (value: number, at: number): number => (big ? tiff.writeUInt32BE(value, at) : tiff.writeUInt32LE(value, at));
  tiff.write(byteOrder, 0, 'latin1');
  u16(42, 2);
  u32(8, 4); // IFD0 right after the header
  u16(1, 8); // one entry
  u16(0x0112, 10);
  u16(3, 12); // SHORT
  u32(1, 14);
  u16(orientation, 18);
  u32(0, 22); // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, body, jpeg.subarray(2)]);
}
