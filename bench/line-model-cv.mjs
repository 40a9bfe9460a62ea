#!/usr/bin/env node
// Does the line model (src/draft/line-field-model.ts) make `draft` better on documents it has
// not seen? Measured with the scorer of `npm run bench:draft`, rules alone against rules + model:
//   - leave one set out over the corpus: the documents of each held-out set 5–10 that was folded
//     into it (bench/data/first-looks.json) form one group, the earlier documents (sets 1–4) one
//     more; each group is drafted with a model trained on the others. The thresholds are chosen
//     from these figures only, with the oracle (every unit given the field its text matches in
//     the expected spec) as the upper bound;
//   - tests/fixtures/documents-holdout11/ (and each --dir), drafted with a model trained on the
//     whole corpus at those thresholds: only scored, never used to train or tune.
// Prints the figures, replaces the `## Line field reader` section of BENCHMARKS.md, and writes
// the model trained on the whole corpus with the chosen thresholds (src/draft/line-field-model.json).
//
// Usage: node bench/line-model-cv.mjs [--no-write] [--dir DIR]… (after npm run build)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftCard } from '../dist/draft/draft-card.js';
import { lineFieldReader } from '../dist/draft/line-field-model.js';
import { readDocument } from '../dist/draft/read-document.js';
import { corpusDocuments } from './draft-score.mjs';
import { scoreCorpus } from './lib/draft-scoring.js';
import { confusion, documentUnits, NEVER, TRAINING, trainLineModel, unitKey } from './lib/line-training.js';
import { writeSection } from './lib/sections.js';
import { readExpected } from './lib/section-training.js';
import { interleavedMedians, table } from './lib/stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = path.join(ROOT, 'tests/fixtures/documents');
const HOLDOUT_DIR = path.join(ROOT, 'tests/fixtures/documents-holdout11');
const MODEL_FILE = path.join(ROOT, 'src/draft/line-field-model.json');
const SECTION = '## Line field reader';
const LIST_FIELDS = ['parties', 'conditions', 'materials', 'process', 'reward.items'];
/** Thresholds tried; 'off' never acts. */
const GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 'off'];
/**
 * Trainings compared, fixed before any figure was seen: the default (mild, so calibrated near the
 * rules), a strong fit (more epochs, a larger step, less L2: it proposes more), and the words alone
 * (no rules field, section field or list sizes: it cannot lean on the rules).
 */
const CONFIGS = [
  { name: 'calibrated', options: {} },
  { name: 'strong', options: { epochs: 30, rate: 3, l2: 1e-5 } },
  { name: 'words only', options: { epochs: 20, rate: 1, exclude: ['r:', 'f:', 'n:'] } },
];
const DROPS = ['off', 0.8, 0.9, 0.95];
/** Rule of issue #13 for the leave-one-set-out figures: recall must rise and precision fall by at most this. */
const MAX_PRECISION_LOSS = 0.01;

async function readCorpus(dir) {
  const documents = [];
  for (const { name, file, expectedFile } of corpusDocuments(dir)) {
    const document = await readDocument(file);
    const expected = readExpected(expectedFile);
    documents.push({ name, document, expected, units: documentUnits(document, expected) });
  }
  return documents;
}

/** Each corpus document's group: its held-out set (5–10), else 'sets 1–4'. */
function groupsOf(corpus) {
  const firstLooks = JSON.parse(readFileSync(path.join(ROOT, 'bench/data/first-looks.json'), 'utf8'));
  const setOf = new Map(firstLooks.documents.map((entry) => [entry.document, `set ${entry.set}`]));
  return new Map(corpus.map((entry) => [entry.name, setOf.get(entry.name) ?? 'sets 1–4']));
}

const examplesOf = (entries) => entries.flatMap((entry) => entry.units.map(({ unit, label, ruleField }) => ({ document: entry.name, unit, label, ruleField })));
const threshold = (value) => (value === 'off' ? 2 : value);
const thresholdsOf = ({ move, add, drop }) => ({ move: threshold(move), add: threshold(add), drop: drop === 'off' ? null : drop });

