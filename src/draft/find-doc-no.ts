/**
 * The notice's own 文号 (苏科规〔2026〕2号). A notice cites other documents' numbers all the time
 * (根据《…》（相政发〔2023〕17号）), so a number counts only when it stands on its own line, after
 * a 文号： key, or in the notice's head before the body starts, and never when it sits right
 * after a 《title》 or in a sentence that 根据/按照/依据… another document.
 */
import type { SourceLine } from './source-document.js';
import { matchingText } from './normalise-text.js';

// The issuer abbreviation, the year in 〔〕 [] （） 【】 ﹝﹞ 〖〗, the serial number and 号.
const DOC_NO = /([\u4e00-\u9fa5A-Za-z]{1,15})\s*([〔\[（【［﹝〖])\s*((?:19|20)\d{2})\s*([〕\]）】］﹞〗])\s*(第?\s*\d{1,5}\s*号)/gu;
const CITING = /附件|根据|按照|依据|依照|贯彻|落实|参照|执行|对照|结合|详见|见|印发|转发|废止|修订|替代|代替|《/u;
// A page's metadata table writes the key without a colon: 文件号 苏工信中小〔2022〕496号 制发日期 2022-09-20;
// as a bulleted list it puts a bullet first (• 发文字号 青海字〔2025〕4号).
// A page's info table may give one cell two keys (备注/文号：泉某〔2024〕16号): 文号 may follow a slash.
const KEY = /^[•·●▪◆■*-]?\s*(?:[^：\s/／]{1,6}[/／]\s*)?(?:文号|发文字号|发文文号|文件编号|文件号)(?:\s*：\s*|\s+)/u;
/** The last word of a title inside the part before the year: 的通知 in …的通知苏科规〔2026〕. */
const TITLE_WORD = /.*(?:通知|意见|办法|细则|方案|决定|公告|通告|规定|指南|措施|政策)/u;
/** A title's last word at the end of the text before a number. */
const TITLE_END = /(?:通知|意见|办法|细则|方案|决定|公告|通告|规定|指南|措施|政策)$/u;
/** The head of a notice: the lines before its first sentence. */
const HEAD_LINES = 8;
/** A line that is one 文号 and nothing else. */
const DOC_NO_LINE = new RegExp(`^${DOC_NO.source}$`, 'u');
/** A second 文号 right after the first: group 1 the number, group 2 its office. */
const JOINT_NUMBER = new RegExp(`^[\\s、，,]*(${DOC_NO.source})`, 'u');

/** A line that is a 文号 and nothing else (苏科高〔2012〕241号): the number printed above a notice, never its title. */
export function isDocNoLine(text: string): boolean {
  const trimmed = matchingText(text).trim();
  return DOC_NO_LINE.test(trimmed);
}

export interface FoundDocNo {
  text: string;
  line: SourceLine;
}

function cited(before: string): boolean {
  if (/》\s*[（(]?\s*$/u.test(before)) return true;
  const sentence = before.split(/[。；！？]/u).pop() ?? '';
  return CITING.test(sentence);
}

/**
 * `title` is the document's own title: a 文号 given beside the notice that issues that very title
 * (附件：1.四府规〔2022〕2号某市人民政府关于印发《<title>》的通知.doc, a portal's link to the issuing notice)
 * is the document's, though it stands in a line that would otherwise cite it.
 */
export function findDocNo(lines: readonly SourceLine[], title?: string): FoundDocNo | undefined {
  return ownDocNo(lines) ?? (title === undefined ? undefined : issuingDocNo(lines, title));
}

/** How far a 文号 may stand from the issuing notice's 关于 (the office's name between) or its 的通知. */
const NEAR = 20;

function issuingDocNo(lines: readonly SourceLine[], title: string): FoundDocNo | undefined {
  const own = matchingText(title).trim();
  if (own.length < 6) return undefined;
  for (const line of lines) {
    const text = matchingText(line.text);
    const issued = text.indexOf(`印发《${own}》的通知`);
    if (issued < 0) continue;
    const about = text.lastIndexOf('关于', issued);
    const after = issued + `印发《${own}》的通知`.length;
    for (const match of text.matchAll(DOC_NO)) {
      const start = match.index + (TITLE_WORD.exec(match[1]!)?.[0].length ?? 0);
      const end = match.index + match[0].length;
      const before = about >= 0 && end <= about && about - end <= NEAR;
      const behind = start >= after && start - after <= 2;
      if (before || behind) return { text: text.slice(start, end).replace(/\s+/gu, ''), line };
    }
  }
  return undefined;
}

function ownDocNo(lines: readonly SourceLine[]): FoundDocNo | undefined {
  for (const [index, line] of lines.entries()) {
    const text = matchingText(line.text).trim();
    const keyed = KEY.exec(text);
    const rest = keyed ? text.slice(keyed[0].length) : text;
    for (const match of rest.matchAll(DOC_NO)) {
      // A title and its 文号 run together (…的通知苏科规〔2026〕2号, a PDF line joined to the next):
      // the number starts after the title's last word.
      const titleEnd = TITLE_WORD.exec(match[1]!);
      const skip = titleEnd ? titleEnd.index + titleEnd[0].length : 0;
      const start = match.index + skip;
      const before = rest.slice(0, start);
      // …的通知苏科规〔2026〕2号, or with a space between (…的通知 苏科规〔2026〕2号), at the end of a head line.
      // Or in brackets of its own after the title (…的通知【常科成〔2017〕83号】, …的通知（某工信〔2026〕12号）).
      const bracketed = /[【\[（(]$/u.test(before) && TITLE_END.test(before.slice(0, -1).trim());
      const endsTitle = skip > 0 || (/\s$/u.test(before) && TITLE_END.test(before.trim())) || bracketed;
      const after = rest.slice(match.index + match[0].length).trim();
      const afterTitle = endsTitle && index < HEAD_LINES && (after === '' || (bracketed && /^[】\]）)]$/u.test(after)));
      const alone = (before.trim() === '' || afterTitle) && rest.slice(match.index + match[0].length).trim().length <= 1;
      // The issuer part may swallow the citing word (按照苏工信投资〔2019〕337号).
      if (cited(before) || CITING.test(match[1]!)) continue;
      if (keyed || alone || (index < HEAD_LINES && (before.trim() === '' || afterTitle))) {
        // Keep the document's own spelling of the brackets (〔2026〕), which width normalisation leaves alone.
        const offset = (keyed ? keyed[0].length : 0) + start + (line.text.length - line.text.trimStart().length);
        const original = line.text.slice(offset, offset + match[0].length - skip).replace(/\s+/gu, '');
        const joint = jointNumber(line.text.slice(offset + match[0].length - skip));
        return { text: joint ? `${original} ${joint}` : original, line };
      }
    }
  }
  return undefined;
}

/**
 * A notice issued jointly by two offices carries both their numbers side by side (宁科〔2016〕19号
 * 宁财教〔2016〕47号): the second, right after the first with only a space or 、 between, is the
 * notice's own as well.
 */
function jointNumber(after: string): string | undefined {
  const match = JOINT_NUMBER.exec(after);
  // The issuer part may swallow a citing word (根据东政发〔2024〕3号).
  return match && !CITING.test(match[2]!) ? match[1]!.replace(/\s+/gu, '') : undefined;
}
