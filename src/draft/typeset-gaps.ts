/**
 * Gaps a typesetter adds to Chinese text that are not in the words. Word and LibreOffice put a
 * little space between Chinese and Latin letters or digits (Word's "自动调整中文与西文、数字的间
 * 距", on by default), a tab after a list number, and a justified line whose only break is a long
 * URL spreads its characters apart. A PDF keeps only positions, so its text layer turns these
 * gaps into spaces: "于 7 月 1 日前", "（1） 流程", "转 载 请 保 留". Chinese typesetting puts no
 * space there, and the rules that read dates, amounts and items expect none, so the PDF reader
 * takes them out.
 */
import { leadingMarker } from './join-wrapped-lines.js';

/** Chinese characters and full-width punctuation. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** Space after a list number, before the item's text. */
const GAP_BEFORE_TEXT = new RegExp(`^\\s+[${CJK}“‘《]`, 'u');

/** One space between a Chinese character and a Latin letter or digit, either way round. */
const AUTOSPACE = new RegExp(`(?<=[${CJK}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[${CJK}])`, 'gu');
/** Four or more Chinese characters each one space apart: letter-spaced text, not words. */
const LETTER_SPACED = new RegExp(`[${CJK}](?: [${CJK}]){3,}`, 'gu');

/** The text of a PDF line without the typesetter's gaps; spaces between Chinese words and between Latin words stay. */
export function withoutTypesetGaps(text: string): string {
  return withoutTabAfterMarker(text.replace(LETTER_SPACED, (run) => run.replace(/ /g, '')).replace(AUTOSPACE, ''));
}

/**
 * "1. 合法稳定就业" → "1.合法稳定就业": the gap after a list number before Chinese text. The space
 * after 第一条 is the document's own, and stays.
 */
function withoutTabAfterMarker(text: string): string {
  const marker = leadingMarker(text);
  if (marker === undefined || /^(?:第|附件)/u.test(marker)) return text;
  const rest = text.slice(marker.length);
  return GAP_BEFORE_TEXT.test(rest) ? marker + rest.trimStart() : text;
}
