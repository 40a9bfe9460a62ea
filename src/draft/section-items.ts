/**
 * A field's section → its list items, each with the lines it came from. Numbered children are
 * items; a child that only groups others (（一）基本条件 over 1. 2. 3.) is looked through; the
 * lines under an item (its wrapped text, its (1)(2) alternatives) stay in it, so
 * "满足以下条件之一：(1)…(2)…" remains one item. Plain body lines are split at inline numbering,
 * else into sentences and at ；, never inside brackets, unless they introduce alternatives.
 */
import { compareLines, type SourceLine } from './source-document.js';
import type { DraftField } from './field-synonyms.js';
import { nodeLines, type HeadingNode } from './heading-tree.js';
import { fieldForHeading } from './field-for-heading.js';
import { INLINE_ITEM_MARKERS, lineMarker } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { tableRowText } from './table-row-text.js';
import { isOfficeName, signDate } from './signature-block.js';

export interface DraftItem {
  text: string;
  lines: SourceLine[];
}

/** A lead-in to alternatives: the item keeps what follows it together. */
const ALTERNATIVES = /(?:之一|其一|任一|任意一项|任意一条|其中一项|任意一种)[^：]{0,16}：/u;
/** A lead-in line to a list: 申报企业应同时满足以下条件： — it introduces the items, it is not one. */
const LEAD_IN = /(?:以下|下列|如下)[^，。；]{0,12}[：]$|[：]$/u;
const ARROWS = /\s*(?:→|⟶|➔|➜|➝|➞|⇒|－>|->|—>|=>)\s*/u;

function trimItem(text: string): string {
  // 答： opens an answer on a Q&A page; it is not part of the item.
  return text.replace(/^[，。；、,;\s]+/u, '').replace(/^答\s*[：:]\s*/u, '').replace(/[，；、,;\s]+$/u, '').trim();
}

/** `[a.]KEY：…` with a short KEY that is a name, not a sentence (病历资料：, 身份证明材料：). */
const KEYED_ITEM = /^(?:[a-zA-Z][.、)）]\s*)?[^，。；：\d]{2,10}：(?!$)/u;

/**
 * Where each of several lead-ins starts when one line holds more than one, each opening its own
 * numbered list (甲地区受理条件为：1.…2.… 乙地区受理条件为：1.…2.…): each lead-in with its list is one
 * item, as the alternatives of one condition are. Fewer than two such lead-ins: undefined.
 */
function leadInStarts(normalised: string): number[] | undefined {
  const starts = [...normalised.matchAll(/[^，。；：\s\d|]{2,16}(?:为|有|包括|如下)：(?=\s*(?:\d{1,2}[.、]|（\d{1,2}）|[\u2460-\u2473]))/gu)].map((match) => match.index);
  return starts.length >= 2 ? starts : undefined;
}

function splitLine(text: string, arrows: boolean): string[] {
  const row = tableRowText(text);
  if (row !== undefined) return row === '' ? [] : splitLine(row, arrows);
  const normalised = matchingText(text);
  if (ALTERNATIVES.test(normalised)) return [text];
  const leadIns = leadInStarts(normalised);
  if (leadIns) {
    const lead = text.slice(0, leadIns[0]).trim();
    return [...(lead && !LEAD_IN.test(matchingText(lead)) ? [lead] : []), ...leadIns.map((start, index) => text.slice(start, leadIns[index + 1] ?? text.length))];
  }
  const markers = [...normalised.matchAll(INLINE_ITEM_MARKERS)];
  if (markers.length >= 2) {
    const parts: string[] = [];
    const lead = text.slice(0, markers[0]!.index);
    if (lead.trim() && !LEAD_IN.test(matchingText(lead.trim()))) parts.push(lead);
    markers.forEach((marker, index) => parts.push(text.slice(marker.index + marker[0].length, markers[index + 1]?.index ?? text.length)));
    return parts;
  }
  // a.病历资料：住院的，提供出院记录；门诊的，提供门诊病历。 — a line that names its thing before a
  // colon says it in all its sentences: one item.
  const key = KEYED_ITEM.exec(normalised);
  if (key && !/须|需|应|满足|符合|包括|如下|以下|下列/u.test(key[0])) return [text];
  // A paragraph of several sentences under a heading lists one thing per sentence.
  const sentences = splitAt(text, normalised, '。').map((part, index, all) => (index < all.length - 1 ? `${part}。` : part)).filter((part) => part.trim() !== '');
  const pieces = sentences.flatMap((sentence) => (matchingText(sentence).includes('；') ? splitAt(sentence, matchingText(sentence), '；') : [sentence]));
  // …持材料到窗口申请；或将申请表拍照上传系统…: a piece that opens with 或 is the other way of the
  // piece before it, not an item of its own.
  const joinedAlternatives = pieces.reduce<string[]>((kept, piece) => {
    if (kept.length > 0 && /^(?:或者?|或是)(?!许)/u.test(matchingText(piece).trim())) kept[kept.length - 1] = `${kept[kept.length - 1]!}；${piece.trim()}`;
    else kept.push(piece);
    return kept;
  }, []);
  return arrows ? joinedAlternatives.flatMap(flowSteps) : joinedAlternatives;
}

