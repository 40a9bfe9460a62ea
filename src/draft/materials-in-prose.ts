/**
 * Materials named inside a sentence about sending them, when no section lists them:
 * "于7月1日前将申请表、信用承诺书、企业营业执照（复印件）胶装后，一式四份报送至…" → 申请表 / 信用承诺书 /
 * 企业营业执照（复印件）. Only what sits between 将 and the sending verb counts, and only when it
 * names papers (表, 材料, 文件, 证明…), so an ordinary sentence gives nothing.
 */
import { matchingText } from './normalise-text.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

/** Sending verbs; 线上报送/网上报送 send online, so their 上报 is not the verb (…申报材料线上报送市局). */
const SEND = /报送|(?<![线网])上报|提交|报至|发送|寄送|递交|送至|交至/u;
const PAPERS = /表|材料|文件|文档|证明|复印件|申请书|报告|承诺书|证书|扫描件|清单|说明/u;
/** What follows a paper in such a list but is not one: 胶装后, 一式四份, 装订成册. */
const NOT_A_PAPER = /^(?:胶装|装订|一式|分别|统一|并|加盖|盖章)/u;
const BINDING = /(?:胶装|装订|加盖公章|盖章)[^、，]*$/u;

/** A verb that hands papers over, with the papers after it: 需上传…承诺书, 提交…申请表. */
const HAND_OVER = /(?:上传|提交|提供|报送|递交|携带|附上|附送)/gu;
/** How the name of a paper ends. */
const PAPER_NAME = /(?:表|书|证明|证明材料|佐证材料|附件材料|支撑材料|复印件|扫描件|报告|证书|清单|执照|合同|发票|截图|照片|相片|证件|身份证|居住证|户口簿|凭证|函)》?(?:（[^（）]*）)?$/u;
/** An office as the subject of the clause (区民政部门应于每年1月底向市里报送…): its own reporting, not the applicant's papers. */
const OFFICE_SUBJECT = /^[^，。；]{0,12}(?:部门|局|委员会|政府|办公室|机构|中心)(?:应|须|要|负责|于|在|将|每年|按)/u;
/** A paper named only by kind (相关材料, 申报材料): no item of its own. */
const GENERIC = /(?:相关|有关|上述|以上|全部|所有|其他|申报|申请)(?:材料|资料|文件)/u;
/** A clause that sets a condition on the papers after it: 如选择较小户型，需同时上传…. */
const CONDITION_CLAUSE = /^[^，。；]*(?:如|若|凡|对于|属于)[^，。；]*[，；]/u;

/**
 * 提交意向房源前需上传甲承诺书及乙承诺书。 → 甲承诺书 / 乙承诺书: the papers after the last
 * hand-over verb of a clause, when every part names a paper. A paper asked for only under a
 * condition (如…，需同时上传…承诺书) keeps its condition: the whole sentence is the item.
 */
function papersAfterVerb(sentence: string, normalised: string): string[] {
  for (const verb of [...normalised.matchAll(HAND_OVER)].reverse()) {
    const from = verb.index + verb[0].length;
    const clauseEnd = normalised.slice(from).search(/[，。；]/u);
    const to = clauseEnd < 0 ? normalised.length : from + clauseEnd;
    const listText = normalised.slice(from, to).replace(/^(?:以下|下列|如下)?/u, '');
    const closed = closedList(sentence.slice(to - listText.length, to), listText);
    if (closed) {
      if (OFFICE_SUBJECT.test(normalised.slice(normalised.slice(0, verb.index).search(/[^，。；]*$/u), verb.index))) return [];
      return closed;
    }
    const parts = splitOutsideBrackets(listText, '、').flatMap((part) => part.split(/及|和|以及/u)).map((part) => part.trim());
    if (parts.length === 0 || !parts.every((part) => PAPER_NAME.test(part) && !GENERIC.test(part) && !HAND_OVER_ONE.test(part))) continue;
    const clauseStart = normalised.slice(0, verb.index).search(/[^，。；]*$/u);
    if (OFFICE_SUBJECT.test(normalised.slice(clauseStart, verb.index))) return [];
    if (CONDITION_CLAUSE.test(normalised.slice(0, verb.index))) return [sentence.trim()];
    const start = to - listText.length;
    return splitOutsideBrackets(sentence.slice(start, to), '、').flatMap((part) => part.split(/及|和|以及/u)).map((part) => part.trim()).filter(Boolean);
  }
  return [];
}

