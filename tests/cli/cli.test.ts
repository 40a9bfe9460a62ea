/**
 * The built CLI, end to end, in a temporary folder: real processes, real files, exit codes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARDS_DIR, ROOT, minimalSpec } from '../helpers/cards.js';
import { BIN, cli } from '../helpers/cli.js';
import { decodePng, PNG_SIGNATURE } from '../helpers/png.js';



async function listTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
}

describe('policy-card build', () => {
  let work: string;
  let result: Awaited<ReturnType<typeof cli>>;
  const stalePng = Buffer.from('previous render of dup, must survive');

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-cli-'));
    const specs = path.join(work, 'specs');
    await mkdir(specs);
    await cp(path.join(CARDS_DIR, 'wengang-butie.json'), path.join(specs, 'wengang-butie.json'));
    await cp(path.join(CARDS_DIR, 'rencai-anju.json'), path.join(specs, 'rencai-anju.json'));
    await writeFile(path.join(specs, 'bad-type.json'), JSON.stringify({ ...minimalSpec(), conditions: ['a', 'b', 5] }));
    await writeFile(path.join(specs, 'bad-syntax.json'), '{\n  "title": "x",\n}');
    await writeFile(path.join(specs, 'dup-a.json'), JSON.stringify({ ...minimalSpec(), id: 'dup' }));
    await writeFile(path.join(specs, 'dup-b.json'), JSON.stringify({ ...minimalSpec(), id: 'dup' }));
    await mkdir(path.join(work, 'out'));
    await writeFile(path.join(work, 'out', 'dup.png'), stalePng);
    result = await cli(work, 'build', 'specs', '--out', 'out');
  });

  it('exits 1 when some cards fail', () => {
    expect(result.code).toBe(1);
  });

  it('renders every good card as a PNG', async () => {
    for (const id of ['wengang-butie', 'rencai-anju']) {
      const png = await readFile(path.join(work, 'out', `${id}.png`));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(decodePng(png).width).toBe(1080);
    }
  });

  it('reports each bad card with its file, path and message', () => {
    expect(result.stdout).toContain('✘ specs/bad-type.json\n    [E_SCHEMA] specs/bad-type.json: /conditions/2 (申报条件 第3项): 应为文本，收到数字 5');
    expect(result.stdout).toMatch(/✘ specs\/bad-syntax\.json\n {4}\[E_JSON_SYNTAX\] specs\/bad-syntax\.json: JSON 格式错误，第 3 行第 1 列：最后一项后面多了逗号/);
    expect(result.stdout).toContain('完成：成功 2 张，未变化 0 张，失败 4 张，输出到 out/');
  });

  it('reports both cards of a duplicate id and overwrites neither', async () => {
    expect(result.stdout).toContain('[E_DUPLICATE_ID] specs/dup-a.json: /id (编号): 编号 "dup" 与 specs/dup-b.json 重复；两张卡片都未生成。请给其中一张改 "id"');
    expect(result.stdout).toContain('[E_DUPLICATE_ID] specs/dup-b.json: /id (编号): 编号 "dup" 与 specs/dup-a.json 重复');
    expect(await readFile(path.join(work, 'out', 'dup.png'))).toEqual(stalePng);
  });

  it('writes nothing outside --out and leaves no temporary files', async () => {
    expect(await listTree(work)).toEqual([
      'out/.policy-card-manifest.json',
      'out/dup.png',
      'out/rencai-anju.png',
      'out/wengang-butie.png',
      'specs/bad-syntax.json',
      'specs/bad-type.json',
      'specs/dup-a.json',
      'specs/dup-b.json',
      'specs/rencai-anju.json',
      'specs/wengang-butie.json',
    ]);
  });

  it('prints one machine-readable report with --json, in English with --lang en', async () => {
    const json = await cli(work, '--lang', 'en', 'build', 'specs/bad-type.json', 'specs/wengang-butie.json', '--out', 'out2', '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; rendered: number; failed: number; cards: Array<Record<string, unknown>> };
    expect(report).toMatchObject({ ok: false, rendered: 1, failed: 1 });
    expect(report.cards).toEqual([
      {
        id: 'bad-type',
        file: 'specs/bad-type.json',
        status: 'failed',
        outputs: [],
        errors: [{ code: 'E_SCHEMA', file: 'specs/bad-type.json', path: '/conditions/2', message: 'specs/bad-type.json: /conditions/2 (conditions item 3): expected text, received number 5' }],
        warnings: [],
      },
      {
        id: 'wengang-butie',
        file: 'specs/wengang-butie.json',
        status: 'rendered',
        outputs: ['out2/wengang-butie.png'],
        width: 1080,
        height: expect.any(Number),
        errors: [],
        warnings: [],
      },
    ]);
  });

  it('exits 0 when every card renders, and writes SVG too when asked', async () => {
    const ok = await cli(work, 'build', 'specs/wengang-butie.json', '--out', 'out3', '--format', 'png,svg');
    expect(ok.code).toBe(0);
    expect((await stat(path.join(work, 'out3', 'wengang-butie.svg'))).size).toBeGreaterThan(10_000);
    expect(await readFile(path.join(work, 'out3', 'wengang-butie.svg'), 'utf8')).toMatch(/^<svg width="1080" height="\d+"/);
  });
});

/** A folder of this test's own for the one usage case that names --out (nothing may be written there). */
const USAGE_OUT = mkdtempSync(path.join(os.tmpdir(), 'policy-card-usage-'));

