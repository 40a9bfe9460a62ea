/**
 * The fit recorded in the build manifest (#17): keyed by everything that decides it, used on a
 * rebuild only under the same key and only after a layout shows the card fits with it, and the
 * output is the same bytes with or without it. Renders run in this process (workers: 'never').
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/batch/build-cards.js';
import { InputHasher, MANIFEST_NAME, type BuildManifest } from '../../src/batch/build-manifest.js';
import { layoutCount } from '../../src/render/layout-svg.js';
import type { RenderOptions } from '../../src/render/render-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { CARDS_DIR, readJson, ROOT } from '../helpers/cards.js';

// A card that needs smaller text on a5 (0.92 of the design size).
const SAMPLE = 'zhuanjing-texin';
const sample = (): CardSpec => ({ ...(readJson(path.join(CARDS_DIR, `${SAMPLE}.json`)) as unknown as CardSpec), id: SAMPLE, template: 'a5' });

async function workspace(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-fit-'));
  await mkdir(path.join(folder, 'cards'));
  await writeFile(path.join(folder, 'cards', `${SAMPLE}.json`), JSON.stringify(sample()));
  return folder;
}

const readManifestFile = async (folder: string): Promise<BuildManifest> => JSON.parse(await readFile(path.join(folder, 'output', MANIFEST_NAME), 'utf8')) as BuildManifest;

/** Layouts run by one build: [measured, with outlines]. */
async function layoutsOf(build: () => Promise<unknown>): Promise<[number, number]> {
  const before = layoutCount();
  await build();
  const after = layoutCount();
  return [after.measured - before.measured, after.outlined - before.outlined];
}

describe('fitKey', () => {
  const base: RenderOptions = { baseDir: CARDS_DIR };
  it.each([
    ['the same card and options', (card: CardSpec) => card, {}, true],
    ['another brand colour', (card: CardSpec) => card, { brandColor: '#0b6e4f' }, true],
    ['another dpi', (card: CardSpec) => card, { dpi: 150 }, true],
    ['a changed title', (card: CardSpec) => ({ ...card, title: `${card.title}（修订）` }), {}, false],
    ['a changed condition', (card: CardSpec) => ({ ...card, conditions: [...card.conditions.slice(1)] }), {}, false],
    ['another theme', (card: CardSpec) => ({ ...card, theme: 'elder' }), {}, false],
    ['another template', (card: CardSpec) => ({ ...card, template: 'a4' }), {}, false],
    ['another locale', (card: CardSpec) => card, { locale: 'en' }, false],
    ['another QR error correction', (card: CardSpec) => card, { errorCorrection: 'H' }, false],
  ] as const)('%s: same key %s', async (_name, change, options, same) => {
    const hasher = new InputHasher();
    const key = await hasher.fitKey(sample(), base, undefined);
    const changed = await hasher.fitKey(change(sample()), { ...base, ...(options as RenderOptions) }, undefined);
    expect(changed === key).toBe(same);
  });

  it('changes with the template files (a copy of a5 with other spacing)', async () => {
    const templates = await mkdtemp(path.join(os.tmpdir(), 'policy-card-fit-templates-'));
    await cp(path.join(ROOT, 'templates', 'a5'), path.join(templates, 'a5'), { recursive: true });
    const hasher = new InputHasher();
    const key = await hasher.fitKey(sample(), { baseDir: CARDS_DIR, templatesDir: templates }, undefined);
    const style = path.join(templates, 'a5', 'style.css.hbs');
    await writeFile(style, `${await readFile(style, 'utf8')}\n.panel { padding: 40px; }\n`);
    expect(await new InputHasher().fitKey(sample(), { baseDir: CARDS_DIR, templatesDir: templates }, undefined)).not.toBe(key);
  });

  it('changes with the logo bytes', async () => {
    const hasher = new InputHasher();
    expect(await hasher.fitKey(sample(), { baseDir: CARDS_DIR }, new Uint8Array([1]))).not.toBe(await hasher.fitKey(sample(), { baseDir: CARDS_DIR }, new Uint8Array([2])));
  });
});

describe('the fit in the build manifest', () => {
  it('is recorded, and a rebuild for another brand colour checks it with one layout and gives the bytes of a fresh build', async () => {
    const folder = await workspace();
    const first = await layoutsOf(() => buildCards({ cwd: folder, workers: 'never' }));
    const recorded = Object.values((await readManifestFile(folder)).outputs)[0]!.fit!;
    expect(recorded).toMatchObject({ shift: expect.any(Number), scale: 0.92, space: 0.55 });
    expect(first[0]).toBeGreaterThan(2);

    const rebuilt = await layoutsOf(() => buildCards({ cwd: folder, workers: 'never', brandColor: '#0b6e4f' }));
    expect(rebuilt).toEqual([1, 1]);
    const fresh = await workspace();
    await buildCards({ cwd: fresh, workers: 'never', brandColor: '#0b6e4f' });
    expect(await readFile(path.join(folder, 'output', `${SAMPLE}.png`))).toEqual(await readFile(path.join(fresh, 'output', `${SAMPLE}.png`)));
  });

  it('is used by a rebuild in another format (png, then pdf only)', async () => {
    const folder = await workspace();
    await buildCards({ cwd: folder, workers: 'never' });
    expect(await layoutsOf(() => buildCards({ cwd: folder, workers: 'never', formats: ['pdf'] }))).toEqual([1, 1]);
  });

  it('is not used under another key (the card changed since)', async () => {
    const folder = await workspace();
    await buildCards({ cwd: folder, workers: 'never' });
    const manifest = await readManifestFile(folder);
    for (const entry of Object.values(manifest.outputs)) entry.fit = { ...entry.fit!, key: '0'.repeat(64) };
    await writeFile(path.join(folder, 'output', MANIFEST_NAME), JSON.stringify(manifest));
    const [measured] = await layoutsOf(() => buildCards({ cwd: folder, workers: 'never', force: true }));
    expect(measured).toBeGreaterThan(2);
  });

  it('that does not fit (a plan at the design size written under the right key) is not trusted: the bytes of a fresh build', async () => {
    const folder = await workspace();
    await buildCards({ cwd: folder, workers: 'never' });
    const before = await readFile(path.join(folder, 'output', `${SAMPLE}.png`));
    const manifest = await readManifestFile(folder);
    for (const entry of Object.values(manifest.outputs)) entry.fit = { ...entry.fit!, scale: 1, space: 1 };
    await writeFile(path.join(folder, 'output', MANIFEST_NAME), JSON.stringify(manifest));
    await buildCards({ cwd: folder, workers: 'never', force: true });
    expect(await readFile(path.join(folder, 'output', `${SAMPLE}.png`))).toEqual(before);
    expect(Object.values((await readManifestFile(folder)).outputs)[0]!.fit).toMatchObject({ scale: 0.92, space: 0.55 });
  });
});
