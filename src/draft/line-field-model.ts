/**
 * A learned reader of single lines (issue #13): which card field a candidate item belongs to,
 * read from its own words (提交/登录 → process; 具有/不得 → conditions; 复印件/申请表 → materials;
 * 给予/万元 → reward) and its context (the heading above it, the field the rules gave it, its list
 * marker, its length, where it stands in the document). A multinomial logistic regression with a
 * `none` class, trained by bench/train-line-model.mjs and kept as data (LineModelData), so the
 * same line gets the same probabilities on any machine.
 *
 * The section model (section-model.ts) read headings and did not help; this one reads the items,
 * where the first-look audit found most of the errors: items under another field's heading or
 * under none, and right-looking lines given the wrong field.
 */
import type { DraftField } from './field-synonyms.js';
import { matchingText } from './normalise-text.js';
import type { SourceLine } from './source-document.js';

/** The fields a line can be read as: those drafted as lists of items. */
export const LINE_FIELDS = ['parties', 'conditions', 'materials', 'process', 'reward'] as const satisfies readonly DraftField[];
export type LineField = (typeof LINE_FIELDS)[number];
export type LineClass = LineField | 'none';
export const LINE_CLASSES: readonly LineClass[] = ['none', ...LINE_FIELDS];

/** One candidate item as the drafter sees it: a rules item, or a piece of a line no rule drafted. */
export interface LineUnit {
  text: string;
  lines: SourceLine[];
  /** The list the rules put it in; undefined when the rules left it out. */
  ruleField: LineField | undefined;
  /** The field of the section it stands in, by the rules' reading of the headings. */
  sectionField: DraftField | undefined;
  /** The nearest heading above it ('' when none). */
  heading: string;
  /** The list marker its first line opens with (digit-dot, chinese…), if any. */
  marker: string | undefined;
  /** Where its first line stands in the document's body, 0 (start) to 1 (end). */
  position: number;
  /** How many items the rules found for each field: a piece is likelier to belong to a field the rules left empty. */
  listSizes: Record<LineField, number>;
}

/** The model as the training script writes it. */
export interface LineModelData {
  about: string;
  classes: LineClass[];
  /** The thresholds chosen by the leave-one-set-out measurement (bench/line-model-cv.mjs). */
  thresholds: LineThresholds;
  bias: number[];
  /** Feature → its weight per class, in `classes` order. Features absent here weigh nothing. */
  weights: Record<string, number[]>;
}

export interface LineThresholds {
  /** A rules item moves to another field when the model names it with at least this probability. */
  move: number;
  /** A piece the rules left out is added to a field when the model names it with at least this. */
  add: number;
  /** A rules item the model reads as no field with at least this is dropped; null: never dropped. */
  drop: number | null;
}

export interface LineGuess {
  field: LineClass;
  probability: number;
}

/** What draftCard's `lineModel` option takes: the classifier and when its answers count. */
export interface LineFieldReader {
  classify(unit: LineUnit): LineGuess;
  thresholds: LineThresholds;
}

/** Longest part of a unit's text that is read: the opening says what an item is. */
const READ_CHARS = 120;

/** Width folded, digits as 0, spaces and punctuation dropped: the grams of what the words are. */
function gramText(text: string): string {
  return matchingText(text)
    .replace(/\d+/gu, '0')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function grams(text: string, sizes: readonly number[]): Set<string> {
  const chars = [...gramText(text)].slice(0, READ_CHARS);
  const found = new Set<string>();
  for (const size of sizes) for (let at = 0; at + size <= chars.length; at++) found.add(chars.slice(at, at + size).join(''));
  return found;
}

function lengthBucket(text: string): string {
  const length = [...gramText(text)].length;
  return length <= 8 ? '8' : length <= 20 ? '20' : length <= 40 ? '40' : length <= 80 ? '80' : length <= 160 ? '160' : 'more';
}

/**
 * A unit's features and their values. Each group of grams is scaled to unit length, so a long
 * item's many grams do not drown its heading, its rules field or its marker.
 */
export function lineFeatures(unit: LineUnit): Map<string, number> {
  const features = new Map<string, number>();
  const addGroup = (prefix: string, found: Set<string>) => {
    const value = found.size > 0 ? 1 / Math.sqrt(found.size) : 0;
    for (const gram of found) features.set(`${prefix}${gram}`, value);
  };
  addGroup('u:', grams(unit.text, [1, 2, 3]));
  // The opening apart: 提交…, 具有…, 给予… say more at the start than inside.
  addGroup('o:', grams([...gramText(unit.text)].slice(0, 3).join(''), [1, 2, 3]));
  addGroup('h:', grams(unit.heading, [1, 2]));
  features.set(`r:${unit.ruleField ?? 'none'}`, 1);
  features.set(`f:${unit.sectionField ?? 'none'}`, 1);
  features.set(`m:${unit.marker ?? 'none'}`, 1);
  features.set(`l:${lengthBucket(unit.text)}`, 1);
  features.set(`p:${Math.min(4, Math.floor(unit.position * 5))}`, 1);
  for (const field of LINE_FIELDS) {
    const size = unit.listSizes[field];
    features.set(`n:${field}:${size === 0 ? '0' : size <= 2 ? '2' : 'more'}`, 1);
  }
  return features;
}

/** The probability of each class for a unit, in `model.classes` order. */
export function lineProbabilities(model: LineModelData, unit: LineUnit): number[] {
  const scores = [...model.bias];
  for (const [feature, value] of lineFeatures(unit)) {
    const row = model.weights[feature];
    if (row === undefined) continue;
    for (let cls = 0; cls < scores.length; cls++) scores[cls]! += row[cls]! * value;
  }
  const top = Math.max(...scores);
  const exp = scores.map((score) => Math.exp(score - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((value) => value / sum);
}

/** A reader over `model`: its most probable class for each unit, at the model's thresholds unless others are given. */
export function lineFieldReader(model: LineModelData, thresholds: LineThresholds = model.thresholds): LineFieldReader {
  return {
    thresholds,
    classify(unit) {
      const probabilities = lineProbabilities(model, unit);
      let best = 0;
      probabilities.forEach((probability, cls) => {
        if (probability > probabilities[best]!) best = cls;
      });
      return { field: model.classes[best]!, probability: probabilities[best]! };
    },
  };
}
