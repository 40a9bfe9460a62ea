/**
 * The draft's last stage: every drafted string as a reviewer reads it on the card. Earlier stages
 * find the right lines but cut them where the document's layout or a limit says, which leaves
 * edges a person would fix by hand before `build`: a list marker left at an item's start
 * ((二)…, 1、…) or the field's own label (流程：… among the steps), a trailing ； ， 、 or |, a space a
 * line join left beside a Chinese mark, a bracket or quote opened and never closed because the
 * cut fell inside it, an item that is only its marker, the same item twice, an item that only
 * points elsewhere (详见附件2). This stage only trims, drops an unmatched bracket at a cut edge,
 * drops exact duplicates and pointers: it never adds a word. A dropped pointer is named in the
 * report's doubts, and every value keeps its report source (paths are renumbered with the list).
 */
import type { Localized } from '../errors.js';
import { placeholderFor } from '../spec/draft-placeholder.js';
import { labelForPath, toPointer } from '../spec/field-labels.js';
import type { DraftDoubt, DraftReport, FieldSource, SourcePlace } from './draft-report.js';
import { FIELD_SYNONYMS, type DraftField } from './field-synonyms.js';
import { matchingText } from './normalise-text.js';

/** Opening marks and the closing mark of each; ( and （ pair either way, as copies mix them. */
const OPENERS: Readonly<Record<string, string>> = { '（': 'round', '(': 'round', '《': 'book', '“': 'quote', '【': 'lenticular', '〔': 'tortoise', '「': 'corner', '[': 'square' };
const CLOSERS: Readonly<Record<string, string>> = { '）': 'round', ')': 'round', '》': 'book', '”': 'quote', '】': 'lenticular', '〕': 'tortoise', '」': 'corner', ']': 'square' };

/** Marks that end a cut clause and read as a slip at a value's edge. */
const EDGE_PUNCTUATION = /^[\s，,；;、|｜]+|[\s，,；;、|｜]+$/gu;
const ELLIPSIS = '…';

/** A space a line join left beside a Chinese mark (备案类型 。, （ 企业工程): Chinese sets none there. */
const SPACE_BY_MARK = /[^\S\n]+(?=[，。；、：！？）》”】])|(?<=[（《“【])[^\S\n]+/gu;

/** The list markers the heading tree reads, each with the pattern of its series' next marker. */
const MARKERS: ReadonlyArray<{ start: RegExp; series: RegExp }> = [
  { start: /^[（(][一二三四五六七八九十]{1,3}[)）]\s*/u, series: /[（(][一二三四五六七八九十]{1,3}[)）]/u },
  { start: /^[（(]\d{1,2}[)）]\s*/u, series: /[（(]\d{1,2}[)）]/u },
  { start: /^[一二三四五六七八九十]{1,3}[、.．]\s*/u, series: /[一二三四五六七八九十]{1,3}、/u },
  // 1.5倍 is a number, not a marker.
  { start: /^\d{1,2}(?:[、．]|\.(?!\d))\s*/u, series: /(?:^|[^\d.])\d{1,2}(?:[、．]|\.(?!\d))/u },
  { start: /^[①-⑳]\s*/u, series: /[①-⑳]/u },
];

/** A value that is nothing but a list marker: （一）, 四, 2、. */
const MARKER_ONLY = /^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}[、.．]?|\d{1,2}[、.．]|[①-⑳])$/u;

/** A day in a bracket's text: the bracket's words stay, only the mark goes (提交市工信局(7月12日前). */
const DATE = /\d{1,2}月\d{1,2}日/u;

/**
 * An item that is nothing but a pointer elsewhere: 详见附件2, 具体要求见《实施细则》, 参见附件一。 It names
 * no condition or paper a card can print. 申报表（见附件） names a paper, and 征求相关部门意见 is a step.
 */
const ONLY_POINTER = /^(?:具体|详细|其他|有关|相关)?[\u4e00-\u9fff]{0,8}?(?:详见|参见|请见|参阅|见)(?:附件|附表|《[^》]{1,40}》)[\d一二三四五六七八九十、\-—至和及]*[。；]?$/u;

/**
 * A leading list marker, when the value holds no later marker of its series: a single item that
 * kept its number. (一)…(二)… run into one value is a list inside it, and its first marker stays.
 */
