/**
 * Word stores automatic numbering (一、 （一） 1. ①) apart from the text: a paragraph only names a
 * list (`w:numPr`), and `word/numbering.xml` says how each level counts and how its label reads
 * (`w:numFmt`, `w:lvlText` such as `（%1）`, `w:start`). mammoth keeps the list nesting but not
 * the labels, so this module counts the lists as Word does and writes each label into its
 * paragraph as a text run, before mammoth reads the document.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { isTag, type Element } from 'domhandler';
import { formatNumber } from './number-format.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a level above this 1-based level is used; 0 = never restart. Word's default: any level above. */
  restart?: number;
  legal: boolean;
}

interface Numbering {
  /** numId → its abstract list and the levels it overrides. */
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number>; levels: Map<number, Level> }>;
  abstracts: Map<string, Map<number, Level>>;
}

/** document.xml with each numbered paragraph's label written in as its first run. */
export function writeNumberingLabels(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): string {
  if (!numberingXml) return documentXml;
  const numbering = readNumbering(numberingXml);
  const styleNumbering = stylesXml ? readStyleNumbering(stylesXml) : new Map<string, NumberingRef>();
  const document = parseDocument(documentXml, { xmlMode: true, withStartIndices: true, withEndIndices: true });
  const counters = new Map<string, Array<number | undefined>>();
  const started = new Set<string>();
  const inserts: Array<{ at: number; text: string }> = [];

  // Text boxes are stored twice (mc:Choice and mc:Fallback); mammoth reads the fallback, so only it is counted.
  for (const paragraph of DomUtils.findAll((element) => element.name === 'w:p' && !insideChoice(element), document.children)) {
    const ref = paragraphNumbering(paragraph, styleNumbering);
    if (!ref || ref.numId === '0') continue;
    const instance = numbering.instances.get(ref.numId);
    if (!instance) continue;
    const levels = new Map([...(numbering.abstracts.get(instance.abstractId) ?? new Map<number, Level>()), ...instance.levels]);
    const level = levels.get(ref.level);
    if (!level) continue;
    // Lists that share an abstract list go on counting, as Word does, unless an instance restarts them.
    const counter = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, counter);
    if (!started.has(ref.numId)) {
      started.add(ref.numId);
      // A start override restarts its level, and so every level under it that has none of its own
      // (the docx package and Word write an override on level 0 for a restarted list whose
      // paragraphs are on level 1: （一） counts from one again in each 第X条).
      for (const [index, start] of instance.startOverrides) {
        counter[index] = start - 1;
        for (let deeper = index + 1; deeper < 9; deeper++) if (!instance.startOverrides.has(deeper)) counter[deeper] = undefined;
      }
    }
    counter[ref.level] = (counter[ref.level] ?? level.start - 1) + 1;
    for (let deeper = ref.level + 1; deeper < 9; deeper++) {
      const restart = levels.get(deeper)?.restart ?? deeper;
      if (restart !== 0 && ref.level < restart) counter[deeper] = undefined;
    }
    if (level.format === 'bullet') continue;
    const label = level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const index = Number(digit) - 1;
      const shown = levels.get(index);
      const value = counter[index] ?? shown?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
    const at = insertionPoint(paragraph);
    if (label !== '' && at !== undefined && hasText(paragraph)) {
      // "1." and "(1)" read as Chinese documents write them: no space before the text; a Latin label keeps one.
      inserts.push({ at, text: /[A-Za-z0-9]$/.test(label) ? `${label} ` : label });
    }
  }

  let patched = documentXml;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) {
    patched = `${patched.slice(0, at)}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>${patched.slice(at)}`;
  }
  return patched;
}

interface NumberingRef {
  numId: string;
  level: number;
}

function paragraphNumbering(paragraph: Element, styles: Map<string, NumberingRef>): NumberingRef | undefined {
  const properties = child(paragraph, 'w:pPr');
  const numPr = properties ? child(properties, 'w:numPr') : undefined;
  const styleId = properties ? value(child(properties, 'w:pStyle')) : undefined;
  const fromStyle = styleId ? styles.get(styleId) : undefined;
  const numId = value(numPr && child(numPr, 'w:numId')) ?? fromStyle?.numId;
  if (numId === undefined) return undefined;
  const level = Number(value(numPr && child(numPr, 'w:ilvl')) ?? fromStyle?.level ?? 0);
  return { numId, level: Number.isInteger(level) && level >= 0 && level < 9 ? level : 0 };
}

