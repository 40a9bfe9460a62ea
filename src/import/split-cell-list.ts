/**
 * Text → list items. Staff write lists in a cell in three ways, often mixed: one item per line
 * (Alt+Enter), numbered items (1.  1、  （1）  ①  一、), or items separated by `；` on one line.
 * Text copied from a PDF adds a fourth: an item wrapped over several lines. The rules, in order:
 *
 * 1. Numbering defines items wherever it appears: a line starting with a number starts an item,
 *    and a run of numbers counting up inside one line (`①A②B`, `1.A 2.B`) splits it. A line
 *    without a number then continues the item before it: joined straight on when the item was
 *    cut mid-sentence (a wrapped line), kept as a line break after `，` `。` `：` and the like.
 * 2. Without numbering, every non-empty line is an item.
 * 3. A single line without numbering is split at `；` (and, for steps, at arrows `→`).
 *
 * Trailing `；` `，` of an item are list punctuation and are dropped. Numbers are only taken as
 * numbering when they look like it: `1.5万元`, `第1、2项` and `3年以上` stay text. Item text may
 * itself begin with a number (`1、2025年度…`, `（2）500万元…`). Only `1.` followed directly by a
 * digit is ambiguous (`1.500万元` or 1.5): it is numbering when the cell's lines count 1. 2. 3.
 * and either another item is numbered unambiguously or none of them reads like a decimal.
 */

const CHINESE_NUMBERS = '一二三四五六七八九十';

type MarkerStyle = 'circled' | 'paren' | 'dot' | 'chinese';

interface Marker {
  index: number;
  length: number;
  value: number;
  style: MarkerStyle;
  /** `1.` directly followed by a digit: a decimal point as much as a number mark. */
  weak: boolean;
}

function chineseValue(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + CHINESE_NUMBERS.indexOf(text[1]!) + 1;
  if (text.endsWith('十')) return (CHINESE_NUMBERS.indexOf(text[0]!) + 1) * 10;
  return CHINESE_NUMBERS.indexOf(text) + 1;
}

/** Digits as typed, full-width ones included (１．). */
function digitValue(text: string): number {
  return Number(text.normalize('NFKC'));
}

const DIGIT = '[0-9０-９]';

const MARKER_PATTERN = new RegExp(
  [
    // ① … ⑳
    '(?<circled>[\u2460-\u2473])\\s*',
    // （1） (1) （一）
    `[（(]\\s*(?<paren>${DIGIT}{1,2}|[${CHINESE_NUMBERS}]{1,3})\\s*[)）]\\s*`,
    // 1. 1、 1） 1． — only at the start or after a space or punctuation (not 第1、2项)
    `(?<=^|[\\s；;。，,：:])(?<dot>${DIGIT}{1,2})\\s*(?<mark>[.．、)）])(?<space>\\s*)`,
    // 一、
    `(?<=^|[\\s；;。，,：:])(?<chinese>[${CHINESE_NUMBERS}]{1,3})、\\s*`,
  ].join('|'),
  'gu',
);

const BULLET = /^[•·●▪◆■◇□○◦‣∙*]\s*|^[-–—](?=\s)\s*/u;

function findMarkers(line: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of line.matchAll(MARKER_PATTERN)) {
    const groups = match.groups ?? {};
    const index = match.index;
    const length = match[0].length;
    const marker = { index, length, weak: false };
    if (groups['circled']) markers.push({ ...marker, value: groups['circled'].codePointAt(0)! - 0x2460 + 1, style: 'circled' });
    else if (groups['paren']) {
      const text = groups['paren'];
      markers.push({ ...marker, value: /[0-9０-９]/.test(text) ? digitValue(text) : chineseValue(text), style: 'paren' });
    } else if (groups['dot']) {
      const weak = /[.．]/.test(groups['mark'] ?? '') && groups['space'] === '' && /^[0-9０-９]/.test(line.slice(index + length));
      markers.push({ ...marker, value: digitValue(groups['dot']), style: 'dot', weak });
    } else if (groups['chinese']) markers.push({ ...marker, value: chineseValue(groups['chinese']), style: 'chinese' });
  }
  return markers;
}

/**
 * The markers of a line that really number items: one at the line start, or a run counting up.
 * A weak marker (`1.5`) counts only at the line start, and only when the cell allowed it.
 */
function numberingOf(found: readonly Marker[], acceptWeak = false): Marker[] {
  const markers = found.filter((marker) => !marker.weak || (acceptWeak && marker.index === 0));
  for (const [position, first] of markers.entries()) {
    const chain = [first];
    for (const next of markers.slice(position + 1)) {
      const last = chain[chain.length - 1]!;
      if (!next.weak && next.style === first.style && next.value === last.value + 1) chain.push(next);
    }
    if (first.index === 0 || chain.length >= 2) return chain;
  }
  return [];
}

/** What follows `1.` reads like the rest of a decimal number (1.5万元, 2.5倍), not like an item (1.500万元, 1.30%, 1.2026年). */
const DECIMAL_TAIL = /^[0-9０-９]{1,2}(?![0-9０-９%％‰年月日个])/u;

/**
 * Whether `1.` followed by a digit numbers the lines of this cell: the lines starting with
 * `N.` `N、` count 1, 2, 3…, and either one of them is unambiguous or none reads like a decimal.
 */
