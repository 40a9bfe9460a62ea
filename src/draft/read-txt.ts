/**
 * .txt → SourceDocument. `line` is the physical line of the file. Text copied out of a PDF
 * arrives hard-wrapped at a fixed width; such lines are joined like the PDF reader joins them.
 */
import { decodeText } from './decode-text.js';
import { joinWrappedLines, type PhysicalLine } from './join-wrapped-lines.js';
import type { SourceDocument } from './source-document.js';

export function readTxt(file: string, bytes: Uint8Array): SourceDocument {
  const physical: PhysicalLine[] = [];
  decodeText(bytes)
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const text = raw.trim();
      if (text !== '') physical.push({ text, line: index + 1, full: false });
    });
  const full = markFullLines(physical.map((line) => displayWidth(line.text)));
  return { file, format: 'txt', lines: joinWrappedLines(physical.map((line, index) => ({ ...line, full: full[index] ?? false }))) };
}

/** Columns a line takes in a fixed-width editor: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * Which lines run to the wrap width. A hard-wrapped file has many lines of nearly the same width
 * (the width it was wrapped at); a file with one paragraph per line does not, and then no line
 * counts as full, so nothing is joined.
 */
function markFullLines(widths: readonly number[]): boolean[] {
  const none = widths.map(() => false);
  if (widths.length < 3) return none;
  const sorted = [...widths].sort((a, b) => a - b);
  const wrapWidth = sorted[Math.floor(0.9 * (sorted.length - 1))] ?? 0;
  // Under 15 Chinese characters a line is a heading or a list, not a wrapped page.
  if (wrapWidth < 30) return none;
  const full = widths.map((width) => width >= wrapWidth * 0.88);
  const count = full.filter(Boolean).length;
  return count >= 3 && count >= widths.length * 0.3 ? full : none;
}
