import { describe, expect, it } from 'vitest';
import { joinCellList, splitCellLines, splitCellList } from '../../src/import/split-cell-list.js';

describe('splitCellList', () => {
  it.each([
    ['one item per line', '条件A\n条件B\r\n条件C', ['条件A', '条件B', '条件C']],
    ['blank lines and spaces are dropped', '  条件A  \n\n\n 条件B ', ['条件A', '条件B']],
    ['1. numbering', '1. 条件A\n2. 条件B', ['条件A', '条件B']],
    ['1、 numbering with trailing ；', '1、条件A；\n2、条件B；\n3、条件C。', ['条件A', '条件B', '条件C。']],
    ['（1） numbering inline on one line', '（1）条件A（2）条件B；（3）条件C', ['条件A', '条件B', '条件C']],
    ['(1) half-width brackets', '(1)条件A\n(2)条件B', ['条件A', '条件B']],
    ['① circled numbers inline', '①条件A②条件B③条件C', ['条件A', '条件B', '条件C']],
    ['一、 Chinese numbering', '一、条件A\n二、条件B', ['条件A', '条件B']],
    ['（一） Chinese numbering in brackets', '（一）条件A（二）条件B', ['条件A', '条件B']],
    ['1. inline after a space', '1.条件A 2.条件B 3.条件C', ['条件A', '条件B', '条件C']],
    ['a lead-in before numbered items stays an item', '符合以下条件之一：①条件A②条件B', ['符合以下条件之一：', '条件A', '条件B']],
    ['an unnumbered line continues the numbered item before it', '1. 条件A，\n并且满足X\n2. 条件B', ['条件A，\n并且满足X', '条件B']],
    ['； separates items on one line', '条件A；条件B;条件C', ['条件A', '条件B', '条件C']],
    ['； inside a multi-line cell is punctuation', '条件A；或条件A2\n条件B', ['条件A；或条件A2', '条件B']],
    ['bullets', '• 条件A\n· 条件B\n- 条件C', ['条件A', '条件B', '条件C']],
    ['decimals are not numbering', '补贴1.5万元\n2.5倍', ['补贴1.5万元', '2.5倍']],
    ['第1、2项 is not numbering', '符合第1、2项的企业', ['符合第1、2项的企业']],
    ['a year is not numbering', '2025年度完成\n30人以下企业', ['2025年度完成', '30人以下企业']],
    ['an empty cell', '  \n ', []],
  ])('%s', (_name, text, items) => {
    expect(splitCellList(text)).toEqual(items);
  });

  it.each([
    ['arrows', '网上申报→属地初审 → 专家评审->公示', ['网上申报', '属地初审', '专家评审', '公示']],
    ['arrows only split a single unnumbered line', '1. 申报→审核\n2. 拨付', ['申报→审核', '拨付']],
  ])('steps: %s', (_name, text, items) => {
    expect(splitCellList(text, { arrows: true })).toEqual(items);
  });

  it('does not split at arrows outside steps', () => {
    expect(splitCellList('A→B')).toEqual(['A→B']);
  });
});

describe('splitCellLines (columns that line up)', () => {
  it.each([
    ['keeps the position of empty and 无 lines', '12333\n\n无\n0512-1', ['12333', undefined, undefined, '0512-1']],
    ['drops trailing empty lines', '市人社局\n—\n', ['市人社局']],
    ['splits one line at ；', '市人社局；市财政局', ['市人社局', '市财政局']],
    ['strips numbering', '1. 市人社局\n2. 市财政局', ['市人社局', '市财政局']],
  ])('%s', (_name, text, values) => {
    expect(splitCellLines(text)).toEqual(values);
  });
});

describe('joinCellList', () => {
  it.each([
    [['条件A', '条件B'], '条件A\n条件B'],
    [['条件A；条件B'], '1. 条件A；条件B'],
    [['（1）开头的条目', '条件B'], '1. （1）开头的条目\n2. 条件B'],
    [['跨行的\n条目', '条件B'], '1. 跨行的\n条目\n2. 条件B'],
  ])('%j → a cell that splits back the same', (items, text) => {
    expect(joinCellList(items)).toBe(text);
    expect(splitCellList(joinCellList(items))).toEqual(items);
  });
});
