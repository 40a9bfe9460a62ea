/**
 * The document's lines → a tree of headings and items. Every numbered line (一、 （一） 1. ①
 * 第X条 …), every bare label line (申报条件, 扶持政策：) and every line the reader marked as a
 * heading opens a node; plain lines are the body of the node before them.
 *
 * Nesting is not taken from a fixed order of marker styles, because real notices vary (some put
 * 1. above （一）): a style seen before and still open closes everything opened after it and
 * becomes its sibling; a style not open yet nests under the current node. The reader's heading
 * level, when it has one, goes first.
 */
import type { SourceLine } from './source-document.js';
import { lineMarker, type MarkerStyle } from './line-marker.js';
import { fieldForHeading, isAsideHeading, isNoFieldHeading, MAX_LABEL_CHARS, questionField } from './field-for-heading.js';
import { FIELD_KEYWORDS, FIELD_SYNONYMS, type DraftField } from './field-synonyms.js';
import { matchingText } from './normalise-text.js';

export type NodeStyle = MarkerStyle | 'label' | `heading-${number}` | 'root';

export interface HeadingNode {
  style: NodeStyle;
  /** The line that opened the node (undefined for the root). */
  source: SourceLine | undefined;
  /** The line's text without its marker. */
  text: string;
  /** The heading part: the whole text of a short line, or the KEY of `KEY：VALUE`; undefined for an item. */
  label: string | undefined;
  /** The VALUE of `KEY：VALUE` (may be empty). */
  value: string | undefined;
  /** The card field the label names. */
  field: DraftField | undefined;
  children: HeadingNode[];
  /** Plain lines that follow the node's own line. */
  body: SourceLine[];
  /** A note for the reader (★小贴士, 温馨提示): what it holds is drafted into no field. */
  aside?: boolean;
  /** The field came from the section model (section-model.ts), not the rules: its probability. */
  inferred?: number;
}

/** Longest KEY of a `KEY：VALUE` line. */
const MAX_KEY_CHARS = 12;
/** Verbs that make a `…：` lead a sentence rather than name a key. */
const KEY_VERBS = /须|应当|应该|必须|符合|满足|具备|如下|下列|以下/u;
/** Sentence punctuation that a heading label does not contain. */
const SENTENCE = /[，。；！？,;]/u;

interface LabelParts {
  label: string | undefined;
  value: string | undefined;
}

