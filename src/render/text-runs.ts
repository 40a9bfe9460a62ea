/**
 * The words of a card with their places, for the invisible text layer of its PDFs. satori draws
 * every glyph of a card as a path; laid out again with `embedFont: false` it writes the same
 * layout as `<text>` elements instead (x, baseline y, advance width, size and weight of each
 * word or CJK character). This reads those back and joins the pieces that follow each other on
 * one line into runs, so a PDF reader gets a line as one string, and puts the runs in the
 * order of the template's elements.
 */
import { WORD_JOINER, ZERO_WIDTH_SPACE } from '../template/typeset.js';
import type { NodeBox } from './column-bottoms.js';

/** One line (or a piece of one) of a card's text, in the SVG's design pixels. */
export interface TextRun {
  text: string;
  /** Left edge of the first character. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the whole run, as satori laid it out. */
  width: number;
  fontSize: number;
  fontWeight: 400 | 700;
  /** satori's `transform` of a transformed element (a, b, c, d, e, f), if any. */
  matrix?: [number, number, number, number, number, number] | undefined;
}

const TEXT_ELEMENT = /<text\s([^>]*)>([^<]*)<\/text>/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;
/** Our typesetter's joiners and break opportunities: layout marks, not words. */
const LAYOUT_MARKS = new RegExp(`[${WORD_JOINER}${ZERO_WIDTH_SPACE}]`, 'g');
/** Pieces whose gap is below this (design px) are one run: satori's sums of advances drift a little. */
const JOIN_TOLERANCE = 0.5;

// satori escapes text with escape-html: these five and nothing else.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decodeEntities = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

function parseMatrix(value: string | undefined): TextRun['matrix'] {
  const numbers = /^matrix\(([^)]*)\)$/.exec(value ?? '')?.[1]?.split(/[\s,]+/).map(Number);
  return numbers && numbers.length === 6 && numbers.every(Number.isFinite) ? (numbers as TextRun['matrix']) : undefined;
}

/**
 * The text runs of an SVG that satori wrote with `embedFont: false`. With the boxes of the same
 * layout's elements (satori's onNodeDetected, in document order) they are put in document
 * order; without, they stay in satori's paint order.
 */
export function textRunsOfSvg(svg: string, boxes: readonly NodeBox[] = []): TextRun[] {
  const runs = runsInPaintOrder(svg);
  return boxes.length > 0 ? inDocumentOrder(runs, boxes) : runs;
}

/**
 * satori paints like a browser: an element with opacity (the a6 issuer line) or a position of
 * its own comes after the flow around it, so paint order is not reading order. Each run goes
 * where the innermost element holding it is in the document; runs of one element keep their order.
 */
function inDocumentOrder(runs: TextRun[], boxes: readonly NodeBox[]): TextRun[] {
  let previous = 0;
  const keyed = runs.map((run, index) => {
    // A point inside the first glyph: a little in from its left and up from the baseline.
    const x = run.x + Math.min(run.width, run.fontSize) / 2;
    const y = run.y - run.fontSize * 0.3;
    let holder = -1;
    // Boxes come parents first, so the last one holding the point is the innermost.
    boxes.forEach((box, at) => {
      if (x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height) holder = at;
    });
    previous = holder >= 0 ? holder : previous;
    return { run, key: previous, index };
  });
  return keyed.sort((a, b) => a.key - b.key || a.index - b.index).map(({ run }) => run);
}

function runsInPaintOrder(svg: string): TextRun[] {
  const runs: TextRun[] = [];
  let space: TextRun | undefined;
  for (const [, attributeText = '', content = ''] of svg.matchAll(TEXT_ELEMENT)) {
    const text = decodeEntities(content).replace(LAYOUT_MARKS, '');
    if (text === '') continue;
    const attributes = new Map([...attributeText.matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [name, value]));
    const weight = attributes.get('font-weight') ?? '400';
    const piece: TextRun = {
      text,
      x: Number(attributes.get('x')),
      y: Number(attributes.get('y')),
      width: Number(attributes.get('width')),
      fontSize: Number(attributes.get('font-size')),
      fontWeight: weight === 'bold' || Number(weight) >= 600 ? 700 : 400,
      matrix: parseMatrix(attributes.get('transform')),
    };
    if (![piece.x, piece.y, piece.width, piece.fontSize].every(Number.isFinite) || !(piece.fontSize > 0)) continue;
    // Spaces join the words around them, and are dropped where a line starts or breaks.
    if (piece.text.trim() === '') {
      const last = runs[runs.length - 1];
      space = last && continues(last, piece) ? piece : undefined;
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && (space ? continues(last, space) && continues(space, piece) : continues(last, piece))) {
      last.text += (space?.text ?? '') + piece.text;
      last.width = piece.x + piece.width - last.x;
    } else {
      runs.push(piece);
    }
    space = undefined;
  }
  return runs;
}

function continues(run: TextRun, piece: TextRun): boolean {
  return (
    piece.y === run.y &&
    piece.fontSize === run.fontSize &&
    piece.fontWeight === run.fontWeight &&
    String(piece.matrix) === String(run.matrix) &&
    Math.abs(piece.x - (run.x + run.width)) < JOIN_TOLERANCE
  );
}
