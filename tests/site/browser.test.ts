/**
 * The generated site in a real browser: headless Chromium (Debian package `chromium`, installed
 * by .ci/run) driven by playwright-core. Pages are opened from file:// and from a static server
 * on 127.0.0.1, as an office would preview and then host them.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSite } from '../../src/site/write-site.js';
import { CARDS_DIR, minimalSpec, readJson, sampleCardFiles } from '../helpers/cards.js';
import { decodePng } from '../helpers/png.js';

// The callbacks given to page.evaluate run in the browser; the tests compile without the DOM library.
declare const document: any;
declare function getComputedStyle(element: unknown): any;
type ImageElement = { complete: boolean; naturalWidth: number };

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** A fixed "today" for the open/closed filter: 2026-04-20. */
const TODAY = new Date('2026-04-20T09:00:00');

interface OpenedPage {
  page: Page;
  /** Console errors and warnings, page errors, CSP violations, requests that left the site. */
  problems: string[];
}

let browser: Browser;
let out: string;
let hostileOut: string;
const pages: Page[] = [];

async function open(url: string, viewport = { width: 390, height: 844 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  pages.push(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const target = request.url();
    if (!/^(file:|data:|http:\/\/127\.0\.0\.1[:/])/.test(target)) problems.push(`request left the site: ${target}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event: { violatedDirective: string; blockedURI: string }) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.clock.setFixedTime(TODAY);
  await page.goto(url);
  return { page, problems };
}

function fileUrl(...parts: string[]): string {
  return pathToFileURL(path.join(out, ...parts)).href;
}

async function visiblePolicies(page: Page): Promise<string[]> {
  return page.locator('.policy:visible h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[1]!));
}

const samples = sampleCardFiles().map((file) => ({ id: path.basename(file, '.json'), spec: readJson(file) }));
const allIds = samples.map((sample) => sample.id).sort();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-browser-'));
  out = path.join(work, 'site');
  hostileOut = path.join(work, 'hostile-site');
  await mkdir(path.join(work, 'hostile'));
  await writeFile(
    path.join(work, 'hostile', 'xss.json'),
    JSON.stringify({ ...minimalSpec(), title: '<script>alert(1)</script>补贴', conditions: ['"><img src=x onerror=alert(1)>'] }),
  );
  const site = { baseUrl: 'https://example.gov.cn/policies', utm: 'src=card', qrTarget: 'site' as const };
  const [report] = await Promise.all([
    writeSite({ paths: [CARDS_DIR], out, site }),
    writeSite({ paths: [path.join(work, 'hostile')], out: hostileOut, site }),
  ]);
  expect(report.failed).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await Promise.all(pages.map((page) => page.close()));
  await browser?.close();
});

describe('the index filter, from file://', () => {
  it('runs under the CSP and shows every policy at first', async () => {
    const { page, problems } = await open(fileUrl('index.html'));
    expect(await page.locator('#filter').isVisible()).toBe(true);
    expect((await visiblePolicies(page)).sort()).toEqual(allIds);
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 ${allIds.length} 条，共 ${allIds.length} 条`);
    expect(problems).toEqual([]);
  });

  it('shows only the matching policies as a word is typed', async () => {
    const { page, problems } = await open(fileUrl('index.html'));
    await page.locator('#filter-text').pressSequentially('安居');
    expect(await visiblePolicies(page)).toEqual(['rencai-anju']);
    expect(await page.locator('.category-group:visible h2').evaluateAll((nodes) => nodes.map((node) => node.firstChild!.textContent!.trim()))).toEqual(['人才']);
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 1 条，共 ${allIds.length} 条`);
    expect(problems).toEqual([]);
  });

  it('searches title, issuer, document number, category, summary, headline and parties', async () => {
    const { page } = await open(fileUrl('index.html'));
    await page.locator('#filter-text').fill('补贴');
    const fields = (spec: Record<string, unknown>): string =>
      [spec['title'], spec['issuer'], spec['docNo'], spec['category'], spec['summary'], (spec['reward'] as { headline?: string }).headline, ...(spec['parties'] as string[])].join(' ');
    const expected = samples.filter((sample) => fields(sample.spec).includes('补贴')).map((sample) => sample.id).sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(allIds.length);
    expect((await visiblePolicies(page)).sort()).toEqual(expected);
  });

  it('filters by category, and by open/closed against today in the browser', async () => {
    const { page } = await open(fileUrl('index.html'));
    await page.selectOption('#filter-category', '智改数转');
    expect(await visiblePolicies(page)).toEqual(['zhigai-shuzhuan']);
    await page.selectOption('#filter-category', '');
    await page.selectOption('#filter-status', 'closed');
    const closed = samples.filter((sample) => ((sample.spec['period'] as { end?: string } | undefined)?.end ?? '9999') < '2026-04-20').map((sample) => sample.id);
    expect(closed).toEqual(['gaoxin-qiye']);
    expect(await visiblePolicies(page)).toEqual(closed);
    expect(await page.locator('.policy:visible .status').allTextContents()).toEqual(['已截止']);
    await page.selectOption('#filter-status', 'open');
    expect((await visiblePolicies(page)).sort()).toEqual(allIds.filter((id) => !closed.includes(id)));
    expect(await page.locator('.policy:visible .status').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.textContent))])).toEqual(['申报中']);
  });

  it('says so when nothing matches', async () => {
    const { page } = await open(fileUrl('index.html'));
    await page.locator('#filter-text').fill('没有这个词');
    expect(await visiblePolicies(page)).toEqual([]);
    expect(await page.locator('#filter-empty').isVisible()).toBe(true);
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 0 条，共 ${allIds.length} 条`);
  });

  it('takes the category from the address, so other pages can link a filtered list', async () => {
    const { page } = await open(`${fileUrl('index.html')}?category=${encodeURIComponent('人才')}`);
    expect(await visiblePolicies(page)).toEqual(['rencai-anju']);
  });
});

