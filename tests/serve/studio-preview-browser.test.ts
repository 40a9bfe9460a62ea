/// <reference lib="dom" />
/**
 * The editor's live preview in a real browser (Debian chromium via playwright-core): it shows
 * satori's SVG (downloads stay PNG), and a preview that was asked for earlier never replaces a
 * newer one, however late its answer comes. Correctness only; the timing is in
 * bench/studio-preview.mjs.
 */
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { copySampleCards } from '../helpers/studio.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

describe('the studio preview in a browser', () => {
  let studio: RunningStudio;
  let browser: Browser;

  beforeAll(async () => {
    const work = await copySampleCards('policy-card-preview-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 2, watch: false });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  async function openEditor(id: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL(`/cards/${id}/edit`, studio.url).href);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.preview-frame')?.dataset['state'] === 'ready', undefined, { timeout: 90_000 });
    return page;
  }

  const frame = (page: Page): Promise<{ requested: string | undefined; renders: string | undefined; state: string | undefined; src: string | undefined }> =>
    page.evaluate(() => {
      const pane = document.querySelector<HTMLElement>('.preview-frame')!;
      return { requested: pane.dataset['requested'], renders: pane.dataset['renders'], state: pane.dataset['state'], src: pane.querySelector('img')?.src };
    });

  it('shows the SVG the API lays out for the form, at the card size', async () => {
    const page = await openEditor('wengang-butie');
    const answer = page.waitForResponse((response) => response.url().includes('/api/render'));
    await page.fill('#f_title', '稳岗返还（预览测试）');
    const response = await answer;
    expect(new URL(response.url()).searchParams.get('format')).toBe('svg');
    expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
    await page.waitForFunction(() => {
      const pane = document.querySelector<HTMLElement>('.preview-frame')!;
      return pane.dataset['state'] === 'ready' && pane.dataset['renders'] === pane.dataset['requested'];
    });
    // The image shown is that answer: an SVG of the card's width, decoded, from a blob of the response.
    const shown = await page.$eval('.preview-frame img', (img) => {
      const image = img as HTMLImageElement;
      return { blob: image.src.startsWith('blob:'), complete: image.complete, naturalWidth: image.naturalWidth, width: image.getAttribute('width') };
    });
    expect(shown).toEqual({ blob: true, complete: true, naturalWidth: 1080, width: '1080' });
    expect(Number(response.headers()['x-card-height'])).toBeGreaterThan(2000);
    await page.close();
  }, 120_000);

  it('never lets a late answer for older text replace the preview of newer text', async () => {
    const page = await openEditor('rencai-anju');
    // Hold the answer to the first edit until the second edit's preview is on screen.
    let held: Route | undefined;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/render**', async (route) => {
      if (held) return route.continue();
      held = route;
      const response = await route.fetch().catch(() => undefined);
      await released;
      // The editor may have aborted this request already; then there is nothing to answer.
      if (response) await route.fulfill({ response }).catch(() => undefined);
    });
    await page.fill('#f_title', '第一次修改的标题');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.preview-frame')!.dataset['state'] === 'loading');
    await page.waitForTimeout(200);
    const first = await frame(page);
    await page.fill('#f_title', '第二次修改的标题');
    await page.waitForFunction(
      (older) => {
        const pane = document.querySelector<HTMLElement>('.preview-frame')!;
        return pane.dataset['state'] === 'ready' && Number(pane.dataset['renders']) > Number(older);
      },
      first.requested,
      { timeout: 60_000 },
    );
    const newest = await frame(page);
    expect(Number(newest.renders)).toBeGreaterThan(Number(first.requested));
    expect(held).toBeDefined();
    release();
    // Give the old answer every chance to arrive and be (wrongly) shown.
    await page.waitForTimeout(1500);
    expect(await frame(page)).toEqual(newest);
    await page.close();
  }, 120_000);
});
