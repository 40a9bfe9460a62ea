/**
 * The application period in prose: 2026年3月1日至4月30日, 11月4日至10日, 4月30日前, 截止日期为…,
 * 常年受理. A date written without its year takes the year of the document's own date (its
 * signature, else its 文号), never the current year: a draft of last year's notice must not move.
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
}

const DAY = '(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号](?:\\s*\\d{1,2}[:：]\\d{2})?';
const DASHED = '(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})';
const RANGE = new RegExp(`${DAY}(?:\\s*\\d{1,2}[:：]\\d{2})?\\s*(?:起|开始)?\\s*(?:至|到|—|－|-|~|～|–)+\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]`, 'u');
const DASHED_RANGE = new RegExp(`${DASHED}\\s*(?:至|到|—|－|-|~|～|–)\\s*${DASHED}`, 'u');
const END_ONLY = new RegExp(`(?:截止(?:日期|时间)?|截至|截止到)\\s*(?:为|是)?\\s*[：:]?\\s*${DAY}|${DAY}(?:\\s*\\(含\\)|\\s*（含）)?\\s*(?:前|之前|以前|止|截止)|于\\s*${DAY}\\s*(?:前|之前)?\\s*(?:报送|提交|报至|送至|上报|报|寄送|递交)|(?:上旬|中旬|下旬|月初|月底|月中)\\s*(?:至|到|—|－|-|~|～|–)+\\s*${DAY}`, 'u');
/**
 * Words that make a date the policy's own time rather than the time to apply: 自2026年1月1日起
 * 至12月31日享受待遇, 自2025年6月1日起执行, 有效期至…; the corpus conventions say these are no period.
 */
const EFFECTIVE = /享受|施行|执行|有效期|生效|起实施|实施期限/u;
const START_ONLY = new RegExp(`(?:开始(?:时间|日期)?|起始(?:时间|日期)|受理时间)\\s*(?:为|是|：)?\\s*${DAY}|${DAY}\\s*(?:起|开始)`, 'u');
const ALL_YEAR = /常年受理|长期受理|全年受理|随时申报|常年申报|常年开放|随时受理|即时受理/u;
/** Sentences about applying: where a date is the period's and not, say, the policy's start. */
const ABOUT_APPLYING = /申报|受理|申请|提交|报送|截止|截至|报名|兑现|办理|发送|递交|寄送|上传|报至/u;

/** The clause around a match: from the last comma or full stop before it to the next one after it. */
function clauseAround(text: string, normalised: string, start: number, end: number): string {
  const before = normalised.slice(0, start).search(/[^，。；！？]*$/u);
  const afterMatch = normalised.slice(end).search(/[，。；！？]/u);
  const stop = afterMatch < 0 ? text.length : end + afterMatch;
  return stripLineMarker(text.slice(before, stop));
}

