/**
 * What a PDF prints in its page margins rather than its text: running headers and footers, page
 * numbers, a browser's date, title, address and page x/y. A header or footer sits apart from the
 * body, above or below a gap wider than the line spacing, and reads the same (page numbers aside)
 * on most pages, or repeats a line of its own page.
 */
import type { PageLine } from './pdf-page-lines.js';

/** A page number alone: 3, — 3 —, 第 3 页 共 9 页, 3/9, Page 3 of 9. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/**
 * What a browser prints in the page margins: the date and time ("11/27/26, 10:59 AM",
 * "2026/11/27 10:59") beside the page title, and the page's address beside "1/3".
 */
const PRINT_STAMP = /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?|(?:https?|file):\/\/\S+)$/i;

/** The lines of all pages, in order, without what stands in the page margins. */
export function withoutPageMargins(pages: PageLine[][]): PageLine[] {
  const edgeKey = (line: PageLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const repeated = (bands: PageLine[][]): Set<string> => {
    const counts = new Map<string, number>();
    for (const band of bands) for (const key of new Set(band.map(edgeKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
    const needed = Math.max(2, Math.ceil(pages.length * 0.6));
    return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
  };
  const tops = pages.map(topBand);
  const bottoms = pages.map(bottomBand);
  const headers = repeated(tops);
  const footers = repeated(bottoms);
  // A header that repeats a line of its own page (the title, the first line) is a header even
  // on a document too short for it to repeat across pages.
  const echoes = (page: PageLine[], band: PageLine[]) => {
    const body = new Set(page.filter((line) => !band.includes(line)).map(edgeKey));
    return new Set(band.filter((line) => body.has(edgeKey(line))));
  };

  const kept: PageLine[] = [];
  pages.forEach((page, pageIndex) => {
    const top = new Set(tops[pageIndex]);
    const bottom = new Set(bottoms[pageIndex]);
    const echoed = echoes(page, tops[pageIndex] ?? []);
    for (const line of page) {
      const key = edgeKey(line);
      if ((top.has(line) && headers.has(key)) || (bottom.has(line) && footers.has(key)) || echoed.has(line)) continue;
      // A page number, or a browser's date or address, in a margin band marks the whole line as the margin's.
      if ((top.has(line) || bottom.has(line)) && line.cells.some((cell) => PAGE_NUMBER.test(cell) || PRINT_STAMP.test(cell))) continue;
      // A browser prints its date and title, or the address and page x/y, close to a page with narrow margins.
      if ((line === page[0] || line === page.at(-1)) && browserMargin(line)) continue;
      kept.push(line);
    }
  });
  return kept;
}

const apart = (upper: PageLine | undefined, lower: PageLine | undefined) =>
  upper !== undefined && lower !== undefined && upper.y - lower.y > 2.2 * Math.max(upper.size, lower.size);

/** The page's first lines (at most two) when a gap wider than the line spacing sets them apart from the body: where a running header stands. */
export function topBand(page: readonly PageLine[]): PageLine[] {
  for (let index = 0; index < Math.min(2, page.length - 1); index++) if (apart(page[index], page[index + 1])) return page.slice(0, index + 1);
  return [];
}

/** The page's last lines (at most two) set apart from the body: where a footer and the page number stand. */
export function bottomBand(page: readonly PageLine[]): PageLine[] {
  for (let index = page.length - 1; index >= Math.max(1, page.length - 2); index--) if (apart(page[index - 1], page[index])) return page.slice(index);
  return [];
}

/** The first or last line of a page as a browser prints it: date and time beside the title, or the address beside "2/8". */
function browserMargin(line: PageLine): boolean {
  const [first, ...rest] = line.cells;
  if (first === undefined || rest.length === 0) return false;
  const stamp = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}/.test(first);
  const address = line.cells.some((cell) => /^(?:https?|file):\/\//i.test(cell)) && line.cells.some((cell) => /^\d+\s*\/\s*\d+$/.test(cell));
  return stamp || address;
}
