/**
 * Fitting a fixed-size card (print and square templates). The content is laid out without a
 * height to learn its natural height; while it overflows, the text scale steps down to the
 * template's floor. Past the floor a template does what its manifest's `overflow` says:
 *   back     full handouts (a4, a5) continue on a back side of the same size (W_TWO_SIDED)
 *   abridge  summary cards (a6, square) show as many list items as fit, skipping a long one
 *            rather than stopping at it, and a line that says how many more there are, behind
 *            the QR code (W_ABRIDGED)
 *   refuse   E_OVERFLOW, naming the longest sections
 * Title, headline, deadline and QR code are never left out.
 */
import type { CardWarning } from '../errors.js';
import type { CardSpec } from '../spec/card-schema.js';
import { visualLength, type CardView, type SectionKey } from '../template/card-view.js';
import type { CardTemplate } from '../template/load-template.js';
import { localeText } from '../template/locales.js';
import { abridgedView, contentPieces, pageView, pieceText, type ContentPiece, type OmittedSection } from '../template/slice-view.js';
import { chooseShownItems, itemsThatNeverFit, type SizedPiece } from './abridged-items.js';
import { columnBottoms, type NodeBox } from './column-bottoms.js';
import { overflowError } from './overflow-error.js';
import { svgHeight } from './layout-svg.js';
import type { LaidOutCard } from './split-pages.js';

/** What decides a one-sided fit: the columns' split (pieces moved from the estimate), the text scale and the spacing scale. */
export interface FitPlan {
  shift: number;
  scale: number;
  space: number;
}

export interface FitOptions {
  template: CardTemplate;
  view: CardView;
  /** Lays out a view at a text scale and a spacing scale; without a height it is as tall as its content. */
  layout: (view: CardView, scale: number, height: number | undefined, outlines: boolean, space?: number, onNode?: (node: NodeBox) => void) => Promise<string>;
  card: CardSpec;
  file: string | undefined;
  /** The theme's own type scale (elder 1.25). */
  themeScale: number;
  /**
   * The plan this card was fitted with before (the build manifest keeps it under a hash of
   * everything that decides it). Tried first with one measured layout; used only if it fits.
   */
  hint?: FitPlan | undefined;
}

/** A fitted card, with the plan that made it when it fits on one side (null for back sides and abridged cards). */
export interface FittedCard extends LaidOutCard {
  plan: FitPlan | null;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The tightest spacing (gaps and padding written as {{sp N}}) before the text gets smaller. */
const MIN_SPACE = 0.55;

/**
 * How fast the height falls with the text scale, as a share of the height at full size per unit
 * of scale, for the first probe of the text scale. Measured on the sample cards (a4, a5, a6,
 * square): 1.02–1.37; most cards near 1.1. The search corrects a wrong guess, it only costs a probe.
 */
const SCALE_SLOPE = 1.1;

/**
 * At most the share of a card's height that the tightest spacing saves (7–8.4 % on the a5
 * samples). A card taller than the page by more than this needs smaller text; a wrong guess
 * costs one layout, never a wrong result.
 */
const SPACE_SHARE = 0.1;

interface Measured {
  value: number;
  height: number;
}

/**
 * The largest value (hundredths, or `low` itself) in [low, bad) at which the card fits, or null
 * when not even `low` does. Height is close to linear in the text scale and in the spacing (text
 * shrinks, fixed margins do not), so each probe aims where the line through the nearest
 * measurements on either side crosses the page height; the answer is proved by a value that fits
 * next to one a hundredth larger that does not. Usually two layouts.
 */
async function largestFitting(heightAt: (value: number) => Promise<number>, fixedHeight: number, low: number, bad: Measured, good: Measured | null, slope: number): Promise<number | null> {
  let below = bad;
  let previous: Measured | null = null;
  for (;;) {
    if (good && round2(below.value - good.value) <= 0.01) return good.value;
    if (!good && below.value <= low) return null;
    const aim = good
      ? good.value + ((fixedHeight - good.height) * (below.value - good.value)) / (below.height - good.height)
      : below.value - (below.height - fixedHeight) / (previous && below.height > previous.height ? (previous.height - below.height) / (previous.value - below.value) : slope);
    const lowest = good ? round2(good.value + 0.01) : low;
    const highest = Math.max(lowest, round2(below.value - 0.01));
    const value = Number.isFinite(aim) ? Math.min(highest, Math.max(lowest, Math.floor(aim * 100 + 1e-9) / 100)) : highest;
    const height = await heightAt(value);
    if (height <= fixedHeight) good = { value, height };
    else {
      previous = below;
      below = { value, height };
    }
  }
}

/** The most pieces from `start` that fit one page (binary search), or 0 when not even one does. */
async function mostThatFit(fits: (count: number) => Promise<boolean>, available: number): Promise<number> {
  let good = 0;
  let bad = available + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (await fits(middle)) good = middle;
    else bad = middle;
  }
  return good;
}