const HAND_OVER_ONE = new RegExp(HAND_OVER.source, 'u');

/** The word that closes a list of papers: 《申请表》、劳动合同、银行流水等资料(到窗口办理). */
const CLOSING_KIND = /等(?:相关|有关)?(?:资料|材料|证件|证明材料|文件)(?=$|[到至往去向于])/u;
/** Longest part of a closed list: a paper's name, not a clause. */
const MAX_CLOSED_PART = 30;

/**
 * A list that its closing word (…等资料, …等材料) declares to be papers: every part between 、 is
 * one, whatever its name ends with (工资发放银行流水), and 和 inside a part joins what is asked for
 * together (身份证件和户籍证明). At least two parts, none a clause or a generic kind.
 */
function closedList(original: string, normalised: string): string[] | undefined {
  const closing = CLOSING_KIND.exec(normalised);
  if (!closing) return undefined;
  const parts = splitOutsideBrackets(original.slice(0, closing.index), '、').map((part) => part.trim());
  const fits = parts.length >= 2 && parts.every((part) => part !== '' && [...part].length <= MAX_CLOSED_PART && !/[，。；：]/u.test(matchingText(part)) && !GENERIC.test(part) && !HAND_OVER_ONE.test(part));
  return fits ? parts : undefined;
}

/** Top-level parts of `text` (outside brackets) between 、 ， and 以及. */
function listParts(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if ('（《“'.includes(char)) depth++;
    else if ('）》”'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '、' || char === '，')) {
      spans.push([start, index]);
      start = index + 1;
    }
  }
  spans.push([start, text.length]);
  return spans;
}

/**
 * The text with what stands inside brackets and book-title marks blanked out, index for index:
 * 将申报材料（材料提交要求见附件2）的电子版报送… must find its sending verb after the bracket, not
 * the 提交 inside it.
 */
function bracketsBlanked(text: string): string {
  let depth = 0;
  let blanked = '';
  for (const char of text) {
    if ('（《“'.includes(char)) depth++;
    const inside = depth > 0;
    if ('）》”'.includes(char)) depth = Math.max(0, depth - 1);
    blanked += inside ? '□'.repeat(char.length) : char;
  }
  return blanked;
}

/** How many copies and in which form (纸质件一式三份, 的电子版): how a paper is sent, not which. */
const COPIES = /(?:的)?(?:纸质件|纸质版|电子版|电子档)?(?:一式[一二三四五六七八九十两\d]+份)?$/u;
/** A part that names papers only by kind once its copies are cut (申报材料, 纸质材料, 材料). */
const KIND_ONLY = /^(?:最终版|正式版?|纸质|电子|书面)*(?:相关|有关|上述|以上|全部|所有|其他|申报|申请|项目)?(?:材料|资料|文件|文档)$/u;
/**
 * 请各镇（街道）经发办于…前…并将推荐项目清单报送…, 请各地于8月5日前将推荐报告…报送省厅, 各县（市、区）科技局将
 * 推荐材料…报送…, 各地经发办（局）对…审核、汇总，将企业申报材料…上报…: an office's own reporting (各地 are
 * the offices a notice addresses), not the applicant's papers.
 */
const OFFICE_SENDS = /^(?:（[一二三四五六七八九十\d]+）)?请?各(?:地|[^，。；]{0,12}(?:部门|局|委员会|政府|办公室|办|机构|中心)(?:（[^（）]{1,6}）)?)(?:于|在|负责|要|应|须|将|对)/u;

/**
 * The paper a short name refers back to: 填写《某某认定申请表》（附件1）…将申请表报送 names the form in
 * full once, then by its last word. The full title, with the attachment it is, is the item.
 */
