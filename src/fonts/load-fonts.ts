/**
 * The fonts every card is set in, loaded once per process. satori caches parsed fonts by the
 * identity of the fonts array, so handing it the same array every time matters for speed.
 * Only the bundled fonts are used (never system fonts) so output is identical on any machine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { PACKAGE_ROOT } from '../package-root.js';

export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_DIR = path.join(PACKAGE_ROOT, 'fonts');

export interface FontFace {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const FONT_FILES = [
  { file: 'NotoSansSC-Regular.ttf', weight: 400 },
  { file: 'NotoSansSC-Bold.ttf', weight: 700 },
] as const;

const cachedFaces = new Map<string, FontFace[]>();

/**
 * The satori `fonts` array of a font folder (the bundled one, or a batch's subset of it from
 * subset-fonts.ts); the same array object on every call for the same folder.
 */
export function loadFonts(fontDir = FONT_DIR): FontFace[] {
  let faces = cachedFaces.get(fontDir);
  if (!faces) {
    faces = FONT_FILES.map(({ file, weight }) => ({
      name: FONT_FAMILY,
      data: readFileSync(path.join(fontDir, file)),
      weight,
      style: 'normal' as const,
    }));
    cachedFaces.set(fontDir, faces);
  }
  return faces;
}

let coverage: ((codePoint: number) => boolean) | undefined;

/**
 * Whether every bundled face has a glyph for a code point. The fonts' character sets are read
 * once into a bitmap over all of Unicode (139 KB) and the parsed fonts are dropped, so a
 * render worker does not keep a second parsed copy of 20 MB of fonts next to satori's.
 */
export function fontCoverage(): (codePoint: number) => boolean {
  if (coverage) return coverage;
  const bitmap = new Uint8Array(0x110000 / 8).fill(0xff);
  for (const { file } of FONT_FILES) {
    const font = fontkit.create(readFileSync(path.join(FONT_DIR, file))) as fontkit.Font;
    const faceBits = new Uint8Array(bitmap.length);
    for (const codePoint of font.characterSet) faceBits[codePoint >> 3]! |= 1 << (codePoint & 7);
    for (let index = 0; index < bitmap.length; index++) bitmap[index]! &= faceBits[index]!;
  }
  coverage = (codePoint) => codePoint >= 0 && codePoint < 0x110000 && (bitmap[codePoint >> 3]! & (1 << (codePoint & 7))) !== 0;
  return coverage;
}
