/**
 * What a cell holds in an .xlsx file, as the import sees it; and files that cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellFromValue, readSheetFile } from '../../src/import/read-sheet.js';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { cellAddress, columnLetter } from '../../src/import/sheet-table.js';
import { loadCards } from '../../src/spec/load-cards.js';
import { buildTestWorkbook, tempDir } from '../helpers/sheets.js';

describe('cell values', () => {
  it.each([
    ['empty', null, undefined, { text: '' }],
    ['text', '申报条件', undefined, { text: '申报条件' }],
    ['a number', 12333, undefined, { text: '12333', number: 12333 }],
    ['a percentage', 0.6, '0%', { text: '60%', number: 0.6 }],
    ['a date', new Date(Date.UTC(2026, 2, 31)), 'yyyy/m/d', { text: '2026-03-31', date: '2026-03-31' }],
    ['rich text', { richText: [{ text: '最高' }, { text: '500万元', font: { bold: true } }] }, undefined, { text: '最高500万元' }],
    ['a hyperlink', { text: '点击查看', hyperlink: 'https://a.gov.cn/x' }, undefined, { text: '点击查看', hyperlink: 'https://a.gov.cn/x' }],
    ['a formula with its result', { formula: 'A1&B1', result: '稳岗补贴' }, undefined, { text: '稳岗补贴' }],
  ])('%s', (_name, value, numFmt, cell) => {
    expect(cellFromValue(value as never, numFmt)).toEqual(cell);
  });

  it.each([
    ['a formula never calculated', { formula: 'A1&B1' }, '单元格是公式，但文件里没有保存计算结果；请在 Excel 中打开并保存一次，或把公式换成内容'],
    ['an Excel error value', { error: '#N/A' }, '单元格是 Excel 错误值 #N/A；请改正公式或直接填写内容'],
  ])('%s is a problem to report', (_name, value, problem) => {
    expect(cellFromValue(value as never).problem?.zh).toBe(problem);
  });
});

describe('cell addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it('quotes sheet names as Excel does', () => {
    expect(cellAddress('政策清单', 3, 7)).toBe('政策清单!D7');
    expect(cellAddress('2026 人才', 0, 2)).toBe("'2026 人才'!A2");
  });
});

describe('merged cells', () => {
  it('give their value to every row they span, but not to the other columns', async () => {
    const bytes = await buildTestWorkbook([{ name: 'S', rows: [['a', 'b', 'c'], ['块', null, 'x'], [null, null, 'y']], merges: ['A2:B3'] }]);
    const work = await tempDir();
    await writeFile(path.join(work, 'm.xlsx'), bytes);
    const [table] = await readSheetFile(path.join(work, 'm.xlsx'), 'm.xlsx');
    expect(table!.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['a', 'b', 'c'],
      ['块', '', 'x'],
      ['块', '', 'y'],
    ]);
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['old.xls', Buffer.from('D0CF11E0', 'hex'), 'old.xls: 不支持 .xls（Excel 97-2003）格式；请在 Excel 中“另存为” .xlsx 或 CSV UTF-8 后再导入'],
    ['broken.xlsx', Buffer.from('not a zip file'), /^broken\.xlsx: 无法打开 Excel 文件（.*）；文件可能已损坏、设了打开密码，或并不是 \.xlsx。请在 Excel 中打开后“另存为” \.xlsx$/],
  ])('%s', async (name, bytes, message) => {
    const work = await tempDir();
    await writeFile(path.join(work, name), bytes);
    await expect(readSheetCards(name, { cwd: work })).rejects.toThrow(message);
  });

  it('become one failed entry when built, naming the file', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, 'empty.csv'), '\uFEFF你好,世界\r\n');
    const cards = await loadCards(['empty.csv'], work);
    expect(cards.map((card) => [card.file, card.id, card.card, card.errors.map((error) => `[${error.code}] ${error.format('zh')}`)])).toEqual([
      [
        'empty.csv',
        undefined,
        undefined,
        ['[E_SHEET] empty.csv: 在工作表“empty”的前 20 行中找不到表头（应有“政策名称”“发文单位”“申报条件”等列名）；第 1 行是：A 你好、B 世界。可用 policy-card sheet-template 生成模板，或用 --map 指定列名'],
      ],
    ]);
  });
});
