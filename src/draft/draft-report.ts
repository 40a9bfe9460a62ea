/**
 * What `draft` tells the person who checks a draft: where each value came from in the source,
 * what is missing, what looks doubtful, which values came from the config's draft.defaults, and
 * whether the document holds several programmes that may deserve a card each.
 */
import type { Localized } from '../errors.js';
import type { DocumentFormat } from './source-document.js';
import type { DraftField } from './field-synonyms.js';
import type { LlmReport } from './llm-merge.js';

export interface SourcePlace {
  /** 1-based line (paragraph) in the source, as the reader numbers it. */
  line: number;
  /** 1-based page of a PDF. */
  page?: number;
}

export interface FieldSource {
  /** JSON Pointer of the value in the spec, e.g. `/conditions/2`. */
  path: string;
  label: Localized;
  /** Where it came from. */
  from: SourcePlace[];
  /** The source text it came from (shortened when long). */
  text: string;
  /** `model`: the value was proposed by the language model (`draft --llm`) and found at `from`. */
  by?: 'model';
}

/**
 * `inferred-heading`: the section model, not the synonym table, gave the heading its field.
 * `pointer`: an item that only pointed elsewhere (详见附件2) was left out of the card.
 * `inferred-item`: the line model, not the rules, put the item in its field.
 */
export type DoubtKind = 'long-item' | 'unmatched-heading' | 'inferred-heading' | 'inferred-item' | 'shortened' | 'split' | 'dropped' | 'several-sections' | 'pointer';

export interface DraftDoubt {
  kind: DoubtKind;
  /** The spec value concerned, when there is one; the list, when the doubt is about several of its items. */
  path?: string;
  /** Each item concerned, when one doubt speaks for several items of a list (13 items split to fit). */
  paths?: string[];
  from: SourcePlace[];
  text: Localized;
}

export interface SubProgramme {
  /** The heading of the programme as written. */
  title: string;
  from: SourcePlace;
  /** The card fields found under it. */
  fields: DraftField[];
}

export interface DraftReport {
  /** The document, as the user named it. */
  file: string;
  format: DocumentFormat;
  /** Where each value of the spec came from, in spec order. */
  sources: FieldSource[];
  /** Required fields that got a `待补充` placeholder, and optional ones that were not found. */
  missing: Array<{ path: string; label: Localized; required: boolean }>;
  /** Values taken from the config's `draft.defaults` rather than the document. */
  fromDefaults: Array<{ path: string; label: Localized; value: string }>;
  doubts: DraftDoubt[];
  /** Programmes of their own found in the document; the draft merges them. */
  subProgrammes: SubProgramme[];
  /** Every heading seen, with the field it was read as. */
  headings: Array<{ from: SourcePlace; text: string; field?: DraftField; /** The section model's probability, when it gave the field. */ inferred?: number }>;
  /** With `draft --llm`: what the model added, what was dropped or disputed, and its warnings. */
  model?: LlmReport;
}
