/**
 * QR options: error correction, colours (refused when scanners would miss them), a centre logo
 * that keeps the code readable, and defaults from the config with per-card overrides.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { thrownCardError } from '../helpers/errors.js';
import { validateCards } from '../../src/batch/validate-cards.js';
import { resolveSettings } from '../../src/cli/resolve-settings.js';
import { CardError } from '../../src/errors.js';
import { logoPad, LOGO_MAX_AREA } from '../../src/qr/logo-pad.js';
import { LOGO_MAX_VERSION, makeQr, type QrImage } from '../../src/qr/make-qr.js';
import { withDefaultCaptions } from '../../src/qr/qr-style.js';
import { renderCard } from '../../src/render/render-card.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { minimalSpec, validCard } from '../helpers/cards.js';
import { logoPng } from '../helpers/logo.js';
import { decodePng, decodeQrAt } from '../helpers/png.js';

const LOGO = { dataUri: `data:image/png;base64,${logoPng().toString('base64')}`, width: 120, height: 80 };

const card = validCard;

function svgOf(qr: QrImage): string {
  return Buffer.from(qr.dataUri.slice(qr.dataUri.indexOf(',') + 1), 'base64').toString('utf8');
}

/** The code rasterised on its own, decoded by jsQR and by zbar. */
async function decodeBoth(qr: QrImage): Promise<{ jsqr: string | undefined; zbar: string }> {
  const png = new Resvg(svgOf(qr)).render().asPng();
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-')), 'qr.png');
  await writeFile(file, png);
  const { stdout } = await promisify(execFile)('zbarimg', ['--quiet', '--raw', file]).catch(() => ({ stdout: '' }));
  return { jsqr: decodeQrAt(decodePng(png), { x: 0, y: 0, size: qr.size }), zbar: stdout.trim() };
}


const URLS = [
  'https://a.cn/x',
  'https://example.gov.cn/policies/p/zhigai-shuzhuan/?src=card',
  'https://gxj.suzhou.gov.cn/szeic/zcwj/2026/zgsz.html',
  `https://example.gov.cn/policies/p/${'x'.repeat(150)}/`,
  `https://example.gov.cn/policies/p/${'y'.repeat(300)}/`,
];

describe('makeQr error correction', () => {
  it.each(['L', 'M', 'Q', 'H'] as const)('encodes at level %s when asked', (level) => {
    expect(makeQr(URLS[1]!, { maxSize: 330, errorCorrection: level }).errorCorrection).toBe(level);
  });

  it('defaults to M', () => {
    expect(makeQr(URLS[1]!, { maxSize: 330 }).errorCorrection).toBe('M');
  });
});

describe('makeQr colours', () => {
  it('draws the dark and light colours given and still scans', async () => {
    const qr = makeQr(URLS[1]!, { maxSize: 330, dark: '#0f3a75', light: '#fffbe6' });
    expect(svgOf(qr)).toContain('<rect width="41" height="41" fill="#fffbe6"/><path fill="#0f3a75" d="M4 4h7');
    expect(await decodeBoth(qr)).toEqual({ jsqr: URLS[1], zbar: URLS[1] });
  });

  it.each([
    [
      '#ffffff',
      '#000000',
      'the QR colours are inverted: dark #ffffff is not darker than light #000000 (many scanner apps miss light-on-dark codes); use a dark colour for dark and a light one for light',
    ],
    [
      '#999999',
      '#ffffff',
      'the QR colours #999999 on #ffffff have a contrast of only 2.85:1, at least 4:1 is needed to scan under glare or on a weak print; darken dark or lighten light (#000000 on #ffffff is 21:1)',
    ],
    [
      '#1a56a8',
      '#5b8fd6',
      'the QR colours #1a56a8 on #5b8fd6 have a contrast of only 2.16:1, at least 4:1 is needed to scan under glare or on a weak print; darken dark or lighten light (#000000 on #ffffff is 21:1)',
    ],
    [
      '#808080',
      '#ffffff',
      'the QR colours #808080 on #ffffff have a contrast of only 3.95:1, at least 4:1 is needed to scan under glare or on a weak print; darken dark or lighten light (#000000 on #ffffff is 21:1)',
    ],
    [
      '#eeeeee',
      '#eeeeee',
      'the QR colours are inverted: dark #eeeeee is not darker than light #eeeeee (many scanner apps miss light-on-dark codes); use a dark colour for dark and a light one for light',
    ],
  ])('refuses dark %s on light %s', (dark, light, message) => {
    const error = thrownCardError(() => makeQr(URLS[1]!, { maxSize: 330, dark, light, colorContext: { path: '/qr/0/dark' } }, { file: 'cards/a.json' }));
    expect(error.code).toBe('E_QR_CONTRAST');
    expect(error.text.en).toBe(message);
    expect(error.file).toBe('cards/a.json');
    expect(error.path).toBe('/qr/0/dark');
  });

  it('says the same in Chinese', () => {
    expect(thrownCardError(() => makeQr(URLS[1]!, { maxSize: 330, dark: '#999999' })).text.zh).toBe(
      '二维码深色 #999999 与浅色 #ffffff 的对比度只有 2.85:1，至少需要 4:1，否则反光或印刷偏色时扫不出来；请加深 dark 或调浅 light（黑 #000000 配白 #ffffff 为 21:1）',
    );
  });

  it('accepts a grey just above 4:1 (4.29:1)', () => {
    expect(svgOf(makeQr(URLS[1]!, { maxSize: 330, dark: '#7a7a7a' }))).toContain('<path fill="#7a7a7a"');
  });
});

