/// <reference lib="dom" />
/**
 * The studio in a real browser (Debian chromium driven by playwright-core) against a temporary
 * copy of the sample cards: the gallery, the form editor with its live preview and messages,
 * saving, live reload, and screenshots at desktop and phone widths.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { readJson, ROOT, sampleCardFiles } from '../helpers/cards.js';
import { decodePng } from '../helpers/png.js';
import { copySampleCards } from '../helpers/studio.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const SAMPLE_IDS = sampleCardFiles().map((file) => path.basename(file, '.json'));

describe('the studio in a browser', () => {
  let work: string;
  let shots: string;
  let studio: RunningStudio;
  let browser: Browser;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-studio-');
    shots = await mkdtemp(path.join(os.tmpdir(), 'policy-card-studio-shots-'));
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 2 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  async function openPage(pathname: string, width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    (page as Page & { problems?: string[] }).problems = problems;
    await page.goto(new URL(pathname, studio.url).href);
    return page;
  }

  const pageErrors = (page: Page): string[] => (page as Page & { problems?: string[] }).problems ?? [];

  /** A fingerprint of the preview image's pixels, as the page shows them. */
  const previewPixels = (page: Page): Promise<string> =>
    page.evaluate(async () => {
      const img = document.querySelector<HTMLImageElement>('.preview-frame img')!;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let hash = 0;
      for (let index = 0; index < pixels.length; index += 4) hash = (hash * 31 + pixels[index]! + pixels[index + 1]! * 7 + pixels[index + 2]! * 13) >>> 0;
      return `${canvas.width}x${canvas.height}:${hash}`;
    });

  it('shows every sample card in the gallery, valid, with its thumbnail', async () => {
    const page = await openPage('/');
    await page.waitForFunction((count) => document.querySelectorAll('.thumb[data-state="ready"] img').length === count, SAMPLE_IDS.length, { timeout: 90_000 });
    const ids = await page.$$eval('.tile', (tiles) => tiles.map((tile) => (tile as HTMLElement).dataset['id']));
    expect(ids).toEqual(SAMPLE_IDS);
    const titles = await page.$$eval('.tile-title', (elements) => elements.map((element) => element.textContent));
    expect(titles).toEqual(SAMPLE_IDS.map((id) => readJson(path.join(work, 'cards', `${id}.json`))['title']));
    expect(await page.$$eval('.tile .status', (elements) => elements.map((element) => element.textContent))).toEqual(SAMPLE_IDS.map(() => '可生成'));
    expect(await page.$$eval('.thumb img', (images) => images.map((image) => (image as HTMLImageElement).naturalWidth))).toEqual(SAMPLE_IDS.map(() => 1080));
    expect(await page.textContent('.summary')).toBe('共 8 张卡片8 张可生成');
    // Filters narrow the gallery.
    await page.selectOption('#filter-category', '人才');
    expect(await page.$$eval('.tile', (tiles) => tiles.map((tile) => (tile as HTMLElement).dataset['id']))).toEqual(['rencai-anju']);
    await page.selectOption('#filter-category', '');
    await page.fill('#filter-text', '苏科规');
    expect(await page.$$eval('.tile', (tiles) => tiles.map((tile) => (tile as HTMLElement).dataset['id']))).toEqual(['gaoxin-qiye']);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('edits the title in the form, updates the preview, and saves the change into the JSON file', async () => {
    const file = path.join(work, 'cards', 'wengang-butie.json');
    const before = await readFile(file, 'utf8');
    const page = await openPage('/cards/wengang-butie/edit');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    const firstRender = await page.getAttribute('.preview-frame', 'data-renders');
    const firstImage = await previewPixels(page);
    await page.fill('#f_title', '稳岗返还（2026年新版）');
    await page.waitForFunction((count) => document.querySelector<HTMLElement>('.preview-frame')!.dataset['renders'] !== count && document.querySelector<HTMLElement>('.preview-frame')!.dataset['state'] === 'ready', firstRender, { timeout: 60_000 });
    expect(await previewPixels(page)).not.toBe(firstImage);
    expect(await page.textContent('.save-status')).toBe('有未保存的修改');
    await page.click('.save-button');
    await page.waitForSelector('.save-status[data-kind="ok"]', { timeout: 30_000 });
    expect(await page.textContent('.save-status')).toBe('已保存');
    expect(await readFile(file, 'utf8')).toBe(before.replace('"title": "稳岗补贴（失业保险稳岗返还）"', '"title": "稳岗返还（2026年新版）"'));
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows the validation message beside the field that is invalid', async () => {
    const page = await openPage('/cards/rencai-anju/edit');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    const tooLong = '人才安居'.repeat(31);
    await page.fill('#f_title', tooLong);
    await page.waitForSelector('[data-path="/title"].has-error .field-error p', { timeout: 30_000 });
    const spec = { ...readJson(path.join(work, 'cards', 'rencai-anju.json')), title: tooLong };
    const expected = validateCard(spec, { defaultId: 'rencai-anju' });
    expect(expected.ok).toBe(false);
    const text = expected.ok ? '' : expected.errors[0]!.text.zh;
    expect(await page.textContent('[data-path="/title"] .field-error')).toBe(text);
    expect(await page.textContent('.preview-problems .problems-title')).toBe('有 1 个问题需要修改，预览暂停在上一次成功的版本');
    // Emptying a condition puts its message beside that row.
    await page.fill('#f_title', '苏州市人才安居补贴');
    await page.fill('#f_conditions_0', '');
    await page.waitForSelector('[data-path="/conditions/0"].has-error .field-error p', { timeout: 30_000 });
    expect(await page.$$eval('[data-path="/conditions/0"] .field-error p', (lines) => lines.map((line) => line.textContent))).toEqual(['不能为空，请填写内容']);
    expect(await page.$$eval('[data-path="/title"] .field-error p', (lines) => lines.length)).toBe(0);
    await page.close();
  });

  it('adds, reorders and removes list rows', async () => {
    const page = await openPage('/cards/shoutaitao/edit');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    const conditions = (): Promise<string[]> => page.$$eval('[data-path="/conditions"] > .rows > .row textarea', (areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    const original = await conditions();
    await page.click('[data-path="/conditions"] > .add-button');
    await page.fill(`#f_conditions_${original.length}`, '新增的一条申报条件');
    await page.click(`[data-path="/conditions/${original.length}"] .row-tools button[data-move="-1"]`);
    expect(await conditions()).toEqual([...original.slice(0, -1), '新增的一条申报条件', original.at(-1)]);
    await page.click(`[data-path="/conditions/0"] .icon-danger`);
    expect(await conditions()).toEqual([...original.slice(1, -1), '新增的一条申报条件', original.at(-1)]);
    await page.close();
  });

  it('updates the open gallery within a second or two when a spec changes on disk', async () => {
    const page = await openPage('/');
    await page.waitForSelector('.tile[data-id="yanfa-jiakou"]', { timeout: 30_000 });
    await page.waitForSelector('body[data-live="true"]', { timeout: 30_000 });
    const file = path.join(work, 'cards', 'yanfa-jiakou.json');
    const started = Date.now();
    await writeFile(file, (await readFile(file, 'utf8')).replace('"title": "', '"title": "【更新】'));
    await page.waitForFunction(() => document.querySelector('.tile[data-id="yanfa-jiakou"] .tile-title')?.textContent?.startsWith('【更新】'), null, { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(2000);
    await page.close();
  });

  it('starts a new card from a sample and saves it as a new file', async () => {
    const page = await openPage('/new?from=waimao-xinbao');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    expect(await page.inputValue('#f_id')).toBe('waimao-xinbao-2');
    await page.fill('#f_id', 'waimao-2027');
    await page.fill('#f_title', '外贸企业出口信用保险保费补贴（2027年）');
    await page.click('.save-button');
    await page.waitForURL('**/cards/waimao-2027/edit', { timeout: 30_000 });
    const saved = readJson(path.join(work, 'cards', 'waimao-2027.json'));
    expect(saved).toEqual({ id: 'waimao-2027', ...readJson(path.join(work, 'cards', 'waimao-xinbao.json')), title: '外贸企业出口信用保险保费补贴（2027年）' });
    await page.close();
  });

  it('takes screenshots of the gallery and the editor at desktop and phone widths', async () => {
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      const gallery = await openPage('/', width, height);
      await gallery.waitForFunction(() => document.querySelectorAll('.thumb[data-state="ready"] img').length >= 2, null, { timeout: 90_000 });
      await gallery.evaluate(() => document.fonts.ready.then(() => undefined));
      const galleryShot = path.join(shots, `gallery-${width}.png`);
      await gallery.screenshot({ path: galleryShot });
      await gallery.close();
      const editor = await openPage('/cards/gaoxin-qiye/edit', width, height);
      await editor.waitForSelector('.preview-frame[data-state="ready"]', { state: 'attached', timeout: 90_000 });
      await editor.evaluate(() => document.fonts.ready.then(() => undefined));
      const editorShot = path.join(shots, `editor-${width}.png`);
      await editor.screenshot({ path: editorShot });
      await editor.close();
      for (const shot of [galleryShot, editorShot]) {
        const png = decodePng(await readFile(shot));
        expect([png.width, png.height]).toEqual([width, height]);
        expect((await stat(shot)).size).toBeGreaterThan(20_000);
      }
    }
  });

  it('shows both sides of an a5 card with a back side in the card view, and its page count', async () => {
    const spec = { ...readJson(path.join(ROOT, 'tests', 'fixtures', 'wujiang-zhigai.json')), template: 'a5' } as { title: string; template: string };
    await writeFile(path.join(work, 'cards', 'wujiang-zhigai.json'), JSON.stringify(spec, null, 2));
    // The catalogue picks the new file up from disk.
    for (let tries = 0; (await fetch(new URL('/api/cards/wujiang-zhigai', studio.url))).status !== 200; tries++) {
      if (tries > 100) throw new Error('the new card never reached the catalogue');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const page = await openPage('/cards/wujiang-zhigai');
    await page.waitForSelector('.stage[data-state="ready"]', { timeout: 90_000 });
    const images = await page.$$eval('.stage img.full-card', (shown) => shown.map((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight, (img as HTMLImageElement).alt]));
    expect(images).toEqual([
      [1748, 2480, `${spec.title} 1/2`],
      [1748, 2480, `${spec.title} 2/2`],
    ]);
    expect(await page.textContent('.stage-meta')).toMatch(/^1748 × 2480 像素 · 共 2 页 · /);
    await page.screenshot({ path: path.join(shots, 'card-view-two-sides.png'), fullPage: true });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
