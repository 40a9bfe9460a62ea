/**
 * A validated card → the data a template sees. Every key is always present (null when the
 * card has no such field) because templates are compiled in strict mode. Text is already
 * converted for the locale and typeset (numbers kept with their units); images are referred to
 * by slot name and filled in after HTML parsing, so no URL or binary passes through Handlebars.
 */
import type { CardSpec } from '../spec/card-schema.js';
import { formatPhone } from './format-phone.js';
import { localeText, type Locale, type LocaleLabels } from './locales.js';
import { dropInvisibleChars } from '../text/invisible-chars.js';
import { keepLastPairTogether, keepNumbersTogether, keepTogether, narrowAlphanumerics, trimLeadingMarks } from './typeset.js';
import { columnStyles } from './table-columns.js';

export interface CardView {
  id: string;
  locale: Locale;
  labels: LocaleLabels;
  title: string;
  issuer: string;
  docNo: string | null;
  category: string | null;
  summary: string | null;
  edition: string | null;
  parties: string[];
  conditions: string[];
  /** How many conditions came before the first one shown (a later page numbers on from there). */
  conditionsStart: number;
  /**
   * The number of each condition shown, as in the whole card: an abridged card may skip a long
   * condition and show the ones after it (1, 3, 4), so the numbers are not always consecutive.
   */
  conditionNumbers: number[];
  materials: string[] | null;
  steps: Array<{ number: number; title: string; detail: string | null; last: boolean }>;
  /** `short`: every step fits a compact horizontal flow (≤ 6 steps of ≤ 8 characters, no details). */
  stepsLayout: 'short' | 'long';
  reward: {
    headline: string | null;
    /**
     * Type size step for the headline, so a long one still fits on one or two lines; `s` for a
     * sentence (a reward item promoted for want of a headline), set a little above body text.
     */
    headlineSize: 'xl' | 'l' | 'm' | 's';
    items: string[];
    /** `styles`: each column's inline style, the same in every row (table-columns.ts). */
    table: { columns: string[]; rows: string[][]; styles: string[] } | null;
  };
  period: { badge: string; badgeKind: 'deadline' | 'open' | 'window'; text: string | null } | null;
  contacts: Array<{ name: string; phone: string | null; address: string | null }> | null;
  qr: Array<{ slot: string; size: number; caption: string }>;
  /** `single`: code beside the contacts; `double`: two codes side by side above them. */
  qrLayout: 'single' | 'double';
  logo: { slot: string; width: number; height: number } | null;
  /** Sections that continue from the previous page (their titles get `labels.continued`). */
  continued: Record<SectionKey, boolean>;
  /** The page of a card split into pages (`mark` such as 1/2); null for a card of one page. */
  page: { number: number; count: number; mark: string; first: boolean } | null;
  /** Pages after the first carry a compact title band. */
  compactHead: boolean;
  /** The line under an abridged card (另有 5 项条件，扫码查看全文); null when nothing is left out. */
  abridged: string | null;
  /**
   * For two-column templates (manifest `columns: 2`): the sections flowed into two balanced
   * columns, each a view of its own pieces; null for one-column templates.
   */
  columns: CardView[] | null;
  /**
   * Pieces moved across the estimated column split (positive: into the first column). The fit
   * sets it after measuring the real layout, since the estimate can leave one column short.
   */
  columnShift: number;
  /** Where each section's shown items start in the whole card (0 unless this is a slice). */
  offsets: Record<SectionKey, number>;
}

/** The sections whose items a card can split across pages or leave out. */
export const SECTION_KEYS = ['parties', 'conditions', 'steps', 'reward', 'materials'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface ViewAssets {
  qr: Array<{ size: number }>;
  /** Natural size of the logo, when the card has one. */
  logo?: { width: number; height: number } | undefined;
}

/** Width of a text in full-width character units (ASCII counts about half). */
export function visualLength(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.55 : 1), 0);
}

/**
 * Past this many characters the headline is a sentence, not a figure: a card without a headline
 * promotes its first reward item, and a drafted item is often a whole clause (富力大厦32.5元/平方米/月、
 * 珠江嘉苑18元/平方米/月… 70 characters). Set at headline size it filled half an a6 card and pushed
 * every condition off it; at `m` size 20 characters already take two lines on square and a6.
 */
const SENTENCE_HEADLINE = 20;

function headlineSize(text: string): CardView['reward']['headlineSize'] {
  const length = visualLength(text);
  return length <= 9 ? 'xl' : length <= 13 ? 'l' : length <= SENTENCE_HEADLINE ? 'm' : 's';
}

