#!/usr/bin/env node
// `npm run bench`: measures policy-card's render pipeline and a headless-browser peer, prints a
// Markdown report and writes it to BENCHMARKS.md. Every measurement that needs a clean process
// runs in a child process of its own (bench/*-child.js); this file orchestrates and reports.
//
// Environment: BENCH_CARDS=<n> changes the batch size (default 100), for quick trials;
// BENCH_CHROMIUM=<path> another Chromium binary (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDist, loadSampleCards, renderOptions, ROOT } from './lib/cards.js';
import { TreeSampler, watchContention } from './lib/proc.js';
import { bytes, fixed, mean, median, mib, ms, pct, summarize, table } from './lib/stats.js';
import { keptSections } from './lib/sections.js';

const BATCH = Number(process.env.BENCH_CARDS ?? 100);
const COLD_RUNS = 3;
const CHILD_TIMEOUT_MS = 240_000;
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const runStarted = performance.now();
const cores = os.cpus().length;
const contention = {};
const wholeRun = watchContention(cores);
const log = (message) => process.stderr.write(`[bench +${((performance.now() - runStarted) / 1000).toFixed(1)}s] ${message}\n`);
const work = mkdtempSync(path.join(os.tmpdir(), 'policy-card-bench-'));
const saveDir = path.join(work, 'images');
mkdirSync(saveDir);

/** Run `node <args>` in ROOT; resolves with its exit status, wall time and (optionally) sampled tree RSS. */
function runNode(args, { sample = false, stopSamplingOn, timeoutMs = CHILD_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const spawnedAt = performance.timeOrigin + performance.now();
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sample ? new TreeSampler(child.pid, 20) : undefined;
    let memory;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (sampler && !memory && stopSamplingOn && stdout.includes(stopSamplingOn)) memory = sampler.stop();
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      const final = sampler?.stop();
      // CPU seen in the tree counts until the end; memory only until `stopSamplingOn`.
      resolve({ code, signal, wallMs, spawnedAt, stdout, stderr, memory: sampler ? { ...(memory ?? final), cpuSeconds: final.cpuSeconds } : undefined });
    });
  });
}

