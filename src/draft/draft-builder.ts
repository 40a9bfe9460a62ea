/**
 * Writes the values of a draft spec and keeps the review report beside it: where each value came
 * from, what was split, shortened or dropped to fit the limits, what is missing and what came
 * from the config's defaults. Values take Chinese punctuation (企业,符合 → 企业，符合); the report
 * quotes the source as it is.
 */
import type { SpecLimits } from '../spec/card-schema.js';
import { placeholderFor } from '../spec/draft-placeholder.js';
import { labelForPath, toPointer } from '../spec/field-labels.js';
import { chinesePunctuation } from '../text/chinese-punctuation.js';
import type { DraftDoubt, DraftReport, FieldSource } from './draft-report.js';
import type { DraftField } from './field-synonyms.js';
import { fitItem, shortenText } from './fit-limits.js';
import { itemDoubts, type ItemChange } from './item-doubts.js';
import { matchingText } from './normalise-text.js';
import type { InferredItem } from './line-field-items.js';
import type { DraftItem } from './section-items.js';
import type { SourceLine } from './source-document.js';
import { distinctPlaces, place } from './source-place.js';
import { pointerDoubt, tidyItem, tidyText } from './tidy-values.js';

/** An item longer than this is flagged for review even when it fits the limits. */
const LONG_ITEM = 150;
/** Longest quote of the first item a list's limit left out. */
const DROPPED_QUOTE = 20;
/** Longest source text quoted in the report per value. */
const QUOTE = 160;

function quote(lines: readonly SourceLine[]): string {
  return shortenText(lines.map((line) => line.text).join(' '), QUOTE);
}

export class DraftBuilder {
  readonly sources: FieldSource[] = [];
  readonly doubts: DraftDoubt[] = [];
  readonly missing: DraftReport['missing'] = [];
  readonly fromDefaults: DraftReport['fromDefaults'] = [];

  /** Items the line model placed (line-field-items.ts): each is marked in the report where it lands. */
  private inferred = new Map<DraftItem, InferredItem>();

  constructor(private readonly limits: SpecLimits) {}

  markInferred(items: ReadonlyMap<DraftItem, InferredItem>): void {
    for (const [item, how] of items) this.inferred.set(item, how);
  }

  /** Record where a value came from: its lines, and the source text (the item itself when one line holds several). */
  source(pathParts: Array<string | number>, lines: readonly SourceLine[], text?: string): void {
    if (lines.length === 0) return;
    // Two items of one line (a table made of both) name the line once.
    this.sources.push({ path: toPointer(pathParts), label: labelForPath(pathParts), from: distinctPlaces(lines.map(place)), text: text === undefined ? quote([...new Set(lines)]) : shortenText(text, QUOTE) });
  }

