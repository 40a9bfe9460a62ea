/**
 * Phone numbers as a card prints them: one rule for every card, whatever way they were typed.
 * Readers dial from the card (many of them older), so digits come in short groups:
 *
 * - a landline with its area code: `0512-6875 1234` (`010-8765 4321`; 7-digit local numbers
 *   `0571-876 5432`), also when typed `051268751234`, `(0512)68751234` or `0512 6875-1234`;
 * - a mobile: `138 0000 0000`;
 * - a 400 / 800 service line: `400-820-8820`;
 * - everything else as typed: short service numbers (12333, 95588), extensions after 转 keep
 *   their digits, text around the numbers stays.
 */

const SEPARATOR = String.raw`[\s\-－—–]`;

/** A run that may be a landline: an area code (maybe in brackets), then digits and separators. */
const LANDLINE = /(?<![\d+])(?:[(（]0\d{2,3}[)）]|0)[\d\s\-－—–]{6,16}\d(?!\d)/gu;
const MOBILE = new RegExp(String.raw`(?<![\d+])(1[3-9]\d)${SEPARATOR}?(\d{4})${SEPARATOR}?(\d{4})(?!\d)`, 'gu');
const SERVICE = new RegExp(String.raw`(?<!\d)([48]00)${SEPARATOR}?(\d{3})${SEPARATOR}?(\d{4})(?!\d)`, 'gu');

/** Area codes of three digits: 010 (Beijing) and 02x (Shanghai, Tianjin, Chongqing…); all others have four. */
function areaLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4;
}

function formatLandline(run: string): string {
  const digits = run.replace(/\D/g, '');
  // Where the person put the area code wins (a bracket or a separator after it); else the usual length.
  const typed = /^[(（](0\d{2,3})[)）]|^(0\d{2,3})[\s\-－—–]/u.exec(run);
  const area = typed ? (typed[1] ?? typed[2])! : digits.slice(0, areaLength(digits));
  const local = digits.slice(area.length);
  if (local.length !== 7 && local.length !== 8) return run;
  return `${area}-${local.slice(0, -4)} ${local.slice(-4)}`;
}

/** A space that separates two numbers: before an area code or a whole mobile number (local numbers never start with 0 or 1). */
const BETWEEN_NUMBERS = /(?<=\d)(\s+)(?=[(（]0\d{2,3}[)）]|0\d{2,3}[\s\-－—–]|0\d{9,11}(?!\d)|1[3-9]\d{9}(?!\d))/u;

function formatNumber(text: string): string {
  return text
    .replace(SERVICE, (_match, head: string, middle: string, tail: string) => `${head}-${middle}-${tail}`)
    .replace(MOBILE, (_match, head: string, middle: string, tail: string) => `${head} ${middle} ${tail}`)
    .replace(LANDLINE, formatLandline);
}

/** The phone text of a contact as the card prints it (see the module comment for the rule). */
export function formatPhone(phone: string): string {
  return phone.split(BETWEEN_NUMBERS).map(formatNumber).join('');
}
