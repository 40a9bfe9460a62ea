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
import { matchingText } from './normalise-text.js';
import type { InferredItem } from './line-field-items.js';
import type { DraftItem } from './section-items.js';
import type { SourceLine } from './source-document.js';
import { place } from './source-place.js';
import { pointerDoubt, tidyItem, tidyText } from './tidy-values.js';

/** An item longer than this is flagged for review even when it fits the limits. */
const LONG_ITEM = 150;
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
    this.sources.push({ path: toPointer(pathParts), label: labelForPath(pathParts), from: lines.map(place), text: text === undefined ? quote(lines) : shortenText(text, QUOTE) });
  }

  /** Items → the list a card field allows: each tidied (tidy-values), duplicates merged, long items split or shortened, the list capped. */
  list(pathParts: Array<string | number>, items: readonly DraftItem[], maxItems: number): string[] {
    const out: string[] = [];
    const from: SourceLine[][] = [];
    const found: string[] = [];
    // Two sub-programmes that both ask for the same 申请表: one card lists it once.
    const seen = new Set<string>();
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
      if (fitted.change?.kind === 'split') {
        this.doubts.push({
          kind: 'split',
          path: at,
          from: item.lines.map(place),
          text: {
            zh: `这一项超过 ${this.limits.listItem} 字（limits.fieldChars.listItem），已在句末拆成 ${fitted.change.parts} 项`,
            en: `this item is longer than ${this.limits.listItem} characters (limits.fieldChars.listItem); split at sentence ends into ${fitted.change.parts} items`,
          },
        });
      } else if (fitted.change?.kind === 'shortened') {
        this.doubts.push({
          kind: 'shortened',
          path: at,
          from: item.lines.map(place),
          text: {
            zh: `这一项有 ${fitted.change.from} 字，超过 ${this.limits.listItem} 字（limits.fieldChars.listItem），已截短；请对照原文改写`,
            en: `this item has ${fitted.change.from} characters, more than ${this.limits.listItem} (limits.fieldChars.listItem); shortened, rewrite it from the source`,
          },
        });
      } else if ([...text].length > LONG_ITEM) {
        this.doubts.push({
          kind: 'long-item',
          path: at,
          from: item.lines.map(place),
          text: { zh: `这一项很长（${[...text].length} 字），可能包含几项内容，如是请拆开`, en: `this item is long (${[...text].length} characters) and may hold several items: split it if so` },
        });
      }
      const inferred = this.inferred.get(item);
      if (inferred) {
        const label = labelForPath([field]);
        const from = inferred.from === undefined ? undefined : labelForPath([inferred.from]);
        const p = inferred.probability.toFixed(2);
        this.doubts.push({
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
    if (out.length > maxItems) {
      const dropped = out.length - maxItems;
      this.doubts.push({
        kind: 'dropped',
        path: toPointer(pathParts),
        from: from.slice(maxItems).flat().map(place),
        text: {
          zh: `共 ${out.length} 项，超过上限 ${maxItems} 项，后 ${dropped} 项未写入；请合并或删减`,
          en: `${out.length} items, more than the limit of ${maxItems}; the last ${dropped} were left out, merge or trim them`,
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

