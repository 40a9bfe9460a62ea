// Whole-batch throughput on every core, the way a city catalogue is really built:
//   ours     `policy-card build` of N cards with the worker pool (-j = cores), then the no-op rebuild
//   browser  headless Chromium with one page per core screenshotting the same cards' HTML
// for the phone template (N = BENCH_BATCH_CARDS, default 200) and a5 (N/5). Appends a section to
// BENCHMARKS.md (run.js writes the file first). Usage: node bench/batch.js (after npm run build).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSampleCards, makeBatch, renderOptions, ROOT } from './lib/cards.js';
import { rssOf, treePids } from './lib/proc.js';

const cores = os.availableParallelism();
const N = Number(process.env.BENCH_BATCH_CARDS ?? 200);
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const work = mkdtempSync(path.join(os.tmpdir(), 'policy-card-batch-bench-'));
const log = (text) => process.stderr.write(`[batch bench] ${text}\n`);

/** Run the CLI, sampling the RSS of its whole process tree every 50 ms. */
function runCli(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'policy-card.js'), ...args], { cwd, env: { ...process.env, CI: '1' } });
    let peak = 0;
    const timer = setInterval(() => {
      const rss = treePids(child.pid).reduce((sum, pid) => sum + rssOf(pid), 0);
      peak = Math.max(peak, rss);
    }, 50);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, ms: performance.now() - started, peakRss: peak, report: stdout ? JSON.parse(stdout) : undefined });
    });
  });
}

async function ours(template, count) {
  const { valid } = await loadSampleCards();
  const folder = path.join(work, `${template}-cards`);
  mkdirSync(folder, { recursive: true });
  for (const entry of makeBatch(valid, count)) writeFileSync(path.join(folder, `${entry.card.id}.json`), JSON.stringify({ ...entry.card, template }));
  const out = path.join(work, `${template}-out`);
  const full = await runCli(['build', folder, '--out', out, '-j', String(cores), '--json'], work);
  const noop = await runCli(['build', folder, '--out', out, '-j', String(cores), '--json'], work);
  if (full.report?.rendered !== count || noop.report?.unchanged !== count) throw new Error(`unexpected build result for ${template}: ${JSON.stringify({ full: full.report?.rendered, noop: noop.report?.unchanged })}`);
  return { count, ms: full.ms, peakRss: full.peakRss, noopMs: noop.ms };
}

async function browserPeer(template, count) {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed (apt-get install -y chromium)` };
  const { chromium } = await import('playwright-core');
  const { cardHtml, documentHtml } = await import('./lib/card-html.js');
  const { valid } = await loadSampleCards();
  const batch = makeBatch(valid, count);
  const shell = path.join(work, 'shell.html');
  writeFileSync(shell, documentHtml(''));
  const started = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treePids(process.pid).reduce((sum, pid) => sum + rssOf(pid), 0))), 50);
  try {
    // One page per core, each taking the next card from a shared queue.
    let next = 0;
    const worker = async () => {
      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(shell).href);
      while (next < batch.length) {
        const entry = batch[next++];
        const { html } = await cardHtml({ ...entry.card, template }, { ...renderOptions(entry), template });
        await page.evaluate(async (text) => {
          document.body.innerHTML = text;
          await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
          await document.fonts.ready;
        }, html);
        await page.screenshot({ fullPage: true, type: 'png' });
      }
    };
    await Promise.all(Array.from({ length: cores }, worker));
    return { count, ms: performance.now() - started, peakRss: peak };
  } finally {
    clearInterval(timer);
    await browser.close();
  }
}

const mib = (bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const rate = (result) => (result.count / (result.ms / 1000)).toFixed(1);
const rows = [];
for (const [template, count] of [['phone', N], ['a5', Math.max(10, Math.round(N / 5))]]) {
  log(`${template}: policy-card build of ${count} cards on ${cores} workers…`);
  const our = await ours(template, count);
  log(`${template}: headless Chromium, ${cores} pages…`);
  let peer;
  try {
    peer = await browserPeer(template, count);
  } catch (error) {
    peer = { skipped: String(error?.message ?? error).split('\n')[0] };
  }
  rows.push({ template, our, peer });
}

const lines = [
  '',
  '## 4. Whole batches on every core (`node bench/batch.js`)',
  '',
  `The catalogue as it is really built: \`policy-card build\` with ${cores} worker processes (from process start to exit, including loading and writing files), against headless Chromium with one page per core screenshotting the same cards' HTML (from browser launch to the last screenshot, PNGs kept in memory: the browser is not charged for writing files). Then the same build again with nothing changed.`,
  '',
  '| template | cards | policy-card build | cards/s | peak RSS (whole tree) | Chromium, one page per core | cards/s | peak RSS | ratio | no-op rebuild |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(({ template, our, peer }) =>
    peer.skipped
      ? `| ${template} | ${our.count} | ${(our.ms / 1000).toFixed(1)} s | ${rate(our)} | ${mib(our.peakRss)} | skipped: ${peer.skipped} | | | | ${(our.noopMs / 1000).toFixed(2)} s |`
      : `| ${template} | ${our.count} | ${(our.ms / 1000).toFixed(1)} s | ${rate(our)} | ${mib(our.peakRss)} | ${(peer.ms / 1000).toFixed(1)} s | ${rate(peer)} | ${mib(peer.peakRss)} | **${(peer.ms / our.ms).toFixed(2)}×** faster | ${(our.noopMs / 1000).toFixed(2)} s |`,
  ),
  '',
];
appendFileSync(path.join(ROOT, 'BENCHMARKS.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
