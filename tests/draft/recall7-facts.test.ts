/**
 * Fact mechanisms from the misses of the seventh held-out set (issue 13), written to generalise
 * rather than to list phrases: each test reads a small notice written for it; none copies a corpus
 * document.
 */
import { describe, expect, it } from 'vitest';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('a 文号 key that shares its cell with another key', () => {
  it.each([
    [['- 索 引 号：AB0001-2025-00012', '- 备注/文号：东农字〔2025〕6号', '- 发布机构：某市农业局'], '东农字〔2025〕6号'],
    [['索引号 AB0001-2025-00012', '备注／文号 东农字〔2025〕6号'], '东农字〔2025〕6号'],
  ])('%j → %s', (texts, docNo) => {
    expect(findDocNo(lines(...texts))?.text).toBe(docNo);
  });

  it('takes no number after a slashed key that is not 文号', () => {
    expect(findDocNo(lines('- 索引号：AB0001', '- 分类/备注：东农字〔2025〕6号', '各有关单位：现将有关事项通知如下。', '一、申报条件'))).toBeUndefined();
  });
});