/** A measured layout: its height and, for two columns, where each column ends. */
interface Layout {
  height: number;
  columns: [number, number] | null;
}

/**
 * Moving a piece into the column that already ends lower (positive: into the first column) only
 * makes that column longer, and the card is as tall as its longer column: no need to lay it out.
 */
function onlyLengthens(layout: Layout, direction: number): boolean {
  if (!layout.columns) return false;
  const [first, second] = layout.columns;
  return direction > 0 ? first >= second : second >= first;
}

/**
 * Two columns balanced by measurement: the split estimated from the text lengths moves a piece
 * at a time while the laid-out card gets shorter (`layoutWith` a shift; the card is as tall as
 * its longer column). Returns the pieces moved (positive: into the first column).
 */
async function balancedShift(layoutWith: (shift: number) => Promise<Layout>, start: Layout): Promise<number> {
  let best = 0;
  let bestLayout = start;
  for (const direction of [1, -1]) {
    for (let shift = direction; Math.abs(shift) <= 6 && !onlyLengthens(bestLayout, direction); shift += direction) {
      const layout = await layoutWith(shift);
      if (layout.height >= bestLayout.height) break;
      best = shift;
      bestLayout = layout;
    }
    if (best !== 0) break;
  }
  return best;
}

/** A measured layout of the whole card by column shift, text scale and spacing. */
type Measure = (shift: number, scale: number, space: number) => Promise<Layout>;

/** The default theme's design size as a scale of a large-type theme (elder 1.25× → 0.8), never below the floor. */
function largeTypeFloor(floor: number, themeScale: number): number {
  return themeScale > 1 ? Math.max(floor, Math.round((1 / themeScale) * 1000) / 1000) : floor;
}

/** A hint read from a file is used only if it is a plan this template could have made. */
function plausibleHint(hint: FitPlan | undefined, floor: number): hint is FitPlan {
  if (!hint) return false;
  const { shift, scale, space } = hint;
  if (typeof scale !== 'number' || typeof space !== 'number') return false;
  return Number.isInteger(shift) && Math.abs(shift) <= 64 && scale >= floor && scale <= 1 && space >= MIN_SPACE && space <= 1;
}

