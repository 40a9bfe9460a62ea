/**
 * The application period in prose: 2026年3月1日至4月30日, 11月4日至10日, 4月30日前, 截止日期为…,
 * 常年受理. A date written without its year takes `defaultYear` when the caller knows it for certain;
 * else it is only a note (the card's drafter lends none: not the current year, not the signature's,
 * not the year of the page that carried the copy). A range's end takes its start's year.
 */
import type { SourceLine } from './source-document.js';
import { stripLineMarker } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { isoFromParts } from '../text/parse-written-date.js';

export interface FoundPeriod {
  start?: string;
  end?: string;
  note?: string;
  line: SourceLine;
  /** The words the dates came from. */
  text: string;
  /** The clause of the dates and the one after it: who does what by then. */
  clause?: string;
}

/** A day, with its weekday (（星期三）) and its time when they are given (17:00, 17时, 上午10时30分). */
const DAY = '(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号](?:\\s*[（(](?:星期|周|礼拜)[一二三四五六日天][）)])?(?:\\s*(?:上午|下午|中午|晚上)?\\s*\\d{1,2}\\s*(?:[:：]\\d{2}|[时点](?:\\s*\\d{1,2}\\s*分)?))?';
const DASHED = '(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})';
const RANGE = new RegExp(`${DAY}\\s*(?:起|开始)?\\s*(?:至|到|—|－|-|~|～|–)+\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]`, 'u');
const DASHED_RANGE = new RegExp(`${DASHED}\\s*(?:至|到|—|－|-|~|～|–)\\s*${DASHED}`, 'u');
const END_ONLY = new RegExp(
  [
    `(?:截止(?:日期|时间|期|日)?|截至|截止到)\\s*(?:为|是)?\\s*[：:]?\\s*${DAY}`,
    // …将于2024年11月21日17:00关闭: the day the application closes.
    `${DAY}(?:\\s*\\(含\\)|\\s*（含）)?\\s*(?:前|之前|以前|止|截止|关闭)`,
    `于\\s*${DAY}\\s*(?:前|之前)?\\s*(?:报送|提交|报至|送至|上报|报|寄送|递交)`,
    `(?:上旬|中旬|下旬|月初|月底|月中)\\s*(?:至|到|—|－|-|~|～|–)+\\s*${DAY}`,
    // 截止日期推迟至6月30日: a deadline moved, told without the old date.
    `(?:延后|推迟|延长|延期|顺延)(?:至|到)\\s*${DAY}`,
    // 即日起至4月30日: from the day of the notice to a deadline.
    `(?:自|从)?即日起\\s*(?:至|到)\\s*${DAY}`,
    // 申报截止日：2026.07.31, a deadline key before a date written with dots or dashes.
    `(?:截止(?:日期|时间|期|日)?|截至)\\s*(?:为|是)?\\s*[：:]?\\s*${DASHED}`,
    // 2023-07-11 17点申报截止, as a portal's list of dates writes it.
    // 2018-04-01   材料报送截止期: what closes may be named between (材料报送, 网上申报).
    `${DASHED}(?:\\s*\\d{1,2}\\s*(?:[:：]\\d{2}|点|时))?\\s*(?:[^，。；\\d\\s]{0,6}?)\\s*(?:截止|结束|前)`,
  ].join('|'),
  'u',
);
/**
 * Words that make a date the policy's own time rather than the time to apply: 自2026年1月1日起
 * 至12月31日享受待遇, 自2025年6月1日起执行, 有效期至…; the corpus conventions say these are no period.
 */
const EFFECTIVE = /享受|施行|执行|有效期|生效|起实施|实施期限/u;
/**
 * A sentence that cites a policy (根据《…》（粤社保函〔2021〕66号）, 自2021年4月1日起不再办理…): a date
 * from which it applies is that policy's, not a time to apply. Only for a start without an end, in prose.
 */
const CITES_POLICY = /(?:根据|按照|依据|依照)《|〔(?:19|20)\d{2}〕\s*\d+\s*号/u;
const START_ONLY = new RegExp(`(?:开始(?:时间|日期)?|起始(?:时间|日期)|受理时间)\\s*(?:为|是|：)?\\s*${DAY}|${DAY}\\s*(?:起|开始)`, 'u');
/**
 * No dated period: 常年受理, 可全年申办, 即日起开始申报. Only a note; a date is never made up from them
 * (即日起 is the day of a notice whose date the copy may not carry).
 */