/** Longest step name in a flow line (网上申报→区级初审→市级复核; 申请办理参保缴费信息采集和险种核定→签订电子缴费协议→…). */
const MAX_FLOW_STEP = 24;

/**
 * 企业网上申报→区科技局审核→市科技局复核: a flow line of short step names is one step each. Arrows
 * that lead through an app's menus inside one step (搜索“某某”小程序→注册→我的社保→缴费, 点击“政策直达->
 * 科技服务”) keep the step whole: its parts are not step names but quoted words and clicks.
 */
function flowSteps(piece: string): string[] {
  const parts = piece.split(ARROWS).map((part) => part.trim().replace(/[。；]$/u, ''));
  const names = parts.length >= 2 && parts.every((part) => part !== '' && [...part].length <= MAX_FLOW_STEP && !/[“”"‘’《》（）()，,：:]/u.test(matchingText(part)));
  if (names) return piece.split(ARROWS);
  return dashSteps(piece) ?? [piece];
}

/**
 * 网上填报—提交纸质材料—项目审核——社会公示—下达资金计划: a chain of acts joined by dashes is a flow
 * too. A dash also joins a range (9月8日—9月25日, 附件2—7) or two names (储备库—项目库), so only a
 * chain of three or more parts, none with a figure beside its dash nor a clause mark inside, is
 * one; its parts may be longer than an arrow flow's names, since they are written as clauses.
 */
const DASHES = /(?<!\d)\s*—{1,2}\s*(?!\d)/u;
const MIN_DASH_STEPS = 3;
const MAX_DASH_STEP = 40;

function dashSteps(piece: string): string[] | undefined {
  if (/\d\s*—|—\s*\d/u.test(piece)) return undefined;
  const parts = piece.split(DASHES).map((part) => part.trim().replace(/[。；]$/u, ''));
  const steps = parts.length >= MIN_DASH_STEPS && parts.every((part) => part !== '' && [...part].length <= MAX_DASH_STEP && !/[“”"‘’《》（）()，,：:。；]/u.test(matchingText(part)));
  return steps ? parts : undefined;
}

const OPENING = '（《“‘【「';
const CLOSING = '）》”’】」';

/** `text` cut at every `separator` that is not inside brackets or quotes (…（分批次印发。详见附件。）要求…). */
function splitAt(text: string, normalised: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  for (let index = 0; index < normalised.length; index++) {
    const char = normalised[index]!;
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) {
      parts.push(text.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function joined(lines: readonly SourceLine[]): string {
  return lines
    .filter((line, index) => !isHeaderRow(lines, index))
    .map((line) => (line.cells ? rowText(line.cells) : textInItem(line.text)))
    .join('');
}

/**
 * An item's lines cut at a table that a page's text kept with its pipes (…名额分配如下。 / 序号 | 区域 | 推荐名额 | /
 * 1 | 某街道 | 1 | / 2019年8月12日前，将申报材料报送至…): the table ends the item's paragraph, its rows of words and
 * names add nothing, and each line after it is a paragraph of its own, not more of the item above.
 */
function cutAtTable(lines: SourceLine[]): { lines: SourceLine[]; afterTable: SourceLine[] } {
  const isRow = (line: SourceLine) => line.kind !== 'table-row' && tableRowText(line.text) === '';
  const start = lines.findIndex((line, index) => index > 0 && isRow(line));
  if (start < 0) return { lines, afterTable: [] };
  let end = start;
  while (end < lines.length && isRow(lines[end]!)) end++;
  return { lines: lines.slice(0, start), afterTable: lines.slice(end) };
}

/**
 * A line's words as part of an item that runs over several lines. A table row that a page's text kept
 * with its pipes (序号 | 区域 | 推荐名额 |, 1 | 某街道 | 1 |) is never part of a sentence: a row of words and
 * names adds nothing, a row that says something adds its values without the pipes.
 */
function textInItem(text: string): string {
  return tableRowText(text) ?? text.trim();
}

/**
 * The first row of a table whose cells are all short words without numbers (学历层次 | 年龄要求):
 * the column names, not an item.
 */
function isHeaderRow(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index]!;
  if (line.kind !== 'table-row' || !line.cells || lines[index - 1]?.kind === 'table-row' || lines[index + 1]?.kind !== 'table-row') return false;
  return line.cells.every((cell) => [...cell].length <= 8 && !/\d/u.test(cell));
}

/**
 * A table row as an item of its own: its first cell names it, the others say it (人员类别 → 渠道),
 * written `名称：说明` so that a process step takes the name as its title. A serial number is dropped.
 */
function tableRowItem(cells: readonly string[]): string {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  const named = filled.length > 1 && /^\d{1,3}$/u.test(filled[0]!) ? filled.slice(1) : filled;
  return named.length > 1 ? `${named[0]}：${named.slice(1).join('，')}` : (named[0] ?? '');
}

/** A table row as one piece of an item: 博士研究生，50周岁以下，拥有博士学历即可；. */
function rowText(cells: readonly string[]): string {
  return `${cells.map((cell) => cell.trim().replace(/[。；;]$/u, '')).filter(Boolean).join('，')}；`;
}

/**
 * 一、申报条件 （一）基本条件 / 在本市注册的企业…: a numbered heading that is only a name of the field,
 * over paragraphs of its own, is a sub-heading: its paragraphs are the items, not its name run into them.
 */
function isBareSubheading(node: HeadingNode, field: DraftField): boolean {
  // 窗口办理流程 over its paragraphs names one way of the steps: its name is that step's title.
  if (field === 'process' || node.field !== field || node.label === undefined || node.value !== undefined || node.children.length > 0 || node.body.length === 0) return false;
  return matchingText(node.text).replace(/[。：\s]+$/u, '') === matchingText(node.label).trim() && fieldForHeading(node.label, { synonymsOnly: true }) === field;
}

/** A child that only groups items: a short label with items under it and no text of its own. */
function isGroup(node: HeadingNode, field: DraftField): boolean {
  // 第二步：办理申领 over （一）网上办理 （二）现场办理: one step, the ways to do it its detail.
  if (node.children.length === 0 || node.value || node.style === 'step') return false;
  // 项目申报书。 over （1）封面 （2）正文: in a materials list a full stop ends a paper with its
  // parts, never a group title (steps, by contrast, are often titled 受理和初审。).
  if (field === 'materials' && /。$/u.test(matchingText(node.text))) return false;

  // 重点企业需提供：①…②…: an entry with its own sub-list is one item, not a group.
  if (node.label !== undefined) return !ENTRY_LEAD.test(matchingText(node.label));
  // （一）高层次人才、急需紧缺人才申请材料要求 over 1. 2. 3.: a title too long for a label, still no sentence.
  const title = matchingText(node.text).replace(/：$/u, '');
  return node.body.length === 0 && node.children.length >= 2 && [...title].length <= MAX_GROUP_TITLE && !/[。；，]/u.test(title) && !ALTERNATIVES.test(matchingText(node.text)) && !ENTRY_LEAD.test(title) && !/(?:以下|下列|如下)/u.test(title);
}

/** A lead-in that ends in what the entry provides: its sub-list is the entry's content. */
const ENTRY_LEAD = /(?:需提供|须提供|应提供|需提交|须提交|应提交|提供|提交|包括|包含)$/u;
const MAX_GROUP_TITLE = 40;

/**
 * An item whose own line ends in a colon (…确定，其中：) with plain lines under it, each a finished
 * statement: the lines are cases of their own, unless the colon introduces alternatives or what an
 * entry provides.
 */
function isLeadOverLines(node: HeadingNode): boolean {
  if (!node.source || node.children.length > 0 || node.body.length < 2 || node.label !== undefined) return false;
  const own = matchingText(node.text);
  return /(?:其中|具体如下|分别为)[：:]$/u.test(own) && !ALTERNATIVES.test(own) && node.body.every((line) => /[。；]$/u.test(matchingText(line.text)));
}

/** An item whose own text is a finished sentence (…可申请创业担保贷款。) with numbered items under it. */
function isSentenceOverList(node: HeadingNode): boolean {
  if (!node.source || node.children.length === 0 || node.label !== undefined) return false;
  // Its own line: a line ending in ： introduces its sub-list, whatever paragraph follows.
  const own = matchingText(node.text);
  return /。$/u.test(own) && !ALTERNATIVES.test(own);
}

/** Longest name of a step over its text (公布结果及确认学位). */
const MAX_STEP_NAME = 12;

export interface ItemOptions {
  /** Split plain lines at arrows too (流程: 网上申报→审核→拨付). */
  arrows?: boolean;
}

/** The items of one section node, without those of nested sections mapped to another field. */
/**
 * 农社科 沈柳瑜 89553542 (a copier's ??? before it): a line of names and one phone number only is a
 * contact left under the last section, no item of it; the contacts finder reads every line.
 */
const CONTACT_ONLY = /^[\p{Script=Han}\s?？*·]{2,24}[\d－-]{7,13}$/u;

/**
 * The section's plain lines up to the notice's signature: a line that is only a date (2018年4月17日)
 * signs the notice, and the line of offices above it (鹤壁市科技局    鹤壁市财政局) is its signer. What
 * follows them is the page's (留言与评论, 验证码, the site's footer), and none of the three is an item
 * of the last section, whatever field it has.
 */
function unsignedBody(body: readonly SourceLine[]): readonly SourceLine[] {
  const dated = body.findIndex((line) => signDate(line.text) !== undefined);
  if (dated < 0) return withoutFlatTables(body);
  let end = dated;
  while (end > 0 && isSignerLine(body[end - 1]!.text)) end -= 1;
  return withoutFlatTables(body.slice(0, end));
}

/** 注： / 备注： alone on its line: what follows is notes on the list above (how to bind, stamp, copy), no more of it. */
const NOTE_LABEL = /^(?:注|备注|附注)\s*[：:]$/u;

/** The first bare 注： in the section's own lines or in those of its direct children. */
function noteLabelLine(node: HeadingNode): SourceLine | undefined {
  const candidates = [...node.body, ...node.children.flatMap((child) => child.body)].filter((line) => NOTE_LABEL.test(matchingText(line.text).trim()));
  return candidates.sort(compareLines)[0];
}

/** A table cell as a copier leaves it, one per line: short, no sentence punctuation. */
const FLAT_CELL = /^[^。，；：,;:]{1,20}$/u;

/**
 * 序号 / 申报类别 / 1 / 数字经济落户项目 / 2 / …: a table a page copier flattened to one cell per line.
 * Its header 序号 says what the run is, and its cells (a row number, a category's name) are no
 * items of the section; a lone row number is none anywhere. The run ends at the first sentence.
 */
function withoutFlatTables(body: readonly SourceLine[]): readonly SourceLine[] {
  const kept: SourceLine[] = [];
  let inTable = false;
  for (const line of body) {
    const text = matchingText(line.text).trim();
    if (line.kind !== 'table-row' && text === '序号') {
      inTable = true;
      continue;
    }
    if (inTable && line.kind !== 'table-row' && FLAT_CELL.test(text)) continue;
    inTable = false;
    if (line.kind !== 'table-row' && /^\d{1,3}$/u.test(text)) continue;
    kept.push(line);
  }
  return kept;
}

/** 鹤壁市科技局               鹤壁市财政局: only office names, side by side or alone. */
function isSignerLine(text: string): boolean {
  const parts = matchingText(text).trim().split(/\s+/u).filter(Boolean);
  return parts.length > 0 && parts.every(isOfficeName);
}

export function sectionItems(node: HeadingNode, field: DraftField, options: ItemOptions = {}): DraftItem[] {
  const items: DraftItem[] = [];
  const arrows = options.arrows === true;
  const push = (text: string, lines: SourceLine[]) => {
    const trimmed = trimItem(text);
    if (trimmed && !CONTACT_ONLY.test(matchingText(trimmed))) items.push({ text: trimmed, lines });
  };
  // 一、申报条件：找准您的定位 — a few words after the heading's colon are its subtitle, not an item.
  const subtitle = node.value !== undefined && (node.body.length > 0 || node.children.length > 0) && [...node.value].length <= 10 && !/[\d，。；、]/u.test(matchingText(node.value));
  if (node.value && node.source && !subtitle) {
    for (const part of splitLine(node.value, arrows)) push(part, [node.source]);
  }
  // Paragraphs after the section's numbered items are not items of it (see detachTrailingProse).
  const lastChild = node.children.length > 0 ? node.children[node.children.length - 1]!.source : undefined;
  const firstChild = node.children[0]?.source;
  let alternativesTaken = false;
  // 此次申报对象为：已获得…称号。 — a key whose value is a whole sentence says all it holds on its line;
  // the plain paragraphs after it, with nothing numbered, are the text going on (a news page's next
  // paragraph, its comment box), not more items, whatever field the key names.
  const saidInline = node.value !== undefined && node.children.length === 0 && /[。]$/u.test(matchingText(node.value).trim());
  const body = unsignedBody(node.body);
  // 注： over 1. 以上材料一式两份… 2. 所有复印件需加盖公章: the list has ended; its notes follow.
  const note = noteLabelLine(node);
  for (const [index, line] of body.entries()) {
    if (saidInline) break;
    if (note !== undefined && compareLines(line, note) >= 0) break;
    if (lastChild !== undefined && compareLines(line, lastChild) > 0) break;
    const normalised = matchingText(line.text);
    // The lead-in stands right before the numbered children (no plain line or table row between them).
    const next = body[index + 1];
    const leadsChildren =
      firstChild !== undefined && compareLines(line, firstChild) <= 0 && (!next || compareLines(next, firstChild) > 0 || (compareLines(next, line) === 0 && compareLines(line, firstChild) === 0));
    if (ALTERNATIVES.test(normalised) && LEAD_IN.test(normalised) && leadsChildren && node.children.every((child) => child.field === undefined || child.field === field)) {
      // …且同时符合以下条件之一的家庭： over （一）（二）（三）: the alternatives under it are one item with it.
      const alternatives = node.children.flatMap(nodeLines);
      push(joined([line, ...alternatives]), [line, ...alternatives]);
      alternativesTaken = true;
      continue;
    }
    if (ALTERNATIVES.test(normalised) && LEAD_IN.test(normalised) && index < body.length - 1) {
      // 满足以下条件之一： followed by its alternatives as plain lines: together, one item.
      const rest = body.slice(index);
      push(joined(rest), rest);
      break;
    }
    // A lead-in before numbered items (…满足以下条件：) introduces them; it is not one.
    if (LEAD_IN.test(normalised) && (node.children.length > 0 || index < body.length - 1)) continue;
    if (isHeaderRow(body, index)) continue;
    if (line.kind === 'table-row' && line.cells) {
      push(tableRowItem(line.cells), [line]);
      continue;
    }
    for (const part of splitLine(line.text, arrows)) push(part, [line]);
  }
  for (const child of alternativesTaken ? [] : node.children) {
    if (child.aside || (child.field !== undefined && child.field !== field)) continue;
    if (note !== undefined && child.source !== undefined && compareLines(child.source, note) > 0) break;
    // （2）学历证明材料 over ①毕业证书 ②认证报告: a paper and its parts, one materials entry.
    const paperWithParts = field === 'materials' && child.children.length > 0 && child.children.every((part) => part.style === 'circled');
    if (!paperWithParts && (isGroup(child, field) || (child.field === field && child.children.length > 0) || isBareSubheading(child, field))) {
      items.push(...sectionItems(child, field, options));
      continue;
    }
    // （一）年龄条件：…。（二）缴费年限条件：…。…（注：…）: one case of the section per keyed line,
    // said in all its sentences, as a line that names its thing before a colon is (see splitLine).
    // A key that is itself a section's name (基本条件：A。B。) still lists one item per sentence.
    if (child.field === field && child.value && child.children.length === 0 && field !== 'process' && [...matchingText(child.value).matchAll(INLINE_ITEM_MARKERS)].length < 2 && fieldForHeading(child.label ?? '', { synonymsOnly: true }) === undefined) {
      push(child.value, [child.source!]);
      for (const line of child.body) for (const part of splitLine(line.text, arrows)) push(part, [line]);
      continue;
    }
    if (child.field === field && child.value) {
      items.push(...sectionItems(child, field, options));
      continue;
    }
    if (isLeadOverLines(child)) {
      // （三）特困人员标准按…确定，其中： over one line per case: the rule and each case are items.
      const marker = child.source ? lineMarker(child.source.text) : undefined;
      push(child.source!.text.slice(marker?.length ?? 0).trim().replace(/[，,]?\s*(?:其中|具体如下|分别为)?\s*[：:]$/u, ''), [child.source!]);
      for (const line of child.body) push(line.text, [line]);
      continue;
    }
    // A materials entry keeps its sub-list (申报书。（1）封面（2）正文 is one paper).
    if (field !== 'materials' && isSentenceOverList(child)) {
      // （一）…自筹资金不足，并符合以下条件的，可申请。 over 1. 2. 3.: the sentence and each
      // condition under it are items of their own (a lead-in to alternatives keeps them together).
      const marker = child.source ? lineMarker(child.source.text) : undefined;
      push(child.source!.text.slice(marker?.length ?? 0).trim() + joined(child.body), [child.source!, ...child.body]);
      items.push(...sectionItems({ ...child, body: [], value: undefined, source: undefined }, field, options));
      continue;
    }
    const { lines, afterTable } = cutAtTable(nodeLines(child));
    const marker = child.source ? lineMarker(child.source.text) : undefined;
    const own = child.source ? child.source.text.slice(marker?.length ?? 0) : '';
    const rest = lines.slice(1).map((line) => textInItem(line.text)).join('');
    // 第一步：提前准备回执号 over its explanation: the step's name is its title, the text its detail.
    // （二）招生录取 over what happens in it, in a process: the short name is the step's title too.
    const short = field === 'process' && child.label !== undefined && child.value === undefined && [...own.trim()].length <= MAX_STEP_NAME && !/[，。；：、]/u.test(matchingText(own.trim()));
    const named = (child.style === 'step' || short) && rest !== '' && !/[，。；：]$/u.test(matchingText(own.trim()));
    push(named ? `${own.trim()}：${rest}` : own.trim() + rest, lines);
    // A later row of the table (a second one after a paragraph) keeps its words, without the pipes.
    for (const line of afterTable) {
      const text = textInItem(line.text);
      if (text !== '') push(text, [line]);
    }
  }
  // 申请材料：无 — a section that says there is nothing of its kind lists nothing.
  return items.length === 1 && SAYS_NONE.test(matchingText(items[0]!.text)) ? [] : items;
}

/** An item that only says there is none: 无, 暂无, 无需提供, 不需要。 */
const SAYS_NONE = /^(?:无|暂无|没有|无需(?:提供|提交)?|不需要(?:提供|提交)?|不需提供)[。.]?$/u;
