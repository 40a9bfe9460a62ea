/**
 * Cuts a card's content into whole pieces, for cards split into pages and for abridged summary
 * cards. A piece is one list item, one process step or the whole reward table, so a page break
 * or an abridgement always falls between pieces: never inside a line, a step or a table.
 */
import { SECTION_KEYS, visualLength, type CardView, type SectionKey } from './card-view.js';
import { localeText } from './locales.js';

/** One list item (`index` in its section); the reward table is the reward piece after its items. */
export interface ContentPiece {
  section: SectionKey;
  index: number;
}

/** The order in which phone cards (and most readers) take the sections. */
export const READING_ORDER: readonly SectionKey[] = ['parties', 'conditions', 'steps', 'reward', 'materials'];

function sectionSize(view: CardView, section: SectionKey): number {
  switch (section) {
    case 'parties':
      return view.parties.length;
    case 'conditions':
      return view.conditions.length;
    case 'steps':
      return view.steps.length;
    case 'reward':
      return view.reward.items.length + (view.reward.table ? 1 : 0);
    case 'materials':
      return view.materials?.length ?? 0;
  }
}

/** Every piece of the card, in `order`. */
export function contentPieces(view: CardView, order: readonly SectionKey[] = READING_ORDER): ContentPiece[] {
  return order.flatMap((section) => Array.from({ length: sectionSize(view, section) }, (_, index) => ({ section, index })));
}

/** The view with only the given pieces (of this page, or kept by an abridged card). */
export function keepPieces(view: CardView, pieces: readonly ContentPiece[]): CardView {
  const kept = (section: SectionKey): number[] => pieces.filter((piece) => piece.section === section).map((piece) => piece.index);
  const pick = <T>(items: readonly T[], section: SectionKey): T[] => kept(section).filter((index) => index < items.length).map((index) => items[index]!);
  const rewardKept = kept('reward');
  // Slices of slices (a column of a page) count from the start of the whole card.
  const offsets = Object.fromEntries(SECTION_KEYS.map((section) => [section, view.offsets[section] + (kept(section)[0] ?? 0)])) as Record<SectionKey, number>;
  const continued = Object.fromEntries(SECTION_KEYS.map((section) => [section, kept(section).length > 0 && offsets[section] > 0])) as Record<SectionKey, boolean>;
  return {
    ...view,
    parties: pick(view.parties, 'parties'),
    conditions: pick(view.conditions, 'conditions'),
    conditionsStart: offsets.conditions,
    conditionNumbers: kept('conditions').filter((index) => index < view.conditions.length).map((index) => view.conditionNumbers[index]!),
    steps: pick(view.steps, 'steps'),
    reward: {
      ...view.reward,
      items: pick(view.reward.items, 'reward'),
      table: view.reward.table && rewardKept.includes(view.reward.items.length) ? view.reward.table : null,
    },
    materials: view.materials ? pick(view.materials, 'materials') : null,
    continued,
    offsets,
    columns: null,
  };
}

/** The text of a piece, as the card prints it (a step's title and detail; the reward table's cells). */
export function pieceText(view: CardView, piece: ContentPiece): string {
  switch (piece.section) {
    case 'parties':
      return view.parties[piece.index] ?? '';
    case 'conditions':
      return view.conditions[piece.index] ?? '';
    case 'steps': {
      const step = view.steps[piece.index];
      return step ? `${step.title}${step.detail ?? ''}` : '';
    }
    case 'reward':
      return view.reward.items[piece.index] ?? view.reward.table?.rows.flat().join('') ?? '';
    case 'materials':
      return view.materials?.[piece.index] ?? '';
  }
}

/**
 * About how much room a piece takes, in characters of body text: its text rounded up to whole
 * lines, plus the space between items, plus a section head before a section's first piece.
 * Good enough to balance two columns before the real layout checks the result.
 */
function pieceWeight(view: CardView, piece: ContentPiece, first: boolean): number {
  const LINE = 20;
  const lines = (text: string | null | undefined): number => (text ? Math.ceil(visualLength(text) / LINE) : 0);
  const head = first ? 4 * LINE : 0;
  switch (piece.section) {
    case 'parties':
      return head + (lines(view.parties[piece.index]) + 0.5) * LINE;
    case 'conditions':
      return head + (lines(view.conditions[piece.index]) + 0.5) * LINE;
    case 'steps': {
      const step = view.steps[piece.index];
      return head + (1 + lines(step?.detail) + 0.8) * LINE;
    }
    case 'reward':
      if (piece.index < view.reward.items.length) return head + (lines(view.reward.items[piece.index]) + 0.5) * LINE;
      return head + ((view.reward.table?.rows.length ?? 0) + 1) * 2 * LINE;
    case 'materials':
      return head + (lines(view.materials?.[piece.index]) + 0.5) * LINE;
  }
}