function periodIn(line: SourceLine, defaultYear: number | undefined): FoundPeriod | undefined {
  const text = matchingText(line.text);
  const note = (match: RegExpExecArray): FoundPeriod => {
    const clause = clauseAround(line.text, text, match.index, match.index + match[0].length);
    return { note: clause, line, text: clause };
  };
  const effective = (match: RegExpExecArray | null): boolean => match !== null && EFFECTIVE.test(matchingText(clauseAround(line.text, text, match.index, match.index + match[0].length)));
  const range = RANGE.exec(text);
  if (range && !effective(range)) {
    const startYear = range[1] ? Number(range[1]) : defaultYear;
    const endYear = range[4] ? Number(range[4]) : startYear;
    const startMonth = Number(range[2]);
    const endMonth = range[5] ? Number(range[5]) : startMonth;
    if (startYear === undefined || endYear === undefined) return note(range);
    const start = isoFromParts(startYear, startMonth, Number(range[3]));
    const end = isoFromParts(endYear, endMonth, Number(range[6]));
    if (start && end) return { start, end, line, text: line.text.slice(range.index, range.index + range[0].length) };
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
  const from = effective(fromMatch) ? null : fromMatch;
  if (until && from && from.index < until.index) {
    // 开始时间为2025年11月17日，截止时间为2025年11月30日: a range in two statements.
    const startYear = from[1] ?? from[4];
    const endYear = until[1] ?? until[4] ?? until[7] ?? until[10];
    const start = isoFromParts(startYear ? Number(startYear) : (defaultYear ?? NaN), Number(from[2] ?? from[5]), Number(from[3] ?? from[6]));
    const end = isoFromParts(endYear ? Number(endYear) : startYear ? Number(startYear) : (defaultYear ?? NaN), Number(until[2] ?? until[5] ?? until[8] ?? until[11]), Number(until[3] ?? until[6] ?? until[9] ?? until[12]));
    if (start && end) return { start, end, line, text: line.text.slice(from.index, until.index + until[0].length) };
  }
  if (until) {
    const year = until[1] ?? until[4] ?? until[7] ?? until[10];
    const month = until[2] ?? until[5] ?? until[8] ?? until[11];
    const day = until[3] ?? until[6] ?? until[9] ?? until[12];
    const resolvedYear = year ? Number(year) : defaultYear;
    if (resolvedYear === undefined) return note(until);
    const end = isoFromParts(resolvedYear, Number(month), Number(day));
    if (end) return { end, line, text: line.text.slice(until.index, until.index + until[0].length) };
  }
  if (from) {
    // 自2026年3月1日起受理: a start without an end in this sentence; findPeriod pairs it with a deadline.
    const year = from[1] ?? from[4];
    const resolvedYear = year ? Number(year) : defaultYear;
    const start = resolvedYear === undefined ? undefined : isoFromParts(resolvedYear, Number(from[2] ?? from[5]), Number(from[3] ?? from[6]));
    if (start) return { start, line, text: line.text.slice(from.index, from.index + from[0].length) };
  }
  const allYear = ALL_YEAR.exec(text);
  if (allYear) return { note: line.text.slice(allYear.index, allYear.index + allYear[0].length), line, text: line.text.slice(allYear.index, allYear.index + allYear[0].length) };
  return undefined;
}

/**
 * The period from the period section's lines when there is one, else from any sentence about
 * applying. `defaultYear` is the document's own year.
 */
export function findPeriod(sectionLines: readonly SourceLine[], allLines: readonly SourceLine[], defaultYear: number | undefined): FoundPeriod | undefined {
  const inSection = sectionLines.map((line) => periodIn(line, defaultYear)).filter((found) => found !== undefined);
  // In prose, the date must stand in a sentence about applying, not merely on the same line:
  // 2019年1月1日至12月31日，困难企业可开展培训 is when a measure runs.
  const sentences = (line: SourceLine): SourceLine[] => (line.text.match(/[^。！？]+[。！？]?/gu) ?? []).map((text) => ({ ...line, text }));
  const candidates = inSection.length > 0 ? inSection : allLines.flatMap(sentences).filter((sentence) => ABOUT_APPLYING.test(sentence.text)).map((sentence) => periodIn(sentence, defaultYear)).filter((found) => found !== undefined);
  // A range says it all; among deadlines, the last one is the applicant's (a notice often sets an
  // earlier one for the offices that collect the applications).
  const range = candidates.find((found) => found.start !== undefined && found.end !== undefined);
  if (range) return range;
  const deadlines = candidates.filter((found) => found.end !== undefined).sort((a, b) => (a.end! < b.end! ? 1 : a.end! > b.end! ? -1 : 0));
  const opening = candidates.find((found) => found.start !== undefined && found.end === undefined);
  const deadline = deadlines[0];
  // 自3月1日起受理 … 4月30日前提交: the opening day and the deadline, told in two sentences.
  if (deadline && opening && opening.start! < deadline.end!) return { ...deadline, start: opening.start! };
  return deadline ?? opening ?? candidates[0];
}

/** The year a web page says it was published (发布时间：2026-03-01), for dates written without one. */
export function yearFromPublished(lines: readonly SourceLine[]): number | undefined {
  for (const line of lines) {
    const match = /(?:发布时间|发布日期|成文日期|发表日期|日期)\s*[：:]?\s*((?:19|20)\d{2})[-年./]/u.exec(matchingText(line.text));
    if (match) return Number(match[1]);
  }
  return undefined;
}

