/** numberedText: what of a document `draft --llm` sends within draft.llm.maxChars. */
import { describe, expect, it } from 'vitest';
import { numberedText } from '../../src/draft/llm-request.js';
import type { SourceDocument } from '../../src/draft/source-document.js';

const documentOf = (...texts: string[]): SourceDocument => ({ file: '通知.txt', format: 'txt', lines: texts.map((text, index) => ({ text, line: index + 1 })) });

describe('numberedText', () => {
  it.each([
    ['whole lines while they fit', ['一二三', '四五六', '七八九'], 7, '1: 一二三\n2: 四五六', 6],
    ['every line within the budget', ['一二三', '四五六'], 6, '1: 一二三\n2: 四五六', 6],
    // A copy that lost its line breaks: one paragraph over the budget is cut, not skipped.
    ['the start of a first line over the budget', ['一二三四五六七八九十', '后面'], 4, '1: 一二三四', 4],
    ['no more after a line that does not fit', ['一二', '三四五六七八九十', '后'], 5, '1: 一二', 2],
  ])('sends %s', (_case, texts, maxChars, sent, sentChars) => {
    const numbered = numberedText(documentOf(...texts), maxChars);
    expect(numbered).toEqual({ text: sent, sentChars, totalChars: texts.join('').length });
  });

  it('numbers the lines of a PDF with their page', () => {
    const pdf: SourceDocument = { file: '通知.pdf', format: 'pdf', lines: [{ text: '申报条件', line: 12, page: 3 }] };
    expect(numberedText(pdf, 100).text).toBe('第3页12: 申报条件');
  });
});
