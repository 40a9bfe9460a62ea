/**
 * Lines that hold a whole document: text copied from web pages often arrives as one paragraph,
 * "一、申报对象 1.注册在… 2.奖励标准:… 二、申报流程 1.…". Such a line is cut before each numbering
 * marker that continues a count (一、 after nothing or after 一、 comes 二、; 1. then 2.; (1) then
 * (2)), so the heading tree sees the structure. Markers that only count inside a sentence (见附件2、3)
 * do not continue a count and stay; neither do the (1)(2) and ①② of alternatives, which belong to
 * their item.
 *
 * Copies that lost their line breaks and some punctuation too ("…负责,2、申报单位…,三、联系方式1、
 * 申报受理…部652460552、业务咨询…") are cut where the structure still shows:
 * - a heading that names a card field (二、申报要求) starts a part even after a comma, and even when
 *   the count before it was lost (the copier dropped 一、);
 * - the first item run into such a heading (申报条件1. …) starts after it;
 * - after a comma, a count that was already cut in the same line goes on (…，2、…);
 * - an item number glued to the end of a phone number (…部65246055 + 2、) is cut off the number;
 * - 附件： starts the list of attachments wherever it stands;
 * - the notice's announcement of itself (现将有关事项通知如下：) ends its preamble, so the body that a
 *   run-on copy glued to it starts a line of its own (see NOTICE_ANNOUNCEMENT).
 */
import type { SourceLine } from './source-document.js';
import { fieldForHeading } from './field-for-heading.js';
import { FIELD_SYNONYMS, SUBJECT_VERBS } from './field-synonyms.js';
import { chineseNumberValue, HEADING_MARKER, INLINE_HEADING_MARKERS, RUN_IN_ITEM, SALUTATION_LINE } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { tableRowText } from './table-row-text.js';

/** Where a marker may start inside a line: after a space or the end of a sentence or clause. */
const BEFORE = /[\s。；！？：]$/u;
const AFTER_COMMA = /，\s*$/u;
const ALTERNATIVES = /(?:之一|其一|任一|任意一项|其中一项)[^：]{0,10}：[^。]*$/u;
/** A lead-in to alternatives: the (1)(2) after it are its alternatives, whatever punctuation they hold. */
const ALTERNATIVES_LEAD = /(?:之一|其一|任一|任意一项|其中一项)[^：]{0,10}：/u;
/** The words of a heading label run into what follows it: Chinese characters up to a digit, bracket, colon or space. */
const RUN_IN_LABEL = /^[\u4e00-\u9fa5]{2,10}(?=[\d（：\s]|$)/u;
/**
 * 附件：/附件1： inside a line after a sentence end, a number or a closing bracket (…65236208附件：…,
 * …721室）附件：…), never inside a
 * sentence that refers to it (详见附件：, 请下载附件：).
 */
const ATTACHMENTS = /(?<=[\s。；！？\d）])附件[\d一二三四五六七八九十]*：/gu;
/**
 * 现将有关事项通知如下： / 有关事宜通告如下： at the end of a notice's opening paragraph: the notice
 * announcing itself. What comes before it (addressees, 根据…, the aim) is the preamble, what comes
 * after it the body; the preamble is no item of any field.
 */
const NOTICE_ANNOUNCEMENT = /(?:通知|通告|公告)如下：/u;
const ANNOUNCEMENT_END = new RegExp(`(?<=${NOTICE_ANNOUNCEMENT.source})`, 'gu');
const ENDS_IN_ANNOUNCEMENT = new RegExp(`${NOTICE_ANNOUNCEMENT.source}[?？\\s]*$`, 'u');

/**
 * The notice's preamble: a line that ends in its announcement of itself (the cut above leaves
 * nothing after it), or the line of addressees alone. Neither is an item of any field.
 */
export function isNoticePreamble(line: SourceLine): boolean {
  const text = matchingText(line.text).trim();
  return ENDS_IN_ANNOUNCEMENT.test(text) || SALUTATION_LINE.test(text);
}
/** （1） at the start of a line: the first of its own list. */
const OPENS_WITH_FIRST = /^\s*（\s*1\s*）/u;
/** A line this long holds more than one item even when nothing else marks it as run-on. */
const RUN_ON = 150;
/** Lengths of a phone number without separators: local 7/8 digits, mobile 11, area code + number 11/12. */
const PHONE_LENGTHS = new Set([7, 8, 11, 12]);

