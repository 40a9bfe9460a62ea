/**
 * The notice's title: the line (or two wrapped lines) near the top that names the document,
 * 关于…的通知 or …实施细则. The reader's metaTitle is only a hint: on web pages it is often the
 * site's name, so it is used when it reads like a title itself and no title line was found.
 */
import type { SourceLine } from './source-document.js';
import { lineMarker, SALUTATION } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { isOfficeName } from './signature-block.js';
import { infoCell } from './info-cells.js';
import { isDocNoLine } from './find-doc-no.js';

/** How a title ends: the kinds of official documents that carry policies. */
const TITLE_END = /(?:通知|通告|公告|意见|办法|细则|指南|规定|方案|措施|政策|决定|批复|函|公示|规则|纲要|计划|条例|须知|说明|指引|清单|目录|申报书|规程|章程|准则|要点|规划|守则|常见问题|问答|答疑|解读)(?:（[^（）]{1,20}）)?$/u;
const ABOUT = /关于.{2,}的(?:通知|通告|公告|意见|决定|批复|函|公示|补充通知)/u;
/** How far into the document a title may start. */
const TITLE_WINDOW = 12;
const MAX_TITLE = 120;

export interface FoundTitle {
  text: string;
  lines: SourceLine[];
  /** The title is part of a line that holds more of the document, which stays in the body. */
  inText?: boolean;
}

/** A 文号 run into the end of a title line (…的通知苏科规〔2026〕2号, or after a space). */
const TRAILING_DOC_NO = /(?<=通知|意见|办法|细则|方案|决定|公告|通告|规定|指南|措施|政策)\s*[\u4e00-\u9fa5A-Za-z]{1,12}[〔\[（【]\s*(?:19|20)\d{2}\s*[〕\]）】]\s*第?\s*\d{1,5}\s*号$/u;

/** A copier's or a site's tag before or after a title: 【关注】, 【某某转发】, [转载]. */
const TAG = /^\s*[【\[][^】\]]{1,12}[】\]]\s*|\s*[【\[][^】\]]{1,12}[】\]]\s*$/gu;

/** A site's note after a title about what the page adds: (附解读), （附政策全文）, (含图解). */
const ADDED = /\s*[（(](?:附|含)[^（）()]{1,10}[）)]\s*$/u;

/** Words that end an office's name: a title may start with its issuers (某某局 某某局关于…). */
const OFFICE_END = /(?:局|厅|委|会|政府|办公室|办|部|院|中心|署|处|所|公司|管委会|委员会|人大|政协)$/u;

/**
 * A site's breadcrumb before 关于 (江苏某某网 行业资讯 政策文件 关于…的通知): parts set apart by
 * spaces, none of them an office, so none of them an issuer. (A line of 首页 > … arrows is page
 * chrome and never reaches here.)
 */
function withoutBreadcrumb(text: string): string {
  const about = text.search(/关于/u);
  if (about <= 0) return text;
  const parts = text.slice(0, about).split(/\s+/u).filter(Boolean);
  if (!/\s$/u.test(text.slice(0, about)) || parts.length < 2 || parts.some((part) => OFFICE_END.test(part))) return text;
  return text.slice(about);
}

/** A listing's key before the title: 政策名称：…, - 商品名称: …, 标题：…. */
const NAME_KEY = /^[-•·*\s]*[\u4e00-\u9fa5]{0,4}(?:名称|标题)\s*[：:]\s*/u;

/**
 * A page's <title> line copied as the first line: 标题-站点名 / 标题_栏目 / 标题|站点名. After a word
 * that ends a document's title, a dash and a name without a title of its own is the site's.
 */
const SITE_SUFFIX = /(?<=通知|通告|公告|意见|办法|细则|指南|规定|方案|措施|决定|公示)\s*[-_|—–]+\s*(?!.*(?:关于|通知))[^-_|—–]{2,40}$/u;

function withoutDocNo(text: string): string {
  const untagged = withoutBreadcrumb(text.replace(NAME_KEY, '').replace(TAG, '').replace(ADDED, '').trim().replace(SITE_SUFFIX, ''));
  const match = TRAILING_DOC_NO.exec(matchingText(untagged));
  return match ? untagged.slice(0, match.index).trim() : untagged;
}

/**
 * A site's channel (某市通知公告, 政策文件): it names kinds of documents, two in a row, where a title names
 * one document of one kind (关于…的通知). No 的 and no 关于: nothing of a particular document.
 */
