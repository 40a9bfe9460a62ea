/**
 * Is this text in the document? The check that stands between a language model and a card:
 * a proposed value is kept only when a run of consecutive source lines supports it.
 *
 * Both sides are compared in a matching form (width normalised, punctuation, spaces and case
 * dropped), so 〔2026〕 and [2026], ：and : or a line break inside an item do not matter. Support
 * is the share of the proposal's character bigrams (counted with repeats) found in the best run
 * of up to MAX_RUN lines; it must reach SUPPORTED. Figures are stricter: every amount, phone
 * number and date in the proposal must appear as written (in the matching form) in that run,
 * because a model that rewrites 30万元 as 50万元 keeps almost every bigram.
 */
import { normaliseWidth } from './normalise-text.js';
import type { SourceLine } from './source-document.js';

/**
 * Share of a proposal's bigrams that the source must hold. Measured on the 30 documents of
 * tests/fixtures/documents (`node bench/llm-match-threshold.mjs`): of 274 items people wrote
 * from a document (titles, issuers, list items, often lightly reworded), 100 % reach 0.8 against
 * it (99.3 % reach 0.85); of 1,324 items of the other documents, which share the vocabulary of
 * notices (企业, 申报, 万元), 0.6 % reach 0.8, and each of those is text the document really
 * holds (营业执照复印件, 国务院). At 0.7 foreign items start to pass on shared words alone.
 * Figures settle what bigrams cannot: 96 % of true items with one amount changed keep ≥ 0.8, and
 * none passes the figure check.
 */
export const SUPPORTED = 0.8;
/** Longest run of lines one item may span: a condition with its (1)(2) alternatives. */
const MAX_RUN = 8;
/** Below this many characters (in the matching form) a proposal must appear whole: bigrams say little about 4 characters. */
const SHORT = 6;

export interface SourceMatch {
  /** The lines that support the text, in document order. */
  lines: SourceLine[];
  /** Share of the text's bigrams found in them, 0–1. */
  support: number;
}