interface Candidate {
  index: number;
  token: string;
  style: string;
  /** An item number glued to a phone number: the run of digits it was cut from. */
  glued?: number;
}

function valueOf(token: string): number {
  return chineseNumberValue(token.replace(/^第|[章条、.（）]/gu, ''));
}

/** The card field a heading label names when the label is all there is: 二、申报要求 → conditions. */
function runInField(textAfterMarker: string): boolean {
  const label = RUN_IN_LABEL.exec(textAfterMarker);
  return label !== null && fieldForHeading(label[0], { synonymsOnly: true }) !== undefined;
}

/** 二、申报条件 and nothing else: a numbered heading whose words all name a field. */
function isBareFieldHeading(text: string): boolean {
  const marker = HEADING_MARKER.exec(text);
  if (!marker) return false;
  const rest = text.slice(marker[0].length).trim();
  return RUN_IN_LABEL.exec(rest)?.[0] === rest && runInField(rest);
}

/** Synonyms of every field, longest first, in the matching spelling. */
const SYNONYMS = Object.values(FIELD_SYNONYMS)
  .flat()
  .map((synonym) => matchingText(synonym))
  .sort((a, b) => b.length - a.length);
/** What may follow a heading's words inside the heading itself: 申报对象及条件, 申报时间（2026年）, 申报条件： */
const HEADING_GOES_ON = /^[及和与、（：\s]/u;
const MIN_RUN_IN_TEXT = 4;

/**
 * 一、申报对象在本市注册的企业。: in a run-on copy a heading and its first sentence run together.
 * The piece is cut after the field's synonym when real text follows it (not 及条件, not a bracket).
 */
function withoutRunInText(piece: string): string[] {
  const text = matchingText(piece);
  const marker = HEADING_MARKER.exec(text);
  if (!marker) return [piece];
  const after = text.slice(marker[0].length);
  const synonym = SYNONYMS.find((words) => after.startsWith(words));
  if (!synonym) return [piece];
  const rest = after.slice(synonym.length);
  if ([...rest.trim()].length < MIN_RUN_IN_TEXT || HEADING_GOES_ON.test(rest) || RUN_IN_ITEM.test(rest) || SUBJECT_VERBS.some((verb) => rest.startsWith(verb))) return [piece];
  const cut = marker[0].length + synonym.length;
  return [piece.slice(0, cut).trim(), piece.slice(cut).trim()];
}

function candidatesIn(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(INLINE_HEADING_MARKERS)) {
    const style = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
    if (style) found.push({ index: match.index, token: match[0], style });
  }
  // 65246055 followed by 2、: a run of digits one or two longer than a phone number, then 、.
  for (const match of text.matchAll(/\d{8,14}(?=、)/gu)) {
    for (const width of [1, 2]) {
      const phone = match[0].length - width;
      // An item number never starts with 0: 652409903、 is 65240990 and 3、, not 6524099 and 03、.
      if (PHONE_LENGTHS.has(phone) && match[0][phone] !== '0') found.push({ index: match.index + phone, token: `${match[0].slice(phone)}、`, style: 'comma', glued: match.index });
    }
  }
  for (const match of text.matchAll(ATTACHMENTS)) found.push({ index: match.index, token: match[0], style: 'attachments' });
  // 通知如下：一、…: the marker's own cut already starts the body (and keeps its count).
  for (const match of text.matchAll(ANNOUNCEMENT_END)) {
    const markerNext = found.some((candidate) => candidate.index >= match.index && text.slice(match.index, candidate.index).trim() === '');
    if (text.slice(match.index).trim() !== '' && !markerNext) found.push({ index: match.index, token: '', style: 'announcement' });
  }
  return found.sort((a, b) => a.index - b.index || (a.glued === undefined ? -1 : 1));
}

/** 补贴范围： after a comma: a key whose words are a field's heading, run on after the last key's value. */
const RUN_ON_KEY = /(?<=[，；。]\s*)([\u4e00-\u9fa5]{2,6})：/gu;
/** The same key at the line's start. */
const LEADING_KEY = /^([\u4e00-\u9fa5]{2,6})：/u;