/** Logos are shown 72 px tall, never wider than 300 px (templates scale them further). */
function scaleLogo(size: { width: number; height: number }): NonNullable<CardView['logo']> {
  const scale = Math.min(72 / size.height, 300 / size.width);
  return { slot: 'logo', width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/**
 * Phones as the card prints them (0512-6875 1234, see format-phone.ts): a number is never broken
 * across lines, but a list of numbers may wrap after its 、. No line may break between an ASCII
 * / , ; and the digit after it (UAX #14), so "0512-68001234/139…" ran out of its box as one
 * piece: those separators get a space after them (and / one before), where the line may break.
 */
function keepPhonesTogether(phones: string): string {
  return phones
    .replace(/\s*\/\s*/gu, ' / ')
    .replace(/\s*([,;])\s*/gu, '$1 ')
    .split(/(?<=[、，；]|[,;/] )/u)
    .map(keepTogether)
    .join('');
}

export function buildCardView(card: CardSpec, assets: ViewAssets, locale: Locale = 'zh-CN'): CardView {
  const text = localeText(locale);
  const printable = (value: string): string => narrowAlphanumerics(dropInvisibleChars(text.convert(value)));
  const t = (value: string): string => keepLastPairTogether(keepNumbersTogether(printable(value)));
  const item = (value: string): string => t(trimLeadingMarks(value));
  const date = (iso: string): string => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return text.date(year, month, day);
  };
  const describePeriod = (period: CardSpec['period']): CardView['period'] => {
    if (!period) return null;
    const note = period.note ? t(period.note) : null;
    if (period.end) {
      const window = period.start ? keepNumbersTogether(text.window(date(period.start), date(period.end))) : null;
      return { badge: keepNumbersTogether(text.deadline(date(period.end))), badgeKind: 'deadline', text: window ?? note };
    }
    const opening = period.start ? keepNumbersTogether(text.opens(date(period.start))) : null;
    // Without an end date the note (常年受理, 每季度受理…) is what the reader needs most.
    if (note) return { badge: note, badgeKind: 'open', text: opening };
    if (opening) return { badge: opening, badgeKind: 'window', text: null };
    return { badge: text.always, badgeKind: 'open', text: null };
  };
  const steps = card.process.map((step, index) => {
    const { title, detail } = typeof step === 'string' ? { title: step, detail: undefined } : step;
    return { number: index + 1, title: item(title), detail: detail ? item(detail) : null, last: index === card.process.length - 1 };
  });
  const convertedDocNo = card.docNo ? printable(card.docNo) : null;
  return {
    id: card.id,
    locale,
    labels: text.labels,
    title: t(card.title),
    issuer: t(card.issuer),
    // A document number such as 苏工信规〔2026〕1号 reads as one token; never split it.
    docNo: convertedDocNo ? (convertedDocNo.length <= 24 ? keepTogether(convertedDocNo) : keepNumbersTogether(convertedDocNo)) : null,
    category: card.category ? printable(card.category) : null,
    summary: card.summary ? t(card.summary) : null,
    edition: card.edition ? keepNumbersTogether(text.edition(date(card.edition))) : null,
    parties: card.parties.map(item),
    conditions: card.conditions.map(item),
    conditionsStart: 0,
    conditionNumbers: card.conditions.map((_, index) => index + 1),
    materials: card.materials ? card.materials.map(item) : null,
    steps,
    stepsLayout:
      card.process.length <= 6 && card.process.every((step) => typeof step === 'string' || !step.detail) &&
      steps.every((step) => visualLength(step.title) <= 8)
        ? 'short'
        : 'long',
    reward: {
      // Without a headline the first item is promoted to it, and then not repeated in the list.
      headline: card.reward.headline ? t(card.reward.headline) : card.reward.items[0] ? item(card.reward.items[0]) : null,
      headlineSize: headlineSize(printable(card.reward.headline ?? card.reward.items[0] ?? '')),
      items: (card.reward.headline ? card.reward.items : card.reward.items.slice(1)).map(item),
      table: card.reward.table
        ? {
            columns: card.reward.table.columns.map(t),
            rows: card.reward.table.rows.map((row) => row.map(t)),
            // Weighed on the printable text: the word joiners typesetting adds take no width.
            styles: columnStyles({ columns: card.reward.table.columns.map(printable), rows: card.reward.table.rows.map((row) => row.map(printable)) }),
          }
        : null,
    },
    period: describePeriod(card.period),
    contacts: card.contacts
      ? card.contacts.map((contact) => ({
          name: t(contact.name),
          phone: contact.phone ? keepPhonesTogether(formatPhone(dropInvisibleChars(contact.phone))) : null,
          address: contact.address ? t(contact.address) : null,
        }))
      : null,
    qr: card.qr.map((entry, index) => ({
      slot: `qr-${index}`,
      size: assets.qr[index]?.size ?? 0,
      caption: entry.caption ? t(entry.caption) : keepNumbersTogether(text.labels.captions[entry.purpose ?? '其他']),
    })),
    qrLayout: card.qr.length > 1 ? 'double' : 'single',
    logo: assets.logo ? scaleLogo(assets.logo) : null,
    continued: { parties: false, conditions: false, steps: false, reward: false, materials: false },
    page: null,
    compactHead: false,
    abridged: null,
    columns: null,
    columnShift: 0,
    offsets: { parties: 0, conditions: 0, steps: 0, reward: 0, materials: 0 },
  };
}
