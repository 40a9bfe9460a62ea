// Whole-batch throughput on every core, the way a city catalogue is really built:
//   ours     `policy-card build` of N cards with the worker pool (-j = cores), then the no-op rebuild
//   browser  headless Chromium with one page per core screenshotting the same cards' HTML
// for the phone template (N = BENCH_BATCH_CARDS, default 200) and a5 (N/5). BENCH_LONG_CARDS=0 skips the
// long batch. Appends a section to BENCHMARKS.md (run.js writes the file first). Usage: node bench/batch.js (after npm run build).
// For a quick look at some templates only: BENCH_TEMPLATES=a5 BENCH_LONG_CARDS=0 prints the rows
// and leaves BENCHMARKS.md alone; BENCH_CLI runs another build's bin/policy-card.js (a baseline).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSampleCards, makeBatch, renderOptions, ROOT } from './lib/cards.js';
import { rssOf, treePids } from './lib/proc.js';
import { insertBeforeKeptSections } from './lib/sections.js';

const cores = os.availableParallelism();
const N = Number(process.env.BENCH_BATCH_CARDS ?? 200);
const TEMPLATES = process.env.BENCH_TEMPLATES ? process.env.BENCH_TEMPLATES.split(',') : undefined;
const CLI = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(ROOT, 'bin', 'policy-card.js');
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const work = mkdtempSync(path.join(os.tmpdir(), 'policy-card-batch-bench-'));
const log = (text) => process.stderr.write(`[batch bench] ${text}\n`);

/**
 * CPU time of this process's children that have ended (the CLI with its workers, the browser with
 * its helpers), from /proc/self/stat (cutime + cstime, in clock ticks of 10 ms). On a shared
 * machine wall time depends on how the scheduler splits the cores; CPU time much less so.
 */
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Run the CLI, sampling the RSS of its whole process tree every 50 ms. With `countDir`, each
 * sample also records how many PNGs that folder holds, to follow memory through a long batch.
 */
function runCli(args, cwd, countDir) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CI: '1' } });
    let peak = 0;
    const samples = [];
    let ticks = 0;
    const timer = setInterval(() => {
      const rss = treePids(child.pid).reduce((sum, pid) => sum + rssOf(pid), 0);
      peak = Math.max(peak, rss);
      // Counting files every 50 ms would cost the build CPU; every 500 ms is enough.
      if (countDir && ticks++ % 10 === 0) samples.push({ rss, done: existsSync(countDir) ? readdirSync(countDir).filter((name) => name.endsWith('.png')).length : 0 });
      else if (countDir) samples.at(-1) && (samples.at(-1).rss = Math.max(samples.at(-1).rss, rss));
    }, 50);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, ms: performance.now() - started, peakRss: peak, samples, report: stdout ? JSON.parse(stdout) : undefined });
    });
  });
}

async function ours(template, count) {
  const { valid } = await loadSampleCards();
  const folder = path.join(work, `${template}-cards`);
  mkdirSync(folder, { recursive: true });
  for (const entry of makeBatch(valid, count)) writeFileSync(path.join(folder, `${entry.card.id}.json`), JSON.stringify({ ...entry.card, template }));
  const out = path.join(work, `${template}-out`);
  const cpuBefore = childCpuMs();
  const full = await runCli(['build', folder, '--out', out, '-j', String(cores), '--json'], work);
  const cpuMs = childCpuMs() - cpuBefore;
  const noop = await runCli(['build', folder, '--out', out, '-j', String(cores), '--json'], work);
  if (full.report?.rendered !== count || noop.report?.unchanged !== count) throw new Error(`unexpected build result for ${template}: ${JSON.stringify({ full: full.report?.rendered, noop: noop.report?.unchanged })}`);
  return { count, ms: full.ms, cpuMs, peakRss: full.peakRss, noopMs: noop.ms };
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
  const cpuBefore = childCpuMs();
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
    // The browser's CPU is counted once it has exited and been reaped.
    await new Promise((resolve) => setTimeout(resolve, 200));
    log(`${template}: Chromium used ${((childCpuMs() - cpuBefore) / 1000).toFixed(1)} s of CPU`);
  }
}