/**
 * 补贴对象：…，补贴范围：…，补贴标准：…，申请程序：…: a guide whose labels lost their line breaks and
 * have no numbers. When the line opens with such a key and at least one more follows a comma, each
 * key starts a part, so the heading tree sees one key line per field. Keys that name no field
 * (时间：, 地点：) stay inside their part.
 */
function keyRunCuts(text: string): number[] {
  const names = (label: string) => fieldForHeading(label, { synonymsOnly: true }) !== undefined;
  const leading = LEADING_KEY.exec(text);
  if (!leading || !names(leading[1]!)) return [];
  return [...text.matchAll(RUN_ON_KEY)].filter((match) => names(match[1]!)).map((match) => match.index!);
}

/** Styles whose markers count a document's parts and items; a chain of them is read in a run-on line. */
const CHAIN_STYLES = new Set(['chinese', 'parenChinese', 'dot', 'comma', 'parenDigit']);
/** The fewest links of a chain in a line no longer than RUN_ON. */
const SHORT_CHAIN = 3;
/** The fewest characters of text between two links of a chain: 附件2、3、4 and 1、2月 count no parts. */
const MIN_LINK_TEXT = 2;
/** 附件2、 / 附表1. / 第3. / 图2、: a number that names another paper or a place in one, not a part. */
const CITES_BEFORE = /(?:附件|附表|第|图)$/u;
/** A bracket that does not close within this many characters is a copier's stray mark, not an aside. */
const MAX_ASIDE = 80;
const OPENERS = '（《“【「〔';
const CLOSERS = '）》”】」〕';

/** Where the text stands inside brackets (（…）, 《…》, “…”): a number there belongs to the aside. */
function insideBrackets(text: string): boolean[] {
  const inside: boolean[] = new Array<boolean>(text.length).fill(false);
  for (let open = 0; open < text.length; open++) {
    const kind = OPENERS.indexOf(text[open]!);
    if (kind < 0) continue;
    const close = text.indexOf(CLOSERS[kind]!, open + 1);
    if (close < 0 || close - open > MAX_ASIDE) continue;
    for (let index = open + 1; index < close; index++) inside[index] = true;
  }
  return inside;
}

/**
 * Markers of one style that count up through a run-on line: 一、…二、…三、, （一）…（二）…, 1、…2、…3、,
 * （1）…（2）…. A copy that lost its line breaks keeps this sequence even where it lost the
 * punctuation before a marker (…申请二、政策依据…) or a link of the chain (一、…三、 where the mirror
 * dropped 二、), so each link is where a typed document broke its line. A chain starts again at 1
 * under the next part (1、2、3、 under （二）, 1、2、 under 三、). Numbers that form no chain stay:
 * amounts and dates are no markers, 附件2、3、4 and 第1条 cite, a number inside brackets is the
 * aside's, and a link needs text of its own before the next one.
 */
function chainLinks(text: string, candidates: readonly Candidate[], minLinks: number): Set<number> {
  const inside = insideBrackets(text);
  const links = new Set<number>();
  const byStyle = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (!CHAIN_STYLES.has(candidate.style) || candidate.glued !== undefined) continue;
    // 652460552、: the end of a phone number, not a marker (the glued reading above cuts it off).
    if (inside[candidate.index] || CITES_BEFORE.test(text.slice(0, candidate.index)) || /\d$/u.test(text.slice(0, candidate.index))) continue;
    byStyle.set(candidate.style, [...(byStyle.get(candidate.style) ?? []), candidate]);
  }
  for (const found of byStyle.values()) {
    let chain: Candidate[] = [];
    const close = () => {
      if (chain.length >= minLinks) for (const link of chain) links.add(link.index);
      chain = [];
    };
    for (const candidate of found) {
      const value = valueOf(candidate.token);
      const previous = chain[chain.length - 1];
      const gap = previous === undefined ? 0 : value - valueOf(previous.token);
      const ownText = previous === undefined ? '' : text.slice(previous.index + previous.token.length, candidate.index);
      const hasText = [...ownText.matchAll(/[\u4e00-\u9fa5]/gu)].length >= MIN_LINK_TEXT;
      if (previous !== undefined && (gap === 1 || gap === 2) && hasText) chain.push(candidate);
      else if (value === 1 || previous === undefined) {
        close();
        chain = [candidate];
      }
    }
    close();
  }
  return links;
}

