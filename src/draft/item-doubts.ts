/**
 * The doubts about a list's items (split to fit, shortened, very long), each kind said once. A
 * 实施细则 of 30 articles printed 29 lines of "split into 2 items" one after another, which hid the
 * doubts that differ; several items of one kind are now one doubt that says how many there are and
 * where (the list's pointer, every item's place; the report shows the first places and a count) and
 * keeps each item's pointer in `paths`. One item keeps the doubt it always had.
 */
import type { Localized } from '../errors.js';
import type { DraftDoubt, SourcePlace } from './draft-report.js';
import { distinctPlaces } from './source-place.js';

/** What happened to one item of a list. */
export interface ItemChange {
  kind: 'split' | 'shortened' | 'long-item';
  /** The item's pointer, e.g. `/reward/items/3`. */
  path: string;
  from: SourcePlace[];
  /** The item's length in characters. */
  chars: number;
  /** Into how many items it was split. */
  parts?: number;
}

/** 248–278, or 278 when all are alike. */
function span(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
}

function oneText(change: ItemChange, listItem: number): Localized {
  if (change.kind === 'split') {
    return {
      zh: `这一项超过 ${listItem} 字（limits.fieldChars.listItem），已在句末拆成 ${change.parts ?? 2} 项`,
      en: `this item is longer than ${listItem} characters (limits.fieldChars.listItem); split at sentence ends into ${change.parts ?? 2} items`,
    };
  }
  if (change.kind === 'shortened') {
    return {
      zh: `这一项有 ${change.chars} 字，超过 ${listItem} 字（limits.fieldChars.listItem），已截短；请对照原文改写`,
      en: `this item has ${change.chars} characters, more than ${listItem} (limits.fieldChars.listItem); shortened, rewrite it from the source`,
    };
  }
  return { zh: `这一项很长（${change.chars} 字），可能包含几项内容，如是请拆开`, en: `this item is long (${change.chars} characters) and may hold several items: split it if so` };
}

function groupText(kind: ItemChange['kind'], changes: readonly ItemChange[], listItem: number): Localized {
  const count = changes.length;
  const chars = span(changes.map((change) => change.chars));
  if (kind === 'split') {
    const parts = changes.reduce((sum, change) => sum + (change.parts ?? 2), 0);
    return {
      zh: `${count} 项超过 ${listItem} 字（limits.fieldChars.listItem），已在句末拆开，共拆成 ${parts} 项`,
      en: `${count} items are longer than ${listItem} characters (limits.fieldChars.listItem); each was split at sentence ends, ${parts} items in all`,
    };
  }
  if (kind === 'shortened') {
    return {
      zh: `${count} 项超过 ${listItem} 字（limits.fieldChars.listItem，原有 ${chars} 字），已截短；请对照原文改写`,
      en: `${count} items are longer than ${listItem} characters (limits.fieldChars.listItem; they had ${chars}); shortened, rewrite them from the source`,
    };
  }
  return { zh: `${count} 项很长（${chars} 字），可能各包含几项内容，如是请拆开`, en: `${count} items are long (${chars} characters) and may each hold several items: split them if so` };
}

/** A list's item changes → its doubts: one per item where a kind met one item, one per kind where it met several. */
export function itemDoubts(changes: readonly ItemChange[], listPath: string, listItem: number): DraftDoubt[] {
  const doubts: DraftDoubt[] = [];
  for (const kind of ['split', 'shortened', 'long-item'] as const) {
    const ofKind = changes.filter((change) => change.kind === kind);
    if (ofKind.length === 1) doubts.push({ kind, path: ofKind[0]!.path, from: ofKind[0]!.from, text: oneText(ofKind[0]!, listItem) });
    else if (ofKind.length > 1) {
      doubts.push({ kind, path: listPath, paths: ofKind.map((change) => change.path), from: distinctPlaces(ofKind.flatMap((change) => change.from)), text: groupText(kind, ofKind, listItem) });
    }
  }
  return doubts;
}
