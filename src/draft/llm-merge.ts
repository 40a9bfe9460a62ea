/**
 * The rule-based draft + what the model proposed → the draft that is written. The rules stay
 * the reference: the model only fills what they left as a `待补充` placeholder or did not find,
 * and adds list items the rules missed. Every proposed value must be found in the source
 * (find-in-source); what is not is dropped and listed. A value the model reads differently from
 * the rules is listed as a conflict, and the rule's value stays. Every value from the model is
 * marked in the report with its source lines, like the rules' values.
 */
import type { CardWarning, Localized } from '../errors.js';
import type { SpecLimits } from '../spec/card-schema.js';
import { isPlaceholder } from '../spec/draft-placeholder.js';
import { labelForPath, toPointer } from '../spec/field-labels.js';
import { toStep, type DraftResult } from './draft-card.js';
import type { FieldSource } from './draft-report.js';
import { findInSource, matchForm, nearDuplicate, type SourceMatch } from './find-in-source.js';
import { fitItem, shortenText } from './fit-limits.js';
import type { LlmAnswer } from './llm-answer.js';
import type { LlmReading } from './llm-reader.js';
import type { ResponseFormatKind } from './llm-request.js';
import { compareLines, type SourceLine } from './source-document.js';
import { place } from './source-place.js';
import { tidyText } from './tidy-values.js';

/** What the model did to a draft, for the review report and `--json`. */
export interface LlmReport {
  /** The chat-completions address called. */
  endpoint: string;
  model: string;
  /** json_schema, or json_object after the server refused json_schema. */
  format: ResponseFormatKind;
  /** Characters of the document's text sent, and of the whole text. */
  sentChars: number;
  totalChars: number;
  /** JSON Pointers of the values that came from the model. */
  fromModel: string[];
  /** Proposed values not written: not found in the source, or over the field's list limit. */
  dropped: Array<{ path: string; label: Localized; text: string; reason: 'not-in-source' | 'over-limit' }>;
  /** Values the model read differently from the rules; the rule's value was kept. */
  conflicts: Array<{ path: string; label: Localized; rule: string; model: string }>;
  /** Why the model's answer could not be used, if it could not. */
  warnings: CardWarning[];
}