const ALL_YEAR = /常年受理|长期受理|全年受理|随时申报|常年申报|常年开放|随时受理|即时受理|全年(?:均可|可)?(?:申办|申报|申请|办理|受理)|(?:自|从)?即日起(?:开始|正式)?(?:申报|受理|申请|接受申报)|(?:自|从)?即日起(?:至|到)[^，。；]{1,20}/u;
/** Sentences about applying: where a date is the period's and not, say, the policy's start. */
// 将项目建议表报市科技局: papers handed to an office (将…报/交/送…局) are an application, whatever its verb.
const ABOUT_APPLYING = /申报|受理|申请|提交|报送|截止|截至|报名|兑现|办理|发送|递交|寄送|上传|报至|申办|填报|将[^，。；]{1,30}?[报交送][^，。；]{0,15}?(?:局|委|办|中心|处|科|室)/u;
/** What the applicant does in a clause: a later range in the same sentence that says so extends the period. */
const APPLICANT_ACTS = /申报|申请|提交|报送|上传|报名|填报|递交|申办/u;

/**
 * 截止时间由原定的2021年8月13日延后至2021年8月31日: a notice that moves a deadline; the new date is the
 * period's end and the old one is no longer anyone's.
 */
const MOVED_DEADLINE = new RegExp(`${DAY}\\s*(?:延后|推迟|延长|延期|顺延|调整|变更|更改|改)(?:至|到|为)\\s*${DAY}`, 'u');
/**
 * 截止时间为：5月12日、5月30日、6月16日: several deadlines, one per batch, are no single end; the
 * card keeps them as a note.
 */
const DATE_LIST_AFTER = new RegExp(`^(?:\\s*[(（][^)）]{1,6}[)）])?\\s*[、,，和及]\\s*${DAY}`, 'u');
/** An online application (网上申报, 系统填报): its deadline is when the application must be in. */
const ONLINE = /网上|线上|在线|网络|系统|平台|网报/u;
/**
 * The paper copy of an application made online (纸质材料, 书面报送, 打印…装订…寄送): a later date for it
 * does not move the applicant's deadline.
 */
const PAPER = /纸质|书面|纸本|打印|装订|寄送|邮寄/u;

/**
 * A sentence whose actor is an office doing its part (各区科技局…初审/推荐/汇总, 请各板块…报送, 由某某局负责…审查,
 * or a sentence that opens with the office and its act: 县（市）区科技局网上推荐项目截止时间为…, not 经区科技局审核后，企业…):
 * its deadline is the office's, not the applicant's.
 */
const OFFICE_ACTS = /^(?![^，。；]{0,6}经)[^，。；]{0,20}?(?:部门|局|委|办|管委会)(?:网上|线上|在线)?(?:初审|审核|审查|推荐|汇总|复核)|(?:请|由)?各(?:板块|区|县|市|镇|街道|地|园区|开发区|县市区|区县|县（市、区）|市（区）|镇（街道）)[^，。；]{0,16}?(?:部门|局|委|办|经发办|分局|管委会)[^。；]{0,40}(?:初审|审核|审查|推荐|汇总|复核)|由[^，。；]{2,20}(?:局|委|办|中心)(?:负责|进行|组织)[^。；]{0,30}(?:初审|审核|审查|评审|推荐|汇总|复核)/u;

/** An hour after a day (17:00, 下午17点, 17时30分): what a date alone does not say. */
const TIME_OF_DAY = /[日号](?:\s*[（(][^）)]{1,4}[）)])?\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*(?:[:：]\d{2}|[时点])/u;

/** A deadline's own words, without the verb around them (于2021年9月1日下午17点前报送 → 2021年9月1日下午17点前). */
function deadlineWords(written: string): string {
  return written.trim().replace(/^于\s*/u, '').replace(/(?<=前|之前)\s*(?:报送|提交|报至|送至|上报|报|寄送|递交)$/u, '');
}

/** The year, month and day of the alternative that matched: every alternative holds three groups. */
function dayOf(match: RegExpExecArray): { year: string | undefined; month: string | undefined; day: string | undefined } {
  for (let group = 1; group + 2 < match.length; group += 3) {
    if (match[group + 1] !== undefined) return { year: match[group], month: match[group + 1], day: match[group + 2] };
  }
  return { year: undefined, month: undefined, day: undefined };
}

const RANGE_ALL = new RegExp(RANGE.source, 'gu');
/** …至2026年5月31日期间未有失信行为: the window of a record the applicant must (not) have, not a period. */
const RECORD_WINDOW = /^[^，。；]{0,4}(?:期间|以来|内)[^，。；]{0,4}(?:未|无|没有|不得|不存在)/u;
/**
 * 2017年1月1日-2017年12月31日核发的证书: a range that a 的 right after it makes part of a noun — which
 * certificates, which firms — and not the time to apply. 的 within a few characters, no comma between.
 */
const NOUN_WINDOW = /^[^，。；\d]{0,6}的/u;

