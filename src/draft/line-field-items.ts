/**
 * The rules' item lists, read again line by line by the line model (line-field-model.ts): a
 * rules item the model reads as another field with enough confidence moves there, a piece of a
 * line the rules left out that the model reads as a field is added to it, and (when the
 * thresholds allow it) a rules item the model reads as no field is dropped. Every item keeps
 * its source lines; the items the model placed are returned apart so the report can say so.
 */
import type { DraftField } from './field-synonyms.js';
import { walkNodes, type HeadingNode } from './heading-tree.js';
import { LINE_FIELDS, type LineField, type LineFieldReader, type LineUnit } from './line-field-model.js';
import { lineMarker, stripLineMarker } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { sectionItems, type DraftItem } from './section-items.js';
import { compareLines, type SourceLine } from './source-document.js';

export type FieldLists = Record<LineField, DraftItem[]>;

/** An item the line model placed: the field the rules gave it (undefined when it added the item) and its probability. */
export interface InferredItem {
  from: LineField | undefined;
  probability: number;
}

export interface LineFieldResult {
  lists: FieldLists;
  inferred: Map<DraftItem, InferredItem>;
}

interface LineContext {
  heading: string;
  sectionField: DraftField | undefined;
}

/** Each line's nearest heading above it and the field of the section it stands in. */
function lineContexts(tree: HeadingNode): Map<SourceLine, LineContext> {
  const contexts = new Map<SourceLine, LineContext>();
  const visit = (node: HeadingNode, heading: string, field: DraftField | undefined) => {
    for (const line of node.body) contexts.set(line, { heading, sectionField: field });
    for (const child of node.children) {
      // A heading's own line stands under the heading above it; what follows it, under it.
      if (child.source) contexts.set(child.source, { heading, sectionField: field });
      visit(child, child.label ?? heading, child.field ?? field);
    }
  };
  visit(tree, '', undefined);
  return contexts;
}

const key = (text: string) => matchingText(text).replace(/[\s\p{P}\p{S}]/gu, '');

/** A line's pieces as the drafter splits a section's plain lines into items. */
function piecesOf(line: SourceLine): DraftItem[] {
  const bare = { ...line, text: stripLineMarker(line.text) };
  if (key(bare.text) === '') return [];
  const node: HeadingNode = { style: 'root', source: undefined, text: '', label: undefined, value: undefined, field: undefined, children: [], body: [bare] };
  return sectionItems(node, 'conditions')
    .map((item) => ({ text: item.text.trim(), lines: [line] }))
    .filter((item) => key(item.text).length >= 2);
}

/**
 * Every candidate the drafter sees: the rules' items with their field, then the pieces of the
 * body's lines that no rules item holds.
 */
export function lineUnits(lists: FieldLists, body: readonly SourceLine[], tree: HeadingNode): Array<{ unit: LineUnit; item: DraftItem }> {
  const contexts = lineContexts(tree);
  const order = new Map(body.map((line, index) => [line, index]));
  const listSizes = Object.fromEntries(LINE_FIELDS.map((field) => [field, lists[field].length])) as Record<LineField, number>;
  const unitOf = (item: DraftItem, ruleField: LineField | undefined): LineUnit => {
    const first = item.lines[0];
    const context = first ? contexts.get(first) : undefined;
    return {
      text: item.text,
      lines: item.lines,
      ruleField,
      sectionField: context?.sectionField,
      heading: context?.heading ?? '',
      marker: first ? lineMarker(first.text)?.style : undefined,
      position: first && body.length > 1 ? (order.get(first) ?? 0) / (body.length - 1) : 0,
      listSizes,
    };
  };
  const units: Array<{ unit: LineUnit; item: DraftItem }> = [];
  // What the rules drafted from each line, to tell the pieces they left out.
  const draftedOn = new Map<SourceLine, string[]>();
  for (const field of LINE_FIELDS) {
    for (const item of lists[field]) {
      units.push({ unit: unitOf(item, field), item });
      for (const line of item.lines) draftedOn.set(line, [...(draftedOn.get(line) ?? []), key(item.text)]);
    }
  }
  for (const line of body) {
    const drafted = draftedOn.get(line) ?? [];
    const all = drafted.join('');
    for (const piece of piecesOf(line)) {
      const text = key(piece.text);
      // Held by a rules item, whole or as most of it.
      if (all.includes(text) || drafted.some((done) => done.length * 2 >= text.length && text.includes(done))) continue;
      units.push({ unit: unitOf(piece, undefined), item: piece });
    }
  }
  return units;
}

/** The list limit of each field. */
export type FieldLimits = Record<LineField, number>;

/**
 * The lists after the line model's reading. Rules items keep their order; an added item goes
 * after the last item of its list that stands before it in the document, and only while the list
 * has room under its limit.
 */
export function readLineFields(lists: FieldLists, body: readonly SourceLine[], tree: HeadingNode, reader: LineFieldReader, limits: FieldLimits): LineFieldResult {
  const { move, add, drop } = reader.thresholds;
  const out: FieldLists = { parties: [], conditions: [], materials: [], process: [], reward: [] };
  const inferred = new Map<DraftItem, InferredItem>();
  const placed: Array<{ item: DraftItem; field: LineField; from: LineField | undefined; probability: number }> = [];
  for (const { unit, item } of lineUnits(lists, body, tree)) {
    const guess = reader.classify(unit);
    if (unit.ruleField !== undefined) {
      if (guess.field === 'none') {
        if (drop === null || guess.probability < drop) out[unit.ruleField].push(item);
      } else if (guess.field !== unit.ruleField && guess.probability >= move) {
        placed.push({ item: { ...item }, field: guess.field, from: unit.ruleField, probability: guess.probability });
      } else out[unit.ruleField].push(item);
    } else if (guess.field !== 'none' && guess.probability >= add) placed.push({ item, field: guess.field, from: undefined, probability: guess.probability });
  }
  // Moved and added items take their place in the document's order; an added one only while the list has room.
  for (const { item, field, from, probability } of placed) {
    const list = out[field];
    if (from === undefined && list.length >= limits[field]) continue;
    const first = item.lines[0]!;
    let at = list.length;
    while (at > 0 && list[at - 1]!.lines[0] !== undefined && compareLines(list[at - 1]!.lines[0]!, first) > 0) at--;
    list.splice(at, 0, item);
    inferred.set(item, { from, probability });
  }
  return { lists: out, inferred };
}