const CHANNEL = /(?:通知|通告|公告|公示|政策|文件|法规)(?:通知|通告|公告|公示|文件|法规|解读)$/u;

function isChannelLabel(text: string): boolean {
  const normalised = matchingText(text).trim();
  return CHANNEL.test(normalised) && !/关于|的/u.test(normalised) && [...normalised].length <= 16;
}

function looksLikeTitle(text: string): boolean {
  const normalised = matchingText(withoutDocNo(text));
  return normalised.length >= 6 && normalised.length <= MAX_TITLE && !/[。；]$/u.test(normalised) && (ABOUT.test(normalised) || TITLE_END.test(normalised));
}

export function findTitle(lines: readonly SourceLine[], metaTitle: string | undefined, pageInfo: readonly SourceLine[] = []): FoundTitle | undefined {
  const head = lines.slice(0, TITLE_WINDOW);
  for (const [index, line] of head.entries()) {
    const marker = lineMarker(line.text);
    if (marker && marker.style !== 'bullet') continue;
    // An attachment line names another document (附件：关于…的通知).
    if (/^附件/u.test(matchingText(line.text))) continue;
    if (isChannelLabel(line.text)) continue;
    // A sentence is not a title, even when it quotes one (现将《关于…的通知》转发给你们).
    // A notice that issues other policies quotes them in its own title, with no sentence around
    // them: 某某办公室印发《关于…的意见》等政策的通知.
    // The office that issued the forwarded notice may stand between (关于转发市经信委《关于…的通知》的通知).
    const issuing = /^[^，。；《]{0,40}(?:印发|转发|下发|公布)[^，。；《》]{0,15}《[^》]+》[^，。；]{0,20}的通知$/u.test(matchingText(line.text).trim());
    if (/[，。；]/u.test(matchingText(line.text).slice(0, -1)) || (/《[^》]*关于/u.test(line.text) && !issuing)) continue;
    // 本期内容：项目申报解读: a short key and its value is a field of the page (a WeChat article's issue line,
    // 发布机构：…), not the title; no title of the corpus carries a colon.
    if (KEY_VALUE.test(matchingText(line.text).trim()) && !ABOUT.test(line.text)) continue;
    if (looksLikeTitle(line.text)) {
      // A title wrapped over two lines: 关于组织申报2026年度 / 苏州市…的通知.
      const previous = head[index - 1];
      if (previous && /^关于/u.test(matchingText(previous.text)) && !looksLikeTitle(previous.text) && previous.text.length + line.text.length <= MAX_TITLE) {
        return { text: previous.text + line.text, lines: [previous, line] };
      }
      // A page headed by the policy that a 印发 notice below issues: the notice's title is the document's.
      const issuingNotice = issuingNoticeOf(line.text, head.slice(index + 1));
      if (issuingNotice) return { text: withoutDocNo(issuingNotice.text.trim()), lines: [issuingNotice] };
      // A list bullet or a site's tag such as 【区级】 is not part of the title.
      return { text: withoutDocNo(line.text.replace(/^[•·●▪◆■]\s*/u, '').replace(/^【[^】]{1,6}】\s*/u, '').trim()), lines: [line] };
    }
    const next = head[index + 1];
    if (next && /^(?:.{0,30})关于/u.test(matchingText(line.text)) && !/[。；，]/u.test(line.text) && looksLikeTitle(line.text + next.text) && line.text.length + next.text.length <= MAX_TITLE) {
      return { text: line.text + next.text, lines: [line, next] };
    }
  }
  const named = namedInInfoTable(head);
  if (named) return named;
  const below = titleBelowFurniture(lines);
  if (below) return { text: withoutDocNo(below.text.trim()), lines: [below] };
  const repeated = repeatedHeadline(head) ?? questionHeadline(head) ?? lineAboveSalutation(head) ?? lineAboveDateline(head, pageInfo) ?? lineAboveFirstSection(head);
  if (repeated) return { text: repeated.text.trim(), lines: [repeated] };
  const glued = gluedCardName(head[0]);
  if (glued) return glued;
  // A web article's own headline (本月起，这笔钱直接发放至个人！): the reader's first-level heading
  // at the top, when it is not a sentence of the body.
  const headline = head.find((line) => line.kind === 'heading');
  if (headline && (headline.level ?? 1) === 1 && head.indexOf(headline) <= 2 && !lineMarker(headline.text)) {
    const text = withoutDocNo(headline.text.trim());
    const length = [...matchingText(text)].length;
    // A site's name set as a heading is no headline: when the page has a <title>, the headline is in it.
    // Its first part: 标题 - 站点名 / 站点名 _ 栏目.
    const metaFirst = metaTitle === undefined ? undefined : matchingText(metaTitle.trim().split(/\s*[-_|—–]\s*/u)[0] ?? '');
    const inMeta = metaFirst === undefined || (metaFirst.length >= 6 && (metaFirst.includes(matchingText(text)) || matchingText(text).includes(metaFirst)));
    const siteName = SITE_NAME.test(matchingText(text));
    if (length >= 6 && length <= 60 && !/[。；]$/u.test(matchingText(text)) && inMeta && !siteName) return { text, lines: [headline] };
  }
  // 关于…的通知 quoted inside the first paragraph, e.g. 现将《关于…的通知》转发给你们.
  const meta = metaTitle?.trim();
  if (meta) {
    const cut = meta.split(/\s*[-_|—–]\s*/u)[0]!.trim();
    if (looksLikeTitle(cut)) return { text: cut, lines: [] };
  }
  return undefined;
}

