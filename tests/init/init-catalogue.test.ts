/**
 * `init` as a library call: what a new catalogue holds, that it refuses an existing one and
 * writes nothing then, and that import/`$schema` point at the catalogue's own schema copy.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { initCatalogue, readSampleSpecs } from '../../src/init/init-catalogue.js';
import { localSchemaRef } from '../../src/spec/local-schema-ref.js';
import { loadCards } from '../../src/spec/load-cards.js';
import { importSheet } from '../../src/import/import-sheet.js';
import { OFFICE_PLACEHOLDER, loadConfig } from '../../src/config/load-config.js';

async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

async function caught(promise: Promise<unknown>): Promise<CardError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CardError) return error;
    throw error;
  }
  throw new Error('expected a CardError');
}

describe('initCatalogue', () => {
  it('makes a catalogue whose sample cards are valid, fictional and point at the local schema', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    const report = await initCatalogue({ cwd: work, dir: '园区卡片库', office: '示例园区企业服务中心' });
    const root = path.join(work, '园区卡片库');
    expect(await tree(root)).toEqual([
      '.gitignore',
      'cards/shili-rencai-zufang.json',
      'cards/shili-shuzhuan-butie.json',
      'cards/shili-wengang-fanhuan.json',
      'policy-card.config.json',
      'schema/card.schema.json',
      'schema/config.schema.json',
      '使用说明.md',
    ]);
    expect(report.files).toEqual(await tree(root));
    const cards = await loadCards(['cards'], root);
    expect(cards.map((card) => [card.id, card.errors.length, card.card?.category])).toEqual([
      ['shili-rencai-zufang', 0, '示例'],
      ['shili-shuzhuan-butie', 0, '示例'],
      ['shili-wengang-fanhuan', 0, '示例'],
    ]);
    for (const card of cards) expect(JSON.parse(await readFile(card.absolutePath, 'utf8')).$schema).toBe('../schema/card.schema.json');
    const { config } = await loadConfig(root);
    expect(config).toMatchObject({ $schema: './schema/config.schema.json', office: '示例园区企业服务中心', cards: ['cards'], out: 'output' });
    expect(await readFile(path.join(root, '.gitignore'), 'utf8')).toMatch(/^output\/$/m);
    expect(await readFile(path.join(root, '使用说明.md'), 'utf8')).toMatch(/^# 示例园区企业服务中心 · 政策明白卡 使用说明/);
    expect(await localSchemaRef(path.join(root, 'cards'))).toBe('../schema/card.schema.json');
  });

  it('writes a marked placeholder when no office name is given', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    const report = await initCatalogue({ cwd: work });
    expect(report.office).toBeUndefined();
    expect((await loadConfig(work)).config.office).toBe(OFFICE_PLACEHOLDER);
    expect(await readFile(path.join(work, '使用说明.md'), 'utf8')).toContain('待补充：单位名称');
  });

  it('starts from the Excel template with --sheet and an empty cards folder', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    await initCatalogue({ cwd: work, sheet: true, office: '示例中心' });
    expect(await tree(work)).toEqual(['.gitignore', 'policy-card.config.json', 'schema/card.schema.json', 'schema/config.schema.json', '使用说明.md', '政策清单.xlsx']);
    expect(await readdir(path.join(work, 'cards'))).toEqual([]);
    expect((await readFile(path.join(work, '政策清单.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    // import writes $schema relative to the catalogue's own copy, so the folder travels.
    const report = await importSheet('政策清单.xlsx', { cwd: work });
    const written = report.rows.find((row) => row.status === 'created')!;
    const spec = JSON.parse(await readFile(path.join(work, written.target!), 'utf8')) as Record<string, unknown>;
    expect(Object.entries(spec)[0]).toEqual(['$schema', '../schema/card.schema.json']);
  });

  it('adds output/ to an existing .gitignore and keeps its lines', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    await writeFile(path.join(work, '.gitignore'), 'node_modules/');
    await initCatalogue({ cwd: work });
    expect(await readFile(path.join(work, '.gitignore'), 'utf8')).toBe('node_modules/\noutput/\n');
  });

  it.each([
    ['a config file', 'policy-card.config.json', '当前文件夹里已有卡片库（policy-card.config.json），没有写入任何文件。请换一个空文件夹：policy-card init 新文件夹名', 'this folder already holds a catalogue (policy-card.config.json); nothing was written. Choose an empty folder: policy-card init <new-folder>'],
    ['a cards folder', 'cards/', '当前文件夹里已有卡片库（cards），没有写入任何文件。请换一个空文件夹：policy-card init 新文件夹名', 'this folder already holds a catalogue (cards); nothing was written. Choose an empty folder: policy-card init <new-folder>'],
    ['a guide', '使用说明.md', '当前文件夹里已有卡片库（使用说明.md），没有写入任何文件。请换一个空文件夹：policy-card init 新文件夹名', 'this folder already holds a catalogue (使用说明.md); nothing was written. Choose an empty folder: policy-card init <new-folder>'],
  ])('refuses a folder with %s (E_EXISTS) and writes nothing', async (_what, existing, zh, en) => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    if (existing.endsWith('/')) await mkdir(path.join(work, existing));
    else await writeFile(path.join(work, existing), '{}');
    const before = await tree(work);
    const error = await caught(initCatalogue({ cwd: work }));
    expect(error.code).toBe('E_EXISTS');
    expect(error.text).toEqual({ zh, en });
    expect(await tree(work)).toEqual(before);
    expect(await readdir(work)).toEqual([existing.replace(/\/$/, '')]);
  });

  // A new user with a filled-in list may well type init 政策清单.xlsx; that said only "ENOTDIR … check permissions and free space".
  it.each([
    ['政策清单.xlsx', '政策清单.xlsx 是一个文件，不是文件夹，没有写入任何文件。init 后面写新卡片库的文件夹名，如 policy-card init 政策卡片；要从 Excel 表格导入卡片，在卡片库里运行 policy-card import 政策清单.xlsx', '政策清单.xlsx is a file, not a folder; nothing was written. Give init the name of a new folder, e.g. policy-card init policy-cards; to import cards from a workbook, run policy-card import 政策清单.xlsx in the catalogue'],
    ['notes.txt', 'notes.txt 是一个文件，不是文件夹，没有写入任何文件。init 后面写新卡片库的文件夹名，如 policy-card init 政策卡片', 'notes.txt is a file, not a folder; nothing was written. Give init the name of a new folder, e.g. policy-card init policy-cards'],
  ])('refuses %s, an existing file, as the folder (E_USAGE) and says what init takes', async (file, zh, en) => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    await writeFile(path.join(work, file), 'x');
    const error = await caught(initCatalogue({ cwd: work, dir: file }));
    expect([error.code, error.text]).toEqual(['E_USAGE', { zh, en }]);
    expect(await readdir(work)).toEqual([file]);
  });

  it('names the folder when the catalogue is elsewhere', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    await initCatalogue({ cwd: work, dir: 'a' });
    const error = await caught(initCatalogue({ cwd: work, dir: 'a' }));
    expect(error.text.zh).toBe('a 里已有卡片库（a/policy-card.config.json、a/cards、a/schema/card.schema.json、a/schema/config.schema.json、a/使用说明.md），没有写入任何文件。请换一个空文件夹：policy-card init 新文件夹名');
  });

  it('refuses an office name longer than 60 characters', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    const error = await caught(initCatalogue({ cwd: work, office: '很'.repeat(61) }));
    expect([error.code, error.text.zh]).toEqual(['E_USAGE', '单位名称最多 60 字，收到 61 字；请写单位的正式简称']);
    expect(await readdir(work)).toEqual([]);
  });

  it('ships only clearly fictional samples', async () => {
    for (const [name, spec] of await readSampleSpecs()) {
      expect(name).toMatch(/^shili-/);
      expect(spec['category']).toBe('示例');
      expect(String(spec['title'])).toMatch(/^示例：/);
    }
  });
});
