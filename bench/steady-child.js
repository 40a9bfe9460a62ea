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
  cards.push({ id: entry.card.id, sample: entry.id, wallMs, ...rendered.timings, height: rendered.height, pngBytes: rendered.png?.length ?? 0 });
  await yieldToLoop();
}
const batchMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);

writeFileSync(
  config.out,
  JSON.stringify({
    warmUpMs,
    batchMs,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    cards,
    memory: {
      vmHwm: statusBytes(process.pid, 'VmHWM'),
      rssEnd: process.memoryUsage().rss,
      pssEnd: pssOf(process.pid),
      rssAfterWarmUp,
      sampledPeak,
      samplesTaken,
    },
  }),
);