export async function fitFixedCard(given: FitOptions): Promise<FittedCard> {
  const { template, view, themeScale } = given;
  const { manifest } = template;
  const fixedHeight = manifest.height!;
  // The searches ask for some layouts twice (the design size, the tightest spacing): each is laid out once.
  const layouts = new Map<string, Promise<Layout>>();
  const twoColumns = manifest.columns === 2;
  const measure: Measure = (shift, scale, space) => {
    const key = `${shift}|${scale}|${space}`;
    let layout = layouts.get(key);
    if (!layout) {
      const boxes: NodeBox[] = [];
      // Probes are only measured, so they skip the glyph outlines (same boxes, a third faster).
      layout = given
        .layout({ ...view, columnShift: shift }, scale, undefined, false, space, twoColumns ? (box) => boxes.push(box) : undefined)
        .then((svg) => ({ height: svgHeight(svg), columns: twoColumns ? columnBottoms(boxes) : null }));
      layouts.set(key, layout);
    }
    return layout;
  };
  // The floor is relative to the design size: a large-type theme (elder, 1.25×) may give up its
  // extra size before the card is refused, but never goes below what the template allows.
  const floor = Math.round((manifest.minScale / themeScale) * 1000) / 1000;
  // Only the final layout draws the glyph outlines.
  const finish = async (plan: FitPlan): Promise<FittedCard> => ({
    svgs: [await given.layout({ ...view, columnShift: plan.shift }, plan.scale, fixedHeight, true, plan.space)],
    scale: plan.scale,
    warnings: scaledWarning(template.name, plan.scale, themeScale),
    plan,
  });

  // Large type on a summary card (elder on a6, square) first tries the standard size, leaving
  // items out if it must: square elder set a long card's 适用对象 at 71 % of the standard size
  // (24 px). Only if that leaves a whole list out does it go down to the floor as before.
  const standard = manifest.overflow === 'abridge' ? largeTypeFloor(floor, themeScale) : floor;
  // A hint below that size is fitted again rather than reused (the floor's plan may then return).
  if (plausibleHint(given.hint, standard) && (await measure(given.hint.shift, given.hint.scale, given.hint.space)).height <= fixedHeight) return finish(given.hint);
  const tight: FitOptions = { ...given, layout: (shown, scale, height, outlines, _space, onNode) => given.layout(shown, scale, height, outlines, MIN_SPACE, onNode) };
  if (standard > floor) {
    const large = await planOneSide(given, measure, standard);
    if (large) return finish(large);
    const abridged = await fitAbridged(tight, standard);
    if (abridged && !abridged.emptied) return { svgs: abridged.svgs, scale: abridged.scale, warnings: abridged.warnings, plan: null };
  }
  const plan = await planOneSide(given, measure, floor);
  if (plan) return finish(plan);

  // Past one side, at the tightest spacing.
  if (manifest.overflow === 'back') {
    const sides = await fitTwoSides(tight, floor);
    if (sides) return { ...sides, plan: null };
  }
  if (manifest.overflow === 'abridge') {
    const abridged = await fitAbridged(tight, floor);
    if (abridged) return { svgs: abridged.svgs, scale: abridged.scale, warnings: abridged.warnings, plan: null };
  }
  const natural = (await measure(view.columnShift, floor, MIN_SPACE)).height;
  throw overflowError(template, view, given.card, Math.ceil(natural - fixedHeight), manifest.overflow === 'back', given.file);
}

/**
 * One side: the columns balanced at the design size (a card that fits as designed keeps the
 * estimate, which prefers a split between whole sections); then the largest spacing at which
 * the card fits at full size; then, at the tightest spacing, the largest text scale. Null when
 * it does not fit one side even at the floor.
 */
