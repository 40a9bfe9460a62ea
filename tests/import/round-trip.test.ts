/**
 * export → import gives back the same cards: every sample in cards/, through .xlsx and .csv.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCards } from '../../src/import/export-cards.js';
import { importSheet } from '../../src/import/import-sheet.js';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { loadCards } from '../../src/spec/load-cards.js';
import { validateCard } from '../../src/spec/validate-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { CARDS_DIR, minimalSpec, readJson, sampleCardFiles } from '../helpers/cards.js';
import { tempDir } from '../helpers/sheets.js';

function validatedSamples(): CardSpec[] {
  return sampleCardFiles().map((file) => {
    const result = validateCard(readJson(file), { file, defaultId: path.basename(file, '.json') });
    if (!result.ok) throw new Error(`sample ${file} is invalid`);
    return result.card;
  });
}

describe.each(['xlsx', 'csv'])('round trip through .%s', (format) => {
  it('exports every sample and reads back exactly the same validated specs', async () => {
    const work = await tempDir();
    const report = await exportCards({ paths: [CARDS_DIR], out: `samples.${format}`, cwd: work });
    expect(report.failed).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.exported.map((entry) => entry.id)).toEqual(sampleCardFiles().map((file) => path.basename(file, '.json')));

    const sheet = await readSheetCards(`samples.${format}`, { cwd: work });
    expect(sheet.rows.flatMap((row) => row.errors.map((error) => error.format('zh')))).toEqual([]);
    expect(sheet.rows.map((row) => row.card)).toStrictEqual(validatedSamples());
  });

  it('imports the export into spec files that validate to the originals', async () => {
    const work = await tempDir();
    await exportCards({ paths: [CARDS_DIR], out: `samples.${format}`, cwd: work });
    const report = await importSheet(`samples.${format}`, { cwd: work, out: 'cards' });
    expect(report.counts).toEqual({ created: 8, updated: 0, unchanged: 0, kept: 0, failed: 0 });
    const cards = await loadCards(['cards'], work);
    expect(cards.map((entry) => entry.card)).toStrictEqual(validatedSamples());
  });
});

describe('export', () => {
  it('warns about a card that would not read back the same, and still exports it', async () => {
    const work = await tempDir();
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', 'colon-step.json'), JSON.stringify({ ...minimalSpec(), process: ['网上申请：登录平台', '审核'] }));
    const report = await exportCards({ out: 'out.xlsx', cwd: work });
    expect(report.exported).toEqual([{ id: 'colon-step', file: 'cards/colon-step.json' }]);
    expect(report.warnings.map((warning) => [warning.file, warning.text.zh])).toEqual([
      ['cards/colon-step.json', '以下内容写进表格后不能原样读回，请在导入后核对：申报流程'],
    ]);
  });

  it('lists invalid cards and exports the rest', async () => {
    const work = await tempDir();
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', 'good.json'), JSON.stringify(minimalSpec()));
    await writeFile(path.join(work, 'cards', 'bad.json'), JSON.stringify({ ...minimalSpec(), conditions: [] }));
    const report = await exportCards({ out: 'out.csv', cwd: work });
    expect(report.exported.map((entry) => entry.id)).toEqual(['good']);
    expect(report.failed.map((card) => card.errors.map((error) => error.format('zh')))).toEqual([['cards/bad.json: /conditions (申报条件): 列表不能为空，至少填写 1 项']]);
  });

  it('refuses to replace an existing sheet without force', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, 'out.xlsx'), 'staff edits');
    await expect(exportCards({ paths: [CARDS_DIR], out: 'out.xlsx', cwd: work })).rejects.toThrow('out.xlsx: 文件已存在；要覆盖请加 --force');
    expect(await readFile(path.join(work, 'out.xlsx'), 'utf8')).toBe('staff edits');
    const report = await exportCards({ paths: [CARDS_DIR], out: 'out.xlsx', cwd: work, force: true });
    expect(report.exported).toHaveLength(8);
  });

  it('only writes .xlsx or .csv', async () => {
    await expect(exportCards({ paths: [CARDS_DIR], out: 'out.ods', cwd: await tempDir() })).rejects.toThrow('输出文件应以 .xlsx 或 .csv 结尾，收到 out.ods');
  });
});
