import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCellList, splitCellLines, splitCellList } from '../../src/import/split-cell-list.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const CHINESE = '一二三四五六七八九十';

/** Every way staff number an item, as a function of the item's number (1-based). */
const MARKERS: Array<[string, (n: number) => string]> = [
  ['1、', (n) => `${n}、`],
  ['1.', (n) => `${n}.`],
  ['1. (with a space)', (n) => `${n}. `],
  ['1．', (n) => `${n}．`],
  ['１．(full-width digit)', (n) => `${String.fromCharCode(0xff10 + n)}．`],
  ['1)', (n) => `${n})`],
  ['1）', (n) => `${n}）`],
  ['(1)', (n) => `(${n})`],
  ['（1）', (n) => `（${n}）`],
  ['①', (n) => CIRCLED[n - 1]!],
  ['一、', (n) => `${CHINESE[n - 1]}、`],
  ['(一)', (n) => `(${CHINESE[n - 1]})`],
  ['（一）', (n) => `（${CHINESE[n - 1]}）`],
];

/** How item text really begins: with a year, an amount, a percentage, a date, a duration, or words. */
const BEGINNINGS = ['2025年度纳入规上', '500万元以下的项目', '30%以上的股权', '2026年3月31日前投产', '3年以上连续经营', '12个月内未发生事故', '注册在本市的企业'];

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
    ['3年以上 is not numbering', '3年以上\n5年以上', ['3年以上', '5年以上']],
    ['decimals at the start of counting lines stay text', '1.5倍\n2.5倍', ['1.5倍', '2.5倍']],
    ['a lone 1. before a digit is a decimal', '1.5万元以下企业', ['1.5万元以下企业']],
    ['the issue: a year after 1、', '1、2025年度纳入规上\n2、连续在库12个月', ['2025年度纳入规上', '连续在库12个月']],
    ['the issue: a year after 2、', '1、纳入规上\n2、2025年度营收增长\n3、连续在库12个月', ['纳入规上', '2025年度营收增长', '连续在库12个月']],
    ['mixed markers', '1、条件A\n2.条件B\n（3）条件C\n④条件D', ['条件A', '条件B', '条件C', '条件D']],
    ['a wrapped line is joined to its item', '1、年营业收入达到2000万元\n以上的企业\n2、连续在库12个月', ['年营业收入达到2000万元以上的企业', '连续在库12个月']],
    ['a wrapped Latin line gets its space back', '1. Apply on the\nportal\n2. Wait', ['Apply on the portal', 'Wait']],
    ['a lead-in wrapped over two lines', '申报企业须同时\n满足以下条件：\n1、条件A\n2、条件B', ['申报企业须同时满足以下条件：', '条件A', '条件B']],
    ['1.5万元 inside numbered items stays', '1. 补贴1.5万元\n2. 其余按2.5倍', ['补贴1.5万元', '其余按2.5倍']],
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

describe('numbered items whose text begins with a number', () => {
  const cases = MARKERS.flatMap(([marker, mark]) => BEGINNINGS.map((beginning) => [marker, beginning, mark] as const));

  it.each(cases)('%s × %s, between plain items', (_marker, beginning, mark) => {
    const text = `${mark(1)}${beginning}\n${mark(2)}连续在库满一年\n${mark(3)}${beginning}，且无违法记录`;
    expect(splitCellList(text)).toEqual([beginning, '连续在库满一年', `${beginning}，且无违法记录`]);
  });

  it.each(cases)('%s × %s, every item', (_marker, beginning, mark) => {
    expect(splitCellList(`${mark(1)}${beginning}\n${mark(2)}${beginning}`)).toEqual([beginning, beginning]);
  });

  it.each(cases)('%s × %s, a wrapped line', (_marker, beginning, mark) => {
    expect(splitCellList(`${mark(1)}${beginning}\n的企业\n${mark(2)}纳入统计`)).toEqual([`${beginning}的企业`, '纳入统计']);
  });

  it.each(MARKERS)('%s alone on one line still numbers a single item', (_marker, mark) => {
    expect(splitCellList(`${mark(1)}连续在库满一年`)).toEqual(['连续在库满一年']);
  });
});

describe('splitCellList properties', () => {
  const tail = fc.string({ unit: fc.constantFrom(...'企业申报条件满足纳入规上营收增长人才住房补贴'), minLength: 1, maxLength: 8 });
  const item = fc.tuple(fc.constantFrom('', ...BEGINNINGS), tail).map(([beginning, rest]) => `${beginning}${rest}`);
  const items = fc.array(item, { minLength: 1, maxLength: 9 });

  // From two items on: a lone `1.500万元` is read as the decimal it may be (see the table above).
  it('numbered items, one per line, come back as they were, whatever the marker', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 9 }), fc.constantFrom(...MARKERS), (list, [, mark]) => {
        expect(splitCellList(list.map((text, index) => `${mark(index + 1)}${text}`).join('\n'))).toEqual(list);
      }),
    );
  });

  it('items without newlines survive joinCellList → splitCellList', () => {
    fc.assert(
      fc.property(items, (list) => {
        expect(splitCellList(joinCellList(list))).toEqual(list);
      }),
    );
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
    [['跨行的，\n条目', '条件B'], '1. 跨行的，\n条目\n2. 条件B'],
    [['2025年度纳入规上', '30%以上'], '2025年度纳入规上\n30%以上'],
  ])('%j → a cell that splits back the same', (items, text) => {
    expect(joinCellList(items)).toBe(text);
    expect(splitCellList(joinCellList(items))).toEqual(items);
  });
});
