/**
 * Lines that hold a whole document: text copied from web pages often arrives as one paragraph,
 * "一、申报对象 1.注册在… 2.奖励标准:… 二、申报流程 1.…". Such a line is cut before each numbering
 * marker that continues a count (一、 after nothing or after 一、 comes 二、; 1. then 2.), so the
 * heading tree sees the structure. Markers that only count inside a sentence (见附件2、3) do not
 * continue a count and stay; neither do the (1)(2) and ①② of alternatives, which belong to their
 * item.
 */
import type { SourceLine } from './source-document.js';
import { chineseNumberValue, INLINE_HEADING_MARKERS } from './line-marker.js';
import { matchingText } from './normalise-text.js';

/** Where a marker may start inside a line: after a space or the end of a sentence or clause. */
const BEFORE = /[\s。；！？：]$/u;
const ALTERNATIVES = /(?:之一|其一|任一|任意一项|其中一项)[^：]{0,10}：[^。]*$/u;

function valueOf(token: string): number {
  return chineseNumberValue(token.replace(/^第|[章条、.（）]/gu, ''));
}

export function splitInlineHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const last = new Map<string, number>();
  const out: SourceLine[] = [];
  for (const line of lines) {
    // A table row is whole by construction: numbering inside a cell (1.线上办理 2.现场办理) is the cell's.
    if (line.kind === 'table-row') {
      out.push(line);
      continue;
    }
    const text = matchingText(line.text);
    const cuts: number[] = [];
    for (const match of text.matchAll(INLINE_HEADING_MARKERS)) {
      const style = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
      if (!style) continue;
      const value = valueOf(match[0]);
      const previous = last.get(style);
      const counts = value === 1 || (previous !== undefined && value === previous + 1);
      if (!counts) continue;
      if (match.index === 0) {
        last.set(style, value);
        continue;
      }
      const before = text.slice(0, match.index);
      if (!BEFORE.test(before)) continue;
      const since = text.slice(cuts[cuts.length - 1] ?? 0, match.index);
      if ((style === 'dot' || style === 'comma') && ALTERNATIVES.test(since)) continue;
      cuts.push(match.index);
      last.set(style, value);
    }
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    const bounds = [0, ...cuts, line.text.length];
    for (let index = 0; index + 1 < bounds.length; index++) {
      const piece = line.text.slice(bounds[index], bounds[index + 1]).trim();
      if (piece) out.push({ ...line, text: piece, kind: undefined, level: undefined });
    }
  }
  return out.map((line) => {
    const { kind, level, ...rest } = line;
    return { ...rest, ...(kind !== undefined ? { kind } : {}), ...(level !== undefined ? { level } : {}) };
  });
}