function readNumbering(xml: string): Numbering {
  const root = parseDocument(xml, { xmlMode: true });
  const abstracts = new Map<string, Map<number, Level>>();
  const allAbstracts = DomUtils.findAll((element) => element.name === 'w:abstractNum', root.children);
  // A list defined by a list style (w:numStyleLink) takes its levels from the list that defines the style (w:styleLink).
  const byStyle = new Map(allAbstracts.flatMap((abstract) => {
    const style = value(child(abstract, 'w:styleLink'));
    return style === undefined ? [] : [[style, abstract] as const];
  }));
  for (const abstract of allAbstracts) {
    const id = abstract.attribs['w:abstractNumId'];
    const linked = value(child(abstract, 'w:numStyleLink'));
    const definition = linked !== undefined ? (byStyle.get(linked) ?? abstract) : abstract;
    if (id !== undefined) abstracts.set(id, readLevels(definition));
  }
  const instances: Numbering['instances'] = new Map();
  for (const num of DomUtils.findAll((element) => element.name === 'w:num', root.children)) {
    const id = num.attribs['w:numId'];
    const abstractId = value(child(num, 'w:abstractNumId'));
    if (id === undefined || abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const override of num.children.filter((node): node is Element => isTag(node) && node.name === 'w:lvlOverride')) {
      const index = Number(override.attribs['w:ilvl'] ?? 0);
      const start = Number(value(child(override, 'w:startOverride')));
      if (Number.isInteger(start)) startOverrides.set(index, start);
      for (const [level, definition] of readLevels(override)) levels.set(level, definition);
    }
    instances.set(id, { abstractId, startOverrides, levels });
  }
  return { instances, abstracts };
}

function readLevels(parent: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const level of parent.children.filter((node): node is Element => isTag(node) && node.name === 'w:lvl')) {
    const index = Number(level.attribs['w:ilvl'] ?? 0);
    const restart = value(child(level, 'w:lvlRestart'));
    const legal = child(level, 'w:isLgl');
    levels.set(index, {
      start: Number(value(child(level, 'w:start')) ?? 1),
      format: value(child(level, 'w:numFmt')) ?? 'decimal',
      text: value(child(level, 'w:lvlText')) ?? '',
      ...(restart !== undefined ? { restart: Number(restart) } : {}),
      legal: legal !== undefined && value(legal) !== '0' && value(legal) !== 'false',
    });
  }
  return levels;
}

/** Paragraph styles that carry numbering themselves (a numbered 标题 1), following `w:basedOn`. */
function readStyleNumbering(xml: string): Map<string, NumberingRef> {
  const root = parseDocument(xml, { xmlMode: true });
  const own = new Map<string, { numId?: string; level?: number; basedOn?: string }>();
  for (const style of DomUtils.findAll((element) => element.name === 'w:style' && element.attribs['w:type'] === 'paragraph', root.children)) {
    const id = style.attribs['w:styleId'];
    if (id === undefined) continue;
    const numPr = child(style, 'w:pPr') && child(child(style, 'w:pPr')!, 'w:numPr');
    const numId = value(numPr && child(numPr, 'w:numId'));
    const level = value(numPr && child(numPr, 'w:ilvl'));
    const basedOn = value(child(style, 'w:basedOn'));
    own.set(id, { ...(numId !== undefined ? { numId } : {}), ...(level !== undefined ? { level: Number(level) } : {}), ...(basedOn !== undefined ? { basedOn } : {}) });
  }
  const resolved = new Map<string, NumberingRef>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let level: number | undefined;
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current); current = own.get(current)?.basedOn) {
      seen.add(current);
      numId ??= own.get(current)?.numId;
      level ??= own.get(current)?.level;
    }
    if (numId !== undefined) resolved.set(id, { numId, level: level ?? 0 });
  }
  return resolved;
}

/** Just after the paragraph's properties, where its first run would begin. */
function insertionPoint(paragraph: Element): number | undefined {
  const properties = child(paragraph, 'w:pPr');
  if (properties?.endIndex != null) return properties.endIndex + 1;
  return paragraph.children[0]?.startIndex ?? undefined;
}

function hasText(paragraph: Element): boolean {
  return DomUtils.findAll((element) => element.name === 'w:t', paragraph.children).some((text) => DomUtils.textContent(text).trim() !== '');
}

function insideChoice(element: Element): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (isTag(parent) && parent.name === 'mc:Choice') return true;
  return false;
}

function child(element: Element, name: string): Element | undefined {
  return element.children.find((node): node is Element => isTag(node) && node.name === name);
}

function value(element: Element | undefined): string | undefined {
  return element?.attribs['w:val'];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
