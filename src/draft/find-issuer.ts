/** The issuer when the signature block names none: the title (XX局关于…) or a page's metadata (发文机关：…). */
import type { SourceLine } from './source-document.js';
import { matchingText } from './normalise-text.js';
import { isOfficeName } from './signature-block.js';
import { infoCell } from './info-cells.js';

/** The issuer named before 关于 in a title: 苏州市科学技术局关于… → 苏州市科学技术局. */
export function issuerFromTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const before = title.split('关于')[0]?.trim();
  if (!before || before === title) return undefined;
  // 转发省经信委关于…的通知: the office after 转发 wrote the notice forwarded, not the one forwarding it.
  if (/^(?:转发|印发|转)/u.test(before)) return undefined;
  const offices = before.split(/[、\s]+/u).filter(Boolean);
  return offices.length > 0 && offices.every(isOfficeName) ? offices.join('、') : undefined;
}

/** The keys a page's metadata gives the issuer under, one list for every shape of metadata below. */
const ISSUER_KEYS = ['发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '发布部门', '制发机关'];
const ISSUER_KEY = ISSUER_KEYS.join('|');
/** A line that is one key and its value (发文机关：苏州市科学技术局). */
const METADATA_LINE = new RegExp(`^(?:${ISSUER_KEY})\\s*：\\s*(.+)$`, 'u');
/** A key among others on a page's record line; its value runs to the next space. */
const RECORD_KEY = new RegExp(`(?:^|\\s)(?:${ISSUER_KEY})\\s*：\\s*([^\\s：]+)`, 'u');

/** 发文机关：… / 发布机构：… in a page's metadata: the issuer when it names an office. */
export function issuerFromMetadata(lines: readonly SourceLine[]): { text: string; line: SourceLine } | undefined {
  for (const line of lines) {
    const match = METADATA_LINE.exec(matchingText(line.text).trim());
    if (!match) continue;
    const value = line.text.slice(line.text.length - match[1]!.length).trim();
    const offices = value.split(/[、\s]+/u).filter(Boolean);
    if (offices.length > 0 && offices.every(isOfficeName)) return { text: offices.join('、'), line };
  }
  // The same key in a page's information table, its cells set apart by spaces (发布机构  罗庄区人社局).
  const cell = infoCell(lines, ISSUER_KEYS);
  if (cell && isOfficeName(cell.text)) return cell;
  return undefined;
}


/**
 * The publishing office a page's record line names among its other keys (发布时间：2026年03月07日 10:16
 * 发布部门：某区管委会 收藏): the key's value runs to the next space, where the next key or a button
 * begins; it is the issuer when it names an office.
 */
export function issuerFromPageInfo(lines: readonly SourceLine[] | undefined): { text: string; line: SourceLine } | undefined {
  for (const line of lines ?? []) {
    const match = RECORD_KEY.exec(matchingText(line.text));
    if (match && isOfficeName(match[1]!)) return { text: match[1]!, line };
  }
  return undefined;
}