/** A range's start and end as ISO dates; undefined when no year is known. */
function rangeDates(range: RegExpMatchArray, defaultYear: number | undefined): { start: string | undefined; end: string | undefined } | undefined {
  const startYear = range[1] ? Number(range[1]) : defaultYear;
  const endYear = range[4] ? Number(range[4]) : startYear;
  const startMonth = Number(range[2]);
  const endMonth = range[5] ? Number(range[5]) : startMonth;
  if (startYear === undefined || endYear === undefined) return undefined;
  return { start: isoFromParts(startYear, startMonth, Number(range[3])), end: isoFromParts(endYear, endMonth, Number(range[6])) };
}

/** The clause of a match and the clause after it, in the matching text. */
function clauseAndNext(text: string, match: RegExpMatchArray): string {
  const start = text.slice(0, match.index).search(/[^，。；！？]*$/u);
  const after = text.slice(match.index! + match[0].length);
  const next = /^[^，。；！？]*[，。；！？]?[^，。；！？]*/u.exec(after)?.[0] ?? '';
  return text.slice(start, match.index! + match[0].length) + next;
}

/** The clause around a match: from the last comma or full stop before it to the next one after it. */
function clauseAround(text: string, normalised: string, start: number, end: number): string {
  const before = normalised.slice(0, start).search(/[^，。；！？]*$/u);
  const afterMatch = normalised.slice(end).search(/[，。；！？]/u);
  const stop = afterMatch < 0 ? text.length : end + afterMatch;
  return stripLineMarker(text.slice(before, stop));
}

