/**
 * Cuts a card's content into whole pieces, for cards split into pages and for abridged summary
 * cards. A piece is one list item, one process step or the whole reward table, so a page break
 * or an abridgement always falls between pieces: never inside a line, a step or a table.
 */
import type { CardView, SectionKey } from './card-view.js';
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
function keepPieces(view: CardView, pieces: readonly ContentPiece[]): CardView {
  const kept = (section: SectionKey): number[] => pieces.filter((piece) => piece.section === section).map((piece) => piece.index);
  const pick = <T>(items: readonly T[], section: SectionKey): T[] => kept(section).filter((index) => index < items.length).map((index) => items[index]!);
  const conditions = kept('conditions');
  const rewardKept = kept('reward');
  const continued = Object.fromEntries(
    (['parties', 'conditions', 'steps', 'reward', 'materials'] as const).map((section) => [section, kept(section).length > 0 && kept(section)[0]! > 0]),
  ) as Record<SectionKey, boolean>;
  return {
    ...view,
    parties: pick(view.parties, 'parties'),
    conditions: pick(view.conditions, 'conditions'),
    conditionsStart: conditions[0] ?? 0,
    steps: pick(view.steps, 'steps'),
    reward: {
      ...view.reward,
      items: pick(view.reward.items, 'reward'),
      table: view.reward.table && rewardKept.includes(view.reward.items.length) ? view.reward.table : null,
    },
    materials: view.materials ? pick(view.materials, 'materials') : null,
    continued,
  };
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
