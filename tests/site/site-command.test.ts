/**
 * `policy-card build` and `policy-card site` end to end with the built CLI: the "done"
 * check — cards whose QR codes open the right page of a site that can be uploaded as it is.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARDS_DIR } from '../helpers/cards.js';
import { cli } from '../helpers/cli.js';

const run = promisify(execFile);

describe('policy-card build + site with the base URL from the config', () => {
  let work: string;
  let site: Awaited<ReturnType<typeof cli>>;
  let build: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-cli-'));
    await mkdir(path.join(work, 'specs'));
    for (const id of ['wengang-butie', 'zhuanjing-texin']) await cp(path.join(CARDS_DIR, `${id}.json`), path.join(work, 'specs', `${id}.json`));
    await writeFile(path.join(work, 'policy-card.config.json'), JSON.stringify({ site: { baseUrl: 'https://example.gov.cn/policies', qrTarget: 'site', utm: 'src=card' } }));
    [build, site] = await Promise.all([cli(work, 'build', 'specs'), cli(work, 'site', 'specs')]);
  });

  it('writes the site to output/site/ and says where', () => {
    expect(site.code).toBe(0);
    expect(site.stdout).toContain('✔ output/site/p/wengang-butie/index.html, output/site/p/wengang-butie/card.png\n');
    expect(site.stdout).toMatch(/\n完成：2 个详情页，失败 0 个；首页 output\/site\/index\.html，数据 output\/site\/policies\.json；整个 output\/site\/ 文件夹可直接上传（用时 [\d.]+ 秒）\n$/);
  });

  it.each(['wengang-butie', 'zhuanjing-texin'])('%s: the QR code of the built card opens its page in the site', async (id) => {
    expect(build.code).toBe(0);
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', path.join(work, 'output', `${id}.png`)]);
    expect(stdout.trim()).toBe(`https://example.gov.cn/policies/p/${id}/?src=card`);
    const pathname = new URL(stdout.trim()).pathname.replace(/^\/policies\//, '');
    expect(existsSync(path.join(work, 'output', 'site', pathname, 'index.html'))).toBe(true);
  });

  it('writes nothing but the site into output/site/', async () => {
    expect((await readdir(path.join(work, 'output', 'site'), { recursive: true })).sort()).toEqual([
      '404.html',
      'index.html',
      'p',
      'p/wengang-butie',
      'p/wengang-butie/card.png',
      'p/wengang-butie/index.html',
      'p/zhuanjing-texin',
      'p/zhuanjing-texin/card.png',
      'p/zhuanjing-texin/index.html',
      'policies.json',
    ]);
  });
});

describe('policy-card site usage errors', () => {
  it('needs a base URL', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-cli-'));
    const result = await cli(work, 'site', CARDS_DIR);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '[E_USAGE] site 需要站点的公开网址：请加 --base-url https://…（或在配置文件中设置 site.baseUrl），与 build 使用同一个网址\n',
    );
  });

  it('writes a machine-readable report with --json and honours --out', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-cli-'));
    const result = await cli(work, 'site', path.join(CARDS_DIR, 'wengang-butie.json'), '--base-url', 'https://example.gov.cn/p2', '--out', 'public', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { ok: boolean; index: string; cards: Array<{ id: string; status: string; outputs: string[] }> };
    expect([report.ok, report.index, report.cards]).toEqual([
      true,
      'public/index.html',
      [{ id: 'wengang-butie', file: path.join(CARDS_DIR, 'wengang-butie.json'), status: 'rendered', outputs: ['public/p/wengang-butie/index.html', 'public/p/wengang-butie/card.png'], width: 1080, height: expect.any(Number), errors: [], warnings: [] }],
    ]);
  });
});
