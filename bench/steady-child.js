// Runs in its own Node process: one warm-up render, then a batch of cards rendered one after
// another with renderCard, recording the stage timings the library returns, wall time, CPU time
// and memory. Usage: node bench/steady-child.js <config.json>
//   config: { files: [absolute card paths], count, out }
import { readFileSync, writeFileSync } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { loadSampleCards, makeBatch, renderOptions, importDist } from './lib/cards.js';
import { pssOf, statusBytes } from './lib/proc.js';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { renderCard } = await importDist('index.js');
const { valid } = await loadSampleCards();
const samples = config.files.map((file) => {
  const sample = valid.find((entry) => entry.absolutePath === file);
  if (!sample) throw new Error(`steady-child: ${file} is no longer a valid card`);
  return sample;
});
const batch = makeBatch(samples, config.count);

// In-process RSS sampling, as a cross-check of the kernel's high-water mark (VmHWM). Rendering is
// synchronous between awaits, so the loop yields once per card to let the sampler run.
let sampledPeak = 0;
let samplesTaken = 0;
const sampler = setInterval(() => {
  samplesTaken++;
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
}, 20);

const warm = samples[0];
const warmStarted = performance.now();
await renderCard({ ...warm.card, id: `${warm.card.id}-warmup` }, renderOptions(warm));
const warmUpMs = performance.now() - warmStarted;
const rssAfterWarmUp = process.memoryUsage().rss;

const cards = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (const entry of batch) {
  const cardStarted = performance.now();
  const rendered = await renderCard(entry.card, renderOptions(entry));
  const wallMs = performance.now() - cardStarted;
  cards.push({ id: entry.card.id, sample: entry.id, wallMs, ...rendered.timings, height: rendered.height, pngBytes: rendered.png?.length ?? 0, svgBytes: Buffer.byteLength(rendered.svg), rss: process.memoryUsage().rss });
  await yieldToLoop();
}
const batchMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);

process.stdout.write('BATCH_DONE\n'); // the parent stops sampling this process's memory here

// Memory figures of the batch, before the diagnostic below can add to them.
const memory = {
  vmHwm: statusBytes(process.pid, 'VmHWM'),
  rssEnd: process.memoryUsage().rss,
  pssEnd: pssOf(process.pid),
  rssAfterWarmUp,
  sampledPeak,
  samplesTaken,
};

// Diagnostic, after the batch so it does not disturb it: where resvg's time goes for each sample
// (parse vs rasterise vs PNG encode), and what rasterising costs without satori's SVG filters
// (satori turns CSS box-shadow into a <filter> with feGaussianBlur). Best of 3 each.
const { Resvg } = await import('@resvg/resvg-js');
const resvgOptions = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } };
/** Best of 3 of a measurement that returns milliseconds. */
const best = (measure) => Math.min(measure(), measure(), measure());
const timed = (run) => () => {
  const t = performance.now();
  run();
  return performance.now() - t;
};
/** Time of `render()` alone (the parse into a tree happens in the constructor). */
const rasterOnly = (svg) => () => {
  const instance = new Resvg(svg, resvgOptions);
  const t = performance.now();
  instance.render();
  return performance.now() - t;
};
const diagnostics = [];
for (const sample of samples) {
  const { svg } = await renderCard({ ...sample.card, id: `${sample.card.id}-diag` }, { ...renderOptions(sample), skipPng: true });
  const noFilters = svg.replace(/ filter="url\([^)]*\)"/g, '');
  const image = new Resvg(svg, resvgOptions).render();
  diagnostics.push({
    sample: sample.id,
    filters: (svg.match(/<filter\b/g) ?? []).length,
    parseMs: best(timed(() => new Resvg(svg, resvgOptions))),
    rasterMs: best(rasterOnly(svg)),
    encodeMs: best(timed(() => image.asPng())),
    noFilterRasterMs: best(rasterOnly(noFilters)),
  });
}

writeFileSync(
  config.out,
  JSON.stringify({
    warmUpMs,
    batchMs,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    cards,
    diagnostics,
    memory,
  }),
);
