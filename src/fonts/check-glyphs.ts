/**
 * Before rendering, every character of a card must exist in the fonts: satori would otherwise
 * draw an empty box (豆腐块) and nobody would notice until the card is printed.
 */
import { CardError } from '../errors.js';
import type { CardSpec } from '../spec/card-schema.js';
import { labelForPath, toPointer } from '../spec/field-labels.js';
import { isInvisibleChar } from '../text/invisible-chars.js';
import { fontCoverage } from './font-coverage.js';

/** Fields that are never printed as text. */
const NOT_PRINTED = new Set(['url', 'logo', 'template', 'theme', 'id']);

/** Characters the layout handles itself (line breaks, our own word joiners). */
const LAYOUT_CHARS = new Set([0x0a, 0x2060]);

function* textFields(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textFields(item, [...path, index]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_PRINTED.has(key)) yield* textFields(item, [...path, key]);
  }
}

function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Throws E_GLYPH_MISSING naming each missing character and the fields it is in. */
export function assertGlyphsCovered(card: CardSpec, file?: string): void {
  const covered = fontCoverage();
  const missing = new Map<string, string[]>();
  const firstPath = new Map<string, PropertyKey[]>();
  for (const [path, text] of textFields(card)) {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (LAYOUT_CHARS.has(codePoint) || covered(codePoint) || isInvisibleChar(char)) continue;
      const pointer = toPointer(path);
      const fields = missing.get(char) ?? [];
      if (!fields.includes(pointer)) fields.push(pointer);
      missing.set(char, fields);
      if (!firstPath.has(char)) firstPath.set(char, path);
    }
  }
  if (missing.size === 0) return;
  const list = [...missing].map(([char, fields]) => `“${char}”(${codePointName(char)}) ${fields.join('、')}`);
  const path = [...firstPath.values()][0] ?? [];
  throw new CardError(
    'E_GLYPH_MISSING',
    {
      zh: `字体中没有这些字符，印出来会是空白方框：${list.join('；')}。请改用常用字、去掉表情符号，或把生僻字换成拼音或图片`,
      en: `the fonts have no glyph for: ${list.join('; ')}. They would print as empty boxes; use common characters, drop emoji, or spell rare characters out`,
    },
    { file, path: toPointer(path), label: labelForPath(path) },
  );
}