async function planOneSide(given: FitOptions, measure: Measure, floor: number): Promise<FitPlan | null> {
  const { manifest } = given.template;
  const fixedHeight = manifest.height!;
  const columns = manifest.columns === 2;
  let shift = given.view.columnShift;
  const start = await measure(shift, 1, 1);
  if (start.height <= fixedHeight) return { shift, scale: 1, space: 1 };
  if (columns) shift = await balancedShift((moved) => measure(moved, 1, 1), start);
  const heightAt = async (scale: number, space: number): Promise<number> => (await measure(shift, scale, space)).height;

  const designed = await heightAt(1, 1);
  if (designed <= fixedHeight) return { shift, scale: 1, space: 1 };
  // The largest spacing at which the card fits at full size, if it does at the tightest.
  const spaced = async (tightest: number): Promise<FitPlan> => {
    const space = await largestFitting((value) => heightAt(1, value), fixedHeight, MIN_SPACE, { value: 1, height: designed }, { value: MIN_SPACE, height: tightest }, 0);
    return { shift, scale: 1, space: space ?? MIN_SPACE };
  };
  // A card far too tall for the spacing to help goes straight to the text scale; full size at the
  // tightest spacing is then laid out only if the search ends at 0.99 (a scale that does not fit
  // proves that full size does not either).
  const clearlyOver = designed * (1 - SPACE_SHARE) > fixedHeight;
  let tightest: number | undefined;
  if (!clearlyOver) {
    tightest = await heightAt(1, MIN_SPACE);
    if (tightest <= fixedHeight) return spaced(tightest);
  }
  const atFull = tightest ?? designed * (1 - SPACE_SHARE);

  // A template with a back side keeps large type at least as large as the default theme's
  // design size on one side; below that, the card continues on the back instead.
  const oneSideFloor = manifest.overflow === 'back' && given.themeScale > 1 ? Math.max(floor, Math.round((1 / given.themeScale) * 1000) / 1000) : floor;
  let scale = await largestFitting((value) => heightAt(value, MIN_SPACE), fixedHeight, oneSideFloor, { value: 1, height: atFull }, null, SCALE_SLOPE * atFull);
  if (scale === null) return null;
  if (tightest === undefined && scale >= 0.99) {
    tightest = await heightAt(1, MIN_SPACE);
    if (tightest <= fixedHeight) return spaced(tightest);
  }
  if (!columns) return { shift, scale, space: MIN_SPACE };
  // Smaller text rewraps the columns, so the split balanced at the design size may no longer be
  // the best: climb a percent at a time while the card fits with the split or a piece either way
  // (a piece moved into the longer column cannot help).
  for (let next = round2(scale + 0.01); next < 1; next = round2(next + 0.01)) {
    let found: number | null = null;
    const kept = await measure(shift, next, MIN_SPACE);
    if (kept.height <= fixedHeight) found = shift;
    for (const direction of [1, -1]) {
      if (found !== null || onlyLengthens(kept, direction)) continue;
      if ((await measure(shift + direction, next, MIN_SPACE)).height <= fixedHeight) found = shift + direction;
    }
    if (found === null) break;
    scale = next;
    shift = found;
  }
  return { shift, scale, space: MIN_SPACE };
}

/** Front and back of one size: the largest scale at which the pieces split over two sides. */
async function fitTwoSides(options: FitOptions, floor: number): Promise<LaidOutCard | null> {
  const { template, layout, themeScale } = options;
  // Each side balances its own columns from the estimate.
  const view = { ...options.view, columnShift: 0 };
  const fixedHeight = template.manifest.height!;
  const pieces = contentPieces(view, template.manifest.sectionOrder);
  const fitsAt = async (slice: ContentPiece[], number: number, scale: number): Promise<boolean> =>
    svgHeight(await layout(pageView(view, slice, number, 2), scale, undefined, false)) <= fixedHeight;
  const splitAt = async (scale: number): Promise<number | null> => {
    const front = await mostThatFit((count) => fitsAt(pieces.slice(0, count), 1, scale), pieces.length - 1);
    if (front === 0) return null;
    return (await fitsAt(pieces.slice(front), 2, scale)) ? front : null;
  };
  // The largest scale (to 2 %) at which both sides fit: a bisection over the scale.
  let split = await splitAt(1);
  let scale = 1;
  if (split === null) {
    split = await splitAt(floor);
    if (split === null) return null;
    let low = floor;
    let high = 1;
    let lowSplit = split;
    while (high - low > 0.021) {
      const middle = round2((low + high) / 2);
      const attempt = await splitAt(middle);
      if (attempt === null) high = middle;
      else {
        low = middle;
        lowSplit = attempt;
      }
    }
    scale = low;
    split = lowSplit;
  }
  const sides = [pieces.slice(0, split), pieces.slice(split)].map((slice, index) => pageView(view, slice, index + 1, 2));
  // Each side fits; its columns are then balanced by measurement so neither ends far short.
  const balanced: CardView[] = [];
  for (const side of sides) {
    if (template.manifest.columns !== 2) {
      balanced.push(side);
      continue;
    }
    const layoutWith = async (shift: number): Promise<Layout> => {
      const boxes: NodeBox[] = [];
      const svg = await layout({ ...side, columnShift: shift }, scale, undefined, false, undefined, (box) => boxes.push(box));
      return { height: svgHeight(svg), columns: columnBottoms(boxes) };
    };
    balanced.push({ ...side, columnShift: await balancedShift(layoutWith, await layoutWith(0)) });
  }
  const svgs = await Promise.all(balanced.map((side) => layout(side, scale, fixedHeight, true)));
  const warning: CardWarning = {
    code: 'W_TWO_SIDED',
    text: {
      zh: `内容较多，模板 "${template.name}" 一面放不下，已接续到背面（共 2 页）；请双面打印`,
      en: `long content: template "${template.name}" continues on the back side (2 pages); print double-sided`,
    },
  };
  return { svgs, scale, warnings: [warning, ...scaledWarning(template.name, scale, themeScale)] };
}

