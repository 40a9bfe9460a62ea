/**
 * The fonts every card is set in, loaded once per process. satori caches parsed fonts by the
 * identity of the fonts array, so handing it the same array every time matters for speed.
 * Only the bundled fonts are used (never system fonts) so output is identical on any machine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

/** File in a subset folder listing the characters its faces were cut to. */
export const SUBSET_CHARACTERS_FILE = 'characters.txt';
/** File in a subset folder with the SHA-256 of each full face it was cut from (font-subset-cache.ts). */
export const SOURCE_HASHES_FILE = 'sources.json';
const subsetCharacterSets = new Map<string, Set<string>>();

/**
 * Faces held in memory (a subset read from the font cache), registered under a key that
 * `loadFonts` and `subsetCharacters` then answer for as if it were a subset folder.
 */
export function registerFontFaces(key: string, faces: FontFace[], characters: string): void {
  cachedFaces.set(key, faces);
  subsetCharacterSets.set(key, new Set(characters));
}

/** The characters a subset folder's faces hold (cached per folder). */
export function subsetCharacters(fontDir: string): Set<string> {
  let characters = subsetCharacterSets.get(fontDir);
  if (!characters) {
    characters = new Set(readFileSync(path.join(fontDir, SUBSET_CHARACTERS_FILE), 'utf8'));
    subsetCharacterSets.set(fontDir, characters);
  }
  return characters;
}