describe('makeQr centre logo', () => {
  it('forces level H, whatever level was asked', () => {
    expect(makeQr(URLS[1]!, { maxSize: 330, errorCorrection: 'L', logo: LOGO }).errorCorrection).toBe('H');
  });

  it('embeds the logo as a data URI on a white pad inside the SVG', () => {
    const svg = svgOf(makeQr(URLS[1]!, { maxSize: 330, logo: LOGO, dark: '#0f3a75' }));
    expect(svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="\d+" height="\d+" fill="#ffffff"\/><image x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" href="data:image\/png;base64,iVBORw0KGgo/);
    expect(svg).not.toMatch(/href="(?!data:)/);
  });

  it.each(URLS)('keeps %s readable by jsQR and zbar', async (url) => {
    const qr = makeQr(url, { maxSize: 330, logo: LOGO, dark: '#0f3a75' });
    expect(await decodeBoth(qr)).toEqual({ jsqr: url, zbar: url });
  });

  it.each(Array.from({ length: LOGO_MAX_VERSION }, (_, index) => index + 1))('covers at most a fifth of a version %i code', (version) => {
    const qr = QRCode.create('a', { errorCorrectionLevel: 'H', version });
    const { side } = logoPad(qr);
    expect((side / qr.modules.size) ** 2).toBeLessThanOrEqual(LOGO_MAX_AREA);
    expect(side).toBeGreaterThanOrEqual(3);
  });

  it('refuses a URL too long to carry a logo, saying why', () => {
    const error = thrownCardError(() => makeQr(`https://a.cn/${'x'.repeat(600)}`, { maxSize: 330, logo: LOGO }, { file: 'cards/a.json', path: '/qr/0/url' }));
    expect(error.code).toBe('E_QR_CAPACITY');
    expect(error.text.en).toBe(
      'the URL is 613 bytes, too long for a centre logo (at most about 535 bytes with a logo, or the modules get so dense that the covered code no longer scans); use a shorter URL or drop the QR logo',
    );
  });
});

describe('QR options on a card', () => {
  async function folderWithLogo(): Promise<string> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-logo-'));
    await writeFile(path.join(folder, 'logo.png'), logoPng());
    return folder;
  }

  it('renders a card whose QR entry has a logo and colours, and the code on the card scans', async () => {
    const folder = await folderWithLogo();
    const url = 'https://example.gov.cn/policies/p/test/?src=card';
    const rendered = await renderCard(card({ qr: { url, logo: 'logo.png', dark: '#0f3a75', errorCorrection: 'Q' } }), { baseDir: folder });
    expect(rendered.qr).toHaveLength(1);
    expect(decodeQrAt(decodePng(rendered.png!), rendered.qr[0]!)).toBe(url);
  });

  it('refuses a QR logo outside the card folder, naming the QR entry', async () => {
    // ../logo.png exists (the test made it): the answer must not depend on that.
    const folder = path.join(await folderWithLogo(), 'cards');
    await mkdir(folder);
    const error = await renderCard(card({ qr: { url: 'https://a.cn/x', logo: '../logo.png' } }), { baseDir: folder, file: 'cards/a.json' }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CardError);
    expect((error as CardError).format('en')).toBe("cards/a.json: /qr/0/logo (QR code item 1 logo): the logo ../logo.png lies outside the card's folder; put the image next to the card");
  });

  it('refuses low-contrast colours from the card, naming the field', async () => {
    await expect(renderCard(card({ qr: { url: 'https://a.cn/x', light: '#666666' } }), { file: 'cards/a.json' })).rejects.toThrow(
      /^cards\/a\.json: \/qr\/0\/light \(二维码 第1项 浅色\): 二维码深色 #000000 与浅色 #666666 的对比度只有 3\.66:1，至少需要 4:1/,
    );
    const error = await renderCard(card({ qr: { url: 'https://a.cn/x', dark: '#aaaaaa', light: '#ffffff' } }), { file: 'cards/a.json' }).catch((caught: unknown) => caught);
    expect((error as CardError).code).toBe('E_QR_CONTRAST');
    expect((error as CardError).format('en')).toBe(
      'cards/a.json: /qr/0/dark (QR code item 1 dark colour): the QR colours #aaaaaa on #ffffff have a contrast of only 2.32:1, at least 4:1 is needed to scan under glare or on a weak print; darken dark or lighten light (#000000 on #ffffff is 21:1)',
    );
  });

  it('is checked by validate too', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-validate-'));
    await writeFile(path.join(folder, 'pale.json'), JSON.stringify({ ...minimalSpec(), qr: { url: 'https://a.cn/x', dark: '#bbbbbb' } }));
    const report = await validateCards({ paths: [folder] });
    expect(report.cards.map((entry) => entry.errors.map((error) => [error.code, error.path]))).toEqual([[['E_QR_CONTRAST', '/qr/0/dark']]]);
  });

  it.each([
    [{ errorCorrection: 'X' }, '/qr/errorCorrection (QR code error correction): must be one of "L" / "M" / "Q" / "H", received text "X" (1 characters)'],
    [{ dark: 'navy' }, '/qr/dark (QR code dark colour): a colour must be #rrggbb (e.g. #1a56a8), received text "navy" (4 characters)'],
  ])('validates the new fields %j', (entry, message) => {
    const result = validateCard({ ...minimalSpec(), qr: { url: 'https://a.cn/x', ...entry } }, { defaultId: 'x' });
    expect(result.ok ? [] : result.errors.map((error) => error.format('en'))).toEqual([message]);
  });

  it('keeps the look of the code when --qr-target site replaces where it leads', () => {
    const result = validateCard(
      { ...minimalSpec(), qr: { url: 'https://a.cn/x', caption: '扫码看原文', purpose: '原文', logo: 'logo.png', dark: '#0f3a75' } },
      { defaultId: 'x', site: { baseUrl: 'https://example.gov.cn/policies', qrTarget: 'site' } },
    );
    expect(result.ok && result.card.qr).toEqual([{ logo: 'logo.png', dark: '#0f3a75', url: 'https://example.gov.cn/policies/p/x/', purpose: '其他' }]);
  });
});