export function splitInlineHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const last = new Map<string, number>();
  const out: SourceLine[] = [];
  for (const line of lines) {
    // A table row is whole by construction: numbering inside a cell (1.线上办理 2.现场办理) is the cell's.
    // So is a row a page's text kept with its pipes (可办理具体条件 | 甲地区受理条件为：1.…2.…).
    if (line.kind === 'table-row' || tableRowText(line.text)) {
      out.push(line);
      continue;
    }
    const text = matchingText(line.text);
    const cuts: number[] = [];
    const cutStyles = new Set<string>();
    const parenCuts = new Set<number>();
    const usedRuns = new Set<number>();
    // Where the last marker other than (1) was cut: alternatives are looked for from there.
    let outer = 0;
    const candidates = candidatesIn(text);
    // A run-on line: the markers that count up through it are cut wherever they stand. In a shorter
    // line two markers may be one item's parts; three that count up are a list run together.
    const links = chainLinks(text, candidates, [...text].length > RUN_ON ? 2 : SHORT_CHAIN);
    for (const candidate of candidates) {
      const { index, style } = candidate;
      if (candidate.glued !== undefined && usedRuns.has(candidate.glued)) continue;
      if (cuts.length > 0 && index <= cuts[cuts.length - 1]!) continue;
      const since = text.slice(cuts[cuts.length - 1] ?? 0, index);
      const before = text.slice(0, index);
      if (style === 'attachments' || style === 'announcement') {
        if (index > 0) {
          cuts.push(index);
          outer = index;
        }
        continue;
      }
      const value = valueOf(candidate.token);
      const previous = last.get(style);
      const continues = previous !== undefined && value === previous + 1;
      const linked = links.has(index);
      const counts = (value === 1 && candidate.glued === undefined) || continues || linked;
      const afterMarker = text.slice(index + candidate.token.length);
      const fieldHeading = style === 'chinese' && runInField(afterMarker);
      if (!counts && !fieldHeading) continue;
      if (index === 0) {
        last.set(style, value);
        continue;
      }
      // 二、申报条件1. 科技…: the first item run into a heading that names a field.
      const firstAfterHeading = value === 1 && isBareFieldHeading(since);
      const placed =
        candidate.glued !== undefined ||
        linked ||
        BEFORE.test(before) ||
        firstAfterHeading ||
        (AFTER_COMMA.test(before) && (fieldHeading || (continues && cutStyles.has(style))));
      if (!placed) continue;
      if ((style === 'dot' || style === 'comma') && ALTERNATIVES.test(since)) continue;
      if (style === 'parenDigit' && ALTERNATIVES_LEAD.test(text.slice(outer, index))) continue;
      cuts.push(index);
      cutStyles.add(style);
      if (style === 'parenDigit') parenCuts.add(index);
      if (candidate.glued !== undefined) usedRuns.add(candidate.glued);
      if (style !== 'parenDigit') outer = index;
      last.set(style, value);
    }
    // (1)(2) split only a run-on line: in an ordinary line (（一）给予奖励：(1)国家级…(2)省级…) they
    // are the parts of its one item. A line that opens with (1) has no item for them to be parts
    // of: it is the list itself, run onto one line (（1）…。 （2）…。 under 申报条件).
    if (cuts.length === parenCuts.size && [...text].length <= RUN_ON && !OPENS_WITH_FIRST.test(text)) cuts.length = 0;
    if (cuts.length === 0) cuts.push(...keyRunCuts(text));
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    const bounds = [0, ...cuts, line.text.length];
    for (let index = 0; index + 1 < bounds.length; index++) {
      const piece = line.text.slice(bounds[index], bounds[index + 1]).trim();
      for (const part of withoutRunInText(piece)) out.push({ ...line, text: part, kind: undefined, level: undefined });
    }
  }
  return out.map((line) => {
    const { kind, level, ...rest } = line;
    return { ...rest, ...(kind !== undefined ? { kind } : {}), ...(level !== undefined ? { level } : {}) };
  });
}
