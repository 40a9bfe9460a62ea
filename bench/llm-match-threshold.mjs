// How well find-in-source tells items of a document from items that are not in it, on the draft
// corpus (tests/fixtures/documents): the evidence for its SUPPORTED threshold.
//   true items:    each list item, title and issuer of a document's expected spec (written by a
//                  person from that document) against that document;
//   foreign items: items of the other documents' specs against it, which share the vocabulary of
//                  policy notices (企业, 申报, 万元) but are not in it: the kind of text a model
//                  invents.
// Prints the share of each kept at several thresholds, with and without the figure check.
// Run after `npm run build`: node bench/llm-match-threshold.mjs
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../dist/draft/read-document.js';
import { bestRun } from '../dist/draft/find-in-source.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FOLDER = path.join(ROOT, 'tests', 'fixtures', 'documents');
const FOREIGN_PER_DOCUMENT = 40;

function itemsOf(spec) {
  const step = (value) => (typeof value === 'string' ? value : [value.title, value.detail].filter(Boolean).join('，'));
  return [
    spec.title,
    spec.issuer,
    ...(spec.parties ?? []),
    ...(spec.conditions ?? []),
    ...(spec.materials ?? []),
    ...(spec.process ?? []).map(step),
    ...(spec.reward?.items ?? []),
  ].filter((item) => typeof item === 'string' && item.length > 0 && !item.startsWith('待补充'));
}

const names = (await readdir(FOLDER)).filter((name) => name.endsWith('.expected.json')).sort();
const documents = [];
for (const name of names) {
  const base = name.replace(/\.expected\.json$/, '');
  const source = (await readdir(FOLDER)).find((file) => file.startsWith(`${base}.`) && !file.endsWith('.json'));
  if (!source) continue;
  const document = await readDocument(path.join(FOLDER, source));
  const spec = JSON.parse(await readFile(path.join(FOLDER, name), 'utf8'));
  documents.push({ base, lines: document.lines, items: itemsOf(spec) });
}

const own = [];
const foreign = [];
for (const [index, document] of documents.entries()) {
  for (const item of document.items) own.push(bestRun(item, document.lines));
  // A fixed, spread-out sample of the other documents' items.
  const others = documents.filter((_, other) => other !== index).flatMap((other) => other.items);
  const step = Math.max(1, Math.floor(others.length / FOREIGN_PER_DOCUMENT));
  for (let at = index % step; at < others.length; at += step) foreign.push(bestRun(others[at], document.lines));
}

const kept = (runs, threshold, figures) => runs.filter((run) => run && run.support >= threshold && (!figures || run.figures)).length / runs.length;
const pct = (value) => `${(value * 100).toFixed(1)}%`;
console.log(`${documents.length} documents, ${own.length} true items, ${foreign.length} foreign items`);
console.log('threshold | true kept | foreign kept (bigrams only) | foreign kept (bigrams + figures)');
for (const threshold of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
  console.log(`${threshold.toFixed(2)}      | ${pct(kept(own, threshold, true))}     | ${pct(kept(foreign, threshold, false))}                       | ${pct(kept(foreign, threshold, true))}`);
}
const missed = own.map((run, index) => ({ run, index })).filter(({ run }) => !run || run.support < 0.8 || !run.figures);
console.log(`true items below 0.8 or missing a figure: ${missed.length}`);
for (const { index } of missed) console.log(`  ${own[index]?.support.toFixed(2) ?? "none"} figures:${own[index]?.figures} ${documents.flatMap((document) => document.items)[index]}`);

// Foreign items that pass: usually text both notices really hold (营业执照复印件, a common issuer).
const passing = [];
for (const [index, document] of documents.entries()) {
  const others = documents.filter((_, other) => other !== index).flatMap((other) => other.items);
  const step = Math.max(1, Math.floor(others.length / FOREIGN_PER_DOCUMENT));
  for (let at = index % step; at < others.length; at += step) {
    const run = bestRun(others[at], document.lines);
    if (run && run.support >= 0.8 && run.figures) passing.push(`${document.base}: ${others[at]}`);
  }
}
console.log('foreign items kept at 0.8:', passing);

// A model that copies a sentence but changes its amount: bigrams alone keep it, the figure check does not.
const altered = [];
for (const document of documents) {
  for (const item of document.items) {
    const changed = item.replace(/(\d+)(?=\s*(?:万元|亿元|元|%))/u, (digits) => String(Number(digits) + 7));
    if (changed !== item) altered.push(bestRun(changed, document.lines));
  }
}
console.log(`items with one amount changed: ${altered.length}; kept by bigrams alone at 0.8: ${pct(kept(altered, 0.8, false))}; kept with the figure check: ${pct(kept(altered, 0.8, true))}`);
