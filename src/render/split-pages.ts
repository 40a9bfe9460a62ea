/**
 * A content-sized card (phone) taller than its page height continues on further pages instead
 * of being refused. Pages break only between whole pieces (a list item, a step, the reward
 * table; see slice-view.ts), and every page keeps the title band, a page mark and the QR codes,
 * so a page forwarded alone in a chat still leads to the details.
 */
import type { CardWarning } from '../errors.js';
import type { CardView } from '../template/card-view.js';
import { contentPieces, pageView, type ContentPiece } from '../template/slice-view.js';
import { svgHeight } from './layout-svg.js';

/** The laid-out SVG of each page of a card, the text scale used and what the reader should know. */
export interface LaidOutCard {
  svgs: string[];
  scale: number;
  warnings: CardWarning[];
}

export interface SplitOptions {
  /** Tallest page, in design pixels. */
  pageHeight: number;
  /** Lays out a view; `outlines: false` for layouts that are only measured. */
  layout: (view: CardView, outlines: boolean) => Promise<string>;
}

export async function splitIntoPages(view: CardView, options: SplitOptions): Promise<LaidOutCard> {
  const whole = await options.layout(view, true);
  if (svgHeight(whole) <= options.pageHeight) return { svgs: [whole], scale: 1, warnings: [] };

  const pieces = contentPieces(view);
  // Page marks are measured as two digits wide; the real count is only known at the end.
  const heightOf = async (slice: ContentPiece[], number: number): Promise<number> => svgHeight(await options.layout(pageView(view, slice, number, 99), false));
  const pages: ContentPiece[][] = [];
  let start = 0;
  while (start < pieces.length) {
    const number = pages.length + 1;
    if ((await heightOf(pieces.slice(start), number)) <= options.pageHeight) {
      pages.push(pieces.slice(start));
      break;
    }
    // The most pieces that fit: a binary search over the end of the page (at least one piece;
    // a single piece taller than a page is left to the size check, which refuses it).
    let fits = start + 1;
    let tooMany = pieces.length;
    while (tooMany - fits > 1) {
      const middle = Math.floor((fits + tooMany) / 2);
      if ((await heightOf(pieces.slice(start, middle), number)) <= options.pageHeight) fits = middle;
      else tooMany = middle;
    }
    pages.push(pieces.slice(start, fits));
    start = fits;
  }
  const svgs = await Promise.all(pages.map((slice, index) => options.layout(pageView(view, slice, index + 1, pages.length), true)));
  return { svgs, scale: 1, warnings: [pagesWarning(pages.length, options.pageHeight)] };
}

function pagesWarning(count: number, pageHeight: number): CardWarning {
  return {
    code: 'W_PAGES',
    text: {
      zh: `内容较长，卡片分为 ${count} 页（每页最高 ${pageHeight} 像素），每页都有标题、页码和二维码`,
      en: `long content: the card continues over ${count} pages (at most ${pageHeight} px each), each with the title, a page mark and the QR code`,
    },
  };
}
