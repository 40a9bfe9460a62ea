/**
 * The draft's last stage: every drafted string as a reviewer reads it on the card. Earlier stages
 * find the right lines but cut them where the document's layout or a limit says, which leaves
 * edges a person would fix by hand before `build`: a list marker left at an item's start
 * ((二)…, 1、…) or the field's own label (流程：… among the steps), a trailing ； ， 、 or |, a space a
 * line join left beside a Chinese mark, a bracket or quote opened and never closed because the
 * cut fell inside it, an item that is only its marker, the same item twice, an item that only
 * points elsewhere (详见附件2). It only trims, drops an unmatched bracket at a cut edge, and tells
 * which items to drop: it never adds a word. List items are tidied where the list is made
 * (DraftBuilder.list), before duplicates are merged and the list is cut to its limit, so a dropped
 * item never costs a real one its place; tidyValues then tidies the single values at the end.
 */
import type { Localized } from '../errors.js';
import { isPlaceholder } from '../spec/draft-placeholder.js';
import { FIELD_SYNONYMS, type DraftField } from './field-synonyms.js';
import { LEAD_MARKERS, MARKER_ONLY } from './line-marker.js';
import { matchingText } from './normalise-text.js';

/** Opening marks and the closing mark of each; ( and （ pair either way, as copies mix them. */
const OPENERS: Readonly<Record<string, string>> = { '（': 'round', '(': 'round', '《': 'book', '“': 'quote', '【': 'lenticular', '〔': 'tortoise', '「': 'corner', '[': 'square' };
const CLOSERS: Readonly<Record<string, string>> = { '）': 'round', ')': 'round', '》': 'book', '”': 'quote', '】': 'lenticular', '〕': 'tortoise', '」': 'corner', ']': 'square' };

/** Marks that end a cut clause and read as a slip at a value's edge. */
const EDGE_PUNCTUATION = /^[\s，,；;、|｜]+|[\s，,；;、|｜]+$/gu;
const ELLIPSIS = '…';

/** A space a line join left beside a Chinese mark (备案类型 。, （ 企业工程): Chinese sets none there. */
const SPACE_BY_MARK = /[^\S\n]+(?=[，。；、：！？）》”】])|(?<=[（《“【])[^\S\n]+/gu;

/** A day in a bracket's text: the bracket's words stay, only the mark goes (提交市工信局(7月12日前). */
const DATE = /\d{1,2}月\d{1,2}日/u;

/**
 * An item that is nothing but a pointer to an attachment or a named document: 详见附件2,
 * 具体要求见《实施细则》, 参见附件一。 It names no condition or paper a card can print; 申报表（见附件）
 * names a paper, and 征求相关部门意见 is a step. Stricter than party-items' isOnlyPointer, which
 * drafting uses on parties and conditions only, where a short clause that points anywhere
 * (请认真研读《办法》) is no party or condition; in a step or a reward item such a clause can still say something.
 */
const ONLY_POINTER = /^(?:具体|详细|其他|有关|相关)?[\u4e00-\u9fff]{0,8}?(?:详见|参见|请见|参阅|见)(?:附件|附表|《[^》]{1,40}》)[\d一二三四五六七八九十、\-—至和及]*[。；]?$/u;

/**
 * A leading list marker, when the value holds no later marker of its series: a single item that
 * kept its number. (一)…(二)… run into one value is a list inside it, and its first marker stays.
 */
export function withoutLeadMarker(text: string): string {
  for (const { start, series } of LEAD_MARKERS) {
    const found = start.exec(text);
    if (!found) continue;
    const rest = text.slice(found[0].length);
    return series.test(rest) || rest.trim() === '' ? text : rest;
  }
  return text;
}

/** Where each mark that has no partner stands: openers never closed, closers that close nothing. */
function unmatchedMarks(chars: readonly string[]): { openers: number[]; closers: number[] } {
  const open: Array<{ at: number; kind: string }> = [];
  const closers: number[] = [];
  chars.forEach((char, at) => {
    const opening = OPENERS[char];
    const closing = CLOSERS[char];
    // “ and ” are distinct marks, so a quote is an opener or a closer as a bracket is.
    if (opening !== undefined) open.push({ at, kind: opening });
    else if (closing !== undefined) {
      const last = open.length - 1;
      if (last >= 0 && open[last]!.kind === closing) open.pop();
      else closers.push(at);
    }
  });
  return { openers: open.map((mark) => mark.at), closers };
}

/**
 * Brackets and quotes balanced at a cut edge: a closer at the value's start (the marker's half
 * that was left, ）申报企业…) or its end goes; an opener whose text runs to the end, cut inside
 * it, goes with that text (审计报告(需在省级注 → 审计报告), unless the text holds a day, which a
 * reader needs, or is longer than what stands before it: then only the mark goes. In a value
 * shortened to fit (…), the text goes from the first mark left open (对照《某细则（2020年修… → 对照…).
 */