/** The matching form: width normalised, lower case, without punctuation, symbols and spaces (① and digits stay). */
export function matchForm(text: string): string {
  return normaliseWidth(text)
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

function bigrams(form: string): Map<string, number> {
  const chars = [...form];
  const counts = new Map<string, number>();
  for (let index = 0; index + 1 < chars.length; index += 1) {
    const pair = chars[index]! + chars[index + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Share of `text`'s bigrams (with repeats) that `source` holds, 0–1; 1 when `text` is contained. */
export function bigramSupport(textForm: string, sourceForm: string): number {
  if (textForm.length === 0) return 0;
  if (sourceForm.includes(textForm)) return 1;
  const wanted = bigrams(textForm);
  const held = bigrams(sourceForm);
  let total = 0;
  let found = 0;
  for (const [pair, count] of wanted) {
    total += count;
    found += Math.min(count, held.get(pair) ?? 0);
  }
  return total === 0 ? 0 : found / total;
}

/**
 * The form figures are compared in: width normalised, without spaces, without the dashes inside
 * phone numbers and without thousands separators (1,000万元 and 1 000万元 are 1000万元); other
 * punctuation stays, so 50、200万元 does not read as 50200万元.
 */
function figureForm(text: string): string {
  return normaliseWidth(text)
    .replace(THOUSANDS_SEPARATOR, '')
    .replace(/\s+/gu, '')
    .replace(/(?<=\d)[-‐‑–—](?=\d)/gu, '');
}

/** A comma or space between digits with exactly three digits after it: 1,000 and 1 000, not 2025,2026. */
const THOUSANDS_SEPARATOR = /(?<=\d)[,\s](?=\d{3}(?!\d))/gu;

/**
 * Figures that must appear exactly: amounts (30万元, 3%, 1.5亿元), phone numbers (0512-68615000,
 * 12345, mobiles) and any other run of seven or more digits (a number with a digit dropped is no
 * phone number any more, but still a figure), dates (2026年3月1日, 4月30日).
 */
export function figuresOf(text: string): string[] {
  const wide = normaliseWidth(text);
  const figures = [
    // The whole number, thousands separators and all: 000万元 taken out of 1,000万元 would be found in 2,000万元.
    ...wide.matchAll(/(?<![\d.])(?:\d{1,3}(?:[,\s]\d{3})+(?!\d)|\d+)(?:\.\d+)?\s*(?:万元|亿元|元|万|亿|%|倍|个百分点)/gu),
    ...wide.matchAll(/(?<!\d)(?:0\d{2,3}[-‐‑–—\s]?\d{7,8}|1[3-9]\d{9}|123\d{2}|400[-\s]?\d{3}[-\s]?\d{4}|(?<![-‐‑–—])\d{7,})(?!\d)/gu),
    ...wide.matchAll(/(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu),
  ].map((match) => figureForm(match[0]));
  return [...new Set(figures)];
}

/**
 * Whether `figure` stands in `form` as a number of its own: 30万元 is not in 130万元, and a phone
 * number (which ends in a digit) is not the start of a longer one: 0512-6861500 is not in
 * 0512-68615000. `written` are the figures the source writes as such: two numbers side by side
 * (0512-68612345 0512-68612346) run together in `form`, whose spaces are gone.
 */
function holdsFigure(form: string, figure: string, written: ReadonlySet<string>): boolean {
  if (written.has(figure)) return true;
  const endsInDigit = /\d$/u.test(figure);
  let from = form.indexOf(figure);
  while (from >= 0) {
    const before = form[from - 1];
    const after = form[from + figure.length];
    if ((before === undefined || !/[\d.]/u.test(before)) && (!endsInDigit || after === undefined || !/\d/u.test(after))) return true;
    from = form.indexOf(figure, from + 1);
  }
  return false;
}

/** The lines in the forms compared, computed once per document: a model's answer checks dozens of values against it. */
interface PreparedLines {
  forms: string[];
  pairs: Array<Map<string, number>>;
  figureForms: string[];
  /** The figures each line writes (figuresOf). */
  figures: string[][];
}

const prepared = new WeakMap<readonly SourceLine[], PreparedLines>();

function prepare(lines: readonly SourceLine[]): PreparedLines {
  let ready = prepared.get(lines);
  if (!ready) {
    const forms = lines.map((line) => matchForm(line.text));
    ready = { forms, pairs: forms.map(bigrams), figureForms: lines.map((line) => figureForm(line.text)), figures: lines.map((line) => figuresOf(line.text)) };
    prepared.set(lines, ready);
  }
  return ready;
}

/** Runs supported by less than this are no candidates: their figures are not even looked at. */
const CANDIDATE = 0.5;

/**
 * The run of lines that supports `text` best (the shortest among equals), whether or not it
 * reaches SUPPORTED, and whether it holds every figure of the text. For calibration; the
 * check itself is findInSource.
 */
export function bestRun(text: string, lines: readonly SourceLine[]): (SourceMatch & { figures: boolean }) | undefined {
  const form = matchForm(text);
  if (form.length === 0) return undefined;
  const wanted = bigrams(form);
  const total = [...wanted.values()].reduce((sum, count) => sum + count, 0);
  const { forms, pairs, figureForms, figures: lineFigures } = prepare(lines);
  const figures = figuresOf(text);
  const short = [...form].length < SHORT;
  let best: { start: number; end: number; support: number; figures: boolean } | undefined;
  // Runs that pass first, then the best support, then the fewest lines: the report should point at the item, not at its neighbours.
  const passes = (support: number, held: boolean): boolean => held && support >= SUPPORTED;
  const better = (support: number, held: boolean, length: number): boolean => {
    if (!best) return true;
    if (passes(support, held) !== passes(best.support, best.figures)) return passes(support, held);
    if (Math.abs(support - best.support) > 1e-9) return support > best.support;
    return length < best.end - best.start + 1;
  };
  for (let start = 0; start < lines.length; start += 1) {
    // A run whose first line adds nothing is beaten by the run after it; most lines start none.
    if (!short && ![...pairs[start]!.keys()].some((pair) => wanted.has(pair))) continue;
    let joined = '';
    let last = '';
    const held = new Map<string, number>();
    for (let end = start; end < Math.min(lines.length, start + MAX_RUN); end += 1) {
      const line = forms[end]!;
      joined += line;
      for (const [pair, count] of pairs[end]!) held.set(pair, (held.get(pair) ?? 0) + count);
      // The pair across the line break: an item wrapped onto the next line reads on.
      if (last && line) held.set(last + line[0], (held.get(last + line[0]) ?? 0) + 1);
      if (line) last = [...line].at(-1)!;
      let support: number;
      if (joined.includes(form)) support = 1;
      else if (short || total === 0) support = 0;
      else {
        let found = 0;
        for (const [pair, count] of wanted) found += Math.min(count, held.get(pair) ?? 0);
        support = found / total;
      }
      if (support < CANDIDATE && best) continue;
      const figuresHeld = figures.length === 0 || figures.every((figure) => holdsFigure(figureForms.slice(start, end + 1).join('\n'), figure, new Set(lineFigures.slice(start, end + 1).flat())));
      if (better(support, figuresHeld, end - start + 1)) best = { start, end, support, figures: figuresHeld };
      if (support === 1 && figuresHeld) break;
    }
  }
  return best ? { lines: lines.slice(best.start, best.end + 1), support: best.support, figures: best.figures } : undefined;
}

/**
 * Where `text` is in the document: the shortest run of lines with the best support, when that
 * support reaches SUPPORTED and every figure of the text is in it; otherwise undefined.
 */
export function findInSource(text: string, lines: readonly SourceLine[]): SourceMatch | undefined {
  const run = bestRun(text, lines);
  return run && run.figures && run.support >= SUPPORTED ? { lines: run.lines, support: run.support } : undefined;
}

/**
 * Whether two items say the same thing: one holds nearly all the bigrams of the other, so a
 * model's item that repeats a rule's item in other words, or merges two of them, adds nothing.
 */
export function nearDuplicate(a: string, b: string): boolean {
  const formA = matchForm(a);
  const formB = matchForm(b);
  if (formA.length === 0 || formB.length === 0) return formA === formB;
  return bigramSupport(formA, formB) >= SUPPORTED || bigramSupport(formB, formA) >= SUPPORTED;
}