/** A reader that remembers its answers by unit (the units do not change with the thresholds). */
function cachedReader(model) {
  const reader = lineFieldReader(model, NEVER);
  const cache = new Map();
  return (thresholds) => ({
    thresholds,
    classify(unit) {
      const key = unitKey(unit);
      if (!cache.has(key)) cache.set(key, reader.classify(unit));
      return cache.get(key);
    },
  });
}

/** The field each unit's text matches in the expected spec: what a perfect line reader would say. */
function oracleReader(entry, drop) {
  const labels = new Map(entry.units.map(({ key, label }) => [key, label]));
  return { thresholds: { move: 0, add: 0, drop: drop ? 0 : null }, classify: (unit) => ({ field: labels.get(unitKey(unit)) ?? 'none', probability: 1 }) };
}

/** Drafts each entry with `readerFor(entry)` (undefined: rules only) and scores them. */
function draftAndScore(entries, readerFor) {
  let inferred = 0;
  const scored = entries.map((entry) => {
    const reader = readerFor(entry);
    const { spec, report } = draftCard(entry.document, reader ? { lineModel: reader } : {});
    inferred += report.doubts.filter((doubt) => doubt.kind === 'inferred-item').length;
    return { name: entry.name, expected: entry.expected, drafted: spec };
  });
  return { ...scoreCorpus(scored), inferred };
}

const f1 = ({ precision, recall }) => (precision && recall ? (2 * precision * recall) / (precision + recall) : 0);
const r3 = (value) => (value === null ? '–' : value.toFixed(3));
const d3 = (after, before) => (after === null || before === null ? '–' : `${after - before >= 0 ? '+' : ''}${(after - before).toFixed(3)}`);
const label = (setting) => `${setting.config}: move ${setting.move}, add ${setting.add}, drop ${setting.drop}`;

function fieldRows(before, after) {
  return LIST_FIELDS.map((field) => {
    const b = before.byField[field];
    const a = after.byField[field];
    return [field, `${b.matched}/${b.drafted}/${b.expected}`, `${a.matched}/${a.drafted}/${a.expected}`, r3(b.precision), r3(a.precision), r3(b.recall), r3(a.recall)];
  });
}

function totalsRow(name, result, rules) {
  const t = result.total;
  return [name, r3(t.precision), r3(t.recall), r3(f1(t)), d3(t.precision, rules.total.precision), d3(t.recall, rules.total.recall), `${t.matched} / ${t.drafted} / ${t.expected}`, String(result.inferred)];
}

