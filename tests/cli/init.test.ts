/**
 * The built CLI from an empty folder, as a new user meets it: `--version`, `build`/`serve`
 * before there is a catalogue, `init`, then build, validate and site in the new catalogue.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/cards.js';

const VERSION = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('policy-card --version', () => {
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0', async (flag) => {
    const result = await cli(os.tmpdir(), flag);
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('a folder without a catalogue', () => {
  it.each([
    ['build', 'zh', '[E_PATH_NOT_FOUND] 这里还没有卡片库：找不到 cards 文件夹。新建卡片库请运行 policy-card init（会放入示例卡片和使用说明）；卡片在别处时请写明路径，如 policy-card build 我的卡片/'],
    ['serve', 'zh', '[E_PATH_NOT_FOUND] 这里还没有卡片库：找不到 cards 文件夹。新建卡片库请运行 policy-card init（会放入示例卡片和使用说明）；卡片在别处时请写明路径，如 policy-card serve 我的卡片/'],
    ['build', 'en', '[E_PATH_NOT_FOUND] there is no catalogue here: no cards folder. To start one, run policy-card init (it adds sample cards and a guide); if your cards are elsewhere, name them, e.g. policy-card build my-cards/'],
  ])('%s (%s) says to run policy-card init and exits 2', async (command, lang, message) => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-empty-'));
    const result = await cli(work, command, '--lang', lang);
    expect([result.code, result.stderr.trim()]).toEqual([2, message]);
    expect(await readdir(work)).toEqual([]);
  });
});

describe('policy-card init, then the daily commands', () => {
  it('makes a catalogue that builds, validates and publishes a site without a warning', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-cli-'));
    const init = await cli(work, 'init', '卡片库', '--name', '示例园区企业服务中心');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('✔ 已新建卡片库 卡片库：\n  .gitignore\n  cards/shili-rencai-zufang.json');
    expect(init.stdout).toContain('下一步（详见 使用说明.md）：\n    cd 卡片库\n    policy-card build');
    const root = path.join(work, '卡片库');

    const build = await cli(root, 'build');
    expect(build.code).toBe(0);
    expect(build.stdout).not.toMatch(/⚠|W_/);
    expect((await readdir(path.join(root, 'output'))).filter((name) => name.endsWith('.png')).sort()).toEqual([
      'shili-rencai-zufang.png',
      'shili-shuzhuan-butie.png',
      'shili-wengang-fanhuan.png',
    ]);

    const validate = await cli(root, 'validate');
    expect([validate.code, validate.stdout.trim().split('\n').at(-1)]).toEqual([0, '检查完成：3 张通过，0 张有问题']);

    const site = await cli(root, 'site', '--base-url', 'https://www.example.com/zhengce/');
    expect(site.code).toBe(0);
    const index = await readFile(path.join(root, 'output', 'site', 'index.html'), 'utf8');
    expect(index).toContain('<title>示例园区企业服务中心 · 政策清单</title>');
    expect(await readFile(path.join(root, 'output', 'site', 'p', 'shili-wengang-fanhuan', 'index.html'), 'utf8')).toContain('<title>示例：稳岗返还 · 示例园区企业服务中心</title>');
    const titled = await cli(root, 'site', '--base-url', 'https://www.example.com/zhengce/', '--title', '示例区惠企政策', '--out', 'output/site2');
    expect(titled.code).toBe(0);
    expect(await readFile(path.join(root, 'output', 'site2', 'index.html'), 'utf8')).toContain('<title>示例区惠企政策 · 政策清单</title>');

    // serve in the new catalogue: the three samples, and the API docs from the server itself.
    const serve = spawn(process.execPath, [BIN, 'serve', '--port', '0', '-j', '1', '--quiet'], { cwd: root, env: { ...process.env, LANG: 'zh_CN.UTF-8', POLICY_CARD_TOKEN: '' } });
    try {
      let output = '';
      serve.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const deadline = Date.now() + 60_000;
      let url: string | undefined;
      while (!url && Date.now() < deadline) {
        url = /工作台已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(output).toContain(`卡片 3 张；API 文档：${url}api/docs；按 Ctrl-C 停止`);
      const cards = (await (await fetch(`${url}api/cards`)).json()) as { cards: Array<{ id: string; valid: boolean }> };
      expect(cards.cards.map((card) => [card.id, card.valid])).toEqual([
        ['shili-rencai-zufang', true],
        ['shili-shuzhuan-butie', true],
        ['shili-wengang-fanhuan', true],
      ]);
    } finally {
      serve.kill('SIGTERM');
    }

    const again = await cli(root, 'init');
    expect([again.code, again.stderr.trim()]).toEqual([2, '[E_EXISTS] 当前文件夹里已有卡片库（policy-card.config.json、cards、schema/card.schema.json、schema/config.schema.json、使用说明.md），没有写入任何文件。请换一个空文件夹：policy-card init 新文件夹名']);
  });

  // A folder name with a space, as Windows users often choose, must be quoted or `cd` goes to "my".
  it.each([
    ['政策卡片', 'cd 政策卡片'],
    ['my cards', 'cd "my cards"'],
    ['园区 (2026) 卡片', 'cd "园区 (2026) 卡片"'],
  ])('in folder %j, the next step it prints is %s, which works when pasted into a shell', async (folder, step) => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-cli-'));
    const init = await cli(work, 'init', folder, '--name', '示例园区企业服务中心');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`下一步（详见 使用说明.md）：\n    ${step}\n    policy-card build\n`);
    const pasted = execFileSync('sh', ['-c', `${step} && ls policy-card.config.json`], { cwd: work, encoding: 'utf8' });
    expect(pasted.trim()).toBe('policy-card.config.json');
  });

  it('without a terminal and without --name, writes the placeholder and says to fill it in', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-cli-'));
    const init = await cli(work, 'init', '--lang', 'en');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Open policy-card.config.json and set "office" to your office name (the detail site title).');
    expect(JSON.parse(await readFile(path.join(work, 'policy-card.config.json'), 'utf8')).office).toBe('待补充：单位名称');
  });

  // A terminal is needed for the question; util-linux `script` gives the CLI one (Debian: bsdutils, always installed).
  it('asks for the office name in a terminal and writes the answer', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-tty-'));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init`;
    const output = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: work, input: '示例区政务服务中心\n', env: { ...process.env, LANG: 'zh_CN.UTF-8' } }).toString('utf8');
    expect(output).toContain('单位名称（如“苏州工业园区企业服务中心”，可以以后在配置文件里改；直接回车跳过）：');
    expect(JSON.parse(await readFile(path.join(work, 'policy-card.config.json'), 'utf8')).office).toBe('示例区政务服务中心');
  });
});