/**
 * A summary card with the list items that fit at the floor size (abridged-items.ts chooses
 * them) and a line about the rest; `emptied` when a list it abridges is left out whole.
 */
async function fitAbridged(options: FitOptions, floor: number): Promise<(LaidOutCard & { emptied: boolean }) | null> {
  const { template, view, layout, themeScale } = options;
  const fixedHeight = template.manifest.height!;
  const sections = new Set<SectionKey>(template.manifest.abridge);
  const all = contentPieces(view);
  // Always kept: what the template shows that cannot be abridged. Chosen from: the abridgeable lists.
  const fixed = all.filter((piece) => !sections.has(piece.section));
  const cuttable: SizedPiece[] = all.filter((piece) => sections.has(piece.section)).map((piece) => ({ piece, length: visualLength(pieceText(view, piece)) }));
  const fitsAtFloor = async (shown: readonly ContentPiece[]): Promise<boolean> => svgHeight(await layout(abridgedView(view, [...fixed, ...shown]).view, floor, undefined, false)) <= fixedHeight;
  if (!(await fitsAtFloor([]))) return null;
  const shown = await chooseShownItems(cuttable, fitsAtFloor);
  const abridged = abridgedView(view, [...fixed, ...shown]);
  const shownKeys = new Set(shown.map((piece) => `${piece.section}:${piece.index}`));
  const never = await itemsThatNeverFit(
    cuttable.filter((sized) => !shownKeys.has(`${sized.piece.section}:${sized.piece.index}`)),
    fitsAtFloor,
  );
  // With less content the text may not need the floor size after all.
  const heightAt = async (probe: number): Promise<number> => svgHeight(await layout(abridged.view, probe, undefined, false));
  const atOne = await heightAt(1);
  const scale = atOne <= fixedHeight ? 1 : ((await largestFitting(heightAt, fixedHeight, floor, { value: 1, height: atOne }, null, SCALE_SLOPE * atOne)) ?? floor);
  const svg = await layout(abridged.view, scale, fixedHeight, true);
  const shownSections = new Set(shown.map((piece) => piece.section));
  const emptied = cuttable.some((sized) => !shownSections.has(sized.piece.section));
  const tooLong = never.map((piece) => ({ piece, chars: [...pieceText(view, piece).replace(/\u2060/gu, '')].length }));
  return { svgs: [svg], scale, emptied, warnings: [abridgedWarning(template.name, view, abridged.omitted, tooLong), ...scaledWarning(template.name, scale, themeScale)] };
}

