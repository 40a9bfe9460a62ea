#!/usr/bin/env node
// `npm run bench:studio` (issue #17, target 1): keystroke → updated preview in the studio, in a
// real browser. Starts the studio (2 warm workers) on a copy of the sample cards, opens a phone
// card's editor in Chromium and types into its title:
//   single  the last character replaced by a new one, then wait for the preview;
//   burst   four characters 100 ms apart (a brisk typist), then wait; timed from the last one.
// "Updated" means: the editor has put in a preview whose request started after that keystroke
// (the editor marks each request with `data-requested` and each shown preview with
// `data-renders`, in order), its image is decoded, and the next animation frame has come.
// Writes the `## Studio preview` section of BENCHMARKS.md.
// Environment: BENCH_STUDIO_KEYS=<n> single keystrokes (default 40; bursts are half as many),
// BENCH_CHROMIUM=<path>.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CARDS_DIR, importDist } from './lib/cards.js';
import { watchContention } from './lib/proc.js';
import { writeSection } from './lib/sections.js';
import { ms, pct, percentile, median, table } from './lib/stats.js';

const KEYS = Number(process.env.BENCH_STUDIO_KEYS ?? 40);
const BURSTS = Math.max(1, Math.round(KEYS / 2));
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const CARD = 'gaoxin-qiye';
const cores = os.cpus().length;
const log = (message) => process.stderr.write(`[bench:studio] ${message}\n`);

const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-bench-studio-'));
await mkdir(path.join(work, 'cards'));
await cp(CARDS_DIR, path.join(work, 'cards'), { recursive: true });
const { startStudio } = await importDist('serve/start-studio.js');
const studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 2, watch: false });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const loadBefore = os.loadavg();
let contention;
const single = [];
const burst = [];
const serverMs = [];
const previewBytes = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('response', async (response) => {
    if (!response.url().includes('/api/render') || response.status() !== 200) return;
    const timing = /render;dur=([\d.]+)/.exec(response.headers()['server-timing'] ?? '');
    if (timing) serverMs.push(Number(timing[1]));
    previewBytes.push(Number(response.headers()['content-length'] ?? (await response.body().catch(() => Buffer.alloc(0))).length));
  });
  await page.goto(new URL(`/cards/${CARD}/edit`, studio.url).href);
  await page.waitForFunction(() => document.querySelector('.preview-frame')?.dataset.state === 'ready', undefined, { timeout: 120_000 });
  const format = await page.evaluate(() => document.querySelector('.preview-frame img')?.src.startsWith('blob:') ? 'blob' : 'other');
  await page.evaluate(() => {
    const pane = document.querySelector('.preview-frame');
    const bench = { lastInput: undefined, shown: [] };
    window.__bench = bench;
    document.addEventListener('input', () => (bench.lastInput = { at: performance.now(), requested: Number(pane.dataset.requested ?? 0) }), true);
    new MutationObserver(() => {
      const renders = Number(pane.dataset.renders);
      requestAnimationFrame(() => bench.shown.push({ renders, at: performance.now() }));
    }).observe(pane, { attributes: true, attributeFilter: ['data-renders'] });
  });
  /** Milliseconds from the last keystroke until a preview requested after it is on screen. */
  const untilUpdated = async () =>
    (
      await page.waitForFunction(
        () => {
          const { lastInput, shown } = window.__bench;
          const hit = lastInput && shown.find((entry) => entry.renders > lastInput.requested && entry.at >= lastInput.at);
          return hit ? hit.at - lastInput.at : false;
        },
        undefined,
        { timeout: 60_000, polling: 'raf' },
      )
    ).jsonValue();
  await page.click('#f_title');
  await page.keyboard.press('End');
  const pause = (time) => new Promise((resolve) => setTimeout(resolve, time));
  // Two untimed keystrokes: both workers have rendered this card before timing starts.
  for (const key of ['新', 'Backspace']) {
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.insertText(key);
    await untilUpdated();
    await pause(300);
  }
  contention = watchContention(cores);
  // Every timed edit gives a text the studio has never rendered (its render cache would answer a
  // repeated one at once): the last character is replaced by one not used before.
  // Always one character (a burst's four Backspaces must undo it exactly): CJK ideographs, all in
  // the bundled fonts, none used twice.
  let used = 0;
  const nextChar = () => String.fromCodePoint(0x4e00 + 37 * used++);
  await page.keyboard.insertText(nextChar());
  await untilUpdated();
  await pause(300);
  for (let index = 0; index < KEYS; index++) {
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.insertText(nextChar());
    single.push(await untilUpdated());
    await pause(250);
  }
  log(`single keystrokes: p50 ${ms(median(single))}, p95 ${ms(percentile(single, 95))}`);
  for (let index = 0; index < BURSTS; index++) {
    for (let at = 0; at < 4; at++) {
      if (at > 0) await pause(100);
      await page.keyboard.insertText(nextChar());
    }
    burst.push(await untilUpdated());
    await pause(250);
    for (let at = 0; at < 4; at++) await page.keyboard.press('Backspace');
    await untilUpdated();
    await pause(250);
  }
  log(`bursts: p50 ${ms(median(burst))}, p95 ${ms(percentile(burst, 95))}`);
  if (format !== 'blob') throw new Error('bench:studio: the preview is not an image from the API');
} finally {
  await browser.close();
  await studio.close();
  await rm(work, { recursive: true, force: true });
}
const other = contention();
const row = (label, list) => [label, String(list.length), ms(median(list)), ms(percentile(list, 95)), ms(Math.max(...list))];
const lines = [
  '## Studio preview (`node bench/studio-preview.mjs`)',
  '',
  `Generated by \`npm run build && node bench/studio-preview.mjs\` on ${new Date().toISOString()} (node ${process.version}, ${os.cpus()[0]?.model.trim()} × ${cores}). ` +
    `The studio (\`startStudio\`, 2 workers warmed at start) on a copy of the sample cards; Chromium (${CHROMIUM}, playwright-core) opens the editor of \`${CARD}\` (phone) and types into its title. ` +
    'Timed in the page, from the keystroke\'s input event to the first animation frame after the editor has shown a preview requested after that keystroke (decoded).',
  '',
  table(
    ['typing', 'samples', 'median', 'p95', 'max'],
    [row('one keystroke (the last character replaced by a new one), then wait', single), row('four new characters 100 ms apart, timed from the last one', burst)],
  ),
  '',
  `Server time per answered preview request (Server-Timing: queue wait and render): median ${ms(median(serverMs))}, p95 ${ms(percentile(serverMs, 95))}; preview size median ${Math.round(median(previewBytes) / 1024)} KiB. ` +
    `Target (#17): p95 ≤ 300 ms. Load average before ${loadBefore.map((value) => value.toFixed(2)).join(' / ')}, after ${os.loadavg().map((value) => value.toFixed(2)).join(' / ')}; ` +
    `other processes used ${pct(other.foreignSeconds, other.wallSeconds * cores)} of the machine while it ran.`,
  '',
];
writeSection('## Studio preview', lines.join('\n'));
process.stdout.write(`${lines.join('\n')}\n`);
