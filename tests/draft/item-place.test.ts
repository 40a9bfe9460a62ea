import { describe, expect, it } from 'vitest';
import { documentShape, itemPlace, lengthBand, locate, repeats, shapeBand, startsWithMarker, type Line, type PlaceReport } from '../../bench/lib/item-place.js';

// A small notice: site header, title, a conditions heading, a materials heading, a process
// heading, a table row, a signature and a date, then an attachment line.
const texts = [
  '首页 > 通知公告',
  '关于申报2025年度科技项目的通知',
  '一、申报条件',
  '1. 在本市注册的企业',
  '二、申报材料',
  '1. 申报书',
  '请于10月31日前提交申请表',
  '三、申报流程',
  '网上填报后提交纸质材料',
  '一等奖 | 50万元',
  '某市科学技术局',
  '2025年9月1日',
  '附件：申请表',
];
const lines: Line[] = texts.map((text, index) => ({ text, line: index + 1, ...(text.includes(' | ') ? { kind: 'table-row' } : {}) }));
const at = (line: number) => [{ line }];
const report: PlaceReport = {
  sources: [
    { path: '/title', from: at(2), text: texts[1]! },
    { path: '/issuer', from: at(11), text: texts[10]! },
  ],
  headings: [
    { from: { line: 3 }, text: '一、申报条件', field: 'conditions' },
    { from: { line: 5 }, text: '二、申报材料', field: 'materials' },
    { from: { line: 8 }, text: '三、申报流程', field: 'process' },
  ],
};

describe('itemPlace', () => {
  it.each([
    ['phones', 1, 'before-title'],
    ['conditions', 4, 'own-heading'],
    ['materials', 6, 'own-heading'],
    ['materials', 7, 'own-heading'],
    ['materials', 9, 'other-heading'],
    ['reward.items', 10, 'table-row'],
    ['materials', 13, 'after-signature'],
    ['title', 2, 'no-heading'],
  ] as const)('a %s item on line %i is %s', (field, line, place) => {
    expect(itemPlace({ lines, report }, at(line), field)).toBe(place);
  });

  it('names an item without a source line unlocated', () => {
    expect(itemPlace({ lines, report }, [], 'materials')).toBe('unlocated');
  });

  it('reads a headingless document as no-heading', () => {
    expect(itemPlace({ lines, report: { sources: [] } }, at(9), 'process')).toBe('no-heading');
  });
});

describe('the traits of an item and of its document', () => {
  it('finds the line that holds most of a missed item', () => {
    expect(locate(lines, '网上填报后提交纸质材料')).toEqual(at(9));
    expect(locate(lines, '营业执照复印件')).toEqual([]);
  });

  it.each([
    [4, true],
    [7, false],
  ])('line %i starts with a list marker: %s', (line, marked) => {
    expect(startsWithMarker(lines, at(line))).toBe(marked);
  });

  it('sees text that is on more than one line', () => {
    expect(repeats(lines, '提交纸质材料')).toBe(false);
    expect(repeats([...lines, { text: '请提交纸质材料一式两份', line: 14 }], '提交纸质材料')).toBe(true);
    // Three characters are too few to say that a line repeats.
    expect(repeats([...lines, { text: '申报书', line: 14 }], '申报书')).toBe(false);
  });

  it.each([
    ['申报书', '≤8'],
    ['在本市注册的企业须具有独立法人资格', '9–25'],
    ['甲'.repeat(81), '81–200'],
  ])('a %s item is in band %s', (text, band) => {
    expect(lengthBand(text)).toBe(band);
  });

  it('measures the shape of a document', () => {
    expect(documentShape(lines)).toEqual({ lines: 13, longest: 17, markerShare: 0.38 });
    expect(shapeBand(documentShape(lines))).toBe('marked');
    expect(shapeBand(documentShape([{ text: '甲'.repeat(700), line: 1 }, ...lines]))).toBe('run-on');
  });
});
