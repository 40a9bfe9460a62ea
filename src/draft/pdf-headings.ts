/**
 * Headings a PDF shows only by its type: a title set larger than the text, or the line that reads
 * as the title in the document's metadata, marked as the .docx and web page readers mark Word's
 * heading styles and <h1>.
 */
import type { PageLine } from './pdf-page-lines.js';
import type { SourceLine } from './source-document.js';

/**
 * The line near the top that reads as the PDF's title in its metadata is the title, though its
 * type may be no larger than the body's: a browser writes the page's <title> there, Word and
 * LibreOffice the document's title.
 */
export function withTitleFromMetadata(lines: SourceLine[], metaTitle: string | undefined): SourceLine[] {
  const key = (text: string) => text.replace(/\s+/g, '');
  if (!metaTitle || key(metaTitle).length < 6) return lines;
  const index = lines.slice(0, 10).findIndex((line) => key(line.text) === key(metaTitle));
  if (index < 0 || lines[index]!.kind !== undefined) return lines;
  return lines.map((line, at) => (at === index ? { ...line, kind: 'heading' as const, level: 1 } : line));
}

/** Type this much larger than the body's is a heading: a title in 二号 over 三号 text, a web page's <h1>. */
const HEADING_SIZE = 1.3;

/**
 * Lines set in larger type than the body, and short enough to be one, marked as headings (level 1
 * for the largest size), as the .docx and web page readers mark Word's heading styles and <h1>.
 * Lines wrapped over several physical lines are joined first, so a long title stays one line.
 */
export function withHeadingsBySize(lines: SourceLine[], pages: PageLine[][]): SourceLine[] {
  const sizes = new Map(pages.flat().map((line) => [`${line.page}:${line.line}`, line.size]));
  const sizeOf = (line: SourceLine) => sizes.get(`${line.page}:${line.line}`) ?? 0;
  // The body's size: the size of most characters.
  const weight = new Map<number, number>();
  for (const line of pages.flat()) weight.set(Math.round(line.size), (weight.get(Math.round(line.size)) ?? 0) + line.text.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (body === undefined) return lines;
  const large = (line: SourceLine) => line.kind === undefined && [...line.text].length <= 80 && sizeOf(line) >= HEADING_SIZE * body;
  const levels = [...new Set(lines.filter(large).map((line) => Math.round(sizeOf(line))))].sort((a, b) => b - a);
  return lines.map((line) => (large(line) ? { ...line, kind: 'heading' as const, level: levels.indexOf(Math.round(sizeOf(line))) + 1 } : line));
}
