/**
 * A JPEG whose EXIF Orientation tag says "turn me" (a phone photo or a scan of a logo, stored
 * sideways) → the same picture with its pixels turned upright. resvg draws a JPEG's pixels as
 * stored while PDFKit (the print path) turns them by the tag, so a card showed the logo on its
 * side and the PDF upright. Turning the pixels once here, and writing a JPEG without the tag,
 * makes every output agree. resvg cannot be given the turn as an SVG wrapper instead: it draws
 * no raster image nested inside an SVG image.
 */

/** Where stored pixel (x, y) of a `width`×`height` image lands in the upright image, per orientation 2–8. */
function placePixel(orientation: number, x: number, y: number, width: number, height: number): [number, number] {
  switch (orientation) {
    case 2: return [width - 1 - x, y]; // mirrored
    case 3: return [width - 1 - x, height - 1 - y]; // turned 180°
    case 4: return [x, height - 1 - y]; // flipped
    case 5: return [y, x]; // transposed
    case 6: return [height - 1 - y, x]; // turned 90° clockwise
    case 7: return [height - 1 - y, width - 1 - x]; // transversed
    default: return [y, width - 1 - x]; // 8: turned 90° anticlockwise
  }
}

/**
 * `jpeg` (stored `width`×`height`) shown as its EXIF `orientation` asks: a data URI and the
 * upright size. Orientation 1 or none gives the bytes unchanged; otherwise the pixels are
 * decoded, turned, and encoded again at quality 92, without the tag.
 */
export async function uprightJpeg(
  jpeg: Buffer,
  width: number,
  height: number,
  orientation: number | undefined,
): Promise<{ dataUri: string; width: number; height: number }> {
  if (orientation === undefined || orientation < 2 || orientation > 8) {
    return { dataUri: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width, height };
  }
  // Loaded only for a turned logo: most cards have none.
  const { default: jpegJs } = await import('jpeg-js');
  const stored = jpegJs.decode(jpeg, { useTArray: true, formatAsRGBA: true });
  const shown = orientation >= 5 ? { width: stored.height, height: stored.width } : { width: stored.width, height: stored.height };
  const pixels = Buffer.alloc(shown.width * shown.height * 4);
  for (let y = 0; y < stored.height; y++) {
    for (let x = 0; x < stored.width; x++) {
      const [toX, toY] = placePixel(orientation, x, y, stored.width, stored.height);
      const from = (y * stored.width + x) * 4;
      pixels.set(stored.data.subarray(from, from + 4), (toY * shown.width + toX) * 4);
    }
  }
  const upright = jpegJs.encode({ data: pixels, width: shown.width, height: shown.height }, 92).data;
  return { dataUri: `data:image/jpeg;base64,${Buffer.from(upright).toString('base64')}`, ...shown };
}