/** A short key and its value: 本期内容：…, 发布机构：…. */
const KEY_VALUE = /^[\u4e00-\u9fa5]{2,6}[：:]\s*\S/u;
/** How far down a page's furniture may push a title. */
const FURNITURE_WINDOW = 40;
/** A formal title on a line of its own: 某某局关于…的通知, no sentence around it. */
const FORMAL_TITLE = /^[^，。；《》]{0,40}关于[^，。；]{2,}的(?:通知|通告|公告|意见|决定|批复|函|补充通知)$/u;

/**
 * A formal title (某某委员会关于…的通知) below the head's window, where everything above it is the page's
 * furniture — a breadcrumb cut into one word a line, an information table of one cell a line (- [ 索引号 ] /
 * - 1150…), menus — and no line above ends a sentence: nothing of the notice stands above its title.
 */
function titleBelowFurniture(lines: readonly SourceLine[]): SourceLine | undefined {
  for (const [index, line] of lines.slice(0, FURNITURE_WINDOW).entries()) {
    const text = matchingText(line.text).trim();
    if (/[。！!？?]/u.test(text)) return undefined;
    if (index >= TITLE_WINDOW && FORMAL_TITLE.test(text) && !lineMarker(line.text)) return line;
  }
  return undefined;
}

/**
 * 关于印发某某实施办法的通知 (or 印发《某某实施办法》的通知) among the lines after a title line that
 * reads 某某实施办法: the page shows the policy's name first, but the document is the notice that issues it.
 */
function issuingNoticeOf(title: string, after: readonly SourceLine[]): SourceLine | undefined {
  const name = matchingText(withoutDocNo(title)).trim();
  return after.find((line) => {
    const issued = /^(?:.{0,40})关于(?:印发|转发|下发|公布)《?(.+?)》?的通知$/u.exec(matchingText(line.text).trim());
    return issued !== null && issued[1] === name;
  });
}

/**
 * A web article's headline that does not read as an official title (无锡灵活就业人员社保补贴申请条件):
 * a page shows it twice at its top, as the page's title and again above the article, with only
 * chrome between. A line seen twice near the top, of a headline's length and with no sentence
 * punctuation or list marker, is that headline.
 */
function repeatedHeadline(head: readonly SourceLine[]): SourceLine | undefined {
  return head.find((line, index) => {
    const text = matchingText(line.text).trim();
    const length = [...text].length;
    if (length < 8 || length > 60 || /[，。；！？：:,;!?>＞]/u.test(text) || lineMarker(line.text)) return false;
    // A site's header repeated (某某市人力资源和社会保障局, 某某政府门户网站) or a row of menu words is no headline.
    if (isOfficeName(text) || SITE_NAME.test(text) || text.split(/\s+/u).length >= 3) return false;
    return head.slice(index + 1).some((other) => matchingText(other.text).trim() === text);
  });
}

/**
 * How a question ends: its mark, or, where a page leaves the mark out (西安见习补贴有多少钱), an
 * interrogative word — a closed class in Chinese — at the end.
 */
const QUESTION_END = /(?:[?？]|吗|呢|多少钱?|几[个天年月次]|怎么(?:办|领|申请|申报|办理)?|如何(?:申请|申报|办理|领取)?|哪些|什么)$/u;