/**
 * The view's pieces flowed into two columns (in `order`, like a newspaper: the first column,
 * then the second), split where the two are most nearly equal. `except` stays out of the flow
 * (a short process drawn across the page).
 */
/**
 * The view a template receives: two-column templates (manifest `columns: 2`) get the sections
 * flowed into balanced columns; a short process stays across the page.
 */
export function arrangeView(manifest: { columns: number; sectionOrder?: readonly SectionKey[] | undefined }, view: CardView): CardView {
  return manifest.columns === 2 ? withColumns(view, manifest.sectionOrder, view.stepsLayout === 'short' ? ['steps'] : []) : view;
}

export function withColumns(view: CardView, order: readonly SectionKey[] = READING_ORDER, except: readonly SectionKey[] = []): CardView {
  const pieces = contentPieces(view, order.filter((section) => !except.includes(section)));
  const weights = pieces.map((piece, index) => pieceWeight(view, piece, index === 0 || pieces[index - 1]!.section !== piece.section));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // Splitting a section between the columns costs its head twice and reads worse, so a split
  // between sections wins unless it leaves the columns a good deal more uneven.
  const SECTION_BONUS = 0.3 * total;
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  let running = 0;
  for (let split = 0; split <= pieces.length; split++) {
    const inside = split > 0 && split < pieces.length && pieces[split]!.section === pieces[split - 1]!.section;
    const cost = Math.abs(running - (total - running)) + (inside ? SECTION_BONUS : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = split;
    }
    running += weights[split] ?? 0;
  }
  best = Math.min(pieces.length, Math.max(0, best + view.columnShift));
  // What stays out of the flow (a short process across the page) stays on the view itself.
  const outside = contentPieces(view).filter((piece) => except.includes(piece.section));
  return { ...keepPieces(view, [...pieces, ...outside]), columns: [keepPieces(view, pieces.slice(0, best)), keepPieces(view, pieces.slice(best))] };
}

/** Page `number` of `count`: the card with only this page's pieces and its page mark. */
export function pageView(view: CardView, pieces: readonly ContentPiece[], number: number, count: number): CardView {
  const text = localeText(view.locale);
  return { ...keepPieces(view, pieces), page: { number, count, mark: text.pageMark(number, count), first: number === 1 }, compactHead: number > 1 };
}

/** What an abridged card leaves out, per section, in reading order. */
export interface OmittedSection {
  section: SectionKey;
  /** Label of the section in the card's locale. */
  label: string;
  /** The 0-based indexes left out (the reward table is the index after the reward items). */
  indexes: number[];
}

/** The card with only `kept` pieces and a line that says how many more there are and where to read them. */
export function abridgedView(view: CardView, kept: readonly ContentPiece[]): { view: CardView; omitted: OmittedSection[] } {
  const text = localeText(view.locale);
  const labels: Record<SectionKey, string> = { parties: text.labels.parties, conditions: text.labels.conditions, steps: text.labels.process, reward: text.labels.reward, materials: text.labels.materials };
  const keptKeys = new Set(kept.map((piece) => `${piece.section}:${piece.index}`));
  const omitted: OmittedSection[] = [];
  for (const piece of contentPieces(view)) {
    if (keptKeys.has(`${piece.section}:${piece.index}`)) continue;
    const entry = omitted.find((section) => section.section === piece.section);
    if (entry) entry.indexes.push(piece.index);
    else omitted.push({ section: piece.section, label: labels[piece.section], indexes: [piece.index] });
  }
  const line = omitted.length === 0 ? null : text.abridged(omitted.map((section) => text.omittedItems(section.indexes.length, section.label)).join(view.locale === 'en' ? '; ' : '、'));
  // Abridged cards keep their items' numbers (no "continued" marks: nothing came before).
  const shown = keepPieces(view, kept);
  return { view: { ...shown, continued: { parties: false, conditions: false, steps: false, reward: false, materials: false }, abridged: line }, omitted };
}
