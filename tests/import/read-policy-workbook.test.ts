/**
 * A realistic policy workbook, built in the test, read into specs: every cell convention staff
 * use, and the invalid row reported by sheet, cell and column header.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSheet } from '../../src/import/import-sheet.js';
import { readSheetCards, type SheetCards } from '../../src/import/sheet-cards.js';
import { loadCards } from '../../src/spec/load-cards.js';
import { buildTestWorkbook, tempDir } from '../helpers/sheets.js';
import { EXPECTED_SPECS, POLICY_SHEETS, ROW_7_ERRORS } from './policy-workbook.js';

describe('reading a policy workbook', () => {
  let work: string;
  let sheet: SheetCards;

  beforeAll(async () => {
    work = await tempDir();
    await writeFile(path.join(work, '政策清单.xlsx'), await buildTestWorkbook(POLICY_SHEETS));
    sheet = await readSheetCards('政策清单.xlsx', { cwd: work });
  });

  it('skips the notes sheet and the merged title row, and finds the header in row 2', () => {
    expect(sheet.sheet).toBe('政策清单');
    expect(sheet.headerRow).toBe(2);
    expect(sheet.ignoredColumns).toEqual(['A 序号', 'P 备注']);
  });

  it('reads every data row and skips the empty one', () => {
    expect(sheet.rows.map((row) => [row.row, row.source])).toEqual([
      [3, '政策清单.xlsx!第3行'],
      [4, '政策清单.xlsx!第4行'],
      [6, '政策清单.xlsx!第6行'],
      [7, '政策清单.xlsx!第7行'],
    ]);
  });

  it.each([0, 1, 2])('turns data row %i into the exact spec', (index) => {
    const row = sheet.rows[index]!;
    expect(row.errors).toEqual([]);
    expect(row.spec).toStrictEqual(EXPECTED_SPECS[index]);
    expect(row.card?.id).toBe(EXPECTED_SPECS[index]!.id);
  });

  it('reports the invalid row by sheet, cell and column header, in Chinese and English', () => {
    const invalid = sheet.rows[3]!;
    expect(invalid.card).toBeUndefined();
    expect(invalid.errors.map((error) => error.format('zh'))).toEqual(ROW_7_ERRORS.zh);
    expect(invalid.errors.map((error) => error.format('en'))).toEqual(ROW_7_ERRORS.en);
    expect(invalid.errors.map((error) => error.toJSON())).toEqual([
      { code: 'E_SCHEMA', file: '政策清单.xlsx!第7行', path: '/conditions', cell: '政策清单!D7', message: ROW_7_ERRORS.zh[0] },
      { code: 'E_SCHEMA', file: '政策清单.xlsx!第7行', path: '/period/end', cell: '政策清单!J7', message: ROW_7_ERRORS.zh[1] },
    ]);
  });

  it('imports the good rows and not the invalid one', async () => {
    const report = await importSheet('政策清单.xlsx', { cwd: work, out: 'cards' });
    expect(report.counts).toEqual({ created: 3, updated: 0, unchanged: 0, kept: 0, failed: 1 });
    expect((await readdir(path.join(work, 'cards'))).sort()).toEqual([
      '.policy-card-import.json',
      'su-zhou-shi-ren-cai-an-ju-bu-tie.json',
      'wen-gang-bu-tie.json',
      'zhi-neng-hua-gai-zao-shu-zi-hua-zhuan-xing-xiang-mu-jiang-bu.json',
    ]);
    const written = JSON.parse(await readFile(path.join(work, 'cards', 'wen-gang-bu-tie.json'), 'utf8')) as Record<string, unknown>;
    // No catalogue copy of the schema here: no $schema rather than a path into the installed package.
    expect(written).toStrictEqual(EXPECTED_SPECS[2]);
  });

  it('loads the workbook as cards, one per row, for build and validate', async () => {
    const cards = await loadCards(['政策清单.xlsx'], work);
    expect(cards.map((card) => [card.file, card.id, card.card !== undefined])).toEqual([
      ['政策清单.xlsx!第3行', EXPECTED_SPECS[0]!.id, true],
      ['政策清单.xlsx!第4行', EXPECTED_SPECS[1]!.id, true],
      ['政策清单.xlsx!第6行', 'wen-gang-bu-tie', true],
      ['政策清单.xlsx!第7行', 'shou-tai-tao-zhong-da-zhuang-bei-bao-xian-bu-chang', false],
    ]);
    expect(cards[3]!.errors.map((error) => error.format('zh'))).toEqual(ROW_7_ERRORS.zh);
    expect(cards[0]!.absolutePath).toBe(path.join(work, '政策清单.xlsx'));
  });
});