  /** Items → the list a card field allows: each tidied (tidy-values), duplicates merged, long items split or shortened, the list capped. */
  list(pathParts: Array<string | number>, items: readonly DraftItem[], maxItems: number): string[] {
    const out: string[] = [];
    const from: SourceLine[][] = [];
    const found: string[] = [];
    // Two sub-programmes that both ask for the same 申请表: one card lists it once.
    const seen = new Set<string>();
    const changes: ItemChange[] = [];
    const inferredDoubts: DraftDoubt[] = [];
    const field = pathParts[0] as DraftField;
    for (const item of items) {
      // Tidied before duplicates are merged and the list is cut: an item dropped here never takes a real one's place.
      const tidied = tidyItem(chinesePunctuation(item.text), field);
      if (tidied.kind === 'pointer') this.doubts.push({ kind: 'pointer', path: toPointer(pathParts), from: item.lines.map(place), text: pointerDoubt(tidyText(item.text)) });
      if (tidied.kind !== 'item') continue;
      const text = tidied.text;
      const key = matchingText(text).replace(/\s+/gu, '').replace(/[。；，、.;,]+$/u, '');
      if (seen.has(key)) continue;
      seen.add(key);
      const fitted = fitItem(text, this.limits.listItem);
      const at = toPointer([...pathParts, out.length]);
      const where = item.lines.map(place);
      if (fitted.change?.kind === 'split') changes.push({ kind: 'split', path: at, from: where, chars: [...text].length, parts: fitted.change.parts });
      else if (fitted.change?.kind === 'shortened') changes.push({ kind: 'shortened', path: at, from: where, chars: fitted.change.from });
      else if ([...text].length > LONG_ITEM) changes.push({ kind: 'long-item', path: at, from: where, chars: [...text].length });
      const inferred = this.inferred.get(item);
      if (inferred) {
        const label = labelForPath([field]);
        const from = inferred.from === undefined ? undefined : labelForPath([inferred.from]);
        const p = inferred.probability.toFixed(2);
        inferredDoubts.push({
          kind: 'inferred-item',
          path: at,
          from: item.lines.map(place),
          text: {
            zh: `按语义推断为${label.zh}（把握 ${p}）${from ? `，规则原归入${from.zh}` : '，规则未采用'}；请核对`,
            en: `inferred from wording as ${label.en} (p ${p})${from ? `; the rules had it under ${from.en}` : '; the rules left it out'}. Check it`,
          },
        });
      }
      for (const part of fitted.parts) {
        // A part cut at a sentence end keeps no ； or ， at its edge.
        out.push(tidyText(part, { item: true }) || part);
        from.push(item.lines);
        found.push(item.text);
      }
    }
    // An item left out by the limit is named by the doubt that says so, not again as long, split or inferred
    // (an item split across the limit stays by its first part).
    const kept = (doubt: { path?: string | undefined }) => Number(doubt.path?.slice(doubt.path.lastIndexOf('/') + 1)) < maxItems;
    this.doubts.push(...inferredDoubts.filter(kept), ...itemDoubts(changes.filter(kept), toPointer(pathParts), this.limits.listItem));
    if (out.length > maxItems) {
      const dropped = out.length - maxItems;
      // The setting to raise, and the first item left out, so that a person can pick what the card keeps.
      const setting = `limits.listItems.${pathParts[0] === 'reward' ? 'rewardItems' : String(pathParts[0])}`;
      const first = shortenText(out[maxItems]!, DROPPED_QUOTE);
      this.doubts.push({
        kind: 'dropped',
        path: toPointer(pathParts),
        // The parts of one split item share its lines: each place once.
        from: distinctPlaces(from.slice(maxItems).flat().map(place)),
        text: {
          zh: `共 ${out.length} 项，超过上限 ${maxItems} 项（${setting}），后 ${dropped} 项未写入，从第 ${maxItems + 1} 项“${first}”起；请挑选要保留的项，合并或删减，或提高上限`,
          en: `${out.length} items, more than the limit of ${maxItems} (${setting}); the last ${dropped} were left out, from item ${maxItems + 1} "${first}". Choose the ones to keep, merge or trim them, or raise the limit`,
        },
      });
      out.length = maxItems;
      from.length = maxItems;
    }
    from.forEach((lines, index) => this.source([...pathParts, index], lines, found[index]));
    return out;
  }

  text(pathParts: Array<string | number>, value: string, max: number, lines: readonly SourceLine[]): string {
    const fitted = [...value].length > max ? shortenText(value, max) : value;
    if (fitted !== value) {
      this.doubts.push({
        kind: 'shortened',
        path: toPointer(pathParts),
        from: lines.map(place),
        text: { zh: `原文有 ${[...value].length} 字，超过 ${max} 字，已截短`, en: `the source has ${[...value].length} characters, more than ${max}; shortened` },
      });
    }
    this.source(pathParts, lines);
    // A 文号 is kept exactly as written (it is looked up by its characters), and a contact's name
    // keeps the spaces between office and person (市科技局 高新处 张三).
    return pathParts[0] === 'docNo' || pathParts[0] === 'contacts' ? fitted : chinesePunctuation(fitted);
  }

  placeholder(pathParts: Array<string | number>, label: string): string {
    this.missing.push({ path: toPointer(pathParts), label: labelForPath(pathParts), required: true });
    return placeholderFor(label);
  }

  notFound(pathParts: Array<string | number>): void {
    this.missing.push({ path: toPointer(pathParts), label: labelForPath(pathParts), required: false });
  }

  fromDefault(pathParts: Array<string | number>, value: string): void {
    this.fromDefaults.push({ path: toPointer(pathParts), label: labelForPath(pathParts), value });
  }
}