describe('a detail page on a phone', () => {
  it('screenshots at 390 px wide without sideways scrolling', async () => {
    const { page, problems } = await open(fileUrl('p', 'zhigai-shuzhuan', 'index.html'));
    const [scrollWidth, scrollHeight] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect(scrollWidth).toBe(390);
    const shot = decodePng(await page.screenshot({ fullPage: true }));
    expect([shot.width, shot.height]).toEqual([390, scrollHeight]);
    expect(shot.height).toBeGreaterThan(2500);
    expect(shot.height).toBeLessThan(8000);
    expect(problems).toEqual([]);
  });

  it.each([
    ['rencai-anju', 390],
    ['gaoxin-qiye', 390],
    ['rencai-anju', 1280],
  ])('%s at %i px: no amount in the tier table or headline breaks inside (200万元 stays whole)', async (id, width) => {
    const { page, problems } = await open(fileUrl('p', id, 'index.html'), { width, height: 900 });
    const runs: Array<[string, number]> = await page.locator('table .nb, .headline .nb').evaluateAll((spans) => spans.map((span: any) => [span.textContent, span.getClientRects().length]));
    expect(runs.length).toBeGreaterThan(3);
    expect(runs.filter(([, lines]) => lines !== 1)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    const shot = decodePng(await page.locator('section[aria-labelledby=reward]').screenshot());
    expect(shot.width).toBeLessThanOrEqual(width);
    expect(problems).toEqual([]);
  });

  it('loads the card image under the CSP and offers it for download', async () => {
    const { page, problems } = await open(fileUrl('p', 'zhigai-shuzhuan', 'index.html'));
    const image = page.locator('.card-image img');
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.card-image img') as ImageElement).complete);
    expect(await image.evaluate((node) => (node as unknown as ImageElement).naturalWidth)).toBe(1080);
    expect(await page.locator('.card-image a[download]').getAttribute('download')).toBe('zhigai-shuzhuan.png');
    expect(await page.locator('.status').first().textContent()).toBe('申报中');
    expect(problems).toEqual([]);
  });

  it('reflows at 320 px in large type (as at 200–400% zoom), index and page', async () => {
    for (const url of [`${fileUrl('p', 'rencai-anju', 'index.html')}?large=1`, `${fileUrl('index.html')}?large=1`]) {
      const { page, problems } = await open(url, { width: 320, height: 640 });
      expect(await page.evaluate(() => [document.documentElement.className, getComputedStyle(document.body).fontSize, document.documentElement.scrollWidth])).toEqual([
        'large',
        '21.25px',
        320,
      ]);
      expect(problems).toEqual([]);
    }
  });

  it('switches to large type with the button and remembers it', async () => {
    const { page } = await open(fileUrl('p', 'wengang-butie', 'index.html'));
    const toggle = page.locator('#large-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect([await toggle.getAttribute('aria-pressed'), await page.evaluate(() => document.documentElement.className)]).toEqual(['true', 'large']);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary'))).toBe('#00307a');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.className)).toBe('large');
  });

  it('prints a clean A4 page: no bar, buttons or card image', async () => {
    const { page } = await open(fileUrl('p', 'rencai-anju', 'index.html'));
    expect(await page.locator('#print-page').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => ['.bar', '.card-image', '#print-page'].map((selector) => getComputedStyle(document.querySelector(selector)!).display))).toEqual([
      'none',
      'none',
      'none',
    ]);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)?.slice(1).map((value) => Math.round(Number(value)))).toEqual([595, 842]);
  });
});

