/**
 * Importing an updated sheet again updates the same files, but never silently overwrites a
 * spec somebody edited by hand.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importSheet } from '../../src/import/import-sheet.js';
import { IMPORT_RECORD_FILE } from '../../src/import/import-record.js';
import { tempDir, writeTestWorkbook } from '../helpers/sheets.js';

const HEADER = ['编号', '政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '申报入口'];

function sheetWith(conditions: string, secondId = 'rencai') {
  return [
    {
      name: '政策清单',
      rows: [
        HEADER,
        ['wengang', '稳岗补贴', '苏州市人社局', '参保企业', conditions, '网上申请', '返还60%', 'https://hrss.suzhou.gov.cn/wg'],
        [secondId, '人才安居补贴', '苏州市人才办', '各类人才', conditions, '网上申请', '最高300万元', 'https://rsj.suzhou.gov.cn/aj'],
      ],
    },
  ];
}

describe('re-importing a sheet', () => {
  let work: string;
  const file = (name: string): string => path.join(work, 'cards', name);

  beforeEach(async () => {
    work = await tempDir();
    await writeTestWorkbook(path.join(work, 'list.xlsx'), sheetWith('条件一'));
    const first = await importSheet('list.xlsx', { cwd: work });
    expect(first.rows.map((row) => [row.target, row.status])).toEqual([
      ['cards/wengang.json', 'created'],
      ['cards/rencai.json', 'created'],
    ]);
  });

  it('leaves unchanged specs alone', async () => {
    const before = (await stat(file('wengang.json'))).mtimeMs;
    const again = await importSheet('list.xlsx', { cwd: work });
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 2, kept: 0, failed: 0 });
    expect((await stat(file('wengang.json'))).mtimeMs).toBe(before);
  });

  it('updates specs from the changed sheet but keeps one edited by hand, until --force', async () => {
    const edited = (await readFile(file('wengang.json'), 'utf8')).replace('稳岗补贴', '稳岗补贴（手工改过）');
    await writeFile(file('wengang.json'), edited);
    await writeTestWorkbook(path.join(work, 'list.xlsx'), sheetWith('条件二'));

    const again = await importSheet('list.xlsx', { cwd: work });
    expect(again.rows.map((row) => [row.id, row.status])).toEqual([
      ['wengang', 'kept'],
      ['rencai', 'updated'],
    ]);
    expect(await readFile(file('wengang.json'), 'utf8')).toBe(edited);
    expect(JSON.parse(await readFile(file('rencai.json'), 'utf8'))).toMatchObject({ conditions: ['条件二'] });

    const forced = await importSheet('list.xlsx', { cwd: work, force: true });
    expect(forced.rows.map((row) => [row.id, row.status])).toEqual([
      ['wengang', 'updated'],
      ['rencai', 'unchanged'],
    ]);
    expect(JSON.parse(await readFile(file('wengang.json'), 'utf8'))).toMatchObject({ title: '稳岗补贴', conditions: ['条件二'] });
  });

  it('does not overwrite a spec that import never wrote', async () => {
    await writeFile(file('handmade.json'), '{"title": "hand made"}\n');
    await writeTestWorkbook(path.join(work, 'list.xlsx'), sheetWith('条件一', 'handmade'));
    const again = await importSheet('list.xlsx', { cwd: work });
    expect(again.rows.map((row) => [row.id, row.status])).toEqual([
      ['wengang', 'unchanged'],
      ['handmade', 'kept'],
    ]);
    expect(await readFile(file('handmade.json'), 'utf8')).toBe('{"title": "hand made"}\n');
  });

  it('writes nothing on a dry run', async () => {
    await writeTestWorkbook(path.join(work, 'list.xlsx'), sheetWith('条件二'));
    const record = await readFile(file(IMPORT_RECORD_FILE), 'utf8');
    const dry = await importSheet('list.xlsx', { cwd: work, dryRun: true });
    expect(dry.rows.map((row) => row.status)).toEqual(['updated', 'updated']);
    expect(JSON.parse(await readFile(file('rencai.json'), 'utf8'))).toMatchObject({ conditions: ['条件一'] });
    expect(await readFile(file(IMPORT_RECORD_FILE), 'utf8')).toBe(record);

    const elsewhere = await importSheet('list.xlsx', { cwd: work, dryRun: true, out: 'new-folder' });
    expect(elsewhere.counts.created).toBe(2);
    expect(await readdir(work)).not.toContain('new-folder');
  });

  it('fails both rows of a duplicate 编号 and writes neither', async () => {
    const dup = await tempDir();
    await writeTestWorkbook(path.join(dup, 'dup.xlsx'), sheetWith('条件一', 'wengang'));
    const report = await importSheet('dup.xlsx', { cwd: dup });
    expect(report.rows.map((row) => row.errors.map((error) => error.format('zh')))).toEqual([
      ['政策清单!A2 编号: 编号“wengang”与第 3 行重复；这几行都未导入。请给其中一行改编号'],
      ['政策清单!A3 编号: 编号“wengang”与第 2 行重复；这几行都未导入。请给其中一行改编号'],
    ]);
    expect(await readdir(path.join(dup, 'cards'))).toEqual([IMPORT_RECORD_FILE]);
  });
});
