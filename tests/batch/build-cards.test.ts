/**
 * The batch engine: worker isolation (crash, hang), incremental builds, pruning, determinism.
 * Worker processes run the built code in dist/ (npm test builds first).
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCards } from '../../src/batch/build-cards.js';
import { MANIFEST_NAME } from '../../src/batch/build-manifest.js';
import { inheritedNodeFlags } from '../../src/batch/render-pool.js';
import { CARDS_DIR, minimalSpec, ROOT } from '../helpers/cards.js';
import { PNG_SIGNATURE } from '../helpers/png.js';

async function workspace(cards: Record<string, unknown>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-batch-'));
  await mkdir(path.join(folder, 'cards'));
  for (const [id, spec] of Object.entries(cards)) await writeFile(path.join(folder, 'cards', `${id}.json`), JSON.stringify(spec));
  return folder;
}

const spec = (title: string) => ({ ...minimalSpec(), title, edition: '2026-01-01' });

describe('worker isolation', () => {
  afterEach(() => {
    delete process.env['POLICY_CARD_TEST_CRASH_ID'];
    delete process.env['POLICY_CARD_TEST_HANG_ID'];
  });

  it('a worker killed mid-card fails only that card with E_RENDER_CRASH; the pool recovers', async () => {
    const folder = await workspace({ a: spec('甲'), b: spec('乙'), crash: spec('丙'), d: spec('丁'), e: spec('戊') });
    process.env['POLICY_CARD_TEST_CRASH_ID'] = 'crash';
    const report = await buildCards({ cwd: folder, concurrency: 2, workers: 'always' });
    const byId = Object.fromEntries(report.cards.map((card) => [card.id ?? '', card])) as Record<string, (typeof report.cards)[number]>;
    expect(byId['crash']!.status).toBe('failed');
    expect(byId['crash']!.errors.map((error) => error.code)).toEqual(['E_RENDER_CRASH']);
    expect(byId['crash']!.errors[0]!.format('zh')).toMatch(/^cards\/crash\.json: 渲染进程意外退出（.*）；这张卡片未生成，其余卡片不受影响$/);
    expect(report.rendered).toBe(4);
    expect((await readdir(path.join(folder, 'output'))).sort()).toEqual([MANIFEST_NAME, 'a.png', 'b.png', 'd.png', 'e.png']);
  });

  // 30 s, not less: the other cards start cold workers, which take several seconds on a busy 2-core machine.
  it('a card that hangs fails with E_TIMEOUT and the batch completes', async () => {
    const folder = await workspace({ a: spec('甲'), hang: spec('乙'), c: spec('丙') });
    process.env['POLICY_CARD_TEST_HANG_ID'] = 'hang';
    const report = await buildCards({ cwd: folder, concurrency: 2, workers: 'always', timeoutMs: 30_000 });
    const hang = report.cards.find((card) => card.id === 'hang')!;
    expect(hang.errors.map((error) => [error.code, error.text.en])).toEqual([
      ['E_TIMEOUT', "rendering took longer than 30 s and was stopped (limits.renderTimeoutSec or --timeout); check the card's content or logo, or raise the limit"],
    ]);
    expect(report.rendered).toBe(2);
  });
});

describe('incremental builds', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await workspace({ a: spec('甲'), b: spec('乙'), c: spec('丙') });
  });

  it('renders nothing the second time, one card after one spec changes, all after a theme change', async () => {
    const first = await buildCards({ cwd: folder, workers: 'never' });
    expect([first.rendered, first.unchanged]).toEqual([3, 0]);

    const second = await buildCards({ cwd: folder, workers: 'never' });
    expect([second.rendered, second.unchanged]).toEqual([0, 3]);

    await writeFile(path.join(folder, 'cards', 'b.json'), JSON.stringify(spec('乙（修订）')));
    const third = await buildCards({ cwd: folder, workers: 'never' });
    expect(third.cards.filter((card) => card.status === 'rendered').map((card) => card.id)).toEqual(['b']);

    const themed = await buildCards({ cwd: folder, workers: 'never', theme: 'green' });
    expect([themed.rendered, themed.unchanged]).toEqual([3, 0]);

    const forced = await buildCards({ cwd: folder, workers: 'never', theme: 'green', force: true });
    expect(forced.rendered).toBe(3);
  });

  it('re-renders an output that was deleted by hand', async () => {
    await buildCards({ cwd: folder, workers: 'never' });
    await rm(path.join(folder, 'output', 'a.png'));
    const again = await buildCards({ cwd: folder, workers: 'never' });
    expect(again.cards.filter((card) => card.status === 'rendered').map((card) => card.id)).toEqual(['a']);
  });

  it('prunes the outputs of a deleted spec when asked, and only those', async () => {
    await buildCards({ cwd: folder, workers: 'never' });
    await writeFile(path.join(folder, 'output', 'not-ours.png'), 'x');
    await rm(path.join(folder, 'cards', 'c.json'));
    const report = await buildCards({ cwd: folder, workers: 'never', prune: true });
    expect(report.pruned).toEqual(['output/c.png']);
    expect((await readdir(path.join(folder, 'output'))).sort()).toEqual([MANIFEST_NAME, 'a.png', 'b.png', 'not-ours.png']);
    const manifest = JSON.parse(await readFile(path.join(folder, 'output', MANIFEST_NAME), 'utf8')) as { outputs: Record<string, unknown> };
    expect(Object.keys(manifest.outputs)).toEqual(['a.png', 'b.png']);
  });
});

describe('font subsets in a batch', () => {
  it('a batch whose subset cannot be made (custom template folder missing) renders with the bundled fonts', async () => {
    const folder = await workspace({ a: spec('甲'), b: spec('乙') });
    const report = await buildCards({ cwd: folder, out: 'out', workers: 'always', concurrency: 2, templatesDir: path.join(folder, 'no-such-folder') });
    expect(report.cards.map((card) => [card.id, card.status])).toEqual([['a', 'rendered'], ['b', 'rendered']]);
  });

  it('workers keep the parent\'s node flags except a script given with -e / -p, after their own', () => {
    expect(inheritedNodeFlags(['-e', 'run()', '--import=hook.mjs', '--input-type=module', '-p', '1', '--max-semi-space-size=32'])).toEqual(['--import=hook.mjs', '--max-semi-space-size=32']);
  });
});

describe('determinism', () => {
  it('two builds of the samples give byte-identical PNGs, in workers and in process', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-determinism-'));
    await cp(path.join(CARDS_DIR, 'wengang-butie.json'), path.join(folder, 'cards', 'wengang-butie.json'), { recursive: true });
    await cp(path.join(CARDS_DIR, 'zhuanjing-texin.json'), path.join(folder, 'cards', 'zhuanjing-texin.json'));
    await buildCards({ cwd: folder, out: 'one', workers: 'always', concurrency: 2 });
    await buildCards({ cwd: folder, out: 'two', workers: 'never' });
    for (const id of ['wengang-butie', 'zhuanjing-texin']) {
      const one = await readFile(path.join(folder, 'one', `${id}.png`));
      const two = await readFile(path.join(folder, 'two', `${id}.png`));
      expect(one.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(one.equals(two), id).toBe(true);
    }
  });
});

describe('cards split into pages', () => {
  const long = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'wujiang-zhigai.json'), 'utf8')) as Record<string, unknown>;
  const outputsOf = async (folder: string): Promise<string[]> => (await readdir(path.join(folder, 'output'))).filter((name) => name !== MANIFEST_NAME).sort();

  it('writes <id>-1.png … <id>-N.png, records each page, leaves no stale page when the card shrinks to one, and prunes every page', async () => {
    const folder = await workspace({ long });
    const elder = await buildCards({ cwd: folder, theme: 'elder', workers: 'never' });
    expect(elder.cards[0]!.outputs).toEqual(['output/wujiang-zhigai-1.png', 'output/wujiang-zhigai-2.png']);
    expect(elder.cards[0]!.warnings.map((warning) => warning.code)).toContain('W_PAGES');
    const manifest = JSON.parse(await readFile(path.join(folder, 'output', MANIFEST_NAME), 'utf8')) as { outputs: Record<string, { id: string }> };
    expect(Object.keys(manifest.outputs)).toEqual(['wujiang-zhigai-1.png', 'wujiang-zhigai-2.png']);

    const again = await buildCards({ cwd: folder, theme: 'elder', workers: 'never' });
    expect([again.cards[0]!.status, again.cards[0]!.outputs]).toEqual(['unchanged', ['output/wujiang-zhigai-1.png', 'output/wujiang-zhigai-2.png']]);
    // A deleted page is rendered again.
    await rm(path.join(folder, 'output', 'wujiang-zhigai-2.png'));
    expect((await buildCards({ cwd: folder, theme: 'elder', workers: 'never' })).cards[0]!.status).toBe('rendered');

    const shorter = await buildCards({ cwd: folder, theme: 'default', workers: 'never' });
    expect(shorter.cards[0]!.outputs).toEqual(['output/wujiang-zhigai.png']);
    expect(await outputsOf(folder)).toEqual(['wujiang-zhigai.png']);

    await buildCards({ cwd: folder, theme: 'elder', workers: 'never' });
    expect(await outputsOf(folder)).toEqual(['wujiang-zhigai-1.png', 'wujiang-zhigai-2.png']);
    // The long card goes; another stays (a folder with no card at all is E_NO_CARDS, not a prune).
    await rm(path.join(folder, 'cards', 'long.json'));
    await writeFile(path.join(folder, 'cards', 'short.json'), JSON.stringify(spec('甲')));
    const pruned = await buildCards({ cwd: folder, theme: 'elder', workers: 'never', prune: true, paths: ['cards'] });
    expect(pruned.pruned).toEqual(['output/wujiang-zhigai-1.png', 'output/wujiang-zhigai-2.png']);
    expect(await outputsOf(folder)).toEqual(['short.png']);
  });
});
