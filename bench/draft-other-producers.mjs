#!/usr/bin/env node
// How `draft` does on the same texts saved by other producers (LibreOffice .docx and .pdf,
// Chromium's print to PDF; tests/fixtures/documents-other-producers/, made by hand with its
// make-other-producers.mjs) against the corpus document of the same text (our own fixture
// script's .docx/.pdf, or the .txt as retrieved). Every file is scored against the corpus's
// expected spec of that text with bench/lib/draft-scoring.js; a drop from the original is a
// reader's bug until shown otherwise.
//
// Usage: npm run build && node bench/draft-other-producers.mjs [--fields]
//   --fields  also print, per file, the fields whose matched count differs from the original's
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scoreDraft, totals } from './lib/draft-scoring.js';
import { table } from './lib/stats.js';
import { DOCUMENTS } from '../tests/fixtures/documents-other-producers/make-other-producers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, 'tests/fixtures/documents');
const OTHER = path.join(ROOT, 'tests/fixtures/documents-other-producers');

/** The files of one text: the corpus's own, then each other producer's. */
const PRODUCERS = [
  { key: 'original', label: 'corpus original', file: (name, source) => originalFile(name, source) },
  { key: 'lo-docx', label: 'LibreOffice .docx', file: (name) => path.join(OTHER, `${name}.docx`) },
  { key: 'lo-pdf', label: 'LibreOffice .pdf', file: (name) => path.join(OTHER, `${name}.pdf`) },
  { key: 'chromium-pdf', label: 'Chromium .pdf', file: (name) => path.join(OTHER, `${name}.chromium.pdf`) },
];

/** The corpus document of a text: the .docx/.pdf made from sources/, or the retrieved .txt itself. */
function originalFile(name, source) {
  if (!source.startsWith('sources/')) return path.join(CORPUS, source);
  return ['.docx', '.pdf'].map((extension) => path.join(CORPUS, `${name}${extension}`)).find((file) => existsSync(file));
}

const ratio = (value) => (value === null ? '–' : value.toFixed(2));
const cell = (score) => (score ? `${ratio(score.precision)} / ${ratio(score.recall)} (${score.matched})` : 'missing');

async function main(argv) {
  const library = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  const showFields = argv.includes('--fields');
  const rows = [];
  const pooled = Object.fromEntries(PRODUCERS.map((producer) => [producer.key, []]));
  const notes = [];
  for (const { name, source } of DOCUMENTS) {
    const expected = JSON.parse(readFileSync(path.join(CORPUS, `${name}.expected.json`), 'utf8'));
    const scores = {};
    for (const producer of PRODUCERS) {
      const file = producer.file(name, source);
      if (!file || !existsSync(file)) continue;
      let drafted;
      try {
        drafted = (await library.draftDocument(file, {})).spec;
      } catch (error) {
        notes.push(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      scores[producer.key] = scoreDraft(expected, drafted);
      pooled[producer.key].push({ name, score: scores[producer.key] });
    }
    rows.push([`${name} (${path.extname(PRODUCERS[0].file(name, source) ?? '')})`, ...PRODUCERS.map((producer) => (scores[producer.key] ? cell(scores[producer.key]) : '–'))]);
    if (showFields && scores.original) {
      for (const producer of PRODUCERS.slice(1)) {
        const score = scores[producer.key];
        if (!score) continue;
        const changed = Object.entries(score.fields)
          .filter(([field, counts]) => counts.matched !== scores.original.fields[field].matched || counts.drafted !== scores.original.fields[field].drafted)
          .map(([field, counts]) => `${field} ${scores.original.fields[field].matched}/${scores.original.fields[field].drafted}→${counts.matched}/${counts.drafted}`);
        if (changed.length > 0) notes.push(`${name} ${producer.label}: ${changed.join(', ')} (matched/drafted)`);
      }
    }
  }
  rows.push(['**all**', ...PRODUCERS.map((producer) => cell(totals(pooled[producer.key].map((entry) => entry.score))))]);
  // The same texts in every column: those made in all four formats.
  const everywhere = (key) => pooled[key].filter((entry) => PRODUCERS.every((producer) => pooled[producer.key].some((other) => other.name === entry.name))).map((entry) => entry.score);
  rows.push(['**texts in every format**', ...PRODUCERS.map((producer) => cell(totals(everywhere(producer.key))))]);
  process.stdout.write(`${table(['text (original format)', ...PRODUCERS.map((producer) => `${producer.label} P / R (matched)`)], rows)}\n`);
  if (notes.length > 0) process.stdout.write(`\n${notes.map((note) => `- ${note}`).join('\n')}\n`);
}

await main(process.argv.slice(2));