export function withoutLeadMarker(text: string): string {
  for (const { start, series } of MARKERS) {
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

/** The text by which two items are the same: spaces and a closing mark make no difference. */
const sameKey = (text: string): string => text.replace(/\s+/gu, '').replace(/[。；，、.;,]+$/u, '');

type Step = string | { title: string; detail?: string };
const stepKey = (step: Step): string => (typeof step === 'string' ? sameKey(step) : `${sameKey(step.title)}\n${sameKey(step.detail ?? '')}`);

/** The list fields of a card, by pointer, and whether a card needs at least one item. */
const LISTS: ReadonlyArray<{ parts: string[]; field: DraftField; required: boolean; label: string }> = [
  { parts: ['parties'], field: 'parties', required: true, label: '适用对象' },
  { parts: ['conditions'], field: 'conditions', required: true, label: '申报条件' },
  { parts: ['materials'], field: 'materials', required: false, label: '申报材料' },
  { parts: ['process'], field: 'process', required: true, label: '申报流程' },
  { parts: ['reward', 'items'], field: 'reward', required: true, label: '奖补标准' },
];

export interface TidyResult {
  sources: FieldSource[];
  doubts: DraftDoubt[];
  missing: DraftReport['missing'];
}

/** A JSON Pointer's parts, list indexes as numbers: /process/2/detail → ['process', 2, 'detail']. */
const partsOf = (pointer: string): Array<string | number> => pointer.split('/').slice(1).map((part) => (/^\d+$/u.test(part) ? Number(part) : part));

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

const isPlaceholderText = (value: unknown): boolean => typeof value === 'string' && value.startsWith('待补充');

/**
 * Tidies every drafted string of `spec` in place and returns the report's sources and doubts
 * with list paths renumbered where items were dropped. Placeholders are left as they are.
 */
export function tidyValues(spec: Record<string, unknown>, report: TidyResult): TidyResult {
  let sources = [...report.sources];
  let doubts = [...report.doubts];
  const missing = [...report.missing];
  const tidyField = (key: string): void => {
    const value = spec[key];
    if (typeof value === 'string' && !isPlaceholderText(value)) spec[key] = tidyText(value) || value;
  };
  tidyField('title');
  tidyField('issuer');

  for (const { parts, field, required, label } of LISTS) {
    const holder = parts.length === 1 ? spec : (spec[parts[0]!] as Record<string, unknown> | undefined);
    const key = parts[parts.length - 1]!;
    const list = holder?.[key];
    if (!holder || !Array.isArray(list)) continue;
    const pointer = toPointer(parts);
    const kept: Step[] = [];
    const newIndex = new Map<number, number>();
    const seen = new Set<string>();
    const pointers: Array<{ index: number; text: string }> = [];
    (list as Step[]).forEach((entry, index) => {
      if (isPlaceholderText(entry)) {
        newIndex.set(index, kept.length);
        kept.push(entry);
        return;
      }
      const step: Step =
        typeof entry === 'string'
          ? withoutOwnLabel(tidyText(entry, { item: true }), field)
          : { title: tidyText(entry.title, { item: true }) || entry.title, ...(entry.detail !== undefined ? { detail: tidyText(entry.detail, { item: true }) || entry.detail } : {}) };
      const text = typeof step === 'string' ? step : step.title;
      // （一） or 四 alone: a heading's marker that became an item; nothing of it reads on a card.
      if (text === '' || (typeof step === 'string' && MARKER_ONLY.test(text))) return;
      if (typeof step === 'string' && ONLY_POINTER.test(step)) {
        pointers.push({ index, text: step });
        return;
      }
      const same = stepKey(step);
      if (seen.has(same)) return;
      seen.add(same);
      newIndex.set(index, kept.length);
      kept.push(step);
    });
    if (kept.length === list.length) {
      holder[key] = kept;
      continue;
    }

    for (const { index, text } of pointers) {
      const from: SourcePlace[] = sources.filter((source) => source.path === `${pointer}/${index}`).flatMap((source) => source.from);
      const message: Localized = {
        zh: `“${text}”只是指向别处，未写入卡片；请把所指的内容写成一项`,
        en: `"${text}" only points elsewhere and was not drafted; write what it points to as an item`,
      };
      doubts.push({ kind: 'pointer', path: pointer, from, text: message });
    }
    const renumber = (path: string): string | undefined => {
      if (!path.startsWith(`${pointer}/`)) return path;
      const [index, ...rest] = path.slice(pointer.length + 1).split('/');
      const moved = newIndex.get(Number(index));
      return moved === undefined ? undefined : [pointer, String(moved), ...rest].join('/');
    };
    // The label names the place too (申报流程 第2步), so it is written again for the new path.
    sources = sources.flatMap((source) => {
      const path = renumber(source.path);
      if (path === undefined) return [];
      return path === source.path ? [source] : [{ ...source, path, label: labelForPath(partsOf(path)) }];
    });
    doubts = doubts.map((doubt) => (doubt.path === undefined ? doubt : { ...doubt, path: renumber(doubt.path) ?? pointer }));

    if (kept.length > 0) holder[key] = kept;
    else if (required) {
      holder[key] = [placeholderFor(label)];
      missing.push({ path: pointer, label: labelForPath(parts), required: true });
    } else {
      delete holder[key];
      missing.push({ path: pointer, label: labelForPath(parts), required: false });
    }
  }

  const reward = spec['reward'] as { table?: { columns: string[]; rows: string[][] } } | undefined;
  if (reward?.table) {
    reward.table = { columns: reward.table.columns.map((cell) => tidyText(cell) || cell), rows: reward.table.rows.map((row) => row.map((cell) => tidyText(cell) || cell)) };
  }
  const contacts = spec['contacts'] as Array<{ name: string }> | undefined;
  contacts?.forEach((contact) => {
    if (!isPlaceholderText(contact.name)) contact.name = tidyText(contact.name) || contact.name;
  });
  const period = spec['period'] as { note?: string } | undefined;
  if (period?.note) period.note = tidyText(period.note, { item: true }) || period.note;
  return { sources, doubts, missing };
}