describe('usage errors exit 2', () => {
  it.each([
    [['build', '--bogus'], /^\[E_USAGE\] 未知选项 --bogus；用法见 policy-card build --help\nUsage: policy-card build /],
    [['build', 'no-such-folder'], /\[E_PATH_NOT_FOUND\] 找不到文件或文件夹 no-such-folder/],
    [['build', '--template', 'nope', path.join(CARDS_DIR, 'wengang-butie.json'), '--out', USAGE_OUT], /^\[E_TEMPLATE\] 没有名为 "nope" 的模板；可用模板：(.*、)?phone/],
    [['build', '--format', 'gif'], /\[E_USAGE\] --format 只能是 png、svg、pdf，收到 gif/],
    [['build', '-j', '0'], /^\[E_USAGE\] --concurrency 应为 1–64 的整数，收到 0\n$/],
    [['build', '--timeout', '1.5'], /^\[E_USAGE\] --timeout 应为 1–3600 的整数，收到 1\.5\n$/],
    [['print', '--out', 'x.pdf', '--paper', 'B5'], /^\[E_USAGE\] --paper 只能是 A4、A3、A5，收到 B5\n$/],
    [['print', '--out', 'x.pdf', '--layout', '2by2'], /^\[E_USAGE\] --layout 应为 auto 或 列x行（如 2x2），收到 2by2\n$/],
    [['print', '--out', 'x.pdf', '--bleed', '30'], /^\[E_USAGE\] --bleed 应为 0–20 的毫米数，收到 30\n$/],
  ])('%j', async (args, message) => {
    const result = await cli(ROOT, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('policy-card validate and templates', () => {
  it('validates the samples without writing anything', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-validate-'));
    const result = await cli(work, 'validate', CARDS_DIR);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/检查完成：\d+ 张通过，0 张有问题/);
    expect(await readdir(work)).toEqual([]);
  });

  it('prints the warnings build gives before rendering, and lists them in --json', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-validate-'));
    await writeFile(path.join(work, 'a.json'), JSON.stringify(minimalSpec()));
    await writeFile(path.join(work, 'b.json'), JSON.stringify({ ...minimalSpec(), edition: '2026年3月1日' }));
    const chinese = await cli(work, 'validate', '.');
    expect([chinese.code, chinese.stdout]).toEqual([0, '✔ a.json\n    ⚠ [W_NO_EDITION] 未填写版本日期 "edition"：读者无法判断手中的卡片是否为最新版本\n✔ b.json\n\n检查完成：2 张通过，0 张有问题\n']);
    const english = await cli(work, '--lang', 'en', 'validate', '.', '--json');
    const report = JSON.parse(english.stdout) as { cards: Array<{ file: string; warnings: unknown[] }> };
    expect(report.cards.map((card) => [card.file, card.warnings])).toEqual([
      ['a.json', [{ code: 'W_NO_EDITION', message: 'no "edition" date: readers cannot tell which edition of the card they hold' }]],
      ['b.json', []],
    ]);
  });

  it('fails validation of a card with a missing glyph, naming it', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-validate-'));
    await writeFile(path.join(work, 'rare.json'), JSON.stringify({ ...minimalSpec(), title: '𠮷祥补贴' }));
    const result = await cli(work, 'validate', 'rare.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[E_GLYPH_MISSING] rare.json: /title (政策名称): 字体中没有这些字符，印出来会是空白方框：“𠮷”(U+20BB7) /title');
  });

  it('lists the templates with sizes and descriptions', async () => {
    const result = await cli(ROOT, 'templates');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('phone      1080 像素宽，高度随内容（≤8000）');
  });
});

describe('interrupting a batch', () => {
  it('Ctrl-C leaves only complete files and a build record that the next run trusts', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-sigint-'));
    await mkdir(path.join(work, 'cards'));
    const ids = Array.from({ length: 16 }, (_, index) => `card-${String(index).padStart(2, '0')}`);
    for (const [index, id] of ids.entries()) {
      await writeFile(path.join(work, 'cards', `${id}.json`), JSON.stringify({ ...minimalSpec(), title: `稳岗补贴第${index + 1}批`, edition: '2026-01-01' }));
    }
    // card-00 hangs, so the batch cannot finish before the signal however fast the machine is;
    // Ctrl-C must also stop that card at once instead of waiting for its time limit.
    const child = spawn(process.execPath, [BIN, 'build', '-j', '2'], { cwd: work, env: { ...process.env, CI: '1', POLICY_CARD_TEST_HANG_ID: 'card-00' } });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // The first progress line means rendering is under way.
        if (/进度 \d+\/16/.test(stderr)) resolve();
      });
    });
    const signalled = performance.now();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(performance.now() - signalled).toBeLessThan(20_000);

    const files = await readdir(path.join(work, 'output'));
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    const manifest = JSON.parse(await readFile(path.join(work, 'output', '.policy-card-manifest.json'), 'utf8')) as { outputs: Record<string, unknown> };
    const recorded = Object.keys(manifest.outputs).sort();
    expect(files.filter((file) => file.endsWith('.png')).sort()).toEqual(recorded);
    for (const file of recorded) expect((await readFile(path.join(work, 'output', file))).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(recorded.length).toBeLessThan(16);
    expect(recorded).not.toContain('card-00.png');

    const resumed = await cli(work, 'build', '--json');
    const report = JSON.parse(resumed.stdout) as { rendered: number; unchanged: number; failed: number };
    expect(resumed.code).toBe(0);
    expect(report).toMatchObject({ rendered: 16 - recorded.length, unchanged: recorded.length, failed: 0 });
  });
});

