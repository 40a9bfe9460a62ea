/** What 新建卡片 asks the server for, over real HTTP: bundled samples and ids from titles. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { minimalSpec } from '../helpers/cards.js';

describe('GET /api/samples and /api/new-id', () => {
  let studio: RunningStudio;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-new-card-'));
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', 'ren-cai-an-ju-bu-tie.json'), JSON.stringify(minimalSpec()));
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 1 });
  });

  afterAll(async () => {
    await studio?.close();
  });

  it('lists the bundled samples without their $schema', async () => {
    const { samples } = (await (await fetch(`${studio.url}api/samples`)).json()) as { samples: Array<{ id: string; title: string; spec: Record<string, unknown> }> };
    expect(samples.map((sample) => [sample.id, sample.title])).toEqual([
      ['shili-rencai-zufang', '示例：青年人才租房补贴'],
      ['shili-shuzhuan-butie', '示例：中小企业数字化改造补贴'],
      ['shili-wengang-fanhuan', '示例：稳岗返还'],
    ]);
    for (const sample of samples) expect(sample.spec).not.toHaveProperty('$schema');
  });

  it.each([
    ['稳岗返还', 'wen-gang-fan-huan'],
    ['人才安居补贴', 'ren-cai-an-ju-bu-tie-2'],
    ['  AI+制造 2026 ', 'ai-zhi-zao-2026'],
    ['', 'new-card'],
  ])('makes the id of “%s”: %s', async (title, id) => {
    const response = await fetch(`${studio.url}api/new-id?title=${encodeURIComponent(title)}`);
    expect([response.status, await response.json()]).toEqual([200, { id }]);
  });
});
