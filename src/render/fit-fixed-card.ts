/**
 * Fitting a fixed-size card (print and square templates). The content is laid out without a
 * height to learn its natural height; while it overflows, the text scale steps down to the
 * template's floor. Past the floor a template does what its manifest's `overflow` says:
 *   back     full handouts (a4, a5) continue on a back side of the same size (W_TWO_SIDED)
 *   abridge  summary cards (a6, square) show the list items that fit and a line that says how
 *            many more there are, behind the QR code (W_ABRIDGED)
 *   refuse   E_OVERFLOW, naming the longest sections
 * Title, headline, deadline and QR code are never left out.
 */
import { CardError, type CardWarning } from '../errors.js';
import type { CardSpec } from '../spec/card-schema.js';
import type { CardView, SectionKey } from '../template/card-view.js';
import { visualLength } from '../template/card-view.js';
import type { CardTemplate } from '../template/load-template.js';
import { localeText } from '../template/locales.js';
import { abridgedView, contentPieces, pageView, type ContentPiece, type OmittedSection } from '../template/slice-view.js';
import { svgHeight } from './layout-svg.js';
import type { LaidOutCard } from './split-pages.js';

export interface FitOptions {
  template: CardTemplate;
  view: CardView;
  /** Lays out a view at a text scale and a spacing scale; without a height it is as tall as its content. */
  layout: (view: CardView, scale: number, height: number | undefined, outlines: boolean, space?: number) => Promise<string>;
  card: CardSpec;
  file: string | undefined;
  /** The theme's own type scale (elder 1.25). */
  themeScale: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * The largest scale in [floor, 1] at which `heightAt` fits, or null. Height is close to linear
 * in the type scale (text shrinks, margins do not): aim between two measurements, then step
 * down by 1 % until it fits. Usually one or two layouts, where a bisection needs six.
 */
async function fitScale(heightAt: (scale: number) => Promise<number>, fixedHeight: number, floor: number): Promise<number | null> {
  const atOne = await heightAt(1);
  if (atOne <= fixedHeight) return 1;
  const atFloor = await heightAt(floor);
  if (atFloor > fixedHeight) return null;
  const aimed = floor + ((fixedHeight - atFloor) / (atOne - atFloor)) * (1 - floor);
  let scale = Math.min(0.99, Math.max(floor, Math.floor(aimed * 100) / 100));
  let stepped = false;
  while (scale > floor && (await heightAt(scale)) > fixedHeight) {
    scale = Math.max(floor, round2(scale - 0.01));
    stepped = true;
  }
  // The aim fitted at once: one probe slightly larger, since the estimate errs small.
  const larger = round2(scale + 0.02);
  if (!stepped && larger < 1 && (await heightAt(larger)) <= fixedHeight) scale = larger;
  return scale;
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

/** The tightest spacing (gaps and padding written as {{sp N}}) before the text gets smaller. */
const MIN_SPACE = 0.55;

/**
 * Two columns balanced by measurement: the split estimated from the text lengths moves a piece
 * at a time while the laid-out card gets shorter (`heightWith` a shift; the card is as tall as
 * its longer column). Returns the pieces moved (positive: into the first column).
 */
async function balancedShift(heightWith: (shift: number) => Promise<number>, start: number): Promise<number> {
  let best = 0;
  let bestHeight = start;
  for (const direction of [1, -1]) {
    for (let shift = direction; Math.abs(shift) <= 6; shift += direction) {
      const height = await heightWith(shift);
      if (height >= bestHeight) break;
      best = shift;
      bestHeight = height;
    }
    if (best !== 0) break;
  }
  return best;
}

/**
 * The card's columns balanced at the design size. A card that fits as designed keeps the
 * estimate, which prefers a split between whole sections.
 */
async function balanceColumns(given: FitOptions): Promise<number> {
  const heightWith = async (shift: number): Promise<number> => svgHeight(await given.layout({ ...given.view, columnShift: shift }, 1, undefined, false));
  const start = await heightWith(0);
  if (start <= given.template.manifest.height!) return 0;
  return balancedShift(heightWith, start);
}

export async function fitFixedCard(given: FitOptions): Promise<LaidOutCard> {
  if (given.template.manifest.columns !== 2) return fitSpacedCard(given);
  const shift = await balanceColumns(given);
  const fitted = await fitSpacedCard({ ...given, view: { ...given.view, columnShift: shift } });
  if (fitted.svgs.length !== 1 || fitted.scale >= 1) return fitted;
  // Smaller text rewraps the columns, so the split balanced at the design size may no longer be
  // the best: climb a percent at a time while the card fits with the split or a piece either
  // way. Text below the design size means the spacing is at its tightest already.
  const fixedHeight = given.template.manifest.height!;
  const fits = async (at: number, scale: number): Promise<boolean> =>
    svgHeight(await given.layout({ ...given.view, columnShift: at }, scale, undefined, false, MIN_SPACE)) <= fixedHeight;
  let scale = fitted.scale;
  let at = shift;
  for (let next = round2(scale + 0.01); next < 1; next = round2(next + 0.01)) {
    let found: number | null = null;
    for (const candidate of [at, at + 1, at - 1]) {
      if (await fits(candidate, next)) {
        found = candidate;
        break;
      }
    }
    if (found === null) break;
    scale = next;
    at = found;
  }
  if (scale === fitted.scale) return fitted;
  const svg = await given.layout({ ...given.view, columnShift: at }, scale, fixedHeight, true, MIN_SPACE);
  return { svgs: [svg], scale, warnings: [...fitted.warnings.filter((warning) => warning.code !== 'W_TEXT_SCALED'), ...scaledWarning(given.template.name, scale, given.themeScale)] };
}

async function fitSpacedCard(given: FitOptions): Promise<LaidOutCard> {
  const fixedHeight = given.template.manifest.height!;
  // First the spacing: the largest spacing scale (to 5 %) at which the card fits at full size.
  const spaced = (space: number): FitOptions['layout'] => (shown, scale, height, outlines) => given.layout(shown, scale, height, outlines, space);
  const heightWith = async (space: number): Promise<number> => svgHeight(await given.layout(given.view, 1, undefined, false, space));
  let space = 1;
  if ((await heightWith(1)) > fixedHeight) {
    if ((await heightWith(MIN_SPACE)) > fixedHeight) space = MIN_SPACE;
    else {
      let low = MIN_SPACE;
      let high = 1;
      while (high - low > 0.051) {
        const middle = round2((low + high) / 2);
        if ((await heightWith(middle)) <= fixedHeight) low = middle;
        else high = middle;
      }
      space = low;
    }
  }
  return fitWithSpacing({ ...given, layout: spaced(space) });
}

async function fitWithSpacing(options: FitOptions): Promise<LaidOutCard> {
  const { template, view, layout, themeScale } = options;
  const { manifest } = template;
  const fixedHeight = manifest.height!;
  // Probes are only measured, so they skip the glyph outlines (same boxes, a third faster).
  const heightOf = async (shown: CardView, scale: number): Promise<number> => svgHeight(await layout(shown, scale, undefined, false));
  // The floor is relative to the design size: a large-type theme (elder, 1.25×) may give up its
  // extra size before the card is refused, but never goes below what the template allows.
  const floor = Math.round((manifest.minScale / themeScale) * 1000) / 1000;
  // A template with a back side keeps large type at least as large as the default theme's
  // design size on one side; below that, the card continues on the back instead.
  const oneSideFloor = manifest.overflow === 'back' && themeScale > 1 ? Math.max(floor, Math.round((1 / themeScale) * 1000) / 1000) : floor;

  const single = await fitScale((scale) => heightOf(view, scale), fixedHeight, oneSideFloor);
  if (single !== null) {
    return { svgs: [await layout(view, single, fixedHeight, true)], scale: single, warnings: scaledWarning(template.name, single, themeScale) };
  }
  if (manifest.overflow === 'back') {
    const sides = await fitTwoSides(options, floor);
    if (sides) return sides;
  }
  if (manifest.overflow === 'abridge') {
    const abridged = await fitAbridged(options, floor);
    if (abridged) return abridged;
  }
  const natural = await heightOf(view, floor);
  throw overflowError(template, options.card, Math.ceil(natural - fixedHeight), manifest.overflow === 'back', options.file);
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
    const heightWith = async (shift: number): Promise<number> => svgHeight(await layout({ ...side, columnShift: shift }, scale, undefined, false));
    balanced.push({ ...side, columnShift: await balancedShift(heightWith, await heightWith(0)) });
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

/** A summary card with the list items that fit at the floor size and a line about the rest. */
async function fitAbridged(options: FitOptions, floor: number): Promise<LaidOutCard | null> {
  const { template, view, layout, themeScale } = options;
  const fixedHeight = template.manifest.height!;
  const sections = new Set<SectionKey>(template.manifest.abridge);
  const all = contentPieces(view);
  // Always kept: what the template shows that cannot be abridged. Cut: the abridgeable lists,
  // from the end of the reading order (the last conditions go first).
  const fixed = all.filter((piece) => !sections.has(piece.section));
  const cuttable = all.filter((piece) => sections.has(piece.section));
  const viewWith = (count: number): { view: CardView; omitted: OmittedSection[] } => abridgedView(view, [...fixed, ...cuttable.slice(0, count)]);
  const fitsAtFloor = async (count: number): Promise<boolean> => svgHeight(await layout(viewWith(count).view, floor, undefined, false)) <= fixedHeight;
  if (!(await fitsAtFloor(0))) return null;
  const kept = await mostThatFit(fitsAtFloor, cuttable.length - 1);
  const abridged = viewWith(kept);
  // With less content the text may not need the floor size after all.
  const scale = (await fitScale(async (probe) => svgHeight(await layout(abridged.view, probe, undefined, false)), fixedHeight, floor)) ?? floor;
  const svg = await layout(abridged.view, scale, fixedHeight, true);
  return { svgs: [svg], scale, warnings: [abridgedWarning(template.name, abridged.omitted), ...scaledWarning(template.name, scale, themeScale)] };
}

function abridgedWarning(templateName: string, omitted: OmittedSection[]): CardWarning {
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
  const ranges = (indexes: number[]): string => {
    const parts: string[] = [];
    for (let at = 0; at < indexes.length; ) {
      let end = at;
      while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end++;
      parts.push(at === end ? `${indexes[at]! + 1}` : `${indexes[at]! + 1}–${indexes[end]! + 1}`);
      at = end + 1;
    }
    return parts.join(', ');
  };
  return {
    code: 'W_ABRIDGED',
    text: {
      zh: `模板 "${templateName}" 放不下全部条目，已省略：${omitted.map((section) => `${names[section.section].zh}第 ${ranges(section.indexes)} 项`).join('、')}；卡片上注明了省略的条数，并提示扫码查看全文`,
      en: `template "${templateName}" cannot hold every item; left out: ${omitted.map((section) => `${names[section.section].en.toLowerCase()} ${ranges(section.indexes)}`).join('; ')}. The card says how many and points to the QR code for the full text`,
    },
  };
}

function scaledWarning(templateName: string, scale: number, themeScale: number): CardWarning[] {
  if (scale >= 1) return [];
  // One number a reader understands: the text size against the default theme's design size.
  const ofDefault = Math.round(scale * themeScale * 100);
  return [
    {
      code: 'W_TEXT_SCALED',
      text: {
        zh: `内容较多，文字已缩小到标准字号的 ${ofDefault}% 以放进模板 "${templateName}"`,
        en: `long content: text was set at ${ofDefault}% of the standard size to fit template "${templateName}"`,
      },
    },
  ];
}

function overflowError(template: CardTemplate, card: CardSpec, over: number, twoSided: boolean, file: string | undefined): CardError {
  const fixedHeight = template.manifest.height!;
  const sections = longestSections(card);
  const minScale = Math.round(template.manifest.minScale * 100);
  const where = twoSided ? { zh: '正反两面', en: 'on two sides' } : { zh: '', en: '' };
  return new CardError(
    'E_OVERFLOW',
    {
      zh: `内容放不进模板 "${template.name}"${where.zh}：文字缩小到 ${minScale}% 后仍超出 ${over} 像素（约 ${Math.round((over / fixedHeight) * 100)}%）。最长的部分：${sections.map((s) => `${s.zh}（${s.chars}字）`).join('、')}。请精简这些内容，或改用 phone 模板（高度随内容增长）`,
      en: `the content does not fit template "${template.name}"${where.en ? ` ${where.en}` : ''}: even at ${minScale}% text size it is ${over} px (about ${Math.round((over / fixedHeight) * 100)}%) too tall. Longest sections: ${sections.map((s) => `${s.en} (${s.chars} characters)`).join(', ')}. Shorten them or use the phone template, which grows with the content`,
    },
    { file },
  );
}

/** The two sections with the most text, for the overflow message. */
function longestSections(card: CardSpec): Array<{ zh: string; en: string; chars: number }> {
  const labels = localeText('zh-CN').labels;
  const english = localeText('en').labels;
  const count = (texts: readonly string[]): number => Math.round(texts.reduce((sum, text) => sum + visualLength(text), 0));
  const sections = [
    { zh: labels.parties, en: english.parties, chars: count(card.parties) },
    { zh: labels.conditions, en: english.conditions, chars: count(card.conditions) },
    { zh: labels.process, en: english.process, chars: count(card.process.flatMap((step) => (typeof step === 'string' ? [step] : [step.title, step.detail ?? '']))) },
    { zh: labels.reward, en: english.reward, chars: count([...card.reward.items, ...(card.reward.table?.rows.flat() ?? [])]) },
    { zh: labels.materials, en: english.materials, chars: count(card.materials ?? []) },
    { zh: '一句话解读', en: 'summary', chars: count(card.summary ? [card.summary] : []) },
  ];
  return sections.sort((a, b) => b.chars - a.chars).slice(0, 2);
}