describe('a batch killed with SIGKILL', () => {
  it('leaves no truncated card, and the next run completes it', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-sigkill-'));
    await mkdir(path.join(work, 'cards'));
    for (let index = 0; index < 16; index++) {
      await writeFile(path.join(work, 'cards', `card-${index}.json`), JSON.stringify({ ...minimalSpec(), title: `稳岗补贴第${index + 1}批`, edition: '2026-01-01' }));
    }
    const child = spawn(process.execPath, [BIN, 'build', '-j', '2'], { cwd: work, env: { ...process.env, CI: '1' } });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/进度 [1-9]\d*\/16/.test(stderr)) resolve();
      });
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    for (const file of (await readdir(path.join(work, 'output'))).filter((name) => name.endsWith('.png'))) {
      expect(decodePng(await readFile(path.join(work, 'output', file))).width, file).toBe(1080);
    }
    const resumed = await cli(work, 'build', '--json');
    expect(resumed.code).toBe(0);
    const report = JSON.parse(resumed.stdout) as { rendered: number; unchanged: number };
    expect(report.rendered + report.unchanged).toBe(16);
    expect((await readdir(path.join(work, 'output'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('policy-card --help', () => {
  it('lists every command with its description', async () => {
    const help = await cli(ROOT, '--help');
    expect(help.code).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z][a-z-]*)(?: \[options\])?/gm)].map((match) => match[1]);
    expect(commands).toEqual(['init', 'build', 'validate', 'templates', 'print', 'serve', 'import', 'export', 'sheet-template', 'site', 'draft', 'help']);
  });
});
