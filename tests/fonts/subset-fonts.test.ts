/**
 * Batch font subsets must change nothing but speed: the same SVG, byte for byte, as the bundled
 * faces give, for every template and locale; a character the subset lacks falls back to the
 * bundled faces instead of failing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchCharacters, writeFontSubset, type FontSubset } from '../../src/fonts/subset-fonts.js';
import { FONT_FILES } from '../../src/fonts/load-fonts.js';
import { fontSubsetMisses, layoutSvg } from '../../src/render/layout-svg.js';
import { renderCard } from '../../src/render/render-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { CARDS_DIR, readJson, ROOT, sampleCardFiles, validCard } from '../helpers/cards.js';

const execFileAsync = promisify(execFile);

const samples: CardSpec[] = sampleCardFiles().map((file) => {
  const result = validateCard(readJson(file), { defaultId: path.basename(file, '.json') });
  if (!result.ok) throw new Error(`sample ${file} is invalid`);
  return result.card;
});

let subset: FontSubset;
beforeAll(async () => {
  subset = await writeFontSubset(batchCharacters({ cards: samples, locale: 'zh-CN' }));
});
afterAll(async () => {
  await subset.remove();
});

describe('batch font subsets', () => {
  it('are small files under the bundled names, in a folder that remove() deletes', async () => {
    for (const { file } of FONT_FILES) {
      const size = statSync(path.join(subset.dir, file)).size;
      expect(size).toBeGreaterThan(20_000);
      expect(size).toBeLessThan(1_000_000);
    }
    const extra = await writeFontSubset('政策');
    expect(existsSync(extra.dir)).toBe(true);
    await extra.remove();
    expect(existsSync(extra.dir)).toBe(false);
  });

  it('cover every character of the cards, the templates and the labels, sorted', () => {
    const chars = batchCharacters({ cards: samples });
    for (const char of '稳岗补贴适用对象申报条件扫码查看原文年月日至0123456789ABCabc，。、（）') expect(chars).toContain(char);
    expect([...chars]).toEqual([...chars].sort());
    // Card order does not matter.
    expect(batchCharacters({ cards: [...samples].reverse() })).toBe(chars);
  });

  it.each(['phone', 'a4', 'a5', 'a6', 'square'])('give the same SVG as the bundled fonts: every sample on %s', async (template) => {
    const before = fontSubsetMisses();
    for (const card of samples) {
      const options = { template, baseDir: CARDS_DIR, skipPng: true };
      const full = await renderCard(card, options);
      const small = await renderCard(card, { ...options, fontDir: subset.dir });
      expect(small.svg === full.svg, `${card.id} on ${template}`).toBe(true);
      expect(small.scale).toBe(full.scale);
    }
    expect(fontSubsetMisses()).toBe(before);
  });

  it('give the same PNG in zh-TW (the text is converted before subsetting)', async () => {
    const tw = await writeFontSubset(batchCharacters({ cards: samples, locale: 'zh-TW' }));
    try {
      const before = fontSubsetMisses();
      for (const card of samples.slice(0, 3)) {
        const full = await renderCard(card, { locale: 'zh-TW', baseDir: CARDS_DIR });
        const small = await renderCard(card, { locale: 'zh-TW', baseDir: CARDS_DIR, fontDir: tw.dir });
        expect(small.png!.equals(full.png!), card.id).toBe(true);
      }
      expect(fontSubsetMisses()).toBe(before);
    } finally {
      await tw.remove();
    }
  });

  it('fall back to the bundled fonts for a character the subset lacks, with the same result', async () => {
    const card = validCard({ title: '稳岗补贴鑫淼' });
    const narrow = await writeFontSubset(batchCharacters({ cards: [validCard()] }));
    try {
      expect(readFileSync(path.join(narrow.dir, FONT_FILES[0].file)).length).toBeGreaterThan(0);
      const before = fontSubsetMisses();
      const full = await renderCard(card, { skipPng: true });
      const small = await renderCard(card, { skipPng: true, fontDir: narrow.dir });
      expect(fontSubsetMisses()).toBe(before + 1);
      expect(small.svg === full.svg).toBe(true);
    } finally {
      await narrow.remove();
    }
  });

  it('fall back for a space the subset lacks (U+3000) instead of setting the text without it', async () => {
    const card = validCard({ title: '稳岗\u3000补贴' });
    const narrow = await writeFontSubset(batchCharacters({ cards: [validCard()] }).replace('\u3000', ''));
    try {
      const before = fontSubsetMisses();
      const full = await renderCard(card, { skipPng: true });
      const small = await renderCard(card, { skipPng: true, fontDir: narrow.dir });
      expect(fontSubsetMisses()).toBeGreaterThan(before);
      expect(small.svg === full.svg).toBe(true);
    } finally {
      await narrow.remove();
    }
  });

  it('are removed when the process exits without remove() (second Ctrl-C, SIGTERM)', async () => {
    const script = `const { writeFontSubset } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'fonts', 'subset-fonts.js')).href)}); const s = await writeFontSubset('政策'); console.log(s.dir); process.exit(0);`;
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script]);
    const dir = stdout.trim();
    expect(dir).toContain('policy-card-fonts-');
    expect(existsSync(dir)).toBe(false);
  });

  it('clear away the folders of builds that were killed (their process is gone)', async () => {
    const orphan = path.join(os.tmpdir(), 'policy-card-fonts-2147483646-test');
    mkdirSync(orphan, { recursive: true });
    const fresh = await writeFontSubset('政策');
    try {
      expect(existsSync(orphan)).toBe(false);
      expect(path.basename(fresh.dir)).toMatch(new RegExp(`^policy-card-fonts-${process.pid}-`));
    } finally {
      await fresh.remove();
    }
  });

  it('a measured-only layout (no outlines) has the same height as the drawn one', async () => {
    const tree = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', fontSize: 40, padding: 30 }, children: samples[0]!.conditions.join('') } };
    const drawn = await layoutSvg(tree as never, { width: 700 });
    const measured = await layoutSvg(tree as never, { width: 700, outlines: false });
    const height = (svg: string) => /height="([\d.]+)"/.exec(svg)?.[1];
    expect(measured.length).toBeLessThan(drawn.length / 2);
    expect(height(measured)).toBe(height(drawn));
  });
});
