/**
 * The image loader's containment: a path outside the card folder gets one and the same answer
 * whether or not the file exists (checked on the path as written, before the file system is
 * asked), and a symlink inside the folder that leads out is refused after resolving it.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containedImagePath, loadLogo } from '../../src/assets/load-logo.js';
import { rejectedCardError } from '../helpers/errors.js';
import { logoPng } from '../helpers/logo.js';

/** `<tmp>/outside/` holding logo.png, and `<tmp>/cards/` (the card folder) with its own logo.png. */
async function workspace(): Promise<{ root: string; cards: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'policy-card-assets-'));
  const cards = path.join(root, 'cards');
  await mkdir(cards);
  await mkdir(path.join(root, 'outside'));
  await writeFile(path.join(root, 'outside', 'logo.png'), logoPng());
  await writeFile(path.join(cards, 'logo.png'), logoPng());
  return { root, cards };
}

describe('loadLogo', () => {
  it('loads a PNG inside the card folder, also through a sub-folder and back', async () => {
    const { cards } = await workspace();
    await mkdir(path.join(cards, 'img'));
    expect((await loadLogo('logo.png', cards)).width).toBe(120);
    expect((await loadLogo('img/../logo.png', cards)).height).toBe(80);
  });

  it.each([
    ['zh', '../outside/logo.png', 'cards/a.json: /logo (标志图片): 标志图片 ../outside/logo.png 位于卡片文件夹之外；请把图片放进卡片所在的文件夹'],
    ['en', '../outside/logo.png', "cards/a.json: /logo (logo): the logo ../outside/logo.png lies outside the card's folder; put the image next to the card"],
    ['zh', '..\\outside\\logo.png', 'cards/a.json: /logo (标志图片): 标志图片 ..\\outside\\logo.png 位于卡片文件夹之外；请把图片放进卡片所在的文件夹'],
  ] as const)('refuses an outside path in %s with the same message whether the file exists or not: %s', async (lang, written, message) => {
    const existing = await workspace();
    const missing = await workspace();
    // Same path as written; in the second workspace the outside file is gone (its folder too).
    const missingCards = path.join(missing.root, 'elsewhere', 'cards');
    await mkdir(missingCards, { recursive: true });
    const whenExists = await rejectedCardError(loadLogo(written, existing.cards, 'cards/a.json'));
    const whenMissing = await rejectedCardError(loadLogo(written, missingCards, 'cards/a.json'));
    expect([whenExists.code, whenExists.format(lang)]).toEqual(['E_ASSET', message]);
    expect([whenMissing.code, whenMissing.format(lang)]).toEqual(['E_ASSET', message]);
  });

  it('refuses a symlink inside the folder that leads out of it, after resolving it', async () => {
    const { root, cards } = await workspace();
    await symlink(path.join(root, 'outside', 'logo.png'), path.join(cards, 'link.png'));
    const error = await rejectedCardError(loadLogo('link.png', cards, 'cards/a.json'));
    expect(error.format('zh')).toBe('cards/a.json: /logo (标志图片): 标志图片 link.png 位于卡片文件夹之外；请把图片放进卡片所在的文件夹');
    expect(error.format('en')).toBe("cards/a.json: /logo (logo): the logo link.png lies outside the card's folder; put the image next to the card");
  });

  it('says a missing file inside the folder is not found', async () => {
    const { cards } = await workspace();
    const error = await rejectedCardError(loadLogo('nope.png', cards, 'cards/a.json'));
    expect([error.format('zh'), error.format('en')]).toEqual(['cards/a.json: /logo (标志图片): 找不到标志图片 nope.png', 'cards/a.json: /logo (logo): logo file not found: nope.png']);
  });
});

describe('containedImagePath', () => {
  it('gives the real path inside the folder and nothing for paths or links that lead out', async () => {
    const { root, cards } = await workspace();
    await symlink(path.join(root, 'outside', 'logo.png'), path.join(cards, 'link.png'));
    expect(await containedImagePath('logo.png', cards)).toMatch(/logo\.png$/);
    expect(await containedImagePath('../outside/logo.png', cards)).toBeUndefined();
    expect(await containedImagePath('link.png', cards)).toBeUndefined();
    expect(await containedImagePath('/etc/hostname', cards)).toBeUndefined();
  });
});
