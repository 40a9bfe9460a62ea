/**
 * Some mirrors serve a notice's leading full-width spaces as question marks (??1.补助对象…,
 * ??? 一、广泛动员组织) and the space after an article's number as one more (第二条?补助奖励对象…). No
 * notice opens a line with a question mark, so such a run is indentation: taking it off lets the
 * line's marker (1., 一、, 第二条) be read and keeps the mark out of the items.
 */
import type { SourceLine } from './source-document.js';

/** Two or more question marks at the head of a line, half or full width, with the spaces after them. */
const LEADING_MARKS = /^\s*[?？]{2,}\s*/u;
/** 第三条？补助奖励方式…: the article's number, then a mark where the source had a space. */
const ARTICLE_MARK = /^(第[一二三四五六七八九十百零〇\d]{1,5}条)[?？](?=\S)/u;

/** The lines with a mirror's question marks for indentation taken off; other lines unchanged. */
export function withoutMirrorMarks(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) => {
    if (!LEADING_MARKS.test(line.text)) return line;
    const text = line.text.replace(LEADING_MARKS, '').replace(ARTICLE_MARK, '$1 ');
    return { ...line, text };
  });
}
