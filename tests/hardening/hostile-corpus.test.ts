/**
 * The hostile-input corpus (tests/fixtures/hostile/), run through the real CLI in one batch with
 * good cards, with a preload that refuses and reports any network access and any file read
 * outside the project and the test's own folder. Good cards must come out; every bad one must be
 * reported with its own code and a message naming the file; nothing may be written outside the
 * output folder; no stack trace may reach the user.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARDS_DIR, ROOT, minimalSpec } from '../helpers/cards.js';
import { decodePng } from '../helpers/png.js';

const run = promisify(execFile);
const BIN = path.join(ROOT, 'bin', 'policy-card.js');
const HOOK = path.join(ROOT, 'tests', 'helpers', 'no-network.mjs');

const EXPECTED: Record<string, string | RegExp> = {
  'array.json': 'E_SCHEMA',
  'bidi-in-url.json': /^E_SCHEMA .*\/qr\/url \(二维码 链接\): 含有看不见的控制字符 U\+202E/,
  'bidi-override.json': /^E_SCHEMA .*\/title \(政策名称\): 含有看不见的控制字符 U\+202E（第 3 个字符）/,
  'control-chars.json': /^E_SCHEMA .*\/title \(政策名称\): 含有看不见的控制字符 U\+0000（第 3 个字符）/,
  'data-url.json': 'E_SCHEMA',
  'deep-nesting.json': /^E_SCHEMA .*\/materials\/0 \(申报材料 第1项\): 应为文本，收到列表（1项）/,
  'dup-one.json': 'E_DUPLICATE_ID',
  'dup-two.json': 'E_DUPLICATE_ID',
  'emoji.json': /^E_GLYPH_MISSING .*“🎉”\(U\+1F389\) \/title/,
  'empty.json': 'E_ENCODING',
  'ext-b.json': /^E_GLYPH_MISSING .*“𠮷”\(U\+20BB7\) \/issuer/,
  'file-url.json': 'E_SCHEMA',
  'huge-field.json': /^E_SCHEMA .*\/title \(政策名称\): 最多 120 字，收到文本 .*（100000字）/,
  'id-dots.json': 'E_SCHEMA',
  'id-long.json': 'E_SCHEMA',
  'id-reserved.json': /^E_SCHEMA .*\/id \(编号\): 文本 "con"（3字） 是 Windows 保留的设备名/,
  'javascript-url.json': 'E_SCHEMA',
  'logo-absolute.json': 'E_ASSET',
  'logo-entity-bomb.json': /^E_ASSET .*不是 PNG 或 JPEG 图片/,
  'logo-huge-header.json': /^E_ASSET .*标志图片尺寸 50000×50000 不合适/,
  'logo-not-image.json': 'E_ASSET',
  'logo-svg-external.json': /^E_ASSET .*不是 PNG 或 JPEG 图片/,
  'logo-symlink.json': /^E_ASSET .*位于卡片文件夹之外/,
  'logo-traversal.json': /^E_ASSET .*位于卡片文件夹之外/,
  'logo-truncated.json': /^E_ASSET .*不完整（文件被截断）/,
  'lone-surrogate.json': /^E_SCHEMA .*\/title \(政策名称\): 含有看不见的控制字符 U\+D800/,
  'many-items.json': /^E_SCHEMA .*\/conditions \(申报条件\): 最多 20 项，收到列表（10000项）/,
  'missing-required.json': /^E_SCHEMA .*\/title \(政策名称\): 缺少必填项/,
  'object-for-string.json': /^E_SCHEMA .*\/title \(政策名称\): 应为文本，收到对象/,
  'oversize-file.json': /^E_LIMIT .*超过上限 1024 KB（spec-file-bytes）/,
  'proto-keys.json': /^E_SCHEMA .*不认识的字段 "__proto__", "constructor"/,
  'qr-too-long.json': /^E_QR_CAPACITY .*网址有 2427 字节，超出二维码容量（纠错等级 M 最多 2331 字节）/,
  'relative-url.json': 'E_SCHEMA',
  'string.json': 'E_SCHEMA',
  'template-absolute.json': 'E_SCHEMA',
  'template-nul.json': 'E_SCHEMA',
  'template-traversal.json': 'E_SCHEMA',
  'template-unknown.json': /^E_TEMPLATE .*没有名为 "nope" 的模板/,
  'trailing-comma.json': /^E_JSON_SYNTAX .*JSON 格式错误，第 \d+ 行第 \d+ 列：最后一项后面多了逗号/,
  'truncated.json': /^E_JSON_SYNTAX .*文件不完整/,
  'unknown-key.json': /^E_SCHEMA .*不认识的字段 "tittle"/,
  'utf16.json': /^E_ENCODING .*UTF-16/,
  'wrong-types.json': 'E_SCHEMA',
  'zero-width-url.json': /^E_SCHEMA .*含有看不见的控制字符 U\+200B/,
};
const GOOD = ['bom.json', 'html-in-fields.json', 'wengang-butie.json', 'zhigai-shuzhuan.json'];

interface Report {
  batchErrors: Array<{ code: string }>;
  rendered: number;
  failed: number;
  cards: Array<{ file: string; status: string; outputs: string[]; errors: Array<{ code: string; file?: string; message: string }> }>;
}

describe('the hostile-input corpus through `policy-card build`', () => {
  let work: string;
  let result: { code: number; stdout: string; stderr: string };
  let report: Report;
  let before: string[];

  async function tree(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-hostile-'));
    await cp(path.join(ROOT, 'tests', 'fixtures', 'hostile'), path.join(work, 'specs'), { recursive: true, verbatimSymlinks: true });
    for (const sample of ['wengang-butie.json', 'zhigai-shuzhuan.json']) await cp(path.join(CARDS_DIR, sample), path.join(work, 'specs', sample));
    // Generated here rather than committed: large by design.
    await writeFile(path.join(work, 'specs', 'huge-field.json'), JSON.stringify({ ...minimalSpec(), title: '长'.repeat(100_000) }));
    await writeFile(path.join(work, 'specs', 'many-items.json'), JSON.stringify({ ...minimalSpec(), conditions: Array.from({ length: 10_000 }, (_, index) => `条件${index}`) }));
    await writeFile(path.join(work, 'specs', 'oversize-file.json'), JSON.stringify({ ...minimalSpec(), summary: 'x'.repeat(1_100_000) }));
    await mkdir(path.join(work, 'out'));
    before = await tree(work);
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, 'build', 'specs', '--out', 'out', '--json'], {
        cwd: work,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_OPTIONS: `--import=${HOOK}`, POLICY_CARD_TEST_READ_ROOTS: [ROOT, work, os.tmpdir()].join(path.delimiter), LANG: 'zh_CN.UTF-8' },
      });
      result = { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      result = { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
    report = JSON.parse(result.stdout) as Report;
  });

  it('exits 1 and prints no stack trace, no network access and no stray file read', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('renders every good card', async () => {
    const rendered = report.cards.filter((card) => card.status === 'rendered').map((card) => path.basename(card.file)).sort();
    expect(rendered).toEqual(GOOD);
    for (const name of GOOD) {
      const png = await readFile(path.join(work, 'out', name.replace('.json', '.png')));
      expect(decodePng(png).width).toBe(1080);
    }
  });

  it.each(Object.entries(EXPECTED))('reports %s with its own code and a message naming the file', (name, expected) => {
    const card = report.cards.find((entry) => entry.file === `specs/${name}`);
    expect(card, name).toBeDefined();
    expect(card!.status).toBe('failed');
    const [error] = card!.errors;
    expect(error!.message.startsWith(`specs/${name}: `), error!.message).toBe(true);
    if (typeof expected === 'string') expect(error!.code).toBe(expected);
    else expect(`${error!.code} ${error!.message}`).toMatch(expected);
  });

  it('covers the whole corpus: every file is either good or expected to fail', () => {
    expect(report.cards.map((card) => path.basename(card.file)).sort()).toEqual([...GOOD, ...Object.keys(EXPECTED)].sort());
  });

  it('writes nothing outside the output folder and nothing but the good cards inside it', async () => {
    const after = await tree(work);
    expect(after.filter((entry) => !entry.startsWith('out'))).toEqual(before.filter((entry) => !entry.startsWith('out')));
    expect((await readdir(path.join(work, 'out'))).sort()).toEqual(['.policy-card-manifest.json', ...GOOD.map((name) => name.replace('.json', '.png'))].sort());
  });

  it('the good card with HTML and Handlebars in its fields renders it as text, with nothing fetched', async () => {
    const card = report.cards.find((entry) => entry.file === 'specs/html-in-fields.json')!;
    expect(card.errors).toEqual([]);
    expect(result.stderr).not.toContain('NETWORK');
  });
});

describe('the output folder', () => {
  it('is refused with a clear message when it is a file', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-outfile-'));
    await writeFile(path.join(work, 'out'), 'a file');
    const failed = await run(process.execPath, [BIN, 'build', CARDS_DIR, '--out', 'out'], { cwd: work }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed && failed.code).toBe(2);
    expect((failed as { stderr: string }).stderr).toBe('[E_IO] 输出文件夹 out 不可用：它是一个文件，不是文件夹；请用 --out 指定另一个文件夹\n');
  });

  it('a full disk fails each card cleanly and leaves no partial file', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-enospc-'));
    const hook = path.join(work, 'enospc.mjs');
    await writeFile(
      hook,
      `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
       const original = fs.promises.writeFile;
       fs.promises.writeFile = async (file, data, options) => {
         if (String(file).endsWith('.tmp')) { await original(file, Buffer.from(data).subarray(0, 100), options); const error = new Error('ENOSPC: no space left on device, write'); error.code = 'ENOSPC'; throw error; }
         return original(file, data, options);
       };
       syncBuiltinESMExports();`,
    );
    const failed = await run(process.execPath, [BIN, 'build', path.join(CARDS_DIR, 'wengang-butie.json'), '--out', 'out', '--json'], {
      cwd: work,
      env: { ...process.env, NODE_OPTIONS: `--import=${hook}` },
    }).catch((error: { code: number; stdout: string }) => error);
    expect((failed as { code: number }).code).toBe(1);
    const report = JSON.parse((failed as { stdout: string }).stdout) as Report;
    expect(report.cards[0]!.errors[0]!.code).toBe('E_IO');
    expect(report.cards[0]!.errors[0]!.message).toMatch(/无法写入输出文件：ENOSPC: no space left on device/);
    // The disk is full for the build record too: nothing at all is left behind, not even a temporary file.
    expect(await readdir(path.join(work, 'out'))).toEqual([]);
    expect(report.batchErrors.map((error) => error.code)).toEqual(['E_IO']);
  });
});
