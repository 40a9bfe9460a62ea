/**
 * writeDrafts, the library behind `policy-card draft`: ids of one run that come out the same are
 * numbered within the id limit, so every drafted spec keeps a valid id and its own file.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDrafts } from '../../src/draft/write-drafts.js';
import { ID_PATTERN } from '../../src/spec/card-schema.js';

/** A notice copy without its title line: the id comes from the file name. */
const UNTITLED = ['一、申报条件', '1.在本市注册的企业。', '2.近三年无严重失信记录。', '二、咨询电话', '市科技局高新处，联系电话：0512-68615000'].join('\n');
/** A file name whose pinyin is over the id limit: its id is cut at a syllable and hashed, 63 characters. */
const LONG_NAME = '苏州市高新技术企业培育库入库企业研发费用奖励资金申报.txt';

describe('writeDrafts', () => {
  it('numbers a repeated long id within the 64-character id limit', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-write-drafts-'));
    for (const folder of ['a', 'b']) {
      await mkdir(path.join(work, folder));
      await writeFile(path.join(work, folder, LONG_NAME), UNTITLED);
    }
    const report = await writeDrafts(['a', 'b'], { cwd: work, out: 'cards', url: 'https://kjj.suzhou.gov.cn/notice.html' });
    const [first, second] = report.documents.map((document) => document.id!);
    expect(report.documents.map((document) => document.status)).toEqual(['written', 'written']);
    // `${first}-2` would be 65 characters: no valid id.
    expect(first).toHaveLength(63);
    expect(second).toBe(`${first!.slice(0, 60).replace(/-+$/u, '')}-2`);
    expect([first, second].every((id) => ID_PATTERN.test(id!))).toBe(true);
    expect((await readdir(path.join(work, 'cards'))).sort()).toEqual([`${first}.json`, `${second}.json`].sort());
    expect(JSON.parse(await readFile(path.join(work, 'cards', `${second}.json`), 'utf8')).id).toBe(second);
  });
});