function readResult(file, run, what) {
  if (run.code !== 0 || !existsSync(file)) {
    throw new Error(`${what} failed (exit ${run.code ?? run.signal}):\n${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

// ---------------------------------------------------------------------------------------------
// 0. The sample cards, each rendered once here to know which render (and their reference size).
log(`work folder ${work}`);
const { valid, invalid, retemplated } = await loadSampleCards();
const { renderCard } = await importDist('index.js');
const preflight = [];
for (const sample of valid) {
  try {
    const rendered = await renderCard(sample.card, renderOptions(sample));
    preflight.push({ sample, ok: true, height: rendered.height, pngBytes: rendered.png.length });
    if (preflight.filter((entry) => entry.ok).length === 1) writeFileSync(path.join(saveDir, `satori-${sample.id}.png`), rendered.png);
  } catch (error) {
    preflight.push({ sample, ok: false, reason: error.code ?? error.message });
  }
}
const samples = preflight.filter((entry) => entry.ok).map((entry) => entry.sample);
if (samples.length === 0) throw new Error('bench: no sample card in cards/ renders; nothing to measure');
const satoriHeight = new Map(preflight.filter((entry) => entry.ok).map((entry) => [entry.sample.id, entry.height]));
log(`${samples.length} sample cards render (${preflight.length - samples.length} do not, ${invalid.length} invalid)`);
const coldCard = samples[0];

// ---------------------------------------------------------------------------------------------
// 1a. Cold CLI: spawn → exit of `node bin/policy-card.js build <card> --out <tmp>`.
let phase = watchContention(cores);
const cliRuns = [];
for (let run = 0; run < COLD_RUNS; run++) {
  const out = path.join(work, `cli-${run}`);
  const result = await runNode(['bin/policy-card.js', 'build', coldCard.file, '--out', out]);
  const written = existsSync(out) ? readdirSync(out).filter((file) => file.endsWith('.png')) : [];
  if (result.code !== 0 || written.length !== 1) throw new Error(`bench: the CLI run failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  cliRuns.push(result.wallMs);
  log(`cold CLI run ${run + 1}: ${ms(result.wallMs)}`);
}

// 1b. Cold in-process: performance.timeOrigin → first PNG in memory, in a fresh child.
const coldRuns = [];
for (let run = 0; run < COLD_RUNS; run++) {
  const out = path.join(work, `cold-${run}.json`);
  const result = await runNode(['bench/cold-child.js', coldCard.absolutePath, out]);
  const data = readResult(out, result, 'cold-child');
  coldRuns.push({ ...data, spawnToOriginMs: data.timeOrigin - result.spawnedAt, exitMs: result.wallMs });
  log(`cold child run ${run + 1}: first PNG at ${ms(data.pngMs)} after timeOrigin`);
}

contention.cold = phase();

// ---------------------------------------------------------------------------------------------
// 2. Steady state: BATCH cards through renderCard in one warm process.
log(`steady state: ${BATCH} cards…`);
const steadyConfig = path.join(work, 'steady-config.json');
const steadyOut = path.join(work, 'steady.json');
writeFileSync(steadyConfig, JSON.stringify({ files: samples.map((sample) => sample.absolutePath), count: BATCH, out: steadyOut }));
phase = watchContention(cores);
const steadyRun = await runNode(['bench/steady-child.js', steadyConfig], { sample: true, stopSamplingOn: 'BATCH_DONE' });
contention.steady = phase(steadyRun.memory.cpuSeconds);
const steady = readResult(steadyOut, steadyRun, 'steady-child');
log(`steady state done in ${ms(steady.batchMs)}`);

// ---------------------------------------------------------------------------------------------
// 3. The headless-browser peer over the same cards.
let browser;
let browserRun;
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim().slice(0, 400);
if (!existsSync(CHROMIUM)) {
  browser = { skipped: `${CHROMIUM} is not installed (install it with \`apt-get install -y chromium\`)` };
} else if (packageVersion('playwright-core') === 'not installed') {
  browser = { skipped: 'playwright-core is not installed (`npm install` installs it as a devDependency)' };
} else {
  log(`headless browser: ${BATCH} cards × 2 ways…`);
  const browserConfig = path.join(work, 'browser-config.json');
  const browserOut = path.join(work, 'browser.json');
  writeFileSync(
    browserConfig,
    JSON.stringify({ files: samples.map((sample) => sample.absolutePath), count: BATCH, out: browserOut, workDir: work, saveDir, executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
  );
  phase = watchContention(cores);
  browserRun = await runNode(['bench/browser-child.js', browserConfig], { sample: true });
  contention.browser = phase(browserRun.memory.cpuSeconds);
  try {
    browser = readResult(browserOut, browserRun, 'browser-child');
  } catch (error) {
    browser = { skipped: error.message.split('\n').slice(0, 6).join(' ') };
  }
  log(browser.skipped ? `browser peer skipped: ${browser.skipped}` : 'headless browser done');
}

// ---------------------------------------------------------------------------------------------
// The report.
const count = steady.cards.length;
const stageNames = [
  ['templateMs', 'template (glyph check, QR, Handlebars, HTML → tree)'],
  ['satoriMs', 'satori (layout → SVG)'],
  ['resvgMs', 'resvg (SVG → pixels)'],
  ['encodeMs', 'PNG encode'],
];
const stage = Object.fromEntries(stageNames.map(([key]) => [key, summarize(steady.cards.map((card) => card[key]))]));
const wall = summarize(steady.cards.map((card) => card.wallMs));
const stageSum = stageNames.reduce((sum, [key]) => sum + stage[key].mean, 0);
const oursPerSecond = count / (steady.batchMs / 1000);
const oursCpuPerCard = (steady.cpuUserMs + steady.cpuSystemMs) / count;
const rssCheckpoints = [...new Set([0, Math.floor(count / 4) - 1, Math.floor(count / 2) - 1, count - 1].filter((index) => index >= 0))];
const dominant = stageNames.map(([key, label]) => ({ key, label, mean: stage[key].mean })).sort((a, b) => b.mean - a.mean)[0];

const cold = {
  spawnToOrigin: median(coldRuns.map((run) => run.spawnToOriginMs)),
  boot: median(coldRuns.map((run) => run.bootMs)),
  imported: median(coldRuns.map((run) => run.importedMs - run.bootMs)),
  loaded: median(coldRuns.map((run) => run.loadedMs - run.importedMs)),
  render: median(coldRuns.map((run) => run.pngMs - run.loadedMs)),
  png: median(coldRuns.map((run) => run.pngMs)),
  exit: median(coldRuns.map((run) => run.exitMs)),
  stages: Object.fromEntries(stageNames.map(([key]) => [key, median(coldRuns.map((run) => run.timings[key]))])),
};

const command = process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : `node bench/run.js`;
const cpus = os.cpus();
const date = new Date();
const lines = [];
const add = (...text) => lines.push(...text);

add(
  '# Benchmarks',
  '',
  `Generated by \`${command}\`${command === 'npm run bench' ? ' (`npm run build && node bench/run.js`)' : ''}; the script writes this file, so rerun it rather than editing by hand.`,
  '',
  table(
    ['', ''],
    [
      ['date', date.toISOString()],
      ['node', process.version],
      ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length} logical cores`],
      ['memory', `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB`],
      ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
      ['satori / resvg-js', `${packageVersion('satori')} / ${packageVersion('@resvg/resvg-js')}`],
      ['browser peer', browser.skipped ? 'skipped' : `Chromium ${browser.browserVersion} (${CHROMIUM}) via playwright-core ${browser.playwrightVersion}`],
      ['whole run', 'RUN_SECONDS'],
    ],
  ),
  '',
  `Cards: ${samples.length} sample cards from \`cards/\` (${samples.map((sample) => sample.id).join(', ')}), template \`phone\` (1080 px wide, height follows content: ${Math.min(...satoriHeight.values())}–${Math.max(...satoriHeight.values())} px), theme \`default\`. ` +
    `The batch is ${count} cards cycling through them, each with its own id.` +
    (invalid.length ? ` Left out as invalid: ${invalid.map((entry) => `${entry.file} (${entry.reason})`).join(', ')}.` : '') +
    (preflight.some((entry) => !entry.ok) ? ` Left out because they do not render: ${preflight.filter((entry) => !entry.ok).map((entry) => `${entry.sample.file} (${entry.reason})`).join(', ')}.` : '') +
    (retemplated ? ` ${retemplated} card(s) that name another template were rendered with \`phone\`.` : '') +
    (BATCH !== 100 ? ` **BENCH_CARDS=${BATCH} was set: this is not the standard 100-card run.**` : ''),
  '',
  'Times are wall-clock (`performance.now()`). Every measured run is a separate child process, run one after another; the OS file cache is warm (fonts and modules were read before), so "cold" means a new process, not a cold disk.',
  '',
  'SUMMARY_PLACEHOLDER',
  '## 1. First card from a cold process',
  '',
  `One card (\`${coldCard.file}\`, ${satoriHeight.get(coldCard.id)} px tall), ${COLD_RUNS} runs each, median (min–max).`,
  '',
  table(
    ['measurement', 'median', 'min', 'max'],
    [
      [`CLI: spawn of \`node bin/policy-card.js build ${coldCard.file} --out <tmp>\` → exit`, ms(median(cliRuns)), ms(Math.min(...cliRuns)), ms(Math.max(...cliRuns))],
      ['fresh process: `performance.timeOrigin` → first PNG in memory', ms(cold.png), ms(Math.min(...coldRuns.map((run) => run.pngMs))), ms(Math.max(...coldRuns.map((run) => run.pngMs)))],
    ],
  ),
  '',
  'Where the fresh process spends that time (medians):',
  '',
  table(
    ['step', 'time'],
    [
      ['spawn → `performance.timeOrigin` (exec, before Node counts)', ms(cold.spawnToOrigin)],
      ['timeOrigin → bench module running (Node bootstrap)', ms(cold.boot)],
      ['`import(dist/index.js)` (satori, resvg, zod, handlebars…)', ms(cold.imported)],
      ['`loadCardFile` (read, parse, validate)', ms(cold.loaded)],
      ['first `renderCard`', ms(cold.render)],
      ['  of which template stage (incl. font coverage table, template compile)', ms(cold.stages.templateMs)],
      ['  of which satori (its first use also parses the two 10 MB fonts)', ms(cold.stages.satoriMs)],
      ['  of which resvg', ms(cold.stages.resvgMs)],
      ['  of which PNG encode', ms(cold.stages.encodeMs)],
      ['**timeOrigin → first PNG**', `**${ms(cold.png)}**`],
      ['spawn → exit of that child (as seen by the parent)', ms(cold.exit)],
    ],
  ),
  '',
);

if (!browser.skipped) {
  const c = browser.cold;
  add(
    'The headless-browser peer, for comparison (one launch; the browser child process, see section 3):',
    '',
    table(
      ['step', 'time'],
      [
        ['`chromium.launch()`', ms(c.launchedMs - c.launchStartMs)],
        ['`browser.newPage()`', ms(c.pageMs - c.launchedMs)],
        ['open the file:// shell page and load both fonts', ms(c.fontsMs - c.pageMs)],
        ['first card: template + set body + screenshot', ms(c.firstPngMs - c.fontsMs)],
        ['**launch → first PNG**', `**${ms(c.firstPngMs - c.launchStartMs)}**`],
        ['timeOrigin → first PNG (incl. Node bootstrap and imports)', ms(c.firstPngMs)],
      ],
    ),
    '',
  );
}

add(
  `## 2. Steady state: ${count} cards in one process`,
  '',
  `\`renderCard\` from \`dist/index.js\`, one card after another, after one warm-up render (${ms(steady.warmUpMs)}). Per-stage times are the \`timings\` renderCard returns.`,
  '',
  table(
    ['stage', 'mean', 'p95', 'share of mean wall'],
    [
      ...stageNames.map(([key, label]) => [label, ms(stage[key].mean), ms(stage[key].p95), pct(stage[key].mean, wall.mean)]),
      ['not in `timings` (rest of renderCard: QR placement lookup, result object)', ms(wall.mean - stageSum), '', pct(wall.mean - stageSum, wall.mean)],
      ['**whole renderCard call (wall)**', `**${ms(wall.mean)}**`, `**${ms(wall.p95)}**`, '100 %'],
    ],
  ),
  '',
  table(
    ['throughput and resources', 'value'],
    [
      ['cards per second (batch wall time)', `${fixed(oursPerSecond)} (${count} cards in ${ms(steady.batchMs)})`],
      ['process CPU time per card (`process.cpuUsage`, user + system)', `${ms(oursCpuPerCard)} (${pct(steady.cpuUserMs + steady.cpuSystemMs, steady.batchMs)} of one core during the batch)`],
      ['peak RSS, kernel high-water mark (VmHWM) of the process', mib(steady.memory.vmHwm)],
      ['peak RSS sampled every 20 ms from the parent', `${mib(steadyRun.memory.peakRss)} (${steadyRun.memory.samples} samples)`],
      ['peak RSS sampled every 20 ms in-process (`process.memoryUsage().rss`)', `${mib(steady.memory.sampledPeak)} (${steady.memory.samplesTaken} samples; the loop yields once per card)`],
      [
        'RSS after the warm-up, then after card ' + rssCheckpoints.map((index) => index + 1).join(' / '),
        `${mib(steady.memory.rssAfterWarmUp)}, then ${rssCheckpoints.map((index) => mib(steady.cards[index].rss)).join(' / ')} (PSS at end ${mib(steady.memory.pssEnd)})`,
      ],
      ['mean PNG size', bytes(mean(steady.cards.map((card) => card.pngBytes)))],
      ['mean SVG size from satori (text as glyph paths, handed to resvg)', bytes(mean(steady.cards.map((card) => card.svgBytes)))],
    ],
  ),
  '',
);

const diag = steady.diagnostics ?? [];
// Which rules of the phone stylesheet carry a box-shadow (satori's source of SVG filters).
const shadowSelectors = (() => {
  try {
    const css = readFileSync(path.join(ROOT, 'templates', 'phone', 'style.css.hbs'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{\{[^}]*\}\}/g, 'HBS');
    return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter((rule) => /box-shadow\s*:/.test(rule[2])).map((rule) => `\`${rule[1].trim()}\``);
  } catch {
    return [];
  }
})();
const shadowText = shadowSelectors.length ? `the phone stylesheet has \`box-shadow\` on ${shadowSelectors.join(', ')}` : 'the phone stylesheet has no `box-shadow` rule';
const diagMean = (key) => mean(diag.map((entry) => entry[key]));
if (diag.length) {
  // The "without filters" column only says something when the SVGs have filters.
  const withFilters = diag.some((entry) => entry.filters > 0);
  const pick = (cells) => (withFilters ? cells : cells.filter((_, index) => index !== 4));
  add(
    '### Where the resvg stage goes',
    '',
    'A diagnostic run after the batch, once per sample card (best of 3): `new Resvg(svg)` (parse), `.render()` (rasterise), `.asPng()` (encode)' +
      (withFilters ? ', and `.render()` again with the SVG `filter` attributes removed' : '') +
      `. satori turns CSS \`box-shadow\` into an SVG \`<filter>\` (feGaussianBlur), which resvg rasterises slowly; ${shadowText}.`,
    '',
    table(
      pick(['card', 'SVG filters', 'parse', 'rasterise', 'rasterise without filters', 'PNG encode']),
      [
        ...diag.map((entry) => pick([entry.sample, entry.filters, ms(entry.parseMs), ms(entry.rasterMs), ms(entry.noFilterRasterMs), ms(entry.encodeMs)])),
        pick(['**mean**', fixed(diagMean('filters'), 1), `**${ms(diagMean('parseMs'))}**`, `**${ms(diagMean('rasterMs'))}**`, `**${ms(diagMean('noFilterRasterMs'))}**`, `**${ms(diagMean('encodeMs'))}**`]),
      ],
    ),
    '',
  );
}

add('## 3. Headless browser peer', '');
let browserSummary;
if (browser.skipped) {
  add(`**Skipped**: ${oneLine(browser.skipped)}`, '');
} else {
  const variantLabels = {
    swap: 'warm page, body replaced per card',
    setContent: 'warm page, `page.setContent` per card',
  };
  browserSummary = Object.fromEntries(
    Object.entries(browser.variants).map(([name, variant]) => {
      const n = variant.cards.length;
      const heightDiffs = variant.cards.map((card) => Math.abs(card.height - (satoriHeight.get(card.sample) ?? card.height)));
      return [
        name,
        {
          label: variantLabels[name],
          n,
          prep: summarize(variant.cards.map((card) => card.prepMs)),
          content: summarize(variant.cards.map((card) => card.contentMs)),
          screenshot: summarize(variant.cards.map((card) => card.screenshotMs)),
          total: summarize(variant.cards.map((card) => card.totalMs)),
          perSecond: n / (variant.batchMs / 1000),
          batchMs: variant.batchMs,
          cpuPerCard: (variant.nodeCpuMs + variant.browserCpuMs) / n,
          browserCpuPerCard: variant.browserCpuMs / n,
          nodeCpuPerCard: variant.nodeCpuMs / n,
          memoryEnd: variant.memoryEnd,
          maxHeightDiff: Math.max(...heightDiffs),
          meanPngBytes: mean(variant.cards.map((card) => card.pngBytes)),
          widths: [...new Set(variant.cards.map((card) => card.width))],
        },
      ];
    }),
  );
  const variants = Object.values(browserSummary);
  add(
    `Chromium ${browser.browserVersion} (\`${CHROMIUM}\`, flags \`${CHROMIUM_ARGS.join(' ')}\`) driven by playwright-core ${browser.playwrightVersion}, viewport 1080 px wide at device scale 1, ` +
      '`page.screenshot({ fullPage: true, type: "png" })`. The card HTML is made with the project\'s own template and view (`loadTemplate(\'phone\')`, `buildCardView`, same CSS), ' +
      'with the `data-slot`/`data-icon` images given their data-URI `src`, and the bundled `fonts/NotoSansSC-*.ttf` declared by `@font-face` with file:// URLs on a file:// page ' +
      `(fonts in use: regular ${browser.fontCheck.regular}, bold ${browser.fontCheck.bold}). The same ${count} cards, one warm page, one warm-up render per way. ` +
      '"template" is the Node-side HTML generation (the browser path needs it too); "set content" runs until images are decoded and `document.fonts.ready`.',
    '',
    table(
      ['per card', ...variants.map((variant) => variant.label), 'policy-card (section 2)'],
      [
        ['template (Node side), mean', ...variants.map((variant) => ms(variant.prep.mean)), ms(stage.templateMs.mean)],
        ['set content + layout, mean / p95', ...variants.map((variant) => `${ms(variant.content.mean)} / ${ms(variant.content.p95)}`), `satori ${ms(stage.satoriMs.mean)} / ${ms(stage.satoriMs.p95)}`],
        ['screenshot (raster + PNG), mean / p95', ...variants.map((variant) => `${ms(variant.screenshot.mean)} / ${ms(variant.screenshot.p95)}`), `resvg + encode ${ms(mean(steady.cards.map((card) => card.resvgMs + card.encodeMs)))} / ${ms(summarize(steady.cards.map((card) => card.resvgMs + card.encodeMs)).p95)}`],
        ['**whole card, mean / p95**', ...variants.map((variant) => `**${ms(variant.total.mean)} / ${ms(variant.total.p95)}**`), `**${ms(wall.mean)} / ${ms(wall.p95)}**`],
        ['cards per second', ...variants.map((variant) => fixed(variant.perSecond)), fixed(oursPerSecond)],
        ['browser time ÷ policy-card time (mean whole card; above 1 the browser is slower)', ...variants.map((variant) => `${fixed(variant.total.mean / wall.mean)}×`), '1×'],
        ['CPU per card, all processes', ...variants.map((variant) => `${ms(variant.cpuPerCard)} (Chromium ${ms(variant.browserCpuPerCard)}, Node ${ms(variant.nodeCpuPerCard)})`), ms(oursCpuPerCard)],
        ['memory at end, PSS of Node + Chromium processes', ...variants.map((variant) => `${mib(variant.memoryEnd.pss)} (${variant.memoryEnd.processes} processes)`), mib(steady.memory.pssEnd)],
        ['mean PNG size', ...variants.map((variant) => bytes(variant.meanPngBytes)), bytes(mean(steady.cards.map((card) => card.pngBytes)))],
        ['largest height difference from the satori card', ...variants.map((variant) => `${variant.maxHeightDiff} px`), '—'],
      ],
    ),
    '',
    `Peak RSS of the whole browser run (Node + all Chromium processes, summed, sampled every 20 ms; shared pages counted once per process, so this overstates): ${mib(browserRun.memory.peakRss)}, up to ${browserRun.memory.maxProcesses} processes. ` +
      `Chromium's CPU time is read from /proc for every descendant process; on this ${cpus.length}-core machine it can exceed wall time because Chromium works on several threads and processes at once.`,
    '',
  );
}

// Other processes competing for the CPU distort every figure above; say how much there was.
const whole = wholeRun();
const phases = Object.values(contention);
contention.whole = {
  wallSeconds: whole.wallSeconds,
  foreignSeconds: phases.reduce((sum, value) => sum + value.foreignSeconds, 0),
  share: phases.reduce((sum, value) => sum + value.foreignSeconds, 0) / (phases.reduce((sum, value) => sum + value.wallSeconds, 0) * cores),
};
const phaseLabels = { cold: 'section 1 (cold runs)', steady: 'section 2 (steady state)', browser: 'section 3 (browser peer)', whole: 'all phases' };
add(
  '## Other load on the machine',
  '',
  `CPU time used by processes other than this benchmark while it ran (machine busy time from /proc/stat minus the benchmark's own process tree), as a share of the machine's ${cores} cores:`,
  '',
  table(
    ['phase', 'other processes\' CPU', 'share of capacity'],
    Object.entries(contention).map(([name, value]) => [phaseLabels[name], `${fixed(value.foreignSeconds, 1)} s in ${fixed(value.wallSeconds, 1)} s`, pct(value.share, 1)]),
  ),
  '',
);
const busiest = Math.max(...Object.values(contention).map((value) => value.share));
if (busiest > 0.05) {
  add(`**Warning: other processes used up to ${pct(busiest, 1)} of the CPU during a phase; the figures above are slower than on a quiet machine. Rerun when the machine is idle.**`, '');
}

// Observations worth a reader's attention, computed from the figures above.
const summaryStart = lines.length;
add('## Summary', '');
add(
  `- First card from a cold process: ${ms(median(cliRuns))} for the CLI (spawn → exit), ${ms(cold.png)} from process start to the first PNG in memory; ` +
    `of that, importing the library takes ${ms(cold.imported)} and the first renderCard ${ms(cold.render)} (warm it is ${ms(wall.mean)}).`,
  `- Steady state: ${ms(wall.mean)} per card (p95 ${ms(wall.p95)}), ${fixed(oursPerSecond)} cards/s, ${ms(oursCpuPerCard)} CPU per card, peak RSS ${mib(steady.memory.vmHwm)}.`,
  `- The largest stage is ${dominant.label}: ${ms(dominant.mean)} of ${ms(wall.mean)} per card (${pct(dominant.mean, wall.mean)}); ` +
    `rasterising plus PNG encoding (resvg + encode) is ${pct(stage.resvgMs.mean + stage.encodeMs.mean, wall.mean)}, layout (satori) ${pct(stage.satoriMs.mean, wall.mean)}, templating ${pct(stage.templateMs.mean, wall.mean)}.`,
);
if (diag.length && diagMean('filters') > 0) {
  add(
    `- Surprise: most of resvg's time is one shadow. Rasterising takes ${ms(diagMean('rasterMs'))} per card with satori's SVG filter(s) and ${ms(diagMean('noFilterRasterMs'))} without ` +
      `(${pct(diagMean('rasterMs') - diagMean('noFilterRasterMs'), diagMean('rasterMs'))} of rasterising, ${pct(diagMean('rasterMs') - diagMean('noFilterRasterMs'), wall.mean)} of the whole card); ${shadowText}. Parsing the SVG takes ${ms(diagMean('parseMs'))}.`,
  );
}
if (browserSummary) {
  const best = Object.values(browserSummary).sort((a, b) => a.total.mean - b.total.mean)[0];
  const faster = best.total.mean < wall.mean;
  add(
    `- Headless Chromium (${best.label}) takes ${ms(best.total.mean)} per card against policy-card's ${ms(wall.mean)}: policy-card is ${faster ? `${fixed(wall.mean / best.total.mean)}× slower` : `${fixed(best.total.mean / wall.mean)}× faster`} in wall time per card, ` +
      `while using ${ms(oursCpuPerCard)} CPU per card against Chromium's ${ms(best.cpuPerCard)} across its processes. ` +
      `Its first card needs a browser launch: ${ms(browser.cold.firstPngMs - browser.cold.launchStartMs)} from launch to first PNG.`,
  );
} else {
  add(`- The headless-browser peer was skipped: ${oneLine(browser.skipped)}`);
}
if (busiest > 0.05) add(`- Other processes were busy during this run (up to ${pct(busiest, 1)} of the CPU in a phase); see "Other load on the machine".`);
add('');
const summary = lines.splice(summaryStart);
lines.splice(lines.indexOf('SUMMARY_PLACEHOLDER'), 1, ...summary);

const runSeconds = (performance.now() - runStarted) / 1000;
const report = lines.join('\n').replace('RUN_SECONDS', `${runSeconds.toFixed(0)} s for \`node bench/run.js\` (the build before it not counted)`);
// Sections other scripts own (cold single card, studio preview, draft quality) are carried over.
writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report + keptSections());
process.stdout.write(`${report}\n`);
log(`wrote BENCHMARKS.md; images for a visual check are in ${saveDir}`);
// Keep only the images (for a visual check); the CLI outputs and JSON results go.
for (const entry of readdirSync(work)) if (entry !== 'images') rmSync(path.join(work, entry), { recursive: true, force: true });

