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
import { CARDS_DIR, ROOT } from '../helpers/cards.js';
import { corpusWorkspace, EXPECTED, GOOD } from './corpus.js';
import { decodePng } from '../helpers/png.js';
import { cliWithoutWriteAccess, isRoot, makeReadOnly, workFolder } from '../helpers/read-only.js';

const run = promisify(execFile);
const BIN = path.join(ROOT, 'bin', 'policy-card.js');
const HOOK = path.join(ROOT, 'tests', 'helpers', 'no-network.mjs');


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
    work = await corpusWorkspace('policy-card-hostile-');
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

describe(`an output folder that is not writable (mode 0555${isRoot ? ', the CLI run as nobody since the tests run as root' : ''})`, () => {
  let work: string;
  let before: string[];

  async function tree(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
  }

  beforeAll(async () => {
    work = await workFolder('policy-card-read-only-');
    await mkdir(path.join(work, 'cards'));
    await cp(path.join(CARDS_DIR, 'wengang-butie.json'), path.join(work, 'cards', 'wengang-butie.json'));
    await mkdir(path.join(work, 'out'));
    await makeReadOnly(path.join(work, 'out'));
    before = await tree(work);
    expect(before).toEqual(['cards', 'cards/wengang-butie.json', 'out']);
  });

  it.each([
    ['build', ['build', 'cards', '--out', 'out'], 'out'],
    ['build into a folder it would create', ['build', 'cards', '--out', 'out/cards'], 'out/cards'],
    ['print', ['print', 'cards', '--template', 'a6', '--out', 'out/sheet.pdf'], 'out'],
    ['print --per-card', ['print', 'cards', '--template', 'a6', '--per-card', '--out', 'out/pdf'], 'out/pdf'],
    ['site', ['site', 'cards', '--base-url', 'https://example.gov.cn/policies', '--out', 'out'], 'out'],
  ])('%s: refused with E_IO naming the folder and the fix, exit 2, nothing written', async (_command, args, shown) => {
    const result = await cliWithoutWriteAccess(work, ...args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `[E_IO] 输出文件夹 ${shown} 不可用：没有写入权限；请用 --out 指定另一个文件夹\n` });
    expect(await tree(work)).toEqual(before);
  });

  it('says the same in English', async () => {
    const result = await cliWithoutWriteAccess(work, 'build', 'cards', '--out', 'out', '--lang', 'en');
    expect(result).toEqual({ code: 2, stdout: '', stderr: '[E_IO] the output folder out cannot be used: it is not writable; choose another with --out\n' });
    expect(await tree(work)).toEqual(before);
  });
});
