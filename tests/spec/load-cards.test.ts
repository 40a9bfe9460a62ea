import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFromFileName } from '../../src/spec/id-from-file-name.js';
import { loadCardFile, loadCards } from '../../src/spec/load-cards.js';
import { rejectedCardError } from '../helpers/errors.js';
import { minimalSpec } from '../helpers/cards.js';

describe('ids from file names', () => {
  it.each([
    ['cards/wengang-butie.json', 'wengang-butie'],
    ['cards/人才 住房.json', 'ren-cai-zhu-fang'],
    ['cards/2026年人才住房.JSON', '2026-nian-ren-cai-zhu-fang'],
    ['cards/Rencai.json', 'rencai'],
    ['cards/con.json', 'con'],
  ])('%s → %s', (file, id) => {
    expect(idFromFileName(file)).toBe(id);
  });

  it('gives a card saved under a Chinese name without "id" the pinyin id, and refuses two that collide', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-load-'));
    const spec = JSON.stringify(minimalSpec());
    await writeFile(path.join(folder, '人才 住房.json'), spec);
    const [alone] = await loadCards([folder], folder);
    expect([alone?.file, alone?.id, alone?.card?.id, alone?.errors]).toEqual(['人才 住房.json', 'ren-cai-zhu-fang', 'ren-cai-zhu-fang', []]);

    await writeFile(path.join(folder, '人才住房.json'), spec);
    const both = await loadCards([folder], folder);
    expect(both.map((entry) => [entry.file, entry.card, entry.errors.map((error) => error.format('zh'))])).toEqual([
      ['人才 住房.json', undefined, ['人才 住房.json: /id (编号): 编号 "ren-cai-zhu-fang" 与 人才住房.json 重复；两张卡片都未生成。请给其中一张改 "id"']],
      ['人才住房.json', undefined, ['人才住房.json: /id (编号): 编号 "ren-cai-zhu-fang" 与 人才 住房.json 重复；两张卡片都未生成。请给其中一张改 "id"']],
    ]);
  });
});

describe('loadCards on paths without cards', () => {
  it('throws E_NO_CARDS naming where it looked, in both languages', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-load-'));
    const error = await rejectedCardError(loadCards(['.'], folder));
    expect(error.code).toBe('E_NO_CARDS');
    expect(error.format('zh')).toBe('没有找到任何卡片：在 "." 中查找 .json 卡片文件（含子文件夹，跳过以 . 开头的文件和 node_modules），一个也没有。请把卡片 JSON 放进去，或在命令行写出卡片文件、文件夹或表格（.xlsx、.csv）的路径');
    expect(error.format('en')).toBe('no card found: looked for .json card files in "." (sub-folders included, names starting with . and node_modules skipped) and found none. Put card JSON files there, or name card files, folders or spreadsheets (.xlsx, .csv) on the command line');
  });
});

describe('a card file that cannot be read', () => {
  it.each([
    ['gone.json', false, '无法读取文件：文件不存在（可能刚被移走或删除）', 'cannot read the file: it does not exist (moved or deleted meanwhile?)'],
    ['folder.json', true, '无法读取文件：这是一个文件夹，不是卡片文件', 'cannot read the file: it is a folder, not a card file'],
  ])('%s gets E_IO in words, without the system’s English', async (name, isFolder, zh, en) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-load-'));
    if (isFolder) await mkdir(path.join(folder, name));
    const loaded = await loadCardFile(path.join(folder, name), folder);
    expect(loaded.errors.map((error) => [error.code, error.format('zh'), error.format('en')])).toEqual([['E_IO', `${name}: ${zh}`, `${name}: ${en}`]]);
  });
});
