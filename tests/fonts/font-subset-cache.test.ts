/**
 * The on-disk font subset cache must change nothing but speed: the same bytes with and without
 * it, never an entry cut from other fonts or lacking a character, a damaged entry ignored and
 * replaced, and a folder others could write into never used.
 */
import { appendFileSync, chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontCacheDir, fontFileHash, MAX_ENTRIES, pruneFontCache, readCachedFontSubset, writeCachedFontSubset } from '../../src/fonts/font-subset-cache.js';
import { FONT_DIR, FONT_FILES } from '../../src/fonts/load-fonts.js';
import { batchCharacters } from '../../src/fonts/subset-fonts.js';
import { renderCard } from '../../src/render/render-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { cli } from '../helpers/cli.js';
import { readJson, sampleCardFiles } from '../helpers/cards.js';

const card: CardSpec = (() => {
  const file = sampleCardFiles()[0]!;
  const result = validateCard(readJson(file), { defaultId: path.basename(file, '.json') });
  if (!result.ok) throw new Error(`sample ${file} is invalid`);
  return result.card;
})();
const characters = batchCharacters({ cards: [card] });

const fresh = (name: string): string => mkdtempSync(path.join(os.tmpdir(), `font-cache-${name}-`));
const entries = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.subset'));

/** A copy of the bundled faces that a test may change. */
function copiedFonts(): string {
  const dir = fresh('faces');
  for (const { file } of FONT_FILES) copyFileSync(path.join(FONT_DIR, file), path.join(dir, file));
  return dir;
}

let cacheDir: string;
beforeAll(async () => {
  cacheDir = fresh('shared');
  expect(await writeCachedFontSubset(characters, cacheDir)).toMatch(/\.subset$/);
}, 120_000);