function fullTitle(sentence: string, part: string): string | undefined {
  const name = matchingText(part).replace(/^《|》$/gu, '');
  if ([...name].length < 2) return undefined;
  for (const match of sentence.matchAll(/《([^《》]+)》(?:[（(]附件[^）)]{0,4}[）)])?/gu)) {
    if (matchingText(match[1]!).endsWith(name) && match[1] !== name) return match[0];
  }
  return undefined;
}

/**
 * 按封面、申报书、营业执照（加盖公章）、相关附件材料顺序装订成册: the order a notice binds the papers
 * in names them, one part each; a cover, a contents page or a back cover is no paper.
 */
const BINDING_ORDER = /按(?:照)?([^，。；：]{4,120}?)(?:的)?顺序(?:依次)?(?:装订|胶装|排列|整理)/u;
const NOT_PAPER_PARTS = /^(?:封面|封皮|目录|封底|扉页)$/u;

function papersInBindingOrder(sentence: string, normalised: string): string[] | undefined {
  const match = BINDING_ORDER.exec(bracketsBlanked(normalised));
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1]!);
  // …、申请书及相关附件等按顺序装订: 等 closes the list and a second 按 belongs to 顺序; a part joined
  // by 及/和 is two papers, as every part of a binding order is one (营业执照及复印件 stays one).
  const parts = splitOutsideBrackets(sentence.slice(start, start + match[1]!.length).replace(/等?按?$/u, ''), '、')
    .flatMap((part) => {
      const pieces = splitOutsideBrackets(part, '及').flatMap((piece) => splitOutsideBrackets(piece, '和')).map((piece) => piece.trim());
      return pieces.length === 2 && pieces.every((piece) => [...piece].length >= 2 && !COPY_OF_IT.test(matchingText(piece))) ? pieces : [part];
    })
    .filter((part) => !NOT_PAPER_PARTS.test(matchingText(part)));
  return parts.length >= 2 && parts.every((part) => [...part].length <= MAX_CLOSED_PART) ? parts : undefined;
}

/**
 * 申报表及相关证明材料复印件: two papers joined by 及/以及, each named as one (a form, a proof, a
 * copy), are two items; 营业执照及复印件 (the copy of the same paper) and a kind alone stay one.
 */
const COPY_OF_IT = /^(?:其|相应)?(?:复印件|扫描件|原件|电子版|电子档|影印件)$/u;

function papersJoined(part: string): string[] {
  const pieces = splitOutsideBrackets(part, '及').map((piece) => piece.replace(/以$/u, '').trim());
  const papers = pieces.length === 2 && pieces.every((piece) => [...piece].length >= 3 && PAPER_NAME.test(matchingText(piece)) && !KIND_ONLY.test(matchingText(piece)) && !COPY_OF_IT.test(matchingText(piece)));
  if (!papers) {
    // 项目申报材料（一式两份）和推荐函: 和 joins two things handed in, one a named paper (…函, …表) and the
    // other a set of papers of its own (项目申报材料); a bare kind (申报材料和…) stays one.
    const byAnd = splitOutsideBrackets(part, '和').map((piece) => piece.trim());
    const bare = (piece: string) => matchingText(piece).replace(/（[^（）]*）/gu, '');
    if (byAnd.length === 2 && byAnd.every((piece) => [...bare(piece)].length >= 3 && (PAPERS.test(bare(piece)) || PAPER_NAME.test(bare(piece))) && !KIND_ONLY.test(bare(piece)) && !COPY_OF_IT.test(bare(piece))) && byAnd.some((piece) => PAPER_NAME.test(matchingText(piece)))) return byAnd;
  }
  return papers ? pieces : [part];
}

