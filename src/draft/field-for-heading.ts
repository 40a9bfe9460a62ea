/** A heading's text → the card field it introduces, by the synonym table. */
import { FIELD_SYNONYMS, type DraftField } from './field-synonyms.js';
import { matchingText } from './normalise-text.js';

const ENTRIES: Array<[string, DraftField]> = Object.entries(FIELD_SYNONYMS)
  .flatMap(([field, synonyms]) => synonyms.map((synonym): [string, DraftField] => [matchingText(synonym), field as DraftField]))
  .sort((a, b) => b[0].length - a[0].length);

/** Longest heading text still read as a heading label (二、企业申报条件及相关要求 is 13). */
export const MAX_LABEL_CHARS = 20;

/**
 * The field of a heading label such as 申报条件, 二、企业申报条件 or 扶持政策及标准; undefined when no
 * synonym is in it or the text is too long to be a label. The longest synonym wins; between
 * two of the same length, the one nearer the start (申报条件及申报材料 → conditions).
 */
export function fieldForHeading(label: string): DraftField | undefined {
  const text = matchingText(label).replace(/[\s：]+$/u, '');
  if (text.length === 0 || text.length > MAX_LABEL_CHARS) return undefined;
  let best: { field: DraftField; length: number; index: number } | undefined;
  for (const [synonym, field] of ENTRIES) {
    const index = text.indexOf(synonym);
    if (index < 0) continue;
    if (!best || synonym.length > best.length || (synonym.length === best.length && index < best.index)) best = { field, length: synonym.length, index };
  }
  return best?.field;
}