describe('font subset cache', () => {
  it('gives the same SVG and PNG as the bundled faces', async () => {
    const cached = await readCachedFontSubset(characters, cacheDir);
    expect(cached).toBeDefined();
    const without = await renderCard(card);
    const withCache = await renderCard(card, { fontDir: cached!.fontDir });
    expect(withCache.svg).toBe(without.svg);
    expect(Buffer.compare(withCache.png!, without.png!)).toBe(0);
  }, 60_000);

  it('lays out a character the entry lacks with the bundled faces (a changed template or card)', async () => {
    const cached = await readCachedFontSubset(characters, cacheDir);
    const changed: CardSpec = { ...card, title: `${card.title}鑫龘` };
    // The entry does not hold the new characters, so it is not chosen for them …
    expect(await readCachedFontSubset(batchCharacters({ cards: [changed] }), cacheDir)).toBeUndefined();
    // … and even if it were handed over, the output is the bundled faces' own.
    const forced = await renderCard(changed, { fontDir: cached!.fontDir, skipPng: true });
    expect(forced.svg).toBe((await renderCard(changed, { skipPng: true })).svg);
  }, 60_000);

  it('is never used once the fonts it was cut from change, but survives a touch', async () => {
    const fonts = copiedFonts();
    const dir = fresh('changed');
    expect(await writeCachedFontSubset(characters, dir, fonts)).toBeDefined();
    expect(await readCachedFontSubset(characters, dir, fonts)).toBeDefined();
    // Same content, new times: the content hash decides, and it is the same.
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(fonts, FONT_FILES[0].file), later, later);
    expect(await readCachedFontSubset(characters, dir, fonts)).toBeDefined();
    // Other content (one byte more): never used.
    appendFileSync(path.join(fonts, FONT_FILES[1].file), Buffer.from([0]));
    expect(await readCachedFontSubset(characters, dir, fonts)).toBeUndefined();
    // Another face under the same name: never used.
    copyFileSync(path.join(FONT_DIR, FONT_FILES[1].file), path.join(fonts, FONT_FILES[1].file));
    copyFileSync(path.join(FONT_DIR, FONT_FILES[1].file), path.join(fonts, FONT_FILES[0].file));
    expect(await readCachedFontSubset(characters, dir, fonts)).toBeUndefined();
  }, 120_000);

  it.each([
    ['a flipped byte in a face', (data: Buffer) => data.writeUInt8(data.readUInt8(data.length - 100) ^ 0xff, data.length - 100)],
    ['a cut-off file', (data: Buffer) => data.subarray(0, data.length - 10)],
    ['a damaged header', (data: Buffer) => data.fill(0x7b, 30, 40)],
  ])('ignores and deletes an entry with %s, and a new one replaces it', async (_what, damage) => {
    const dir = fresh('corrupt');
    const entry = (await writeCachedFontSubset(characters, dir))!;
    const data = readFileSync(entry);
    const damaged = damage(data) ?? data;
    writeFileSync(entry, Buffer.isBuffer(damaged) ? damaged : data);
    expect(await readCachedFontSubset(characters, dir)).toBeUndefined();
    expect(entries(dir)).toEqual([]);
    expect(await writeCachedFontSubset(characters, dir)).toBeDefined();
    expect(await readCachedFontSubset(characters, dir)).toBeDefined();
  }, 120_000);

  it('keeps only the most recently used entries', async () => {
    const dir = fresh('prune');
    for (let index = 0; index < MAX_ENTRIES + 3; index++) {
      const file = path.join(dir, `${String(index).padStart(2, '0')}.subset`);
      writeFileSync(file, 'x');
      utimesSync(file, new Date(2026, 0, 1, 0, index), new Date(2026, 0, 1, 0, index));
    }
    writeFileSync(path.join(dir, 'left-by-a-killed-run.subset.1.tmp'), 'x');
    utimesSync(path.join(dir, 'left-by-a-killed-run.subset.1.tmp'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    await pruneFontCache(dir);
    expect(readdirSync(dir).sort()).toEqual(['03', '04', '05', '06', '07', '08', '09', '10'].map((name) => `${name}.subset`));
  });

  it('remembers a font file\'s hash under its size, inode and times, and hashes it again after any rewrite', async () => {
    const dir = fresh('hashes');
    const file = path.join(dir, 'face.ttf');
    const real = (): string => createHash('sha256').update(readFileSync(file)).digest('hex');
    writeFileSync(file, 'first version of the face');
    // Just written: hashed, but not remembered (it could change again within the same tick).
    expect(await fontFileHash(file, dir)).toBe(real());
    expect(readdirSync(dir)).toEqual(['face.ttf']);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await fontFileHash(file, dir)).toBe(real());
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'hashes.json'), 'utf8')))).toEqual([file]);
    // Same size, same modification time set back: the ctime still moves, so it is hashed again.
    const { mtime } = statSync(file);
    writeFileSync(file, 'other version of the face');
    utimesSync(file, mtime, mtime);
    expect(await fontFileHash(file, dir)).toBe(real());
    expect(await fontFileHash(file, undefined)).toBe(real());
  });

  it.each([
    ['off', { POLICY_CARD_CACHE: 'off' }, false],
    ['a folder of its own', { POLICY_CARD_CACHE: '<dir>' }, true],
  ])('POLICY_CARD_CACHE=%s', (_what, env, used) => {
    const root = fresh('env');
    const dir = fontCacheDir({ POLICY_CARD_CACHE: env.POLICY_CARD_CACHE.replace('<dir>', root) });
    expect(dir).toBe(used ? path.join(root, 'fonts') : undefined);
  });

  it('never uses a folder others may write into', () => {
    const root = fresh('shared-folder');
    mkdirSync(path.join(root, 'fonts'));
    chmodSync(root, 0o777);
    expect(fontCacheDir({ POLICY_CARD_CACHE: root })).toBeUndefined();
    chmodSync(root, 0o700);
    expect(fontCacheDir({ POLICY_CARD_CACHE: root })).toBe(path.join(root, 'fonts'));
  });

  it('lets `build` of one card fill the cache, then use it, with the same PNG each time', async () => {
    const work = fresh('cli');
    const cache = path.join(work, 'cache');
    mkdirSync(cache, { mode: 0o700 });
    writeFileSync(path.join(work, 'one.json'), JSON.stringify(readJson(sampleCardFiles()[0]!)));
    const build = async (out: string, setting: string): Promise<Buffer> => {
      const previous = process.env['POLICY_CARD_CACHE'];
      process.env['POLICY_CARD_CACHE'] = setting;
      try {
        const result = await cli(work, 'build', 'one.json', '--out', out);
        expect(result.code, result.stderr).toBe(0);
      } finally {
        if (previous === undefined) delete process.env['POLICY_CARD_CACHE'];
        else process.env['POLICY_CARD_CACHE'] = previous;
      }
      return readFileSync(path.join(work, out, 'one.png'));
    };
    const first = await build('first', cache);
    const [entry] = entries(path.join(cache, 'fonts'));
    expect(entry).toBeDefined();
    // An entry's modification time is its last use: the second build must have used it.
    const entryFile = path.join(cache, 'fonts', entry!);
    utimesSync(entryFile, new Date(2026, 0, 1), new Date(2026, 0, 1));
    const second = await build('second', cache);
    expect(statSync(entryFile).mtimeMs).toBeGreaterThan(new Date(2026, 0, 2).getTime());
    expect(entries(path.join(cache, 'fonts'))).toEqual([entry]);
    const uncached = await build('uncached', 'off');
    expect(Buffer.compare(second, first)).toBe(0);
    expect(Buffer.compare(uncached, first)).toBe(0);
  }, 180_000);
});