function periodIn(line: SourceLine, defaultYear: number | undefined, prose = false): FoundPeriod | undefined {
  const text = matchingText(line.text);
  const note = (match: RegExpExecArray): FoundPeriod => {
    const clause = clauseAround(line.text, text, match.index, match.index + match[0].length);
    return { note: clause, line, text: clause };
  };
  const effective = (match: RegExpExecArray | null): boolean => match !== null && EFFECTIVE.test(matchingText(clauseAround(line.text, text, match.index, match.index + match[0].length)));
  const movedMatch = MOVED_DEADLINE.exec(text);
  // 有效期由…延长至…: the policy's own term moved, not a deadline.
  const moved = effective(movedMatch) ? null : movedMatch;
  if (moved) {
    const year = moved[4] ? Number(moved[4]) : moved[1] ? Number(moved[1]) : defaultYear;
    const end = year === undefined ? undefined : isoFromParts(year, Number(moved[5]), Number(moved[6]));
    if (end) return { end, line, text: line.text.slice(moved.index, moved.index + moved[0].length) };
    return note(moved);
  }
  // In prose the range's clause, or the clause right after it, must be about applying:
  // 企业自2020年6月12日至2023年6月11日期间未有严重失信行为 is a condition's window.
  const ranges = [...text.matchAll(RANGE_ALL)].filter(
    (match) => !effective(match) && !RECORD_WINDOW.test(text.slice(match.index + match[0].length)) && !NOUN_WINDOW.test(text.slice(match.index + match[0].length)) && (!prose || ABOUT_APPLYING.test(clauseAndNext(text, match))),
  );
  const range = ranges[0];
  if (range) {
    const dates = rangeDates(range, defaultYear);
    if (dates === undefined) return note(range);
    if (dates.start && dates.end) {
      // 3月20日至3月24日内上传材料，3月25日至3月27日内提交: one application in stages, told in one sentence.
      let { end } = dates;
      let last: RegExpExecArray = range;
      for (const later of ranges.slice(1)) {
        const next = rangeDates(later, Number(dates.start.slice(0, 4)));
        const laterClause = clauseAround(text, text, later.index, later.index + later[0].length);
        if (!next?.start || !next.end || next.start < end || !APPLICANT_ACTS.test(laterClause)) break;
        // 线上申报8月19日至9月4日；纸质材料的提交时间为9月5日至9月18日: the paper copy of an online application.
        if (PAPER.test(laterClause) && ONLINE.test(clauseAround(text, text, range.index, range.index + range[0].length))) break;
        end = next.end;
        last = later;
      }
      return { start: dates.start, end, line, text: line.text.slice(range.index, last.index + last[0].length) };
    }
  }
  const dashed = DASHED_RANGE.exec(text);
  if (dashed && !effective(dashed)) {
    const start = isoFromParts(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
    const end = isoFromParts(Number(dashed[4]), Number(dashed[5]), Number(dashed[6]));
    if (start && end) return { start, end, line, text: line.text.slice(dashed.index, dashed.index + dashed[0].length) };
  }
  const untilMatch = END_ONLY.exec(text);
  const fromMatch = START_ONLY.exec(text);
  const until = effective(untilMatch) ? null : untilMatch;
  const from = effective(fromMatch) || (prose && CITES_POLICY.test(text)) ? null : fromMatch;
  if (until && from && from.index < until.index) {
    // 开始时间为2025年11月17日，截止时间为2025年11月30日: a range in two statements.
    const opening = dayOf(from);
    const closing = dayOf(until);
    const start = isoFromParts(opening.year ? Number(opening.year) : (defaultYear ?? NaN), Number(opening.month), Number(opening.day));
    const end = isoFromParts(closing.year ? Number(closing.year) : opening.year ? Number(opening.year) : (defaultYear ?? NaN), Number(closing.month), Number(closing.day));
    if (start && end) return { start, end, line, text: line.text.slice(from.index, until.index + until[0].length) };
  }
  if (until && DATE_LIST_AFTER.test(text.slice(until.index + until[0].length))) return note(until);
  if (until) {
    const { year, month, day } = dayOf(until);
    const resolvedYear = year ? Number(year) : defaultYear;
    if (resolvedYear === undefined) return note(until);
    const end = isoFromParts(resolvedYear, Number(month), Number(day));
    const written = line.text.slice(until.index, until.index + until[0].length);
    // 2019年8月12日（周一）下午17点前: the card's date drops the hour, so the deadline as written is its note.
    if (end) return { end, line, text: written, clause: clauseAndNext(text, until), ...(TIME_OF_DAY.test(matchingText(written)) ? { note: deadlineWords(written) } : {}) };
  }
  if (from) {
    // 自2026年3月1日起受理: a start without an end in this sentence; findPeriod pairs it with a deadline.
    const { year, month, day } = dayOf(from);
    const resolvedYear = year ? Number(year) : defaultYear;
    const start = resolvedYear === undefined ? undefined : isoFromParts(resolvedYear, Number(month), Number(day));
    if (start) return { start, line, text: line.text.slice(from.index, from.index + from[0].length) };
  }
  const allYear = ALL_YEAR.exec(text);
  if (allYear) return { note: line.text.slice(allYear.index, allYear.index + allYear[0].length), line, text: line.text.slice(allYear.index, allYear.index + allYear[0].length) };
  return undefined;
}

/**
 * The period from the period section's lines when there is one, else from any sentence about
 * applying. `defaultYear` is the year of dates written without one, when it is known for certain.
 */
export function findPeriod(sectionLines: readonly SourceLine[], allLines: readonly SourceLine[], defaultYear: number | undefined): FoundPeriod | undefined {
  const inSection = sectionLines.map((line) => periodIn(line, defaultYear)).filter((found) => found !== undefined);
  // In prose, the date must stand in a sentence about applying, not merely on the same line:
  // 2019年1月1日至12月31日，困难企业可开展培训 is when a measure runs.
  const sentences = (line: SourceLine): SourceLine[] => (line.text.match(/[^。！？]+[。！？]?/gu) ?? []).map((text) => ({ ...line, text }));
  const candidates = inSection.length > 0 ? inSection : allLines.flatMap(sentences).filter((sentence) => ABOUT_APPLYING.test(sentence.text)).map((sentence) => periodIn(sentence, defaultYear, true)).filter((found) => found !== undefined);
  // A range says it all; among deadlines, the last one is the applicant's (a notice often sets an
  // earlier one for the offices that collect the applications).
  const range = candidates.find((found) => found.start !== undefined && found.end !== undefined);
  if (range) return range;
  let deadlines = candidates.filter((found) => found.end !== undefined);
  // 网上申报11月24日前…；书面材料打印装订后11月26日前寄送: the online deadline is the applicant's.
  const about = (found: FoundPeriod) => found.clause ?? found.line.text;
  const isPaper = (found: FoundPeriod) => PAPER.test(about(found)) && !ONLINE.test(about(found));
  if (deadlines.some((found) => ONLINE.test(about(found)) && !PAPER.test(about(found))) && deadlines.some(isPaper)) deadlines = deadlines.filter((found) => !isPaper(found));
  // 各镇（街道）经发办于7月28日前完成初审 / 由区科技局负责形式审查: the offices' own deadlines, after the applicant's.
  const byOffice = (found: FoundPeriod) => OFFICE_ACTS.test(matchingText(found.line.text));
  if (deadlines.some((found) => !byOffice(found)) && deadlines.some(byOffice)) deadlines = deadlines.filter((found) => !byOffice(found));
  deadlines = deadlines.sort((a, b) => (a.end! < b.end! ? 1 : a.end! > b.end! ? -1 : 0));
  const opening = candidates.find((found) => found.start !== undefined && found.end === undefined);
  const deadline = deadlines[0];
  // 自3月1日起受理 … 4月30日前提交: the opening day and the deadline, told in two sentences.
  if (deadline && opening && opening.start! < deadline.end!) return { ...deadline, start: opening.start! };
  return deadline ?? opening ?? candidates[0];
}
