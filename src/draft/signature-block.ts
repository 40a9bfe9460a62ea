/**
 * The signature block at the end of a notice: the issuing offices, one per line or side by
 * side, and the date the document was signed (2026年2月15日 or 二〇二六年二月十五日), followed at
 * most by 版记 lines (此件公开发布, 抄送, 印发). Its offices are the best evidence of the issuer,
 * its date gives the year of dates written without one.
 */
import type { SourceLine } from './source-document.js';
import { chineseNumberValue, lineMarker } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { isoFromParts } from '../text/parse-written-date.js';

const ORG_END = '(?:局|委员会|委|厅|办公室|办|人民政府|政府|中心|管委会|管理委员会|部|院|会|小组|公司|署|处|科|所|站|集团|联合会|协会|商会|分局|支局|银行|集团公司)';
const ORG = new RegExp(`^[\\u4e00-\\u9fa5（）]{2,40}${ORG_END}$`, 'u');
const SIGN_DATE = /^(\d{4}|[一二三四五六七八九〇零○Ｏ０O]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u;
const AFTER_SIGNATURE = /^（?(?:此件|本件)|^抄送|^印发|^(?:[\u4e00-\u9fa5]{2,20})\s*\d{4}年\d{1,2}月\d{1,2}日\s*印发$/u;
/**
 * A page's attachment links under the signature (附件下载：1.某某申报指南.doc, 2.申报书附件1-4下载): the
 * site's, after the document's end.
 */
const ATTACHMENT_LINK = /^附件(?:下载)?\s*[：:]|(?:下载|\.(?:docx?|xlsx?|pdf|wps|zip|rar))\s*$/iu;
/**
 * （苏州市科学技术局代章）: the note that another office's seal stands in for the signer's. It belongs
 * to the block but names no issuer. Its shortest form is a bare （代）: signed on the office's behalf.
 */
const SEAL_NOTE = /^（(?:[^（）]{2,40}(?:代章|代印|盖章|公章|印章)|代)）$/u;
/** The same note joined to the office line above it, as a reader that rejoins wrapped lines leaves it. */
const TRAILING_SEAL_NOTE = /\s*（(?:[^（）]{2,40}(?:代章|代印|盖章|公章|印章)|代)）$/u;
/** （联系人：张三，联系电话：0512-…）: whom to call, printed under the date; it is read for contacts. */
const CONTACT_NOTE = /^（\s*(?:联系人|联系电话|联系方式|咨询电话)[^（）]*(?:（[^（）]*）[^（）]*)*）$/u;
/** ****年*月**日: a signing date a copier masked; it still closes the block, with no date to take. */
const MASKED_DATE = /^[*＊]{2,4}\s*年\s*[*＊]{1,2}\s*月\s*[*＊]{1,2}\s*日$/u;
/** How many lines from the end the block may span (several offices, a date, 版记). */
const WINDOW = 10;

export interface SignatureBlock {
  /** Offices named in the block, in order. */
  offices: string[];
  /** The lines the offices came from. */
  officeLines: SourceLine[];
  /** The signing date as YYYY-MM-DD. */
  date: string | undefined;
  dateLine: SourceLine | undefined;
  /** Index of the block's first line: lines from here on are not part of the body. */
  start: number;
  /** Notes after the block that still speak to the reader: （联系人：…，联系电话：…）. */
  notes?: SourceLine[];
}

function yearDigits(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number([...text].map((char) => String('〇一二三四五六七八九'.indexOf(char.replace(/[零○ＯO０]/u, '〇')))).join(''));
}

/** 2026年2月15日 / 二〇二六年二月十五日 → 2026-02-15, when the whole text is such a date. */
export function signDate(text: string): string | undefined {
  const match = SIGN_DATE.exec(matchingText(text).trim());
  if (!match) return undefined;
  const year = yearDigits(match[1]!);
  const month = chineseNumberValue(match[2]!);
  const day = chineseNumberValue(match[3]!);
  if (!(year >= 1990 && year <= 2100)) return undefined;
  return isoFromParts(year, month, day);
}

export function isOfficeName(text: string): boolean {
  return ORG.test(matchingText(text).trim());
}

export function findSignatureBlock(lines: readonly SourceLine[]): SignatureBlock {
  const block: SignatureBlock = { offices: [], officeLines: [], date: undefined, dateLine: undefined, start: lines.length };
  const links: SourceLine[] = [];
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - WINDOW); index--) {
    const line = lines[index]!;
    const text = matchingText(line.text).trim();
    if (CONTACT_NOTE.test(text) && block.offices.length === 0 && block.dateLine === undefined) {
      block.notes = [line, ...(block.notes ?? [])];
      block.start = index;
      continue;
    }
    if (AFTER_SIGNATURE.test(text) && block.offices.length === 0 && block.date === undefined) {
      block.start = index;
      continue;
    }
    if (ATTACHMENT_LINK.test(text) && block.offices.length === 0 && block.dateLine === undefined) {
      links.push(line);
      block.start = index;
      continue;
    }
    if (MASKED_DATE.test(text) && block.date === undefined && block.dateLine === undefined && block.offices.length === 0) {
      block.dateLine = line;
      block.start = index;
      continue;
    }
    if (SEAL_NOTE.test(text) && block.offices.length === 0) {
      block.start = index;
      continue;
    }
    const date = signDate(text);
    if (date && block.date === undefined && block.dateLine === undefined && block.offices.length === 0) {
      block.date = date;
      block.dateLine = line;
      block.start = index;
      continue;
    }
    const names = officesIn(text.replace(TRAILING_SEAL_NOTE, ''));
    if (names.length > 0 && names.every(isOfficeName)) {
      block.offices.unshift(...names);
      block.officeLines.unshift(line);
      block.start = index;
      continue;
    }
    break;
  }
  // Attachment lines with no signature above them are the text's own (附件：…某局2025年8月27日 may hold a run-in one).
  if (links.length > 0 && block.offices.length === 0 && block.dateLine === undefined) block.start = lines.indexOf(links[0]!) + 1;
  // A contact note with no signature above it is the text's own last line: it stays in the body.
  if (block.notes && block.offices.length === 0 && block.dateLine === undefined) {
    block.start = lines.indexOf(block.notes[block.notes.length - 1]!) + 1;
    delete block.notes;
  }
  return block;
}