describe('QR defaults from policy-card.config.json', () => {
  async function folderWith(config: unknown): Promise<string> {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-config-'));
    await writeFile(path.join(folder, 'policy-card.config.json'), JSON.stringify(config));
    return folder;
  }

  it('become the batch defaults, the logo relative to the config file', async () => {
    const folder = await folderWith({ qr: { errorCorrection: 'Q', dark: '#0f3a75', light: '#fffdf5', logo: 'brand/logo.png', caption: { 原文: '扫码看原文' } } });
    const settings = await resolveSettings([], {}, folder);
    expect(settings.errorCorrection).toBe('Q');
    expect(settings.qr).toEqual({ dark: '#0f3a75', light: '#fffdf5', logo: { path: 'brand/logo.png', baseDir: folder }, caption: { 原文: '扫码看原文' } });
  });

  it('refuses colours that do not scan when the config is read', async () => {
    const folder = await folderWith({ qr: { dark: '#ffffff', light: '#003366' } });
    await expect(resolveSettings([], {}, folder)).rejects.toThrow(
      'policy-card.config.json: /qr (二维码): 二维码颜色反了：深色 dark #ffffff 不比浅色 light #003366 暗（浅色码印在深色底上，很多扫码软件识别不了）；请让 dark 用深色、light 用浅色',
    );
  });

  it('give a caption to codes that have none, by purpose or for all', () => {
    const spec = card({ qr: [{ url: 'https://a.cn/1', purpose: '原文' }, { url: 'https://a.cn/2', purpose: '申报入口', caption: '自己的说明' }] });
    expect(withDefaultCaptions(spec, { 原文: '扫码看原文' }).qr.map((entry) => entry.caption)).toEqual(['扫码看原文', '自己的说明']);
    expect(withDefaultCaptions(spec, '扫码了解').qr.map((entry) => entry.caption)).toEqual(['扫码了解', '自己的说明']);
  });

  it('apply to the card, and the card entry wins over them', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-defaults-'));
    await writeFile(path.join(folder, 'logo.png'), logoPng());
    const url = 'https://example.gov.cn/policies/p/test/';
    const withLogo = await renderCard(card({ qr: { url } }), { qr: { logo: { path: 'logo.png', baseDir: folder }, dark: '#0f3a75' } });
    const embedded = [...withLogo.svg.matchAll(/href="data:image\/svg\+xml;base64,([^"]+)"/g)].map((match) => Buffer.from(match[1]!, 'base64').toString('utf8'));
    expect(embedded.filter((svg) => svg.includes('<path fill="#0f3a75"') && svg.includes('href="data:image/png;base64,'))).toHaveLength(1);
    expect(decodeQrAt(decodePng(withLogo.png!), withLogo.qr[0]!)).toBe(url);
    await expect(renderCard(card({ qr: { url, dark: '#cccccc' } }), { qr: { dark: '#000000' } })).rejects.toThrow(/\/qr\/0\/dark/);
  });
});
