// Runs in a fresh Node process: time from process start (performance.timeOrigin) to the first
// PNG in memory, split at the points the library is imported, the card is loaded and rendered.
// Usage: node bench/cold-child.js <card.json> <result.json>
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bootMs = performance.now(); // this module runs: Node is up, nothing of ours is loaded yet
const [cardFile, resultFile] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const lib = await import(path.join(root, 'dist', 'index.js'));
const importedMs = performance.now();
const loaded = await lib.loadCardFile(path.resolve(cardFile), root);
if (!loaded.card) throw new Error(`cold-child: ${cardFile} is not a valid card: ${loaded.errors.map((error) => error.code).join(', ')}`);
const loadedMs = performance.now();
const rendered = await lib.renderCard(loaded.card, { template: 'phone', baseDir: path.dirname(loaded.absolutePath), file: loaded.file });
const pngMs = performance.now();
if (!rendered.png || rendered.png.length === 0) throw new Error('cold-child: no PNG');

writeFileSync(
  resultFile,
  JSON.stringify({
    timeOrigin: performance.timeOrigin,
    bootMs,
    importedMs,
    loadedMs,
    pngMs,
    timings: rendered.timings,
    pngBytes: rendered.png.length,
    height: rendered.height,
    cpu: process.cpuUsage(),
  }),
);
