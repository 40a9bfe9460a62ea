/// <reference lib="dom" />
/**
 * The studio's first five minutes in a real browser (Debian chromium via playwright-core), from
 * an empty card folder: 新建卡片 offers the bundled samples and a blank card, a blank card lists
 * what to fill in first instead of errors, the id follows the title as typed, the card saves under
 * that id, and no message shows a literal null, a raw error code or a JSON type name.
 */
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { readSampleSpecs } from '../../src/init/init-catalogue.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

describe('the studio from an empty folder', () => {
  let work: string;
  let studio: RunningStudio;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-studio-empty-'));
    await mkdir(path.join(work, 'cards'));
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 1 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  async function openPage(pathname: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(new URL(pathname, studio.url).href);
    return page;
  }

  /** Every text the editor shows: form, problem box and preview pane. */
  const shownText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

  function expectNoRawText(text: string): void {
    expect(text).not.toMatch(/\bnull\b|\bundefined\b|E_[A-Z_]+|\[\.\.\.\]|\{\.\.\.\}/);
  }

  it('offers a blank card and every bundled sample under 新建卡片, starting from the first sample', async () => {
    const page = await openPage('/new');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    const samples = [...(await readSampleSpecs()).entries()];
    expect(await page.$$eval('#sample-select option', (options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]))).toEqual([
      ['blank', '空白卡片'],
      ...samples.map(([name, spec]) => [`sample:${name.replace(/\.json$/, '')}`, spec['title']]),
    ]);
    expect(await page.$eval('#sample-select optgroup', (group) => group.getAttribute('label'))).toBe('内置示例（虚构内容）');
    expect(await page.inputValue('#f_id')).toBe('shili-rencai-zufang');
    expect(await page.isHidden('.preview-problems')).toBe(true);
    expectNoRawText(await shownText(page));
    await page.close();
  });

  it('lists what a blank card needs first, marks no field red, and never shows null', async () => {
    const page = await openPage('/new?from=blank');
    await page.waitForSelector('.todo-list li', { timeout: 90_000 });
    expect(await page.textContent('.preview-problems .todo-title')).toBe('先填写这 6 项，预览就会出现：');
    expect(await page.$$eval('.todo-list li', (items) => items.map((item) => item.textContent))).toEqual(['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准']);
    expect(await page.$$eval('.has-error', (fields) => fields.length)).toBe(0);
    expect(await page.$$eval('.error-list', (lists) => lists.length)).toBe(0);
    expect(await page.inputValue('#f_id')).toBe('new-card');
    expectNoRawText(await shownText(page));
    // A to-do item takes the user to its field.
    await page.click('.todo-list li:nth-child(2) button');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f_issuer');
    await page.close();
  });

  it('makes the id from the title as it is typed, until the id is typed by hand', async () => {
    const page = await openPage('/new?from=sample:shili-wengang-fanhuan');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    expect(await page.inputValue('#f_id')).toBe('shili-wengang-fanhuan');
    await page.fill('#f_title', '');
    await page.locator('#f_title').pressSequentially('稳岗返还2026');
    await page.waitForFunction(() => (document.getElementById('f_id') as HTMLInputElement).value === 'wen-gang-fan-huan-2026', null, { timeout: 10_000 });
    await page.click('.save-button');
    await page.waitForURL('**/cards/wen-gang-fan-huan-2026/edit', { timeout: 30_000 });
    const saved = JSON.parse(await readFile(path.join(work, 'cards', 'wen-gang-fan-huan-2026.json'), 'utf8')) as Record<string, unknown>;
    expect([saved['id'], saved['title'], saved['category']]).toEqual(['wen-gang-fan-huan-2026', '稳岗返还2026', '示例']);

    // The same title again: the id is free no more, so it gets -2; typed by hand, it stays.
    const again = await openPage('/new?from=blank');
    await again.waitForSelector('.todo-list li', { timeout: 90_000 });
    await again.locator('#f_title').pressSequentially('稳岗返还2026');
    await again.waitForFunction(() => (document.getElementById('f_id') as HTMLInputElement).value === 'wen-gang-fan-huan-2026-2', null, { timeout: 10_000 });
    await again.waitForFunction(() => document.querySelector('.preview-problems .todo-title')?.textContent === '先填写这 5 项，预览就会出现：', null, { timeout: 10_000 });
    await again.fill('#f_id', 'wengang-2026');
    await again.locator('#f_title').pressSequentially('（新）');
    await again.waitForTimeout(600);
    expect(await again.inputValue('#f_id')).toBe('wengang-2026');
    await page.close();
    await again.close();
    expect(await readdir(path.join(work, 'cards'))).toEqual(['wen-gang-fan-huan-2026.json']);
  });

  it('shows a real problem beside its field and in the list, in the CLI wording, without null', async () => {
    const page = await openPage('/cards/wen-gang-fan-huan-2026/edit');
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    await page.fill('#f_title', '稳岗'.repeat(70));
    await page.waitForSelector('[data-path="/title"].has-error .field-error p', { timeout: 30_000 });
    const box = await page.innerText('.preview-problems');
    expect(box).toMatch(/^有 1 个问题需要修改，预览暂停在上一次成功的版本\n+政策名称：/);
    expect(await page.getAttribute('.preview-problems .error-list li', 'data-code')).toBe('E_SCHEMA');
    expectNoRawText(await shownText(page));
    await page.close();
    expect(problems).toEqual([]);
  });
});