function abridgedWarning(templateName: string, view: CardView, omitted: OmittedSection[], tooLong: Array<{ piece: ContentPiece; chars: number }>): CardWarning {
  const zh = localeText('zh-CN').labels;
  const en = localeText('en').labels;
  const names: Record<SectionKey, { zh: string; en: string }> = {
    parties: { zh: zh.parties, en: en.parties },
    conditions: { zh: zh.conditions, en: en.conditions },
    steps: { zh: zh.process, en: en.process },
    reward: { zh: zh.reward, en: en.reward },
    materials: { zh: zh.materials, en: en.materials },
  };
  // 1-based item numbers as ranges: 6–8, 3.
  const ranges = (indexes: number[], separator: string): string => {
    const parts: string[] = [];
    for (let at = 0; at < indexes.length; ) {
      let end = at;
      while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end++;
      parts.push(at === end ? `${indexes[at]! + 1}` : `${indexes[at]! + 1}–${indexes[end]! + 1}`);
      at = end + 1;
    }
    return parts.join(separator);
  };
  const total = (section: SectionKey): number => contentPieces(view, [section]).length;
  // Every item of a list left out reads "申报条件全部 11 项"; some of them, "申报条件 11 项中的 8 项（第 1、3–5 项）".
  const leftZh = omitted.map((section) => {
    const name = names[section.section].zh;
    const of = total(section.section);
    return section.indexes.length === of ? `${name}全部 ${of} 项` : `${name} ${of} 项中的 ${section.indexes.length} 项（第 ${ranges(section.indexes, '、')} 项）`;
  });
  const items = (count: number): string => (count === 1 ? 'item' : 'items');
  const leftEn = omitted.map((section) => {
    const name = `"${names[section.section].en}"`;
    const of = total(section.section);
    return section.indexes.length === of ? `all ${of} ${items(of)} of ${name}` : `${section.indexes.length} of ${of} ${items(of)} of ${name} (${ranges(section.indexes, ', ')})`;
  });
  const longZh = tooLong.map(({ piece, chars }) => `${names[piece.section].zh}第 ${piece.index + 1} 项（${chars} 字）`);
  const longEn = tooLong.map(({ piece, chars }) => `item ${piece.index + 1} of "${names[piece.section].en}" (${chars} characters)`);
  return {
    code: 'W_ABRIDGED',
    text: {
      zh:
        `模板 "${templateName}" 放不下全部条目，已省略${leftZh.join('、')}；卡片上注明了省略的条数，并提示扫码查看全文` +
        (longZh.length > 0 ? `。${longZh.join('、')}太长，这张卡片单独放它一项也放不下，请精简` : ''),
      en:
        `template "${templateName}" cannot hold every item; left out ${leftEn.join('; ')}. The card says how many and points to the QR code for the full text` +
        (longEn.length > 0 ? `. Too long to fit this card even on its own: ${longEn.join(', ')}; shorten ${longEn.length > 1 ? 'them' : 'it'}` : ''),
    },
  };
}

export function scaledWarning(templateName: string, scale: number, themeScale: number): CardWarning[] {
  if (scale >= 1) return [];
  // One number a reader understands: the text size against the default theme's design size. A
  // large-type theme shrunk is still at or above that size, which "shrunk to 117 %" would contradict.
  const ofDefault = Math.round(scale * themeScale * 100);
  const text =
    ofDefault >= 100
      ? {
          zh: `内容较多，文字已小于本主题的字号（仍为标准字号的 ${ofDefault}%）以放进模板 "${templateName}"`,
          en: `long content: text was set below this theme's size (still ${ofDefault}% of the standard size) to fit template "${templateName}"`,
        }
      : {
          zh: `内容较多，文字已缩小到标准字号的 ${ofDefault}% 以放进模板 "${templateName}"`,
          en: `long content: text was set at ${ofDefault}% of the standard size to fit template "${templateName}"`,
        };
  return [{ code: 'W_TEXT_SCALED', text }];
}