/**
 * The office names of a signature line, side by side; also when the reader joined the line to the
 * 附件 line above it (附件：某某申报指南四川省某某委员会 四川省财政厅): the offices start after the last
 * paper's name. Empty when the line is not all offices.
 */
function officesIn(text: string): string[] {
  const split = (part: string) => part.split(/\s{2,}|\s+(?=[\u4e00-\u9fa5])/u).filter(Boolean);
  const names = split(text);
  if (names.length > 0 && names.every(isOfficeName)) return names;
  if (!/^附件/u.test(text)) return [];
  for (const paper of [...text.matchAll(PAPER_END)].reverse()) {
    const rest = split(text.slice(paper.index + paper[0].length));
    if (rest.length > 0 && rest.every(isOfficeName)) return rest;
  }
  return [];
}

/**
 * A signature inside the document: a cover letter signed by an office and dated, followed by the
 * rules it issues. The first office line directly followed by a date line.
 */
export function findInnerSignature(lines: readonly SourceLine[]): SignatureBlock | undefined {
  for (let index = 1; index < lines.length; index++) {
    const date = signDate(lines[index]!.text);
    if (!date) continue;
    let first = index;
    while (first > 0 && isOfficeName(lines[first - 1]!.text)) first--;
    if (first === index) continue;
    const officeLines = lines.slice(first, index);
    return { offices: officeLines.map((line) => line.text.trim()), officeLines, date, dateLine: lines[index], start: first };
  }
  return undefined;
}

/**
 * A numbered line of the list under an 附件： line (附件： / 1.某某项目表 / 2.某某申报书…): the papers
 * attached, one a line, the 附件： line ending the line above them or standing alone.
 */
function isAttachmentItem(lines: readonly SourceLine[], index: number): boolean {
  const numbered = (line: SourceLine) => (lineMarker(line.text)?.style ?? 'bullet') !== 'bullet';
  for (let above = index; above > 0 && numbered(lines[above]!); above--) {
    if (/附件[\d一二三四五六七八九十]*：$/u.test(matchingText(lines[above - 1]!.text).trim())) return true;
  }
  return false;
}

/** A signing date at the very end of a line that holds more than the date (a copier's stray 。 or ， after it). */
const TRAILING_DATE = /((?:\d{4}|[一二三四五六七八九〇零○Ｏ０O]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)[\s。.，,]*$/u;
/** Where the name of an attached paper ends (…汇总表, …承诺书, 申请表.docx). */
const PAPER_END = /(?:表|书|单|册|清单|目录|说明|报告|函|指南|办法|细则|方案|\.(?:docx?|xlsx?|pdf|wps|zip|rar))/giu;
const MIN_OFFICE = 4;

/**
 * A signature run into the line before it, as copies that lost their line breaks have it:
 * "附件：项目汇总表苏州市某某局2025年8月27日" or "特此通知。某某局2026年3月1日". The office is what
 * stands between the last sentence end (or, in an 附件 line, the last paper's name) and the date.
 * The line stays in the body: only the issuer and the date are taken from it.
 */
export function findRunInSignature(lines: readonly SourceLine[]): SignatureBlock | undefined {
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - 2); index--) {
    const line = lines[index]!;
    const text = matchingText(line.text).trim();
    const date = TRAILING_DATE.exec(text);
    if (!date || date.index === 0) continue;
    const signed = signDate(date[1]!);
    if (!signed) continue;
    const before = text.slice(0, date.index).trimEnd();
    let start = Math.max(0, ...[...before.matchAll(/[。；：，、\s]/gu)].map((match) => match.index + 1));
    // The 附件 line may itself be run into the text before it: 逾期不予受理，附件：某某申报指南某某局2024年8月19日.
    // Or the signature is run into the last numbered item of the attachments listed under 附件： (3.某某申报书某某局 2021年8月6日).
    if (/^附件/u.test(text) || /附件[\d一二三四五六七八九十]*：[^：。；]*$/u.test(before) || isAttachmentItem(lines, index)) {
      for (const paper of before.matchAll(PAPER_END)) {
        const end = paper.index + paper[0].length;
        if (end > start && before.length - end >= MIN_OFFICE) start = end;
      }
    }
    const office = line.text.trim().slice(start, before.length).trim();
    if (office.length >= MIN_OFFICE && isOfficeName(office)) return { offices: [office], officeLines: [line], date: signed, dateLine: line, start: lines.length };
  }
  return undefined;
}
