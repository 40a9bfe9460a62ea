import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { withoutMirrorMarks } from '../../src/draft/mirror-marks.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('withoutMirrorMarks: a mirror\'s question marks for indentation', () => {
  it.each([
    ['??1.申报企业须在本市注册。', '1.申报企业须在本市注册。'],
    ['??? 一、申报条件', '一、申报条件'],
    ['?？第二条？补助对象和范围。', '第二条 补助对象和范围。'],
    // One mark, or marks inside the line, are the text's own.
    ['?是否需要盖章', '?是否需要盖章'],
    ['咨询电话：??', '咨询电话：??'],
    ['第二条？补助对象', '第二条？补助对象'],
  ])('%s → %s', (text, expected) => {
    expect(withoutMirrorMarks(lines(text))[0]!.text).toBe(expected);
  });

  it('keeps the line numbers, so the report still points at the source', () => {
    expect(withoutMirrorMarks(lines('标题', '??1.某条件。'))[1]).toEqual({ text: '1.某条件。', line: 2 });
  });

  it('lets draft read the numbered items under an article, without the marks', () => {
    const { spec } = draftCard({
      file: '办法.txt',
      format: 'txt',
      lines: lines('某市企业研发补助办法', '??第二条?补助对象和范围。', '??1.补助对象为注册地在本市的规模以上工业企业。', '??2.申请企业须无不良信用记录。'),
    });
    expect(spec.parties).toEqual(['补助对象为注册地在本市的规模以上工业企业。']);
    expect(spec.conditions).toEqual(['申请企业须无不良信用记录。']);
  });
});