function acceptsWeakMarkers(lines: readonly string[], markers: ReadonlyArray<readonly Marker[]>): boolean {
  const leading = lines.flatMap((line, index) => {
    const first = markers[index]![0];
    return first && first.index === 0 && first.style === 'dot' ? [{ marker: first, tail: line.slice(first.length) }] : [];
  });
  if (leading.length < 2 || !leading.some(({ marker }) => marker.weak)) return false;
  if (!leading.every(({ marker }, index) => marker.value === index + 1)) return false;
  return leading.some(({ marker }) => !marker.weak) || leading.every(({ marker, tail }) => !marker.weak || !DECIMAL_TAIL.test(tail));
}

interface Segment {
  text: string;
  numbered: boolean;
}

function segmentsOf(line: string, markers: readonly Marker[], acceptWeak: boolean): Segment[] {
  const numbering = numberingOf(markers, acceptWeak);
  if (numbering.length === 0) {
    const bullet = BULLET.exec(line);
    return bullet ? [{ text: line.slice(bullet[0].length), numbered: true }] : [{ text: line, numbered: false }];
  }
  const segments: Segment[] = [];
  const lead = line.slice(0, numbering[0]!.index).trim();
  if (lead) segments.push({ text: lead, numbered: false });
  numbering.forEach((marker, index) => {
    const end = numbering[index + 1]?.index ?? line.length;
    segments.push({ text: line.slice(marker.index + marker.length, end), numbered: true });
  });
  return segments;
}

/** Punctuation after which the next line is a new line of the item, not the same sentence wrapped. */
const LINE_END = /[。；;：:！!？?，,、]$/u;

/** A line without a number → appended to the item before it (see rule 1). */
function continueItem(item: string, line: string): string {
  const before = item.trimEnd();
  if (LINE_END.test(before)) return `${before}\n${line}`;
  // Latin words and numbers wrapped between lines need their space back; Chinese text does not.
  const space = /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(line) ? ' ' : '';
  return `${before}${space}${line}`;
}

const ARROWS = /\s*(?:→|⟶|➔|➜|➝|➞|⇒|－>|->|—>|=>)\s*/u;

function cleanItem(item: string): string {
  return item
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/[；;，,、\s]+$/u, '')
    .trim();
}

/** The lines of a cell: Windows and old-Mac line breaks and Unicode separators unified. */
export function cellLines(text: string): string[] {
  return text.replace(/\r\n?|[\u2028\u2029\u000b]/g, '\n').split('\n');
}

export interface SplitOptions {
  /** Also split one line at arrows (申报流程: 网上申报→审核→拨付). @default false */
  arrows?: boolean;
}

/** A cell's (or a paragraph's) text → its list items, following the rules in the module comment. */
export function splitCellList(text: string, options: SplitOptions = {}): string[] {
  const lines = cellLines(text).map((line) => line.trim()).filter((line) => line !== '');
  const markers = lines.map(findMarkers);
  const acceptWeak = acceptsWeakMarkers(lines, markers);
  const segments = lines.flatMap((line, index) => segmentsOf(line, markers[index]!, acceptWeak));
  let items: string[];
  if (segments.some((segment) => segment.numbered)) {
    items = [];
    for (const segment of segments) {
      if (segment.numbered || items.length === 0) items.push(segment.text);
      else items[items.length - 1] = continueItem(items[items.length - 1]!, segment.text);
    }
  } else if (segments.length === 1) {
    const only = segments[0]!.text;
    items = (options.arrows ? only.split(ARROWS) : [only]).flatMap((part) => part.split(/[；;]/));
  } else {
    items = segments.map((segment) => segment.text);
  }
  return items.map(cleanItem).filter((item) => item !== '');
}

/** Values that mean "none" in a lined-up column (a contact without an address). */
const NONE_VALUES = new Set(['', '无', '—', '——', '-', '/', '／']);

/**
 * A cell whose lines line up with another column's (咨询部门 / 咨询电话 / 咨询地址) → one value per
 * line, `undefined` where a line is empty or says 无 / —. A single line may use `；` instead.
 */
export function splitCellLines(text: string): Array<string | undefined> {
  let lines = cellLines(text).map((line) => line.trim());
  if (lines.length === 1) lines = lines[0]!.split(/[；;]/).map((line) => line.trim());
  const values = lines.map((line) => {
    const numbering = numberingOf(findMarkers(line));
    const value = numbering[0]?.index === 0 && numbering.length === 1 ? line.slice(numbering[0].length).trim() : line;
    const cleaned = value.replace(/[；;，,\s]+$/u, '');
    return NONE_VALUES.has(cleaned) ? undefined : cleaned;
  });
  while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
  return values;
}

/**
 * List items → the text of one cell that `splitCellList` reads back as the same items: one per
 * line, numbered only when an item would otherwise be misread (a lone item with `；`, an item
 * that starts like a number or spans lines).
 */
export function joinCellList(items: readonly string[], options: SplitOptions = {}): string {
  const plain = items.join('\n');
  const same = (text: string): boolean => {
    const back = splitCellList(text, options);
    return back.length === items.length && back.every((item, index) => item === items[index]);
  };
  if (same(plain)) return plain;
  return items.map((item, index) => `${index + 1}. ${item}`).join('\n');
}