/** `申报条件` → label; `扶持对象：在苏企业` → label + value; a sentence → neither. */
export function labelParts(text: string): LabelParts {
  // 6月2日10：00—6月5日15:00 is a time, not KEY：VALUE.
  const normalised = matchingText(text).replace(/(?<=\d)：(?=\d{2})/gu, ':');
  const colon = normalised.indexOf('：');
  // 申报主体必须符合下列条件：… is a sentence that ends in a colon, not a KEY.
  if (colon > 0 && colon <= MAX_KEY_CHARS && !SENTENCE.test(normalised.slice(0, colon)) && !KEY_VERBS.test(normalised.slice(0, colon))) {
    return { label: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
  }
  const bare = normalised.replace(/[。.]$/u, '');
  if (bare.length <= MAX_LABEL_CHARS && !SENTENCE.test(bare) && !bare.slice(0, -1).includes('：') && !KEY_VERBS.test(bare)) return { label: text.trim().replace(/[。.：]$/u, ''), value: undefined };
  return { label: undefined, value: undefined };
}

/** Every field synonym and four-character field word (奖励标准), longest first, in the matching spelling. */
const SYNONYMS = [...Object.values(FIELD_SYNONYMS).flat(), ...FIELD_KEYWORDS.map(([words]) => words).filter((words) => words.length >= 4)]
  .map((synonym) => matchingText(synonym))
  .sort((a, b) => b.length - a.length);

/**
 * Markers of sections (一、 （一）), where a run-in label is a heading. Under 1、 2、 a short lead
 * (1、申报时间。企业申报开始…) is the title of a step or an item of its list, not a new section.
 */
const SECTION_STYLES: readonly NodeStyle[] = ['chinese', 'paren-chinese'];

/**
 * A section heading run into its text, as copies that lost a line break write it:
 * （一）申报主体。申报主体应为… (a short label and a full stop) or 二、申报对象2025年度在本区…
 * (a full synonym, then the text). Only a full synonym counts, and not when the words after it
 * continue the label or make a sentence of it (申报对象为…, 申报条件及要求, 申报时间：).
 */
function runInLabel(text: string): LabelParts | undefined {
  const normalised = matchingText(text);
  const stop = /^([^，。；：、\d\s]{2,8})。\s*(\S.{5,})$/u.exec(normalised);
  // （一）临时救助办理条件。对遭遇…: a short label closed by a full stop is a heading whenever it names a
  // field (by a synonym, a field word or its head noun), since a sentence that long would not end so soon.
  if (stop && fieldForHeading(stop[1]!) !== undefined) {
    return { label: text.slice(0, stop[1]!.length), value: text.slice(stop[1]!.length + 1).trim() };
  }
  const synonym = SYNONYMS.find((words) => normalised.startsWith(words));
  if (!synonym) return undefined;
  const rest = normalised.slice(synonym.length);
  if ([...rest].length < 10 || /^[\s为是：。，、；及和与或暨等的要如须应需必均可（【《“]|^(?:要求|标准|范围|条件|方式|流程|材料|时间|对象)/u.test(rest)) return undefined;
  return { label: text.slice(0, synonym.length), value: text.slice(synonym.length).trim() };
}

/** A value that opens with what the applicant must meet: …应符合的基本条件：, 须满足以下要求：. */
const REQUIRED_OF_PARTY = /^[^：，。；]{0,12}(?:应|须|需|必须)?(?:符合|满足|具备|达到)的?[^：，。；]{0,8}(?:条件|要求)：/u;

/** A question heading of a Q&A page: 五、贷款有哪些申请条件？ */
const QUESTION = /^[^。；，！]{2,40}[？?]$/u;

function openNode(line: SourceLine, style: NodeStyle, markerLength: number): HeadingNode {
  const text = line.text.slice(markerLength).trim();
  const parts = labelParts(text);
  // The question names the field its answer holds (申请条件, 申请渠道); its wording is the label.
  // Only a full synonym counts: 多长时间 asks about a loan's term, not the application period.
  const question = markerLength > 0 && QUESTION.test(matchingText(text));
  const { label, value } = question ? { label: text.replace(/[？?]$/u, ''), value: undefined } : parts.value === undefined && SECTION_STYLES.includes(style) ? (runInLabel(text) ?? parts) : parts;
  const aside = label !== undefined && isAsideHeading(label);
  // A step's own name (第二步：办理申领) is the step, not a section heading.
  let field = label === undefined || aside || style === 'step' ? undefined : question ? questionField(label) : fieldForHeading(label);
  // 申报主体：申报主体应符合的基本条件：… names the applicant but states what is required of it.
  if (field === 'parties' && value && REQUIRED_OF_PARTY.test(matchingText(value))) field = 'conditions';
  return { style, source: line, text, label, value, field, children: [], body: [], ...(aside ? { aside } : {}) };
}

/**
 * How a line starts a node, if it does: its marker, a reader's heading, or a bare label that
 * names a card field (申报条件, 联系人：张三). Other short lines stay body text: a line such as
 * 苏州市科学技术局 is not a heading.
 */
function nodeStart(line: SourceLine): { style: NodeStyle; markerLength: number } | undefined {
  // A table row is a row of its table, whatever its first cell says (序号 | 人员类别 | 缴费渠道).
  if (line.kind === 'table-row') return undefined;
  const marker = lineMarker(line.text);
  if (marker) return { style: marker.style, markerLength: marker.length };
  if (line.kind === 'heading') return { style: `heading-${line.level ?? 1}`, markerLength: 0 };
  const { label } = labelParts(line.text);
  if (label !== undefined && (fieldForHeading(label) !== undefined || isNoFieldHeading(label) || isAsideHeading(label))) return { style: 'label', markerLength: 0 };
  return undefined;
}

/**
 * Where a new node of `node`'s style closes the stack: at the first open node of its style. Under
 * an aside (特别提醒：1.…2.… after step 8.), a list that starts again at 1 is the aside's own, and
 * its next items continue it rather than the steps.
 */
function openIndex(stack: readonly HeadingNode[], node: HeadingNode, value: number | undefined): number {
  const aside = stack.findIndex((candidate) => candidate.aside === true);
  if (aside < 0) return stack.findIndex((candidate) => candidate.style === node.style);
  const inside = stack.findIndex((candidate, index) => index > aside && candidate.style === node.style);
  if (inside >= 0) return inside;
  const outside = stack.findIndex((candidate, index) => index < aside && candidate.style === node.style);
  return outside >= 0 && value === 1 ? -1 : outside;
}

/** Marker styles that open a top-level part, outermost first. */
const TOP_LEVEL: readonly NodeStyle[] = ['chapter', 'article', 'chinese'];

export function buildHeadingTree(lines: readonly SourceLine[]): HeadingNode {
  const root: HeadingNode = { style: 'root', source: undefined, text: '', label: undefined, value: undefined, field: undefined, children: [], body: [] };
  const stack: HeadingNode[] = [root];
  for (const line of lines) {
    const start = nodeStart(line);
    if (!start) {
      // 之前办理的实体卡还能用吗？ — a bare question starts the page's Q&A, which a label's section does not hold.
      const firstLabel = QUESTION.test(matchingText(line.text).trim()) ? stack.findIndex((candidate) => candidate.style === 'label' && candidate.field !== undefined) : -1;
      if (firstLabel > 0) stack.length = firstLabel;
      stack[stack.length - 1]!.body.push(line);
      continue;
    }
    const node = openNode(line, start.style, start.markerLength);
    const open = openIndex(stack, node, start.markerLength > 0 ? lineMarker(line.text)?.value : undefined);
    if (node.style === 'label' && node.field === undefined && node.label !== undefined && isNoFieldHeading(node.label)) {
      // 注意事项 after the last step ends the steps and their section; only a chapter or a reader's heading holds it.
      const inner = stack.findIndex((candidate, index) => index > 0 && candidate.style !== 'chapter' && !candidate.style.startsWith('heading-'));
      if (inner > 0) stack.length = inner;
    } else if (open > 0) stack.length = open;
    else if (TOP_LEVEL.includes(node.style)) {
      // 一、 第X条 第X章 are top-level wherever they first appear: close the lists opened before
      // them (a 1. list of a preamble must not hold 二、).
      const deeper = stack.findIndex((candidate, index) => index > 0 && !TOP_LEVEL.slice(0, TOP_LEVEL.indexOf(node.style)).includes(candidate.style) && !candidate.style.startsWith('heading-'));
      if (deeper > 0) stack.length = deeper;
    }
    else if (node.style.startsWith('heading-')) {
      // A reader's heading level: close headings of the same or a deeper level, and any list under them.
      const level = Number(node.style.slice('heading-'.length));
      const deeper = stack.findIndex((candidate) => candidate.style.startsWith('heading-') && Number(candidate.style.slice('heading-'.length)) >= level);
      if (deeper > 0) stack.length = deeper;
    }
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  detachTrailingProse(root);
  return root;
}

const ITEM_STYLES: readonly NodeStyle[] = ['digit-dot', 'digit-comma', 'paren-digit', 'digit-paren', 'circled', 'bullet', 'paren-chinese'];

/**
 * Paragraphs after the last item of a list belong to the section, not to that item: after
 * "(3)认定文件或证书复印件。" comes "符合条件企业，请于…报送", which is how to apply. A paragraph
 * between two items stays with the item before it (its continuation).
 */
function detachTrailingProse(node: HeadingNode): void {
  for (const child of node.children) detachTrailingProse(child);
  const last = node.children[node.children.length - 1];
  if (!last || node.children.length < 2 || last.children.length > 0 || last.body.length === 0 || !ITEM_STYLES.includes(last.style)) return;
  if (!/[。；]$/u.test(matchingText(last.text))) return;
  // (二)申报条件。 is a label with a full stop, not an item: what follows it is its content.
  if (last.field !== undefined && last.label !== undefined && matchingText(last.text).replace(/[。；]$/u, '').trim() === matchingText(last.label).trim()) return;
  // concat, not push(...): a spread of a long body overflows the call stack.
  node.body = node.body.concat(last.body);
  last.body = [];
}

/** Every node below `node`, depth first, in document order. */
export function* walkNodes(node: HeadingNode): Generator<HeadingNode> {
  for (const child of node.children) {
    yield child;
    yield* walkNodes(child);
  }
}

/** The node's own line, its body and every descendant's lines, in document order. */
export function nodeLines(node: HeadingNode): SourceLine[] {
  const lines: SourceLine[] = [];
  appendNodeLines(node, lines);
  return lines;
}

// One array filled line by line: a spread (push(...body)) of a body of 100 000 lines overflows the call stack.
function appendNodeLines(node: HeadingNode, lines: SourceLine[]): void {
  if (node.source) lines.push(node.source);
  for (const line of node.body) lines.push(line);
  // An aside explains; it is not part of the step or item it follows.
  for (const child of node.children) if (!child.aside) appendNodeLines(child, lines);
}
