/**
 * A link cell (政策链接, 申报入口…) → QR entries: one URL per line, and the words around a URL
 * are the caption printed under the code (`扫码查看政策原文 https://…`). A hyperlink cell whose
 * text is not a URL (`点击查看`) gives its link target.
 */
import type { SheetCell } from './sheet-table.js';
import { cellLines } from './split-cell-list.js';

export interface CellLink {
  /** The URL, or the whole line when it holds none (validation then says what is wrong). */
  url: string;
  caption?: string;
}

const URL_PATTERN = /https?:\/\/[^\s，。；、“”"'<>（）《》【】]+/giu;
const HAS_URL = /https?:\/\//i;
const SEPARATORS = /^[\s:：,，、|｜\-–—]+|[\s:：,，、|｜\-–—]+$/gu;

function linksOfLine(line: string): CellLink[] {
  const matches = [...line.matchAll(URL_PATTERN)];
  if (matches.length === 0) return [{ url: line }];
  return matches.map((match, index) => {
    const url = match[0].replace(/[.,;:!?)\]}]+$/, '');
    const start = index === 0 ? 0 : matches[index - 1]!.index + matches[index - 1]![0].length;
    let caption = line.slice(start, match.index).replace(SEPARATORS, '');
    // One URL with the words after it: `https://… 扫码查看`.
    if (!caption && matches.length === 1) caption = line.slice(match.index + url.length).replace(SEPARATORS, '');
    caption = caption.replace(/^[（(](.*)[)）]$/u, '$1').trim();
    return caption ? { url, caption } : { url };
  });
}

export function parseCellLinks(cell: SheetCell): CellLink[] {
  const lines = cellLines(cell.text).map((line) => line.trim()).filter((line) => line !== '');
  if (cell.hyperlink && !lines.some((line) => HAS_URL.test(line))) return [{ url: cell.hyperlink.trim() }];
  return lines.flatMap(linksOfLine);
}

/** QR entries → the text of one link cell that parseCellLinks reads back the same. */
export function joinCellLinks(links: ReadonlyArray<{ url: string; caption?: string | undefined }>): string {
  return links.map((link) => (link.caption ? `${link.caption} ${link.url}` : link.url)).join('\n');
}