describe('served over http from 127.0.0.1', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const target = path.join(out, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!target.startsWith(out)) return void response.writeHead(403).end();
      stat(target).then(
        () => {
          response.writeHead(200, { 'Content-Type': target.endsWith('.png') ? 'image/png' : target.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' });
          createReadStream(target).pipe(response);
        },
        // As a host configured with the site's 404.html for what it does not have (nginx error_page 404 /404.html).
        () =>
          readFile(path.join(out, '404.html')).then(
            (page) => response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page),
            () => response.writeHead(404).end(),
          ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('opens the page the QR code names, with its image, and nothing else is fetched', async () => {
    const { page, problems } = await open(`${origin}/p/shoutaitao/?src=card`);
    expect(await page.locator('h1').textContent()).toBe(readJson(path.join(CARDS_DIR, 'shoutaitao.json'))['title']);
    await page.locator('.card-image img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.card-image img') as ImageElement).complete);
    expect(await page.locator('.card-image img').evaluate((node) => (node as unknown as ImageElement).naturalWidth)).toBe(1080);
    await page.locator('a', { hasText: '← 全部政策' }).click();
    await page.locator('#filter-text').fill('首台');
    expect(await visiblePolicies(page)).toEqual(['shoutaitao']);
    expect(problems).toEqual([]);
  });

  // A QR code on a card printed last year, for a policy since taken down: the phone gets the site's page, not the server's.
  it('answers an address it does not have with its own 404 page, readable on a phone, that leads to every policy', async () => {
    const { page, problems } = await open(`${origin}/p/removed-policy/?src=card`, { width: 375, height: 700 });
    expect(await page.locator('h1').textContent()).toBe('没有找到这个页面');
    expect(await page.locator('main a', { hasText: '查看全部政策' }).getAttribute('href')).toBe('https://example.gov.cn/policies/');
    const [scrollWidth, smallest] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      Math.min(...[...document.querySelectorAll('main *')].map((node: unknown) => parseFloat(getComputedStyle(node).fontSize))),
    ]);
    expect([scrollWidth, smallest >= 16]).toEqual([375, true]);
    // The browser's own note of the status; nothing else: no CSP violation, no request elsewhere.
    expect(problems).toEqual(['console error: Failed to load resource: the server responded with a status of 404 (Not Found)']);
  });
});

describe('hostile text in the browser', () => {
  it('runs nothing from the card and shows its text', async () => {
    const { page, problems } = await open(pathToFileURL(path.join(hostileOut, 'p', 'xss', 'index.html')).href);
    expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script>补贴');
    expect(await page.locator('#conditions + ol li').allTextContents()).toEqual(['"><img src=x onerror=alert(1)>']);
    expect(await page.evaluate(() => [document.scripts.length, document.images.length])).toEqual([1, 1]);
    expect(problems).toEqual([]);
    const index = await open(pathToFileURL(path.join(hostileOut, 'index.html')).href);
    await index.page.locator('#filter-text').fill('<script>');
    expect(await visiblePolicies(index.page)).toEqual(['xss']);
    expect(index.problems).toEqual([]);
  });
});
