#!/usr/bin/env node
// `npm run bench:cold` (issue #17, target 2): one card from a cold process, spawn → exit, for
//   - `policy-card build one.json` with the font subset cache warm (the usual repeat run),
//   - the same with the cache empty (the first run of a character set) and turned off,
//   - the headless-browser peer: Node + playwright-core + Chromium, handed the card's finished
//     HTML, launch → screenshot → PNG file → exit (bench/browser-cold-child.js).
// The four are run in turns (round-robin), so machine load hits them alike; the machine's other
// load is reported. Writes the `## Single card, cold` section of BENCHMARKS.md.
// Environment: BENCH_COLD_RUNS=<n> (default 7), BENCH_CHROMIUM=<path>.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentHtml, cardHtml } from './lib/card-html.js';
import { loadSampleCards, renderOptions, ROOT } from './lib/cards.js';
import { watchContention } from './lib/proc.js';
import { writeSection } from './lib/sections.js';
import { median, ms, pct, table } from './lib/stats.js';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const cores = os.cpus().length;
const log = (message) => process.stderr.write(`[bench:cold] ${message}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'policy-card-bench-cold-'));
const { valid } = await loadSampleCards();
const sample = valid[0];
if (!sample) throw new Error('bench:cold: no valid sample card in cards/');
const cardFile = path.join(work, 'one.json');
writeFileSync(cardFile, readFileSync(sample.absolutePath));
const htmlFile = path.join(work, 'card.html');
writeFileSync(htmlFile, documentHtml((await cardHtml(sample.card, renderOptions(sample))).html));
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');

/** Spawn → exit of `node <args>`, in ms; throws unless it exits 0. */
function timeNode(args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`node ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`))));
  });
}

const bin = path.join(ROOT, 'bin', 'policy-card.js');
const warmCache = path.join(work, 'cache-warm');
mkdirSync(warmCache, { mode: 0o700 });
let emptyCaches = 0;
const ways = {
  warm: (run) => timeNode([bin, 'build', 'one.json', '--out', `out-warm-${run}`], { POLICY_CARD_CACHE: warmCache }),
  empty: (run) => {
    const cache = path.join(work, `cache-empty-${emptyCaches++}`);
    mkdirSync(cache, { mode: 0o700 });
    return timeNode([bin, 'build', 'one.json', '--out', `out-empty-${run}`], { POLICY_CARD_CACHE: cache });
  },
  off: (run) => timeNode([bin, 'build', 'one.json', '--out', `out-off-${run}`], { POLICY_CARD_CACHE: 'off' }),
  browser: (run) => timeNode([path.join(ROOT, 'bench', 'browser-cold-child.js'), htmlFile, path.join(work, `browser-${run}.png`), CHROMIUM, JSON.stringify(CHROMIUM_ARGS)]),
};
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) delete ways.browser;

// One untimed run of each: files in the OS cache, and the warm font cache filled.
log(`warming up (load average ${loadAverage()})`);
for (const [name, run] of Object.entries(ways)) await run(`warmup-${name}`);
const loadBefore = loadAverage();
const contention = watchContention(cores);
const times = Object.fromEntries(Object.keys(ways).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, way] of Object.entries(ways)) times[name].push(await way(run));
  log(`round ${run + 1}/${RUNS}: ${Object.entries(times).map(([name, list]) => `${name} ${ms(list.at(-1))}`).join(', ')}`);
}
const other = contention();

// Where a warm-cache run spends its CPU: one more run under --cpu-prof, self time by bucket.
const profileDir = path.join(work, 'profile');
await timeNode(['--cpu-prof', `--cpu-prof-dir=${profileDir}`, bin, 'build', 'one.json', '--out', 'out-profiled'], { POLICY_CARD_CACHE: warmCache });
const profile = JSON.parse(readFileSync(path.join(profileDir, readdirSync(profileDir)[0]), 'utf8'));
const BUCKETS = [
  ['garbage collection', (frame) => frame.functionName === '(garbage collector)'],
  ['idle (waiting for files, the child, the disk)', (frame) => frame.functionName === '(idle)'],
  ['loading and compiling modules (Node\'s loader)', (frame) => /^node:internal\/(modules|deps\/cjs-module-lexer)|^node:internal\/vm/.test(frame.url) || frame.functionName === 'compileFunction'],
  ['satori (layout, text shaping, glyph outlines)', (frame) => /node_modules\/(satori|@shuding|linebreak|css-|postcss-value-parser|parse-css-color|fflate)/.test(frame.url) || frame.url.startsWith('wasm://')],
  ['resvg (rasterising) and PNG encoding', (frame) => /resvg|encode-png|node:zlib/.test(frame.url) || /^(render|asPng)$/.test(frame.functionName)],
  ['templating, QR, validation (zod, handlebars, qrcode, htmlparser2, our code)', (frame) => /node_modules\/(zod|handlebars|qrcode|htmlparser2|entities|domhandler|dijkstrajs)|\/dist\//.test(frame.url)],
];
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const buckets = new Map([...BUCKETS.map(([name]) => [name, 0]), ['everything else', 0]]);
let profiled = 0;
profile.samples.forEach((id, index) => {
  const frame = nodes.get(id).callFrame;
  const delta = profile.timeDeltas[index] / 1000;
  profiled += delta;
  const bucket = BUCKETS.find(([, test]) => test(frame))?.[0] ?? 'everything else';
  buckets.set(bucket, buckets.get(bucket) + delta);
});
const same = ['warm', 'empty', 'off'].map((name) => readFileSync(path.join(work, `out-${name}-0`, 'one.png')));
if (!same.every((png) => png.equals(same[0]))) throw new Error('bench:cold: the PNGs with and without the font cache differ');

const row = (label, list) => [label, ms(median(list)), ms(Math.min(...list)), ms(Math.max(...list)), haveBrowser ? `${(median(list) / median(times.browser)).toFixed(2)}×` : '—'];
const lines = [
  '## Single card, cold (`node bench/cold-card.mjs`)',
  '',
  `Generated by \`npm run build && node bench/cold-card.mjs\` on ${new Date().toISOString()} (node ${process.version}, ${os.cpus()[0]?.model.trim()} × ${cores}). ` +
    `One card (\`${sample.file}\`), spawn → exit, ${RUNS} runs of each way taken in turns after one untimed run of each; median (min–max). ` +
    'The three CLI ways write the same PNG, byte for byte (checked). The browser peer is handed the finished card HTML (templating is not charged to it) and writes its full-page screenshot to a file.',
  '',
  table(
    ['way', 'median', 'min', 'max', '÷ browser'],
    [
      row('`policy-card build one.json`, font subset cache warm (a repeat run)', times.warm),
      row('… font cache empty (first run of these characters; a child cuts the subset meanwhile)', times.empty),
      row('… font cache off (`POLICY_CARD_CACHE=off`, as before #17)', times.off),
      ...(haveBrowser ? [row('headless Chromium: node + playwright-core, launch → PNG file → exit', times.browser)] : []),
    ],
  ),
  '',
  `Where the main thread of one more warm-cache run spends its time (\`node --cpu-prof\`, self time by bucket; ${ms(profiled)} profiled, slower than the runs above because of the profiler):`,
  '',
  table(['bucket', 'time', 'share'], [...buckets].filter(([, time]) => time > 0).map(([name, time]) => [name, ms(time), pct(time, profiled)])),
  '',
  `Target (#17): the warm-cache CLI at most 0.5× the browser peer. Load average before the runs ${loadBefore}, after ${loadAverage()}; ` +
    `other processes used ${pct(other.foreignSeconds, other.wallSeconds * cores)} of the machine while they ran.`,
  '',
];
writeSection('## Single card, cold', lines.join('\n'));
process.stdout.write(`${lines.join('\n')}\n`);
rmSync(work, { recursive: true, force: true });