async function main(argv) {
  const write = !argv.includes('--no-write');
  const extraDirs = argv.flatMap((arg, index) => (arg === '--dir' ? [path.resolve(argv[index + 1])] : []));
  const corpus = await readCorpus(CORPUS_DIR);
  const groups = groupsOf(corpus);
  const groupNames = [...new Set(groups.values())].sort((a, b) => (a === 'sets 1–4' ? -1 : b === 'sets 1–4' ? 1 : Number(a.slice(4)) - Number(b.slice(4))));
  const started = performance.now();
  // Per training, per group: a reader over the model trained on the other groups.
  const readers = new Map(CONFIGS.map(({ name, options }) => [name, new Map(groupNames.map((group) => [group, cachedReader(trainLineModel(examplesOf(corpus.filter((entry) => groups.get(entry.name) !== group)), options))]))]));
  const trainSeconds = (performance.now() - started) / 1000 / groupNames.length / CONFIGS.length;
  const cvRun = (setting) => draftAndScore(corpus, (entry) => readers.get(setting.config).get(groups.get(entry.name))(thresholdsOf(setting)));

  // The units first, each read by the model that did not see its group: what it proposes and how often rightly.
  const unitRows = CONFIGS.flatMap(({ name }) => [0.5, 0.7, 0.8, 0.9, 0.95].map((at) => {
    const tally = { add: [0, 0], move: [0, 0], drop: [0, 0] };
    for (const entry of corpus) {
      const reader = readers.get(name).get(groups.get(entry.name))(NEVER);
      for (const { unit, label, ruleField } of entry.units) {
        const guess = reader.classify(unit);
        if (guess.probability < at) continue;
        const kind = ruleField === 'none' ? (guess.field === 'none' ? undefined : 'add') : guess.field === 'none' ? 'drop' : guess.field !== ruleField ? 'move' : undefined;
        if (!kind) continue;
        tally[kind][0]++;
        if (guess.field === label) tally[kind][1]++;
      }
    }
    return [name, String(at), ...['add', 'move', 'drop'].map((kind) => `${tally[kind][1]} of ${tally[kind][0]}`)];
  }));
  const rules = draftAndScore(corpus, () => undefined);
  const runs = [];
  for (const { name } of CONFIGS) {
    // The other trainings on the upper half of the grid: below 0.7 they propose mostly wrong fields (the unit table).
    const grid = name === CONFIGS[0].name ? GRID : GRID.filter((value) => value === 'off' || value >= 0.7);
    for (const move of grid) for (const add of grid) if (move !== 'off' || add !== 'off') runs.push({ setting: { config: name, move, add, drop: 'off' }, result: cvRun({ config: name, move, add, drop: 'off' }) });
  }
  const admissible = (result) => result.total.recall > rules.total.recall && result.total.precision >= rules.total.precision - MAX_PRECISION_LOSS;
  const best = (list) => [...list].sort((a, b) => f1(b.result.total) - f1(a.result.total))[0];
  let chosen = best(runs.filter((run) => admissible(run.result))) ?? best(runs);
  const dropRuns = DROPS.filter((drop) => drop !== 'off').map((drop) => ({ setting: { ...chosen.setting, drop }, result: cvRun({ ...chosen.setting, drop }) }));
  const betterDrop = best(dropRuns.filter((run) => admissible(run.result) && f1(run.result.total) > f1(chosen.result.total)));
  if (betterDrop) chosen = betterDrop;
  const oracle = draftAndScore(corpus, (entry) => oracleReader(entry, false));
  const oracleDrop = draftAndScore(corpus, (entry) => oracleReader(entry, true));
  const kept = admissible(chosen.result);
  const setting = chosen.setting;

  // Per group, rules against the chosen setting.
  const groupRows = groupNames.map((group) => {
    const entries = corpus.filter((entry) => groups.get(entry.name) === group);
    const before = draftAndScore(entries, () => undefined).total;
    const after = draftAndScore(entries, () => readers.get(chosen.setting.config).get(group)(thresholdsOf(chosen.setting))).total;
    return [group, String(entries.length), `${r3(before.precision)} / ${r3(before.recall)}`, `${r3(after.precision)} / ${r3(after.recall)}`, d3(f1(after), f1(before))];
  });

  // The model of the whole corpus, with the chosen thresholds: what `draft` would use.
  const examples = examplesOf(corpus);
  const whole = trainLineModel(examples, {
    ...CONFIGS.find((config) => config.name === setting.config).options,
    thresholds: thresholdsOf(chosen.setting),
    about: `Generated by node bench/line-model-cv.mjs from ${examples.length} candidate units of ${corpus.length} documents in tests/fixtures/documents/; thresholds chosen by leave one set out; do not edit by hand.`,
  });
  const size = Buffer.byteLength(JSON.stringify(whole));
  const judged = [];
  for (const dir of [HOLDOUT_DIR, ...extraDirs]) {
    if (!existsSync(dir)) {
      process.stderr.write(`No held-out check: ${path.relative(ROOT, dir)}/ is not here.\n`);
      continue;
    }
    const entries = await readCorpus(dir);
    const reader = lineFieldReader(whole);
    judged.push({ dir, count: entries.length, rules: draftAndScore(entries, () => undefined), model: draftAndScore(entries, () => reader) });
  }
  const speed = draftSpeed(corpus, lineFieldReader(whole));

  const counts = confusion(examples);
  const classes = ['none', 'parties', 'conditions', 'materials', 'process', 'reward'];
  const lines = [
    SECTION,
    '',
    `Generated by \`node bench/line-model-cv.mjs${argv.length ? ` ${argv.join(' ')}` : ''}\` on ${new Date().toISOString()}; the script replaces this section on every run (\`npm run bench:draft\` rewrites only \`## Draft quality\`).`,
    '',
    `Question (issue #13): does a statistical reader of each candidate item (src/draft/line-field-model.ts: softmax logistic regression by SGD in a fixed order (deterministic), over character 1–3-grams of the item and of its opening, 1–2-grams of the nearest heading, the rules' field, the section's field, how many items the rules found for each field, the list marker, a length bucket and the place in the document; features seen in fewer than ${TRAINING.minDocuments} documents left out; three trainings fixed beforehand: ${CONFIGS.map(({ name, options }) => `${name} (L2 ${options.l2 ?? TRAINING.l2}, ${options.epochs ?? TRAINING.epochs} epochs, step ${options.rate ?? TRAINING.rate}${options.exclude ? `, without ${options.exclude.join(' ')}` : ''})`).join(', ')}) help \`draft\` on documents it has not seen? It may move a rules item to another field (probability ≥ move), add a piece of a line the rules left out (≥ add, while the list has room) and drop a rules item it reads as no field (≥ drop). Candidates (bench/lib/line-training.js): ${examples.length} units of ${corpus.length} corpus documents, the rules' items and the pieces of body lines no rules item holds (split as the drafter splits a section's lines), each labelled with the field whose expected item it matches best (the scorer's similarity ≥ 0.6), else \`none\`.`,
    '',
    'Rules\' field (rows; none = left out) against the label (columns): what a line reader could change. Off the diagonal of the first five rows are moves; the none row\'s fields are items to add; the none column of the first five rows are items to drop.',
    '',
    table(['rules \\ label', ...classes], ['parties', 'conditions', 'materials', 'process', 'reward', 'none'].map((rule) => [rule, ...classes.map((cls) => String(counts[rule]?.[cls] ?? 0))])),
    '',
    '### Leave one set out over the corpus',
    '',
    `Units first: what the model of the other groups proposes for each unit at a probability of at least p, and how many of its proposals are the unit's label (an add or a move is right when the field is the label, a drop when the label is none). Of the ${examples.filter((example) => example.ruleField === 'none' && example.label !== 'none').length} left-out units that match an expected item, and the rules' ${examples.filter((example) => example.ruleField !== 'none' && example.label !== 'none' && example.label !== example.ruleField).length} items in a wrong field:`,
    '',
    table(['training', 'p ≥', 'adds right', 'moves right', 'drops right'], unitRows),
    '',
    'Then drafts:',
    '',
    `Groups: ${groupNames.map((group) => `${group} (${corpus.filter((entry) => groups.get(entry.name) === group).length})`).join(', ')}; each drafted by the rules plus a model trained on the other groups (${trainSeconds.toFixed(1)} s a model). Chosen setting: the best F1 among those whose recall rises and whose precision falls by at most ${MAX_PRECISION_LOSS} (${kept ? 'found' : 'none qualifies, so the best F1 of all is shown'}); drop tried at the chosen move and add.`,
    '',
    table(
      ['drafter', 'precision', 'recall', 'F1', 'Δ precision', 'Δ recall', 'matched / drafted / expected', 'items inferred'],
      [
        totalsRow('rules only', rules, rules),
        totalsRow(`**rules + model (${label(setting)})**`, chosen.result, rules),
        ...runs
          .filter((run) => run !== chosen)
          .sort((a, b) => f1(b.result.total) - f1(a.result.total))
          .slice(0, 8)
          .map((run) => totalsRow(`rules + model (${label(run.setting)})`, run.result, rules)),
        ...runs.filter((run) => run.setting.add === 'off' && run.setting.move === 0.8).map((run) => totalsRow(`rules + model, moves only (${label(run.setting)})`, run.result, rules)),
        ...runs.filter((run) => run.setting.move === 'off' && (run.setting.add === 0.8 || run.setting.add === 0.7)).map((run) => totalsRow(`rules + model, adds only (${label(run.setting)})`, run.result, rules)),
        ...dropRuns.filter((run) => run !== chosen).map((run) => totalsRow(`rules + model (${label(run.setting)})`, run.result, rules)),
        totalsRow('rules + oracle, move and add (upper bound)', oracle, rules),
        totalsRow('rules + oracle, move, add and drop (upper bound)', oracleDrop, rules),
      ],
    ),
    '',
    `Per group at ${label(setting)} (precision / recall):`,
    '',
    table(['group', 'documents', 'rules', 'rules + model', 'Δ F1'], groupRows),
    '',
    'Per field (matched/drafted/expected), chosen setting:',
    '',
    table(['field', 'rules', 'rules + model', 'precision before', 'after', 'recall before', 'after'], fieldRows(rules, chosen.result)),
    '',
    'and with the oracle (move and add):',
    '',
    table(['field', 'rules', 'rules + oracle', 'precision before', 'after', 'recall before', 'after'], fieldRows(rules, oracle)),
  ];
  for (const { dir, count, rules: before, model } of judged) {
    lines.push(
      '',
      `### Held-out: ${path.relative(ROOT, dir)}/`,
      '',
      `${count} documents neither the rules nor the model saw, drafted with the model trained on the whole corpus at ${label(setting)}; only scored.`,
      '',
      table(['drafter', 'precision', 'recall', 'F1', 'Δ precision', 'Δ recall', 'matched / drafted / expected', 'items inferred'], [totalsRow('rules only', before, before), totalsRow('rules + model', model, before)]),
      '',
      table(['field', 'rules', 'rules + model', 'precision before', 'after', 'recall before', 'after'], fieldRows(before, model)),
    );
  }
  const at80 = (name) => unitRows.find((row) => row[0] === name && row[1] === '0.8');
  const unitSummary = `The oracle rows show room (move, add and drop: recall ${d3(oracleDrop.total.recall, rules.total.recall)}, precision ${d3(oracleDrop.total.precision, rules.total.precision)}; move and add alone cost precision, because a piece labelled with a field often repeats an expected item a rules item already matched), but no training finds it on documents it did not see: at p ≥ 0.8 its adds are right ${CONFIGS.map(({ name }) => `${at80(name)[2]} (${name})`).join(', ')} and its moves ${CONFIGS.map(({ name }) => at80(name)[3]).join(', ')}, against the rules' precision of ${r3(rules.total.precision)}. Leaning on the rules' field, the model mostly agrees with the rules; without it, the words of a line the writer put on the card look much like those of lines they left out. The measurement is, if anything, kind to the rules: they were written from all seven groups, so what they miss in the corpus is the hard residue, and unseen documents (set 11 above) are the judge.`;
  const set11 = judged.find((entry) => entry.dir === HOLDOUT_DIR);
  const holdoutPass = set11 ? f1(set11.model.total) - f1(set11.rules.total) >= 0.02 && set11.model.total.precision >= set11.rules.total.precision - MAX_PRECISION_LOSS : false;
  const on = kept && holdoutPass;
  lines.push(
    '',
    '### Verdict',
    '',
    `Rule of issue #13: on by default only if (i) leave-one-set-out recall rises with precision falling by at most ${MAX_PRECISION_LOSS} (${kept ? 'met' : 'not met'}: recall ${d3(chosen.result.total.recall, rules.total.recall)}, precision ${d3(chosen.result.total.precision, rules.total.precision)}) and (ii) set 11's F1 rises by at least 0.02 with precision falling by at most ${MAX_PRECISION_LOSS} (${set11 ? `${holdoutPass ? 'met' : 'not met'}: F1 ${d3(f1(set11.model.total), f1(set11.rules.total))}, precision ${d3(set11.model.total.precision, set11.rules.total.precision)}` : 'not measured'}). **${on ? 'On by default' : 'Off by default'}.** ${unitSummary} Model: ${Object.keys(whole.weights).length} features, ${(size / 1024).toFixed(0)} KB of JSON.${speed ? ` Drafting ${speed.name}: ${speed.rules.toFixed(0)} ms with rules only, ${speed.model.toFixed(0)} ms with the model (median of 9 interleaved runs, text already read).` : ''}`,
  );
  const report = `${lines.join('\n')}\n`;
  if (write) {
    writeSection(SECTION, report);
    writeFileSync(MODEL_FILE, `${JSON.stringify(whole)}\n`);
  }
  process.stdout.write(report);
  return 0;
}

/** Median time of draftCard on the corpus's 20-page PDF, without and with the model, runs interleaved. */
function draftSpeed(corpus, reader) {
  const entry = corpus.find((each) => each.name === 'guowuyuan-gongli-yiyuan.pdf');
  if (!entry) return undefined;
  const [rules, model] = interleavedMedians([() => draftCard(entry.document), () => draftCard(entry.document, { lineModel: reader })], 9);
  return { name: entry.name, rules, model };
}

process.exitCode = await main(process.argv.slice(2));