export function materialsInProse(sentence: string): string[] {
  const normalised = matchingText(sentence);
  if (OFFICE_SENDS.test(normalised.trim())) return [];
  const bound = papersInBindingOrder(sentence, normalised);
  if (bound) return bound;
  const blanked = bracketsBlanked(normalised);
  const take = blanked.lastIndexOf('将', blanked.search(SEND));
  const send = blanked.slice(take + 1).search(SEND);
  if (take < 0 || send < 0) return papersAfterVerb(sentence, normalised);
  const start = take + 1;
  const listText = normalised.slice(start, start + send);
  if (!PAPERS.test(listText)) return [];
  const items: string[] = [];
  for (const [from, to] of listParts(listText)) {
    let part = sentence.slice(start + from, start + to).trim();
    part = part.replace(/^以及|^和|^及/u, '').replace(/(?:分别|统一|一并|均|线上|网上)$/u, '').trim();
    const binding = BINDING.exec(matchingText(part));
    if (binding && binding.index > 0) part = part.slice(0, binding.index).trim();
    // 申报材料的电子档上传至…: the part runs on into the clause that sends it.
    const handOver = /上传|提交|报送|递交/u.exec(bracketsBlanked(matchingText(part)));
    if (handOver && handOver.index > 0) part = part.slice(0, handOver.index).trim();
    // 申报材料的电子版和（加盖公章纸质版）: the copies and a dangling 和 say how, not which paper.
    part = part.replace(/(?:和|及|与|以及)$/u, '').trim();
    const copies = COPIES.exec(matchingText(part));
    if (copies && copies.index > 0) part = part.slice(0, copies.index).trim();
    if (!part || NOT_A_PAPER.test(matchingText(part)) || !PAPERS.test(part) || KIND_ONLY.test(matchingText(part).replace(/（[^（）]*见[^（）]*）/gu, ''))) continue;
    items.push(...papersJoined(part).map((paper) => fullTitle(sentence, paper) ?? paper));
  }
  return items;
}

/**
 * A materials item that says when papers are taken, not which (2026年3月1日-3月31日，仅限邮寄;
 * 受理时间均为工作日上午…; 办理时效：…15个工作日内完成审核): a time or a term, never a paper.
 */
/** 2025年10月20日9:00至11月5日17:00，…: a text that opens with a span of days, its time of day included. */
const OPENS_WITH_DATES = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}\s*[:：时点]\s*(?:\d{2}\s*分?)?)?\s*(?:[-—–~～至到]|起)/u;

export function isTimeNotPaper(text: string): boolean {
  const normalised = matchingText(text).trim();
  return OPENS_WITH_DATES.test(normalised) || /受理时间|办理时效|办理时限|个工作日内/u.test(normalised);
}

/** A verb of preparing or handing in papers, with nothing of 不得/未/已 before it in its clause. */
const PAPERS_VERB = /^(?:并|且)?(?:(?![^，；]*(?:不得|不准|未|已))[^，；]{0,40}?(?:需|须|应|均需|均须|需要|必须))?(?:同时)?(?:编写|编制|填写|填报|上传|提交|提供|准备|附上)/u;
/** How the thing handed in ends: a paper, with its bracketed note. */
const PAPER_END = /(?:表|书|方案|证明|材料|复印件|扫描件|副本|原件|附件|证件|执照|报告|清单)》?(?:（[^（）]*）)*$/u;

/**
 * 各项目申报单位需编写…项目建设方案，并填写《项目汇总表》。 / 上传附件包括…申请表（…）和营业执照副本（…）。 /
 * 委托其他人申报的，须同时提供《个人委托书》…证件。: a sentence each of whose clauses prepares or hands in
 * papers (the case it applies to, a clause ending in 的, may lead it) asks for papers; it sets no
 * condition on who may apply.
 */
export function isPapersOnly(text: string): boolean {
  const clauses = splitOutsideBrackets(matchingText(text).replace(/[。；]$/u, ''), '，；').map((clause) => clause.trim()).filter(Boolean);
  const asks = clauses.filter((clause) => PAPERS_VERB.test(clause) && PAPER_END.test(clause));
  return asks.length > 0 && clauses.every((clause, index) => asks.includes(clause) || (index === 0 && /的$/u.test(clause) && clauses.length > 1));
}
