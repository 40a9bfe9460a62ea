#!/usr/bin/env node
// Rebuilds one held-out set's **first look**: its documents drafted by the build of the code of the
// day (the commit the set's helpers branched from, built in a worktree of its own), every drafted
// and expected item scored with the *current* bench/lib/draft-scoring.js, and each item's place in
// the document computed from the lines and the draft report (never from reading). The records are
// appended to bench/data/first-looks.json, which bench/first-look-audit.mjs turns into a section of
// BENCHMARKS.md without rebuilding old commits.
//
// Usage: node bench/first-look-collect.mjs --set N --commit SHA --dist /tmp/fl-N/dist FILE…
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MATCH_THRESHOLD, matchItems, scoreDraft, similarity, LIST_FIELDS } from './lib/draft-scoring.js';
import { itemPlace, documentShape, lengthBand, startsWithMarker, repeats, locate } from './lib/item-place.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/data/first-looks.json');

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
const set = Number(arg('--set'));
const commit = arg('--commit');
const library = await import(pathToFileURL(path.resolve(arg('--dist'), 'index.js')).href);
const files = process.argv.slice(2).filter((value, index, all) => !value.startsWith('--') && !all[index - 1]?.startsWith('--'));

const present = (value) => typeof value === 'string' && value.trim().length > 0 && !value.trim().startsWith('待补充');
const stepText = (step) => (typeof step === 'string' ? step : [step?.title, step?.detail].filter(present).join(' '));

/** Each list field's items with the JSON Pointer of the spec value they came from. */
function listItems(spec, field) {
  const withPath = (list, base, text = (x) => x) => (Array.isArray(list) ? list : []).map((item, index) => ({ text: text(item), path: `${base}/${index}` })).filter((item) => present(item.text));
  switch (field) {
    case 'process': return withPath(spec?.process, '/process', stepText);
    case 'reward.items': return withPath(spec?.reward?.items, '/reward/items');
    case 'reward.table': return withPath(spec?.reward?.table?.rows, '/reward/table/rows', (row) => (row ?? []).filter(present).join(' '));
    default: return withPath(spec?.[field], `/${field}`);
  }
}
const expectedList = (spec, field) => listItems(spec, field).map((item) => item.text);

const SCALARS = { title: '/title', issuer: '/issuer', docNo: '/docNo', 'reward.headline': '/reward/headline', 'period.start': '/period/start', 'period.end': '/period/end' };
const pointer = (spec, p) => p.split('/').slice(1).reduce((value, key) => value?.[key], spec);

/** The report's sources of a value: its own path or below it, else the nearest path above it (/period for /period/end). */
function sourceOf(report, p) {
  let found = report.sources.filter((source) => source.path === p || source.path.startsWith(`${p}/`));
  for (let up = p; found.length === 0 && up.lastIndexOf('/') > 0; ) {
    up = up.slice(0, up.lastIndexOf('/'));
    found = report.sources.filter((source) => source.path === up);
  }
  return { from: found.flatMap((source) => source.from), text: found.map((source) => source.text).join(' / ') };
}

const data = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : { sets: {}, documents: [], items: [] };
data.documents = data.documents.filter((document) => document.set !== set);
data.items = data.items.filter((item) => item.set !== set);
data.sets[set] = { commit };

for (const file of files) {
  const name = path.basename(file);
  const expected = JSON.parse(readFileSync(file.replace(/\.[a-z]+$/, '.expected.json'), 'utf8'));
  // Read once: the lines place each item, and the draft is made from the same reading (draftDocument
  // without a model is readDocument then draftCard, in every build since the sets began).
  const document = await library.readDocument(file);
  let spec = {};
  let report = { sources: [], headings: [] };
  let error;
  try {
    ({ spec, report } = library.draftCard(document, {}));
  } catch (caught) {
    error = String(caught?.message ?? caught);
  }
  const lines = document.lines;
  const shape = documentShape(lines);
  const context = { lines, report, shape };
  const score = scoreDraft(expected, spec);
  data.documents.push({ set, document: name, format: path.extname(name).slice(1), ...shape, expected: score.expected, drafted: score.drafted, matched: score.matched, ...(error ? { error } : {}) });
  const record = (field, drafted, text, matched, source, extra = {}) => {
    // Where the report names no line (a missed item; a table row or a date it does not cite), the line the text is on.
    const at = source?.from?.length ? source.from : locate(lines, text);
    data.items.push({
      set, document: name, field, drafted, matched, text: text.slice(0, 120),
      from: at, sourceText: source ? source.text.slice(0, 120) : undefined,
      place: itemPlace(context, at, field), length: lengthBand(text), marker: startsWithMarker(lines, at), repeats: repeats(lines, text), ...extra,
    });
  };
  for (const field of LIST_FIELDS) {
    const got = listItems(spec, field);
    const want = expectedList(expected, field);
    const { pairs } = matchItems(want, got.map((item) => item.text));
    const gotMatched = new Set(pairs.map((pair) => pair.gotIndex));
    const wantMatched = new Set(pairs.map((pair) => pair.wantIndex));
    // alt: another drafted item, unmatched, would also match this one's expected item (so dropping this one need not lose the match).
    const partner = new Map(pairs.map((pair) => [pair.gotIndex, want[pair.wantIndex]]));
    const alt = (index) => partner.has(index) && got.some((other, o) => o !== index && !gotMatched.has(o) && similarity(partner.get(index), other.text) >= MATCH_THRESHOLD);
    got.forEach((item, index) => record(field, true, item.text, gotMatched.has(index), sourceOf(report, item.path), alt(index) ? { alt: true } : {}));
    want.forEach((text, index) => { if (!wantMatched.has(index)) record(field, false, text, false); });
  }
  for (const [field, p] of Object.entries(SCALARS)) {
    const { drafted, matched, expected: wanted } = score.fields[field];
    if (drafted) record(field, true, String(pointer(spec, p)), matched === 1, sourceOf(report, p));
    if (wanted && !matched) record(field, false, String(pointer(expected, p)), false);
  }
  // Phones: each drafted number is an item; an expected number not drafted is a miss.
  const digits = (phone) => String(phone).split(/[、,，;；/]|\s{2,}/).map((part) => part.replace(/\D/g, '')).filter((key) => key.length >= 5);
  const wantPhones = new Set((expected.contacts ?? []).flatMap((contact) => (present(contact?.phone) ? digits(contact.phone) : [])));
  const gotPhones = new Set();
  (spec.contacts ?? []).forEach((contact, index) => {
    if (!present(contact?.phone)) return;
    for (const key of digits(contact.phone)) {
      if (gotPhones.has(key)) continue;
      gotPhones.add(key);
      record('phones', true, key, wantPhones.has(key), sourceOf(report, `/contacts/${index}`));
    }
  });
  for (const key of wantPhones) if (!gotPhones.has(key)) record('phones', false, key, false);
  process.stderr.write(`set ${set} ${name}: ${score.matched}/${score.drafted}/${score.expected}\n`);
}

mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{')}\n`);
const docs = data.documents.filter((document) => document.set === set);
const sum = (key) => docs.reduce((total, document) => total + document[key], 0);
process.stdout.write(`set ${set}: ${docs.length} documents, ${sum('matched')} matched / ${sum('drafted')} drafted / ${sum('expected')} expected\n`);