/** The order of a hand-written card, which the written spec keeps when the model adds a field. */
const SPEC_ORDER = ['$schema', 'id', 'title', 'issuer', 'docNo', 'category', 'summary', 'edition', 'parties', 'conditions', 'materials', 'process', 'reward', 'period', 'contacts', 'qr'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const QUOTE = 160;

function clean(text: string): string {
  return text.replace(CONTROL, ' ').trim();
}

function quote(lines: readonly SourceLine[]): string {
  return shortenText(lines.map((line) => line.text).join(' '), QUOTE);
}

/** A step as text, for comparing with a proposal. */
function stepText(step: unknown): string {
  if (typeof step === 'string') return step;
  const { title, detail } = step as { title: string; detail?: string };
  return `${title}${detail ?? ''}`;
}

/** Year, month and day written in `text`: 2026年3月1日, 3月1日 (no year), 2026-03-01, 2026.3.1. */
function writtenDates(text: string): Array<{ year?: number; month: number; day: number }> {
  const dates: Array<{ year?: number; month: number; day: number }> = [];
  for (const match of text.matchAll(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu)) {
    dates.push({ ...(match[1] ? { year: Number(match[1]) } : {}), month: Number(match[2]), day: Number(match[3]) });
  }
  for (const match of text.matchAll(/(\d{4})[-./](\d{1,2})[-./](\d{1,2})/gu)) dates.push({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  return dates;
}

/** Whether the ISO date is written in `lines`: the same month and day, and the same year or none with the year elsewhere in the document. */
function dateWritten(iso: string, lines: readonly SourceLine[], document: readonly SourceLine[]): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const yearInDocument = document.some((line) => line.text.includes(String(year)));
  return writtenDates(lines.map((line) => line.text).join('\n')).some(
    (date) => date.month === month && date.day === day && (date.year === year || (date.year === undefined && yearInDocument)),
  );
}

class Merge {
  readonly report: LlmReport;
  private readonly added: FieldSource[] = [];

  constructor(
    private readonly result: DraftResult,
    readonly lines: readonly SourceLine[],
    private readonly limits: SpecLimits,
    reading: LlmReading,
  ) {
    this.report = {
      endpoint: reading.endpoint,
      model: reading.model,
      format: reading.format,
      sentChars: reading.sent.sentChars,
      totalChars: reading.sent.totalChars,
      fromModel: [],
      dropped: [],
      conflicts: [],
      warnings: reading.warning ? [reading.warning] : [],
    };
  }

  private get spec(): Record<string, unknown> {
    return this.result.spec as unknown as Record<string, unknown>;
  }

  /** The proposal's place in the source, or undefined after listing it as dropped. */
  found(pathParts: Array<string | number>, text: string): SourceMatch | undefined {
    const match = findInSource(text, this.lines);
    if (!match) this.report.dropped.push({ path: toPointer(pathParts), label: labelForPath(pathParts), text, reason: 'not-in-source' });
    return match;
  }

  /** A value the model gave: recorded as its source, marked, and the gap it fills no longer missing. */
  took(pathParts: Array<string | number>, lines: readonly SourceLine[], gap?: string): void {
    const path = toPointer(pathParts);
    this.added.push({ path, label: labelForPath(pathParts), from: lines.map(place), text: quote(lines), by: 'model' });
    if (gap !== undefined) this.result.report.missing = this.result.report.missing.filter((missing) => missing.path !== gap);
  }

  conflict(pathParts: Array<string | number>, rule: string, model: string): void {
    this.report.conflicts.push({ path: toPointer(pathParts), label: labelForPath(pathParts), rule, model });
  }

  /** title, issuer, docNo: filled when a placeholder or absent, else compared. */
  scalar(key: 'title' | 'issuer' | 'docNo', proposed: string, max: number): void {
    // A 文号 is kept exactly as written (draft-builder), as the rules keep it.
    const text = key === 'docNo' ? clean(proposed) : tidyText(clean(proposed));
    if (!text) return;
    const match = this.found([key], text);
    if (!match) return;
    const current = this.spec[key];
    if (current === undefined || isPlaceholder(current)) {
      this.spec[key] = shortenText(text, max);
      this.took([key], match.lines, `/${key}`);
    } else if (typeof current === 'string' && !nearDuplicate(current, text)) this.conflict([key], current, text);
  }

  /**
   * A list: items found in the source and not near-duplicates of what is there are added (in
   * place of the placeholder when the rules found nothing), fitted to the limits.
   */
  list(pathParts: Array<string | number>, proposed: readonly string[], maxItems: number, shape: (text: string) => unknown = (text) => text): unknown[] | undefined {
    const current = this.valueAt(pathParts);
    const placeholderOnly = Array.isArray(current) && current.length === 1 && isPlaceholder(current[0]);
    const existing: unknown[] = placeholderOnly || !Array.isArray(current) ? [] : [...current];
    const texts = existing.map(stepText);
    const additions: Array<{ text: string; lines: SourceLine[] }> = [];
    // Tidied as the rules' items are (tidy-values): a model copies list markers and cut edges too.
    for (const item of proposed.map((text) => tidyText(clean(text), { item: true })).filter(Boolean)) {
      const match = this.found(pathParts, item);
      if (!match || [...texts, ...additions.map((added) => added.text)].some((text) => nearDuplicate(text, item))) continue;
      additions.push({ text: item, lines: match.lines });
    }
    if (additions.length === 0) return undefined;
    const out = [...existing];
    for (const addition of additions) {
      for (const part of fitItem(addition.text, this.limits.listItem).parts) {
        if (out.length >= maxItems) {
          this.report.dropped.push({ path: toPointer(pathParts), label: labelForPath(pathParts), text: part, reason: 'over-limit' });
          continue;
        }
        this.took([...pathParts, out.length], addition.lines, existing.length === 0 ? toPointer(pathParts) : undefined);
        out.push(shape(part));
      }
    }
    return out;
  }

  valueAt(pathParts: Array<string | number>): unknown {
    let value: unknown = this.spec;
    for (const part of pathParts) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
    return value;
  }

  /** The spec in the order of a hand-written card, the model's sources among the rules', in spec order. */
  finish(): DraftResult {
    const spec = this.spec;
    const ordered = Object.fromEntries([...SPEC_ORDER.filter((key) => key in spec), ...Object.keys(spec).filter((key) => !SPEC_ORDER.includes(key))].map((key) => [key, spec[key]]));
    const rank = (source: FieldSource): number => SPEC_ORDER.indexOf(source.path.split('/')[1] ?? '');
    // The rules' sources keep their order; each of the model's goes after the last of its field (or of an earlier one).
    const sources = [...this.result.report.sources];
    for (const added of this.added) {
      let at = sources.length;
      while (at > 0 && rank(sources[at - 1]!) > rank(added)) at -= 1;
      sources.splice(at, 0, added);
    }
    this.report.fromModel = sources.filter((source) => source.by === 'model').map((source) => source.path);
    return { spec: ordered as DraftResult['spec'], report: { ...this.result.report, sources, model: this.report } };
  }
}

/**
 * The model's reading merged into the rule-based draft, in place, and returned with the model's
 * report. Without an answer (the server failed) only the report's `model` (with the warning) is added.
 */
export function mergeLlmAnswer(result: DraftResult, lines: readonly SourceLine[], reading: LlmReading, limits: SpecLimits): DraftResult {
  const merge = new Merge(result, lines, limits, reading);
  const answer = reading.answer;
  if (!answer) return merge.finish();
  const spec = result.spec as unknown as Record<string, unknown>;

  merge.scalar('title', answer.title, limits.title);
  merge.scalar('issuer', answer.issuer, limits.issuer);
  merge.scalar('docNo', answer.docNo, limits.docNo);
  for (const key of ['parties', 'conditions', 'materials'] as const) {
    const merged = merge.list([key], answer[key], limits[key]);
    if (merged) spec[key] = merged;
  }
  const steps = merge.list(['process'], answer.process, limits.process, (text) => toStep(text, limits));
  if (steps) spec['process'] = steps;

  const reward = spec['reward'] as Record<string, unknown>;
  const rewardItems = merge.list(['reward', 'items'], answer.reward.items, limits.rewardItems);
  if (rewardItems) reward['items'] = rewardItems;
  mergeHeadline(merge, reward, answer.reward.headline, limits);
  mergeTable(merge, reward, answer.reward.table, limits);
  mergePeriod(merge, spec, answer.period, lines, limits);
  mergeContacts(merge, spec, answer.contacts, result, limits);
  return merge.finish();
}

function mergeHeadline(merge: Merge, reward: Record<string, unknown>, proposed: string, limits: SpecLimits): void {
  const text = clean(proposed);
  if (!text) return;
  const match = merge.found(['reward', 'headline'], text);
  if (!match) return;
  if (reward['headline'] === undefined) {
    reward['headline'] = shortenText(text, limits.headline);
    merge.took(['reward', 'headline'], match.lines);
  } else if (typeof reward['headline'] === 'string' && matchForm(reward['headline']) !== matchForm(text)) merge.conflict(['reward', 'headline'], reward['headline'], text);
}

/** A tier table only as a whole: every header and cell found in the source, within the limits. */
function mergeTable(merge: Merge, reward: Record<string, unknown>, table: { columns: string[]; rows: string[][] }, limits: SpecLimits): void {
  const columns = table.columns.map(clean);
  const rows = table.rows.map((row) => row.map(clean)).filter((row) => row.some(Boolean));
  if (reward['table'] !== undefined || rows.length === 0 || columns.length === 0) return;
  const lines: SourceLine[] = [];
  let whole = true;
  for (const cell of [...columns, ...rows.flat()].filter(Boolean)) {
    const match = merge.found(['reward', 'table'], cell);
    if (match) lines.push(...match.lines.filter((line) => !lines.includes(line)));
    else whole = false;
  }
  const fits = rows.length <= limits.tableRows && columns.length <= limits.tableColumns && rows.every((row) => row.length === columns.length && row.every((cell) => cell && [...cell].length <= limits.tableCell));
  if (!whole || !fits) return;
  reward['table'] = { columns, rows };
  merge.took(['reward', 'table'], lines.sort(compareLines));
}

/** Dates only when written in the sentence the model quotes; the note only when found. */
function mergePeriod(merge: Merge, spec: Record<string, unknown>, period: { start: string; end: string; note: string; quote: string }, document: readonly SourceLine[], limits: SpecLimits): void {
  if (spec['period'] !== undefined) return;
  const evidence = clean(period.quote) || clean(period.note);
  if (!evidence) return;
  const match = merge.found(['period'], evidence);
  if (!match) return;
  const value: Record<string, string> = {};
  for (const key of ['start', 'end'] as const) {
    const iso = clean(period[key]);
    if (!iso) continue;
    if (dateWritten(iso, match.lines, document)) value[key] = iso;
    else merge.report.dropped.push({ path: toPointer(['period', key]), label: labelForPath(['period', key]), text: iso, reason: 'not-in-source' });
  }
  const note = clean(period.note);
  if (note && findInSource(note, match.lines)) value['note'] = shortenText(note, limits.periodNote);
  else if (note) merge.report.dropped.push({ path: toPointer(['period', 'note']), label: labelForPath(['period', 'note']), text: note, reason: 'not-in-source' });
  if (Object.keys(value).length === 0) return;
  // Both dates are in the source, but read the wrong way round (or from two sentences): validate
  // would refuse the card, so the period is left to the person checking the draft.
  if (value['start'] !== undefined && value['end'] !== undefined && value['start'] > value['end']) {
    merge.report.warnings.push({
      code: 'W_LLM_PERIOD',
      text: {
        zh: `模型给出的申报时间起始日 ${value['start']} 晚于截止日 ${value['end']}，未采用；请对照原文填写申报时间（period）`,
        en: `the model's period starts on ${value['start']}, after its end ${value['end']}, and was not used; fill in the period from the document`,
      },
    });
    return;
  }
  spec['period'] = value;
  merge.took(['period'], match.lines, '/period');
}

/** Contacts the rules missed: found with their phone number; never mixed into contacts from draft.defaults. */
function mergeContacts(merge: Merge, spec: Record<string, unknown>, proposed: LlmAnswer['contacts'], result: DraftResult, limits: SpecLimits): void {
  const current = (spec['contacts'] as Array<Record<string, string>> | undefined) ?? [];
  const fromDefaults = result.report.fromDefaults.some((value) => value.path.startsWith('/contacts'));
  const phones = new Set(current.map((contact) => matchForm(contact['phone'] ?? '')).filter(Boolean));
  const out = fromDefaults ? current : [...current];
  for (const contact of proposed) {
    const name = clean(contact.name);
    const phone = clean(contact.phone);
    const address = clean(contact.address);
    if (!name || (!phone && !address)) continue;
    const whole = [name, phone, address].filter(Boolean).join(' ');
    const withAddress = findInSource(whole, merge.lines);
    const match = withAddress ?? merge.found(['contacts'], [name, phone].filter(Boolean).join(' '));
    if (!match) continue;
    if (phone && phones.has(matchForm(phone))) continue;
    if (!phone && current.some((known) => nearDuplicate(known['name'] ?? '', name))) continue;
    if (fromDefaults) {
      merge.conflict(['contacts'], current.map((known) => [known['name'], known['phone']].filter(Boolean).join(' ')).join('；'), whole);
      continue;
    }
    if (out.length >= limits.contacts) {
      merge.report.dropped.push({ path: '/contacts', label: labelForPath(['contacts']), text: whole, reason: 'over-limit' });
      continue;
    }
    const entry: Record<string, string> = { name: shortenText(name, limits.contactName) };
    if (phone) entry['phone'] = shortenText(phone, limits.phone);
    if (address && withAddress) entry['address'] = shortenText(address, limits.address);
    merge.took(['contacts', out.length], match.lines, '/contacts');
    out.push(entry);
    if (phone) phones.add(matchForm(phone));
  }
  if (out.length > current.length) spec['contacts'] = out;
}
