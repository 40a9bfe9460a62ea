/**
 * A cold `policy-card build one.json` (issue #17: the single card from a cold CLI):
 * - it loads only what rendering one card needs. Packages for other paths (sheets, zh-TW, logos,
 *   the worker pool, the terminal progress bar, --verify) are loaded on first use, and a module
 *   that imports one of them at its top again would silently cost every cold run its loading time;
 * - bin/policy-card.js compiles WebAssembly without tier-up, which must not change a byte.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARDS_DIR, ROOT } from '../helpers/cards.js';
import { BIN } from '../helpers/cli.js';

// Records every module the process loads: ES modules through a load hook, CommonJS through
// require.cache at exit (Node 20's hooks do not see require()).
const RECORDER = `
import { register, createRequire } from 'node:module';
import { appendFileSync, writeFileSync } from 'node:fs';
const list = process.env.LOADED_LIST;
register('data:text/javascript,' + encodeURIComponent(\`
  import { appendFileSync } from 'node:fs';
  export async function load(url, context, next) { appendFileSync(\${JSON.stringify(list)}, url + '\\\\n'); return next(url, context); }
\`));
process.on('exit', () => appendFileSync(list, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n'));
`;

function run(cwd: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('a cold build of one card', () => {
  let loaded: string[];
  let code: number;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-cold-modules-'));
    await cp(path.join(CARDS_DIR, 'gaoxin-qiye.json'), path.join(work, 'one.json'));
    const recorder = path.join(work, 'record-modules.mjs');
    await writeFile(recorder, RECORDER);
    const list = path.join(work, 'loaded.txt');
    await writeFile(list, '');
    code = await run(work, ['--import', pathToFileURL(recorder).href, BIN, 'build', 'one.json', '--out', 'out'], {
      LOADED_LIST: list,
      POLICY_CARD_CACHE: path.join(work, 'cache'),
    });
    loaded = (await readFile(list, 'utf8')).split('\n').filter(Boolean);
  }, 60_000);

  it('renders the card and records what it loads', () => {
    expect(code).toBe(0);
    // The recorder works: the render's own packages are in the list.
    expect(loaded.some((entry) => /node_modules\/satori\//.test(entry))).toBe(true);
    expect(loaded.some((entry) => /node_modules\/qrcode\//.test(entry))).toBe(true);
  });

  it.each(['pinyin-pro', 'opencc-js', 'image-size', 'tinypool', 'cli-progress', 'jsqr', 'fontkit', 'exceljs', 'pdfjs-dist', 'mammoth', 'hono'])(
    'does not load %s',
    (name) => {
      expect(loaded.filter((entry) => entry.includes(`/node_modules/${name}/`))).toEqual([]);
    },
  );
});

describe('the WebAssembly flags of bin/policy-card.js', () => {
  it('give the same PNG as a process with the default flags', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-wasm-flags-'));
    await cp(path.join(CARDS_DIR, 'gaoxin-qiye.json'), path.join(work, 'one.json'));
    const env = { POLICY_CARD_CACHE: 'off' };
    expect(await run(work, [BIN, 'build', 'one.json', '--out', 'with-flags'], env)).toBe(0);
    // The same command without the bin: dist/cli/main.js in a plain node process.
    const main = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'main.js')).href;
    const script = `const { runMain } = await import(${JSON.stringify(main)}); await runMain(['node', 'policy-card', 'build', 'one.json', '--out', 'default-flags']);`;
    expect(await run(work, ['--input-type=module', '-e', script], env)).toBe(0);
    const [withFlags, defaultFlags] = await Promise.all([readFile(path.join(work, 'with-flags', 'one.png')), readFile(path.join(work, 'default-flags', 'one.png'))]);
    expect(withFlags.length).toBeGreaterThan(1000);
    expect(withFlags.equals(defaultFlags)).toBe(true);
  }, 60_000);
});