const mib = (bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const rate = (result) => (result.count / (result.ms / 1000)).toFixed(1);
const rows = [];
for (const [template, count] of [['phone', N], ['a5', Math.max(10, Math.round(N / 5))]].filter(([template]) => !TEMPLATES || TEMPLATES.includes(template))) {
  log(`${template}: policy-card build of ${count} cards on ${cores} workers…`);
  const our = await ours(template, count);
  log(`${template}: policy-card build used ${(our.cpuMs / 1000).toFixed(1)} s of CPU (workers included) in ${(our.ms / 1000).toFixed(1)} s`);
  log(`${template}: headless Chromium, ${cores} pages…`);
  let peer;
  try {
    peer = await browserPeer(template, count);
  } catch (error) {
    peer = { skipped: String(error?.message ?? error).split('\n')[0] };
  }
  rows.push({ template, our, peer });
}

// A long batch: memory over 2,000 cards, then the incremental rebuilds on that catalogue.
const LONG = Number(process.env.BENCH_LONG_CARDS ?? 2000);
const WINDOW = Math.max(50, Math.round(LONG / 8));
async function longBatch(count) {
  const { valid } = await loadSampleCards();
  const folder = path.join(work, 'long-cards');
  mkdirSync(folder, { recursive: true });
  for (const entry of makeBatch(valid, count)) writeFileSync(path.join(folder, `${entry.card.id}.json`), JSON.stringify(entry.card));
  const out = path.join(work, 'long-out');
  const args = ['build', folder, '--out', out, '-j', String(cores), '--json'];
  log(`long batch: ${count} phone cards…`);
  const full = await runCli(args, work, out);
  const noop = await runCli(args, work);
  // Change one spec: exactly one card must be rendered again.
  const changed = path.join(folder, readdirSync(folder).sort()[0]);
  const spec = JSON.parse(readFileSync(changed, 'utf8'));
  writeFileSync(changed, JSON.stringify({ ...spec, title: `${spec.title}（修订）` }));
  const one = await runCli(args, work);
  if (full.report?.rendered !== count || noop.report?.unchanged !== count || one.report?.rendered !== 1) {
    throw new Error(`unexpected long batch result: ${JSON.stringify({ full: full.report?.rendered, noop: noop.report?.unchanged, one: one.report?.rendered })}`);
  }
  // Peak RSS of the tree per window of cards done.
  const windows = [];
  for (let start = 0; start < count; start += WINDOW) {
    const inWindow = full.samples.filter((sample) => sample.done >= start && sample.done < start + WINDOW);
    windows.push({ start, end: Math.min(count, start + WINDOW), peak: inWindow.length ? Math.max(...inWindow.map((sample) => sample.rss)) : 0 });
  }
  return { count, full, noop, one, windows };
}
const long = LONG > 0 ? await longBatch(LONG) : undefined;

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
  ...(long
    ? [
        `### ${long.count} cards in one batch (\`BENCH_LONG_CARDS\`, phone)`,
        '',
        `The same \`policy-card build\` (${cores} workers) over ${long.count} phone cards, the tree's RSS sampled every 50 ms and the PNGs in the output folder counted every 500 ms; then the rebuilds on that catalogue.`,
        '',
        '| measure | value |',
        '| --- | ---: |',
        `| full build | ${(long.full.ms / 1000).toFixed(1)} s, ${rate({ count: long.count, ms: long.full.ms })} cards/s |`,
        `| peak RSS of the whole tree | ${mib(long.full.peakRss)} |`,
        `| no-op rebuild (nothing changed, ${long.count} cards) | ${(long.noop.ms / 1000).toFixed(2)} s (${long.noop.report.unchanged} unchanged, ${long.noop.report.rendered} rendered) |`,
        `| rebuild after changing one spec's title | ${(long.one.ms / 1000).toFixed(2)} s (${long.one.report.rendered} rendered, ${long.one.report.unchanged} unchanged) |`,
        '',
        'Peak RSS of the tree by cards done (flat means no drift; workers are replaced every 250 cards each):',
        '',
        `| cards done | ${long.windows.map((window) => `${window.start}–${window.end}`).join(' | ')} |`,
        `| --- | ${long.windows.map(() => '---:').join(' | ')} |`,
        `| peak RSS | ${long.windows.map((window) => mib(window.peak)).join(' | ')} |`,
        '',
      ]
    : []),
];
// After run.js's sections, before the sections other scripts keep (cold single card, studio preview, notes).
// A run of some templates only is a look, not the official figures.
if (!TEMPLATES) insertBeforeKeptSections(lines.join('\n'));
process.stdout.write(lines.join('\n'));