/** The least of a question headline's subject that the article must repeat. */
const MIN_SUBJECT = 6;

/**
 * A web article headed by a question about the policy (某市高校毕业生求职创业补贴如何领？): the first
 * line asks it, and the article then names its subject again at the head of a line (某市高校毕业生
 * 求职创业补贴 as a subheading or a sentence's opening). A question with no sentence punctuation
 * before its mark, whose subject the text repeats, is the page's headline.
 */
function questionHeadline(head: readonly SourceLine[]): SourceLine | undefined {
  const first = head[0];
  if (!first) return undefined;
  const text = matchingText(first.text).trim();
  const length = [...text].length;
  if (length < 8 || length > 60 || !QUESTION_END.test(text) || /[，。；！：:,;!]/u.test(text.slice(0, -1)) || lineMarker(first.text)) return undefined;
  const later = head.slice(1).map((line) => matchingText(stripBullet(line.text)).trim());
  for (let end = text.length - 2; end >= MIN_SUBJECT; end--) {
    const subject = text.slice(0, end);
    if (later.some((line) => line.startsWith(subject))) return first;
  }
  return undefined;
}

function stripBullet(text: string): string {
  return text.replace(/^[•·●▪◆■\s]+/u, '');
}

/** Lines a page sets between a title and the salutation: a date, a key and its value (发布机构：…). */
const BETWEEN = /^(?:(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[\s\d:：]*|[^，。；]{0,12}[：:].*)$/u;
/** A date inside a line: a poster's byline (某某 / 2023-09-12 09:53:00) is no title. */
const DATED = /(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]/u;

/**
 * A notice whose title does not read as an official one (兑现2021年度某区商务发展专项资金, a mirror's
 * @某某企业，…申报工作开始啦！): it still stands right above the salutation (各有关单位：), with at most a
 * date or a page's key line between. Not a sentence, not an office (a signature-like line), not a date.
 */
function lineAboveSalutation(head: readonly SourceLine[]): SourceLine | undefined {
  const salutation = head.findIndex((line) => SALUTATION.test(matchingText(line.text).trim()));
  if (salutation <= 0) return undefined;
  for (let index = salutation - 1; index >= Math.max(0, salutation - 3); index--) {
    const line = head[index]!;
    const text = matchingText(line.text).trim();
    if (BETWEEN.test(text)) continue;
    const length = [...text].length;
    if (length < 6 || length > 60 || /[。；]|[，,、]$/u.test(text) || DATED.test(text) || lineMarker(line.text) || isOfficeName(text) || /^各/u.test(text) || isChannelLabel(text) || isDocNoLine(text)) return undefined;
    return line;
  }
  return undefined;
}

/** A full date (2023-05-25, 2023年5月25日) in a line. */
/** A site's name (某某网, 某某门户, 某市人民政府): a page's chrome, never the title. */
const SITE_NAME = /(?:网|网站|门户|平台|首页|政府)$/u;
const FULL_DATE = /(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}/u;

/**
 * A web article's headline that does not read as an official title (职业技能提升补贴, 某某补贴第二批申报开始):
 * a page sets its dateline right under the headline (2022-11-28, 发布日期：2023-05-25, 2019-07-31 11:13 来源：
 * 某网). The first line of the head followed by a dateline — a line with a full date and no sentence in it —
 * is the headline, when it is not a sentence, a key, a date, an office or a site's name itself. A
 * dateline the reader dropped as chrome is among the page's info lines (SourceDocument.pageInfo).
 */
function lineAboveDateline(head: readonly SourceLine[], pageInfo: readonly SourceLine[]): SourceLine | undefined {
  for (const [index, line] of head.entries()) {
    // Only above the body: a signature's office above its date (某某局 / 2021年8月9日) comes after sentences.
    if (/[。；]/u.test(matchingText(line.text))) return undefined;
    const next = matchingText(head[index + 1]?.text ?? '').trim();
    if (!droppedDatelineBelow(line, head[index + 1], pageInfo) && !isDateline(next)) continue;
    const text = matchingText(line.text).trim();
    const length = [...text].length;
    if (length < 6 || length > 60 || /[，。；：:,;]/u.test(text) || DATED.test(text) || lineMarker(line.text) || isOfficeName(text) || /^各/u.test(text) || isChannelLabel(text)) continue;
    // A byline (某某人力资源局 县级, 某局 某局) has an office for one of its words.
    const words = text.split(/\s+/u);
    if (SITE_NAME.test(text) || words.length >= 3 || words.some((word) => isOfficeName(word) || OFFICE_END.test(word))) continue;
    return line;
  }
  return undefined;
}

/** A full date alone, as a dateline sets it (2024-05-08 10:30, 发布日期：2024年5月8日), not a sentence with a date. */
function isDateline(text: string): boolean {
  return FULL_DATE.test(text) && !/[，。；]/u.test(text);
}

/**
 * A dateline the reader dropped as page chrome (SourceDocument.pageInfo) between this line and the
 * next: line numbers are physical, so a headline wrapped over two lines still finds it.
 */
function droppedDatelineBelow(line: SourceLine, next: SourceLine | undefined, pageInfo: readonly SourceLine[]): boolean {
  return pageInfo.some((info) => info.line > line.line && (next === undefined || info.line < next.line) && isDateline(matchingText(info.text).trim()));
}

/**
 * A policy card flattened by a copier, its keys glued to their values (人社政策明白卡政策名称就业见习补贴
 * 政策内容…): the card's name is the value of its 名称 key, up to the key that follows it (the card's
 * content, basis or scope). Only at the head of the first line, where a card starts.
 */
const GLUED_NAME = /^[^，。；：:]{0,12}?(?:政策|项目|事项)名称([^，。；：:\d]{2,30}?)(?=政策内容|政策依据|政策解读|适用(?:范围|对象)|申报(?:条件|对象)|补贴(?:标准|对象)|享受(?:条件|对象)|办理(?:条件|流程))/u;

function gluedCardName(line: SourceLine | undefined): FoundTitle | undefined {
  const match = line && GLUED_NAME.exec(matchingText(line.text).trim());
  return match ? { text: match[1]!, lines: [line], inText: true } : undefined;
}

/**
 * The name a page's information table gives the document (信息名称  一次性创业补贴申领流程  成文日期 …):
 * the record's own field for it, so the title whatever words it ends in. The line that repeats it
 * below the table is the headline itself; without one, the cell's value.
 */
function namedInInfoTable(head: readonly SourceLine[]): FoundTitle | undefined {
  const cell = infoCell(head, ['信息名称', '文件名称', '标题', '名称']);
  if (!cell) return undefined;
  const name = cell.text.trim();
  if ([...name].length < 4 || [...name].length > MAX_TITLE || /[。；]$/u.test(name)) return undefined;
  const repeated = head.find((line) => line !== cell.line && matchingText(line.text).trim() === name);
  return repeated ? { text: repeated.text.trim(), lines: [repeated] } : { text: name, lines: [cell.line], inText: true };
}

/** A section's label alone on its line (补贴对象：, ➤申报条件:), a bullet before it at most. */
const SECTION_LABEL = /^[•·●▪◆■➤►▶→\s]*[\u4e00-\u9fa5]{2,16}[：:]$/u;

/**
 * A fact sheet's name (某省就业见习补贴, 某区创业补贴申领流程): no official title, no salutation and no
 * dateline, but the document's first line of Chinese text, right above its first section (补贴对象：, 一、…).
 * Whatever stands before it holds no Chinese (a copier's The Beginning), so it is the top of the
 * document, not a site's header; a sentence, a key, a date, an office or a site's name is still no title.
 */
function lineAboveFirstSection(head: readonly SourceLine[]): SourceLine | undefined {
  const index = head.findIndex((line) => /[\u4e00-\u9fa5]/u.test(line.text));
  const line = head[index];
  const next = head[index + 1];
  if (!line || !next) return undefined;
  const nextText = matchingText(next.text).trim();
  const nextMarker = lineMarker(next.text);
  if (!SECTION_LABEL.test(nextText) && !(nextMarker && nextMarker.style !== 'bullet' && [...nextText].length <= 20 && !/[，。；]/u.test(nextText))) return undefined;
  const text = matchingText(line.text).trim();
  const length = [...text].length;
  if (length < 6 || length > 40 || /[，。；：:,;!！?？]/u.test(text) || DATED.test(text) || lineMarker(line.text) || isOfficeName(text) || isChannelLabel(text)) return undefined;
  if (SITE_NAME.test(text) || text.split(/\s+/u).length >= 2) return undefined;
  return line;
}
