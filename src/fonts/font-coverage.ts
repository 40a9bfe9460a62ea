/**
 * Which code points the bundled fonts cover, as ranges in `fonts/coverage.json`. Reading the
 * character sets from the fonts means parsing 20 MB of font in every process that renders;
 * the fonts never change at run time, so the ranges are computed once (`npm run fonts`) and a
 * test keeps the file in step with the fonts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Fontkit from 'fontkit';
import { PACKAGE_ROOT } from '../package-root.js';
import { FONT_DIR, FONT_FILES } from './load-fonts.js';

export const COVERAGE_FILE = path.join(FONT_DIR, 'coverage.json');

/** Code points every bundled face has a glyph for, as sorted inclusive [first, last] ranges. */
export function computeCoverageRanges(): Array<[number, number]> {
  // Required here, not imported at the top: every render reads this module's table, and loading
  // fontkit (with its inflate and parsing libraries) would cost a cold CLI about 60 ms for nothing.
  const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;
  let common: Set<number> | undefined;
  for (const { file } of FONT_FILES) {
    const font = fontkit.create(readFileSync(path.join(FONT_DIR, file))) as Fontkit.Font;
    const set = new Set(font.characterSet);
    common = common ? new Set([...common].filter((codePoint) => set.has(codePoint))) : set;
  }
  const sorted = [...(common ?? [])].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const codePoint of sorted) {
    const last = ranges.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}

export function renderCoverageFile(): string {
  const ranges = computeCoverageRanges();
  return `${JSON.stringify({ fonts: FONT_FILES.map(({ file }) => file), ranges })}\n`;
}

let coverage: ((codePoint: number) => boolean) | undefined;

/** Whether every bundled face has a glyph for a code point (a bitmap over all of Unicode, 139 KB). */
export function fontCoverage(): (codePoint: number) => boolean {
  if (coverage) return coverage;
  const { ranges } = JSON.parse(readFileSync(COVERAGE_FILE, 'utf8')) as { ranges: Array<[number, number]> };
  const bitmap = new Uint8Array(0x110000 / 8);
  for (const [first, last] of ranges) for (let codePoint = first; codePoint <= last; codePoint++) bitmap[codePoint >> 3]! |= 1 << (codePoint & 7);
  coverage = (codePoint) => codePoint >= 0 && codePoint < 0x110000 && (bitmap[codePoint >> 3]! & (1 << (codePoint & 7))) !== 0;
  return coverage;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(PACKAGE_ROOT, 'dist', 'fonts', 'font-coverage.js')) {
  writeFileSync(COVERAGE_FILE, renderCoverageFile());
}