export function balancedAtEdges(text: string, { shortened = false }: { shortened?: boolean } = {}): string {
  let chars = [...text];
  const { openers, closers } = unmatchedMarks(chars);
  const drop = new Set<number>();
  const lastVisible = (): number => {
    let at = chars.length - 1;
    while (at >= 0 && /[\s。；，、;,]/u.test(chars[at]!)) at--;
    return at;
  };
  for (const at of closers) {
    if (chars.slice(0, at).every((char) => /\s/u.test(char)) || at === lastVisible()) drop.add(at);
  }
  // The first opener left open from which the rest has no partner is where the cut fell inside.
  const opener = openers[0];
  if (opener !== undefined && closers.every((at) => at < opener || drop.has(at))) {
    const inside = chars.slice(opener + 1).join('');
    const before = chars.slice(0, opener).join('').replace(EDGE_PUNCTUATION, '');
    // A bracket cut after most of the value's words (经营证明材料(包括但不限于营业执照、…) keeps them too,
    // unless the value was shortened to fit: its … already says words are missing.
    if ([...before].length < 4 || (!shortened && (DATE.test(inside) || [...inside].length > [...before].length))) {
      // Only the mark: what follows it is still the value's (or nothing is left before it).
      if (openers.length === 1) drop.add(opener);
    } else {
      chars = chars.slice(0, opener);
    }
  }
  return chars.filter((_, at) => !drop.has(at)).join('');
}

/** One drafted string tidied: edges trimmed, no space beside a Chinese mark, brackets balanced at a cut, a lone leading marker gone (in items). */
export function tidyText(text: string, { item = false }: { item?: boolean } = {}): string {
  // A shortened value keeps its … after its text is tidied.
  const shortened = text.endsWith(ELLIPSIS);
  let value = shortened ? text.slice(0, -1) : text;
  for (let round = 0; round < 3; round++) {
    const before = value;
    value = value.replace(SPACE_BY_MARK, '').replace(EDGE_PUNCTUATION, '');
    if (item) value = withoutLeadMarker(value);
    value = balancedAtEdges(value, { shortened }).replace(EDGE_PUNCTUATION, '');
    if (value === before) break;
  }
  return shortened && value !== '' ? `${value}${ELLIPSIS}` : value;
}

/** A short label and its colon at an item's start: 申报条件：…, 流程：… */
const LEAD_LABEL = /^([^，。；：:、（）()\s]{1,8})[：:]\s*/u;

/** The bare head noun of each list field, a label as short as 流程：. */
const FIELD_NOUNS: Readonly<Partial<Record<DraftField, string>>> = { parties: '对象', conditions: '条件', materials: '材料', process: '流程', reward: '标准' };

/**
 * 流程：申报人在…提交申请 among the steps: the field's own label (a heading of the synonym table, or
 * its bare noun), which the card prints as the section's heading. A label of another field
 * (申报主体：… among the conditions), a lead-in (满足以下条件之一：, 甲地区受理条件为：) or a label of
 * no field (年龄符合要求：…) is part of what the item says, and stays.
 */
export function withoutOwnLabel(text: string, field: DraftField): string {
  const found = LEAD_LABEL.exec(text);
  const label = found ? matchingText(found[1]!) : undefined;
  if (!found || label === undefined || !(FIELD_SYNONYMS[field].includes(label) || FIELD_NOUNS[field] === label)) return text;
  const rest = text.slice(found[0].length);
  return rest.trim() === '' ? text : rest;
}

/** A list item tidied for its field, or why it is dropped: nothing of it reads on a card, or it only points elsewhere. */
export type TidiedItem = { kind: 'item'; text: string } | { kind: 'marker-only' } | { kind: 'pointer' };

export function tidyItem(text: string, field: DraftField): TidiedItem {
  const tidied = withoutOwnLabel(tidyText(text, { item: true }), field);
  // （一） or 四 alone: a heading's marker that became an item.
  if (tidied === '' || MARKER_ONLY.test(tidied)) return { kind: 'marker-only' };
  // 详见附件2 names no condition or paper a card can print (申报表（见附件） names a paper).
  if (ONLY_POINTER.test(tidied)) return { kind: 'pointer' };
  return { kind: 'item', text: tidied };
}

/** The doubt's words for an item dropped because it only points elsewhere. */
export function pointerDoubt(text: string): Localized {
  return {
    zh: `“${text}”只是指向别处，未写入卡片；请把所指的内容写成一项`,
    en: `"${text}" only points elsewhere and was not drafted; write what it points to as an item`,
  };
}

type Step = string | { title: string; detail?: string };

/**
 * Tidies, in place, the values of `spec` that are not list items (DraftBuilder.list tidied those):
 * title, issuer, each step's title and detail once a step is shaped, table cells, contact names
 * and the period's note. Nothing is dropped, so every report path stays right. Placeholders are
 * left as they are.
 */
export function tidyValues(spec: Record<string, unknown>): void {
  const tidied = (value: string, item = false): string => (isPlaceholder(value) ? value : tidyText(value, { item }) || value);
  for (const key of ['title', 'issuer'] as const) {
    const value = spec[key];
    if (typeof value === 'string') spec[key] = tidied(value);
  }
  const process = spec['process'] as Step[] | undefined;
  if (process) {
    spec['process'] = process.map((step) =>
      typeof step === 'string' ? step : { title: tidied(step.title, true), ...(step.detail !== undefined ? { detail: tidied(step.detail, true) } : {}) },
    );
  }
  const reward = spec['reward'] as { table?: { columns: string[]; rows: string[][] } } | undefined;
  if (reward?.table) reward.table = { columns: reward.table.columns.map((cell) => tidied(cell)), rows: reward.table.rows.map((row) => row.map((cell) => tidied(cell))) };
  const contacts = spec['contacts'] as Array<{ name: string }> | undefined;
  contacts?.forEach((contact) => (contact.name = tidied(contact.name)));
  const period = spec['period'] as { note?: string } | undefined;
  if (period?.note) period.note = tidied(period.note, true);
}
