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
