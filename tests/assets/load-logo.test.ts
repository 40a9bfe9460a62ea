/**
 * The image loader's containment: a path outside the card folder gets one and the same answer
 * whether or not the file exists (checked on the path as written, before the file system is
 * asked), and a symlink inside the folder that leads out is refused after resolving it.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { containedImagePath, loadLogo } from '../../src/assets/load-logo.js';
import { rejectedCardError } from '../helpers/errors.js';
import { logoJpegWithOrientation, logoPng } from '../helpers/logo.js';

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

/** The colour (`red` / `blue`) a loaded logo shows at a point, drawn as satori draws an <img>. */
function colourAt(logo: { dataUri: string; width: number; height: number }, x: number, y: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${logo.width}" height="${logo.height}"><image x="0" y="0" width="${logo.width}" height="${logo.height}" href="${logo.dataUri}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const index = (Math.floor(y) * image.width + Math.floor(x)) * 4;
  const [red = 0, , blue = 0] = image.pixels.subarray(index, index + 3);
  return red > 150 && blue < 100 ? 'red' : blue > 150 && red < 100 ? 'blue' : `rgb(${red},?,${blue})`;
}

describe('a logo too large (a print-shop original)', () => {
  it.each([
    [
      'too many pixels',
      () => logoPng(4100, 8),
      { logoBytes: 2048 * 1024, logoPixels: 4096 },
      'cards/a.json: /logo (标志图片): 标志图片尺寸 4100×8 不合适，应在 1–4096 像素之间（limits.logoPixels）；标志在卡片上只有几百像素宽，请把图片缩小到 1000 像素左右另存，或在 policy-card.config.json 的 limits.logoPixels 中提高上限',
      'cards/a.json: /logo (logo): the logo is 4100×8; each side must be 1–4096 pixels (limits.logoPixels); a card shows it a few hundred pixels wide, so save a copy about 1000 px wide, or raise limits.logoPixels in policy-card.config.json',
    ],
    [
      'too many bytes',
      () => logoPng(1200, 1200),
      { logoBytes: 1024, logoPixels: 4096 },
      'cards/a.json: /logo (标志图片): 标志图片应为不超过 1 KB 的文件（limits.logoKb），收到 12 KB；请把图片缩小到 1000 像素左右另存，或在 policy-card.config.json 的 limits.logoKb 中提高上限',
      'cards/a.json: /logo (logo): the logo must be a file of at most 1 KB (limits.logoKb), received 12 KB; save a copy about 1000 px wide, or raise limits.logoKb in policy-card.config.json',
    ],
  ])('says how to fix a logo with %s', async (_name, image, limits, zh, en) => {
    const { cards } = await workspace();
    await writeFile(path.join(cards, 'big.png'), image());
    const error = await rejectedCardError(loadLogo('big.png', cards, 'cards/a.json', undefined, limits));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual(['E_ASSET', zh, en]);
  });
});

describe('a JPEG logo with an EXIF orientation (a phone photo or a scan stored sideways)', () => {
  // The stored pixels are 16×32, blue on top; the tag says how to turn them for display.
  it.each([
    [1, 'MM', 16, 32, ['blue', 'red']],
    [3, 'II', 16, 32, ['red', 'blue']],
    [6, 'MM', 32, 16, ['red', 'blue']],
    [6, 'II', 32, 16, ['red', 'blue']],
    [8, 'MM', 32, 16, ['blue', 'red']],
  ] as const)('orientation %i (%s) is shown upright: %i×%i', async (orientation, byteOrder, width, height, [first, second]) => {
    const { cards } = await workspace();
    await writeFile(path.join(cards, 'logo.jpg'), logoJpegWithOrientation(orientation, byteOrder));
    const logo = await loadLogo('logo.jpg', cards);
    expect([logo.width, logo.height]).toEqual([width, height]);
    // Tall: top then bottom; wide: left then right.
    const points = width > height ? [[width * 0.25, height / 2], [width * 0.75, height / 2]] : [[width / 2, height * 0.25], [width / 2, height * 0.75]];
    expect(points.map(([x, y]) => colourAt(logo, x!, y!))).toEqual([first, second]);
  });

  it('says a turned JPEG that cannot be decoded is damaged, in its own words', async () => {
    const { cards } = await workspace();
    const jpeg = logoJpegWithOrientation(6);
    // Its Huffman table overwritten (a damaged copy): the size is still readable, the pixels are not.
    const table = jpeg.indexOf(Buffer.from([0xff, 0xc4]));
    jpeg.fill(0xee, table + 5, table + 20);
    await writeFile(path.join(cards, 'logo.jpg'), jpeg);
    const error = await rejectedCardError(loadLogo('logo.jpg', cards, 'cards/a.json'));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual([
      'E_ASSET',
      'cards/a.json: /logo (标志图片): 标志图片 logo.jpg 已损坏，无法解码；请重新导出为 PNG 或 JPEG',
      'cards/a.json: /logo (logo): the logo logo.jpg is damaged and cannot be decoded; export it again as PNG or JPEG',
    ]);
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
