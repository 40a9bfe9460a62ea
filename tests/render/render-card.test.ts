import { execFile } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { renderCard } from '../../src/render/render-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { loadCardFile } from '../../src/spec/load-cards.js';
import { CARDS_DIR, sampleCardFiles, validCard } from '../helpers/cards.js';
import { rejectedCardError } from '../helpers/errors.js';
import { decodePng, decodeQrAt, PNG_SIGNATURE } from '../helpers/png.js';

const card = validCard;

async function renderError(spec: CardSpec, options: Parameters<typeof renderCard>[1] = {}): Promise<CardError> {
  return rejectedCardError(renderCard(spec, options));
}

describe('renderCard on every sample card', () => {
  const files = sampleCardFiles();

  it('has at least eight samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s renders to a 1080-wide PNG whose QR codes decode to their URLs', async (_name, file) => {
    const loaded = await loadCardFile(file, CARDS_DIR);
    expect(loaded.errors.map((error) => error.format('en'))).toEqual([]);
    const rendered = await renderCard(loaded.card!, { baseDir: CARDS_DIR, file });
    const png = rendered.png!;
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([1080, rendered.height]);
    expect(rendered.height).toBeLessThanOrEqual(8000);
    expect(rendered.qr).toHaveLength(loaded.card!.qr.length);
    for (const qr of rendered.qr) {
      expect(qr.size).toBeGreaterThanOrEqual(250);
      expect(decodeQrAt(image, qr)).toBe(qr.url);
    }
    // A second, independent decoder on the whole card: zbar (Debian zbar-tools, installed by .ci/run).
    const pngFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-card-zbar-')), 'card.png');
    await writeFile(pngFile, png);
    const { stdout } = await promisify(execFile)('zbarimg', ['--quiet', '--raw', pngFile]);
    expect(stdout.trim().split('\n').sort()).toEqual(loaded.card!.qr.map((qr) => qr.url).sort());
  });
});

describe('renderCard refuses what it cannot print', () => {
  it('names a character missing from the fonts and its field', async () => {
    const error = await renderError(card({ title: '𠮷祥物产业补贴', conditions: ['正常', '含😀表情'] }), { file: 'cards/x.json' });
    expect(error.code).toBe('E_GLYPH_MISSING');
    expect(error.format('zh')).toMatch(/^cards\/x\.json: \/title \(政策名称\): 字体中没有这些字符，印出来会是空白方框：“𠮷”\(U\+20BB7\) \/title；“😀”\(U\+1F600\) \/conditions\/1。/);
  });

  it('prints text pasted from a web page with invisible characters in it (zero-width space, BOM, soft hyphen) as if they were not there', async () => {
    const pasted = card({ title: '稳岗\u200b补贴', issuer: '\ufeff人社局\u200d', conditions: ['不裁员\u00ad，上年度\u200c亏损\u200e'] });
    const plain = card({ title: '稳岗补贴', issuer: '人社局', conditions: ['不裁员，上年度亏损'] });
    const [withInvisibles, without] = await Promise.all([renderCard(pasted), renderCard(plain)]);
    expect(withInvisibles.svg).toBe(without.svg);
  });

  it('refuses a page that one item makes taller than the page height, naming limits.pageHeight', async () => {
    const error = await renderError(card({ conditions: ['企业应当依法经营'] }), { limits: { ...DEFAULT_LIMITS, pageHeight: 1000 } });
    expect(error.code).toBe('E_TOO_TALL');
    expect(error.text.zh).toMatch(/^内容太多：分页后仍有一页高 \d{4} 像素，超过每页上限 1000 像素（limits\.pageHeight）；最长的一项连同标题和二维码放不进一页，请精简这一项，完整内容放到二维码指向的页面$/);
    expect(error.text.en).toMatch(/^too much content: even split into pages, a page is \d{4} px tall, above the 1000 px page limit \(limits\.pageHeight\); the longest item does not fit one page/);
  });

  it.each([
    ['nonexistent', /^没有名为 "nonexistent" 的模板；可用模板：.*phone/],
    ['../etc', /^模板名 "\.\.\/etc" 无效：只能包含小写字母、数字、- 和 _$/],
  ])('refuses template %j', async (template, message) => {
    const error = await renderError(card(), { template });
    expect(error.code).toBe('E_TEMPLATE');
    expect(error.text.zh).toMatch(message);
  });

  it('refuses a URL too long for a QR code, with the byte count and the limit', async () => {
    const error = await renderError(card({ qr: { url: `https://a.cn/${'政'.repeat(450)}` } }), { errorCorrection: 'H' });
    expect(error.code).toBe('E_QR_CAPACITY');
    expect(error.text.en).toBe('the URL is 1363 bytes, more than a QR code holds (1273 bytes at error correction H); use a shorter URL');
  });
});

describe('logos', () => {
  async function folderWithLogo(): Promise<string> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-logo-'));
    // A real 2×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGNgYGD4z8DAwMAAAA0AAQ2hKqcAAAAASUVORK5CYII=', 'base64');
    await writeFile(path.join(folder, 'logo.png'), png);
    await writeFile(path.join(folder, 'fake.png'), 'not an image');
    await symlink('/etc/hostname', path.join(folder, 'escape.png'));
    return folder;
  }

  it('embeds a PNG next to the card', async () => {
    const folder = await folderWithLogo();
    const rendered = await renderCard(card({ logo: 'logo.png' }), { baseDir: folder });
    expect(rendered.svg).toContain('data:image/png;base64,iVBORw0KGgo');
  });

  it.each([
    ['../logo.png', 'the logo ../logo.png lies outside the card\'s folder; put the image next to the card'],
    ['/etc/passwd', 'the logo must be a path relative to the card\'s folder (e.g. "logo.png"), received "/etc/passwd"'],
    ['https://example.com/a.png', 'the logo must be a path relative to the card\'s folder (e.g. "logo.png"), received "https://example.com/a.png"'],
    ['escape.png', 'the logo escape.png lies outside the card\'s folder; put the image next to the card'],
    ['fake.png', 'the logo fake.png is not a PNG or JPEG image'],
    ['missing.png', 'logo file not found: missing.png'],
  ])('refuses logo %j', async (logo, message) => {
    const folder = await folderWithLogo();
    await writeFile(path.join(path.dirname(folder), 'logo.png'), 'x');
    const error = await renderError(card({ logo }), { baseDir: folder, file: 'cards/x.json' });
    expect(error.code).toBe('E_ASSET');
    expect(error.format('en')).toBe(`cards/x.json: /logo (logo): ${message}`);
  });
});
