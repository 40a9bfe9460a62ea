/**
 * An unknown field name → the known field the writer most likely meant, at the level where it
 * stands (`Summary` → summary, `contact` → contacts, `qr.Logo` → logo, `政策名称` → title).
 * The known names are read from the zod schema itself, so the suggestions cannot drift from it.
 */
import type { z } from 'zod';
import type { Localized } from '../errors.js';
import { fieldForChineseLabel } from './field-labels.js';

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  options?: Array<{ _zod: { def: SchemaDef } }>;
}

/** The object definitions a value at `path` may match (a union may offer several). */
function objectsAt(def: SchemaDef, path: readonly PropertyKey[]): SchemaDef[] {
  if (def.type === 'optional' && def.innerType) return objectsAt(def.innerType._zod.def, path);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => objectsAt(option._zod.def, path));
  const [head, ...rest] = path;
  if (head === undefined) return def.type === 'object' ? [def] : [];
  if (def.type === 'array' && def.element && typeof head === 'number') return objectsAt(def.element._zod.def, rest);
  if (def.type === 'object' && def.shape && typeof head === 'string' && Object.hasOwn(def.shape, head)) return objectsAt(def.shape[head]!._zod.def, rest);
  return [];
}

/** Field names the schema allows for the object at `path` (e.g. `['contacts', 0]` → name, phone, address). */
export function knownFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const defs = objectsAt((schema as unknown as { _zod: { def: SchemaDef } })._zod.def, path);
  return [...new Set(defs.flatMap((def) => Object.keys(def.shape ?? {})))].filter((key) => key !== '$schema');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** `doc_no`, `Doc-No` and `DOCNO` all compare as `docno`. */
const fold = (key: string): string => key.normalize('NFKC').toLowerCase().replace(/[\s_-]/g, '');

/** The known field `key` was probably meant to be, or undefined when none is close. */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const folded = fold(key);
  const same = known.find((candidate) => fold(candidate) === folded);
  if (same) return same;
  const byLabel = fieldForChineseLabel(key.trim());
  if (byLabel && known.includes(byLabel)) return byLabel;
  // A word cut short or run on: `end` written as `ending`, `materials` as `material`.
  const stem = known.find((candidate) => {
    const other = fold(candidate);
    return Math.min(other.length, folded.length) >= 3 && (folded.startsWith(other) || other.startsWith(folded));
  });
  if (stem) return stem;
  // Allow about one typo per three letters: `sumary`, `contact`, `isuer`, but not `foo` → `logo`.
  const allowed = folded.length <= 4 ? 1 : folded.length <= 8 ? 2 : 3;
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (distance <= allowed && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

/** The message for one unknown field, with the suggestion when there is one. */
export function describeUnknownField(key: string, known: readonly string[]): Localized {
  const shown = JSON.stringify(key);
  const suggestion = suggestField(key, known);
  if (suggestion) {
    return {
      zh: `不认识的字段 ${shown}；你是不是想写 ${suggestion}？`,
      en: `unknown field ${shown}; did you mean ${suggestion}?`,
    };
  }
  return {
    zh: `不认识的字段 ${shown}；这里可以写的字段：${known.join('、')}（见 schema/card.schema.json）`,
    en: `unknown field ${shown}; the fields allowed here are: ${known.join(', ')} (see schema/card.schema.json)`,
  };
}
