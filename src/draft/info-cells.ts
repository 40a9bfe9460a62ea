/**
 * A page's information table copied as text (政府信息公开 pages): each row a line of keys and values
 * set apart by runs of spaces or tabs, with no colon (信息名称  一次性创业补贴申领流程  成文日期  2024-08-22).
 * Read as pairs, it names the document and the office that published it as a 发布机构：… key does.
 */
import { matchingText } from './normalise-text.js';

/** Keys of such tables: short nouns of a record's fields (a closed class, as the portals print them). */
const INFO_KEY = /^(?:索引号|公开方式|公开范围|公开日期|成文日期|发布日期|发文日期|生效日期|失效日期|信息名称|文件名称|名称|标题|发布机构|发文机关|发文机构|发文单位|发布单位|文号|发文字号|主题分类|信息分类|体裁分类|组配分类|主题词|关键词|有效性|时效性|所属主题)$/u;

/** The line's cells by key, when every key position holds a known key; undefined for any other line. */
export function infoCells(text: string): Map<string, string> | undefined {
  const parts = matchingText(text).trim().split(/\s{2,}|\t+/u).filter(Boolean);
  if (parts.length < 2 || parts.length % 2 !== 0) return undefined;
  const cells = new Map<string, string>();
  for (let index = 0; index < parts.length; index += 2) {
    // A key spaced out to fill its cell (索 引 号) is the key.
    const key = parts[index]!.replace(/\s+/gu, '');
    if (!INFO_KEY.test(key)) return undefined;
    cells.set(key, parts[index + 1]!.trim());
  }
  return cells;
}

/** The value of the first of `keys` in an info row among `lines`, with the line that holds it. */
export function infoCell<L extends { text: string }>(lines: readonly L[], keys: readonly string[]): { text: string; line: L } | undefined {
  for (const line of lines) {
    const cells = infoCells(line.text);
    if (!cells) continue;
    for (const key of keys) {
      const value = cells.get(key);
      if (value) return { text: value, line };
    }
  }
  return undefined;
}
