#!/usr/bin/env node
// Does the section model (src/draft/section-model.ts) make `draft` better? Measured two ways,
// rules alone against rules + model, with the scorer of `npm run bench:draft`:
//   - leave-one-document-out over the corpus: for each document, a model trained on the other
//     documents' sections drafts it (so no document is scored by a model that saw it);
//   - the eleventh held-out set (tests/fixtures/documents-holdout11/), drafted with a model trained on
//     the whole corpus. Its texts and specs are only scored, never used to train or tune.
// Prints the figures and replaces the `## Section classifier` section of BENCHMARKS.md.
//
// Usage: node bench/section-model-cv.mjs [--no-write] (after npm run build)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftCard } from '../dist/draft/draft-card.js';
import { readDocument } from '../dist/draft/read-document.js';
import { MODEL_FIELDS, sectionClassifier } from '../dist/draft/section-model.js';
import { corpusDocuments } from './draft-score.mjs';
import { SCORED_FIELDS, scoreCorpus } from './lib/draft-scoring.js';
import { writeSection } from './lib/sections.js';
import { documentSections, FEATURES, readExpected, THRESHOLD, trainLogistic, trainModel } from './lib/section-training.js';
import { interleavedMedians, table } from './lib/stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = path.join(ROOT, 'tests/fixtures/documents');
const HOLDOUT_DIR = path.join(ROOT, 'tests/fixtures/documents-holdout11');
const SECTION = '## Section classifier';
/** Thresholds reported beside the one the model ships with, so the choice can be seen. */
const THRESHOLDS = [0.5, 0.7, THRESHOLD, 0.9, 0.95].filter((value, index, all) => all.indexOf(value) === index).sort();

async function readCorpus(dir) {
  const documents = [];
  for (const { name, file, expectedFile } of corpusDocuments(dir)) {
    documents.push({ name, format: path.extname(name).slice(1), document: await readDocument(file), expected: readExpected(expectedFile) });
  }
  return documents;
}

const sectionKey = (section) => `${section.heading}\u0000${section.items.join('\u0001')}`;

/** A classifier from `probabilities(section)` in `classes` order: the best field at or above `threshold`. */
function classifierOf(classes, probabilities, threshold) {
  return (section) => {
    const predicted = probabilities(section);
    const best = predicted.indexOf(Math.max(...predicted));
    return classes[best] === 'none' || predicted[best] < threshold ? undefined : { field: classes[best], probability: predicted[best] };
  };
}

/**
 * The best any model could do here: the field each open section's items match in the expected
 * spec (its training label), as if the model were always right. An upper bound, not a drafter.
 */
function oracleFor(sections) {
  const labels = new Map(sections.filter((section) => section.open).map((section) => [sectionKey(section), section.label]));
  return (section) => {
    const label = labels.get(sectionKey(section));
    return label === undefined || label === 'none' ? undefined : { field: label, probability: 1 };
  };
}

/** Over the open sections of every document, each classified by the model that did not see its document: fields named, and how many right. */
function sectionLevel(corpus, sections, classifiers) {
  let named = 0;
  let right = 0;
  let positives = 0;
  for (const entry of corpus) {
    const classify = classifiers.get(entry.name);
    for (const section of sections.get(entry.name).filter((each) => each.open)) {
      if (section.label !== 'none') positives++;
      const guess = classify(section);
      if (!guess) continue;
      named++;
      if (guess.field === section.label) right++;
    }
  }
  return { named, right, positives };
}

/** Drafts each document (with the classifier `classifierFor(document)` gives, if any) and scores the lot. */
function draftAndScore(documents, classifierFor) {
  const inferred = [];
  const scored = documents.map((entry) => {
    const classify = classifierFor(entry);
    const { spec, report } = draftCard(entry.document, classify ? { sectionModel: classify } : {});
    for (const heading of report.headings) if (heading.inferred !== undefined) inferred.push({ document: entry.name, field: heading.field, probability: heading.inferred, text: heading.text });
    return { name: entry.name, format: entry.format, expected: entry.expected, drafted: spec };
  });
  return { ...scoreCorpus(scored), inferred };
}

const ratio = (value) => (value === null ? '–' : value.toFixed(3));
const delta = (after, before) => (after === null || before === null ? '–' : `${after - before >= 0 ? '+' : ''}${(after - before).toFixed(3)}`);

function fieldRows(before, after) {
  return SCORED_FIELDS.filter((field) => before.byField[field].expected > 0 || after.byField[field].drafted > 0)
    .filter((field) => before.byField[field].matched !== after.byField[field].matched || before.byField[field].drafted !== after.byField[field].drafted)
    .map((field) => [field, `${before.byField[field].matched}/${before.byField[field].drafted}/${before.byField[field].expected}`, `${after.byField[field].matched}/${after.byField[field].drafted}/${after.byField[field].expected}`, ratio(before.byField[field].precision), ratio(after.byField[field].precision), ratio(before.byField[field].recall), ratio(after.byField[field].recall)]);
}

async function main(argv) {
  const corpus = await readCorpus(CORPUS_DIR);
  const sections = new Map(corpus.map((entry) => [entry.name, documentSections(entry.document, entry.expected)]));
  const allSections = [...sections.values()].flat();
  const openSections = allSections.filter((section) => section.open);
  const mapped = allSections.filter((section) => MODEL_FIELDS.includes(section.ruleField));

  const rules = draftAndScore(corpus, () => undefined);
  // One model per held-out document, trained on the sections of all the others.
  const models = new Map(corpus.map((entry) => [entry.name, trainModel(corpus.filter((other) => other.name !== entry.name).flatMap((other) => sections.get(other.name)))]));
  const runs = THRESHOLDS.map((threshold) => ({ threshold, result: draftAndScore(corpus, (entry) => sectionClassifier(models.get(entry.name), threshold)) }));
  const chosen = runs.find((run) => run.threshold === THRESHOLD).result;
  // The calibrated alternative: logistic regression on the same grams, one per held-out document.
  const logistic = new Map(corpus.map((entry) => [entry.name, trainLogistic(corpus.filter((other) => other.name !== entry.name).flatMap((other) => sections.get(other.name)))]));
  const logisticRuns = [0.5, THRESHOLD].map((threshold) => ({ threshold, result: draftAndScore(corpus, (entry) => classifierOf(logistic.get(entry.name).classes, logistic.get(entry.name).probabilities, threshold)) }));
  const oracle = draftAndScore(corpus, (entry) => oracleFor(sections.get(entry.name)));
  const sectionRows = [
    ...THRESHOLDS.map((threshold) => ['naive Bayes', String(threshold), sectionLevel(corpus, sections, new Map(corpus.map((entry) => [entry.name, sectionClassifier(models.get(entry.name), threshold)])))]),
    ...[0.5, THRESHOLD].map((threshold) => ['logistic regression', String(threshold), sectionLevel(corpus, sections, new Map(corpus.map((entry) => [entry.name, classifierOf(logistic.get(entry.name).classes, logistic.get(entry.name).probabilities, threshold)])))]),
  ];

  let holdout;
  if (existsSync(HOLDOUT_DIR)) {
    const documents = await readCorpus(HOLDOUT_DIR);
    const whole = trainModel(allSections);
    const wholeLogistic = trainLogistic(allSections);
    holdout = {
      count: documents.length,
      rules: draftAndScore(documents, () => undefined),
      runs: THRESHOLDS.map((threshold) => ({ threshold, result: draftAndScore(documents, () => sectionClassifier(whole, threshold)) })),
      logisticRuns: [0.5, THRESHOLD].map((threshold) => ({ threshold, result: draftAndScore(documents, () => classifierOf(wholeLogistic.classes, wholeLogistic.probabilities, threshold)) })),
    };
  } else {
    process.stderr.write(`No held-out check: ${path.relative(ROOT, HOLDOUT_DIR)}/ is not here yet.\n`);
  }

  const t = (result) => result.total;
  const lines = [
    SECTION,
    '',
    `Generated by \`node bench/section-model-cv.mjs\` on ${new Date().toISOString()}; the script replaces this section on every run (it is not part of \`## Draft quality\`, which \`npm run bench:draft\` rewrites).`,
    '',
    `Question (issue #13): does a small statistical model of section headings (src/draft/section-model.ts: multinomial naive Bayes over character 1–2-grams of the heading, weighted ×${FEATURES.headingWeight}, and of the first items' openings, with a \`none\` class) help \`draft\` where the synonym table gives no field? Training data (bench/train-section-model.mjs): ${allSections.length} labelled sections of ${corpus.length} corpus documents, each labelled with the field whose expected items match most of its items (the scorer's similarity), else \`none\`: ${Object.entries(countBy(allSections, (section) => section.label)).map(([label, count]) => `${label} ${count}`).join(', ')}. Of these, ${openSections.length} are headings the rules leave open (the only ones the model is asked about): ${Object.entries(countBy(openSections, (section) => section.label)).map(([label, count]) => `${label} ${count}`).join(', ')}. Where the rules do name a list field, its items match that field in ${mapped.filter((section) => section.label === section.ruleField).length} of ${mapped.length} sections, and ${mapped.filter((section) => section.label === 'none').length} of the others match no expected item at all (most of them one policy list's 申领方式 lines, which the drafter already sets aside): little for a model to correct where the rules map weakly.`,
    '',
    '### Leave-one-document-out over the corpus',
    '',
    `Sections first: each open section classified by a model trained on the other ${corpus.length - 1} documents (${sectionRows[0][2].positives} of them belong to a field).`,
    '',
    table(['model', 'threshold', 'fields named', 'right', 'wrong'], sectionRows.map(([model, threshold, counts]) => [model, threshold, String(counts.named), String(counts.right), String(counts.named - counts.right)])),
    '',
    'Then drafts: each document drafted by the rules plus the model trained without it; precision and recall over all scored items, as in `## Draft quality`. The oracle row gives every open section the field its items match in the expected spec: the most any classifier of these headings could add.',
    '',
    table(
      ['drafter', 'threshold', 'precision', 'recall', 'Δ precision', 'Δ recall', 'headings inferred', 'of them right'],
      [
        ['rules only', '–', ratio(t(rules).precision), ratio(t(rules).recall), '', '', '', ''],
        ...runs.map(({ threshold, result }) => [threshold === THRESHOLD ? '**rules + naive Bayes**' : 'rules + naive Bayes', String(threshold), ratio(t(result).precision), ratio(t(result).recall), delta(t(result).precision, t(rules).precision), delta(t(result).recall, t(rules).recall), String(result.inferred.length), String(rightCount(result.inferred, sections))]),
        ...logisticRuns.map(({ threshold, result }) => ['rules + logistic regression', String(threshold), ratio(t(result).precision), ratio(t(result).recall), delta(t(result).precision, t(rules).precision), delta(t(result).recall, t(rules).recall), String(result.inferred.length), String(rightCount(result.inferred, sections))]),
        ['rules + oracle (upper bound)', '–', ratio(t(oracle).precision), ratio(t(oracle).recall), delta(t(oracle).precision, t(rules).precision), delta(t(oracle).recall, t(rules).recall), String(oracle.inferred.length), String(rightCount(oracle.inferred, sections))],
      ],
    ),
    '',
    `Fields that changed (matched/drafted/expected), naive Bayes at threshold ${THRESHOLD}:`,
    '',
    table(['field', 'rules', 'rules + model', 'precision before', 'after', 'recall before', 'after'], fieldRows(rules, chosen)),
    '',
    'and with the oracle: right fields still cost precision, and reward recall, because once a field has a section the rules stop looking for it in the prose (the reward sentences they found across a document give way to one section\'s items):',
    '',
    table(['field', 'rules', 'rules + oracle', 'precision before', 'after', 'recall before', 'after'], fieldRows(rules, oracle)),
    '',
    `Headings the model gave a field at threshold ${THRESHOLD} (right = the field its items match in the expected spec):`,
    '',
    table(
      ['document', 'heading', 'field', 'probability', 'right'],
      chosen.inferred.map((entry) => [entry.document, entry.text.slice(0, 30), entry.field, entry.probability.toFixed(2), isRight(entry, sections) ? 'yes' : 'no']),
    ),
  ];
  if (holdout) {
    lines.push(
      '',
      '### Held-out set',
      '',
      `${holdout.count} documents of \`${path.relative(ROOT, HOLDOUT_DIR)}/\`, drafted with a model trained on the whole corpus; only scored.`,
      '',
      table(
        ['drafter', 'threshold', 'precision', 'recall', 'Δ precision', 'Δ recall', 'headings inferred'],
        [
          ['rules only', '–', ratio(t(holdout.rules).precision), ratio(t(holdout.rules).recall), '', '', ''],
          ...holdout.runs.map(({ threshold, result }) => [threshold === THRESHOLD ? '**rules + naive Bayes**' : 'rules + naive Bayes', String(threshold), ratio(t(result).precision), ratio(t(result).recall), delta(t(result).precision, t(holdout.rules).precision), delta(t(result).recall, t(holdout.rules).recall), String(result.inferred.length)]),
          ...holdout.logisticRuns.map(({ threshold, result }) => ['rules + logistic regression', String(threshold), ratio(t(result).precision), ratio(t(result).recall), delta(t(result).precision, t(holdout.rules).precision), delta(t(result).recall, t(holdout.rules).recall), String(result.inferred.length)]),
        ],
      ),
    );
  }
  const holdoutChosen = holdout?.runs.find((run) => run.threshold === THRESHOLD).result;
  const keep = t(chosen).recall > t(rules).recall && t(chosen).precision >= t(rules).precision - 0.01 && (!holdout || (t(holdoutChosen).recall >= t(holdout.rules).recall && t(holdoutChosen).precision >= t(holdout.rules).precision - 0.01));
  const speed = draftSpeed(corpus, models);
  const looseLogistic = logisticRuns[0].result;
  const looseHoldout = holdout?.logisticRuns[0].result;
  lines.push(
    '',
    '### Verdict',
    '',
    `Rule of issue #13: keep the model only if cross-validated recall rises, precision falls by at most 0.01, and the held-out set gets no worse. At threshold ${THRESHOLD}: recall ${delta(t(chosen).recall, t(rules).recall)}, precision ${delta(t(chosen).precision, t(rules).precision)}${holdout ? `; held-out recall ${delta(t(holdoutChosen).recall, t(holdout.rules).recall)}, precision ${delta(t(holdoutChosen).precision, t(holdout.rules).precision)}` : ''}. **${keep ? 'Kept' : 'Not kept'}: \`draft\` ${keep ? 'asks the model about headings the rules leave open' : 'stays rules only; the model is an option of draftCard (sectionModel) for measuring, off by default'}.** Logistic regression, calibrated where naive Bayes is overconfident, almost never answers: at 0.5 it inferred ${looseLogistic.inferred.length} headings in ${corpus.length} documents (${rightCount(looseLogistic.inferred, sections)} right; recall ${delta(t(looseLogistic).recall, t(rules).recall)}, precision ${delta(t(looseLogistic).precision, t(rules).precision)})${looseHoldout ? ` and ${looseHoldout.inferred.length} in the held-out set` : ''}, too few to be worth a default path. The oracle row says why no better classifier would change this: the rules' prose reading already drafts what these sections hold.${speed ? ` Cost: drafting ${speed.name} ${speed.rules.toFixed(0)} ms with rules only, ${speed.model.toFixed(0)} ms with the model (median of 9 interleaved runs, text already read).` : ''}`,
  );
  const report = `${lines.join('\n')}\n`;
  if (!argv.includes('--no-write')) writeSection(SECTION, report);
  process.stdout.write(report);
  return 0;
}

/** Median time of draftCard on the corpus's 20-page PDF, without and with its cross-validation model, runs interleaved. */
function draftSpeed(corpus, models) {
  const entry = corpus.find((each) => each.name === 'guowuyuan-gongli-yiyuan.pdf');
  if (!entry) return undefined;
  const classify = sectionClassifier(models.get(entry.name));
  const [rules, model] = interleavedMedians([() => draftCard(entry.document), () => draftCard(entry.document, { sectionModel: classify })], 9);
  return { name: entry.name, rules, model };
}

function countBy(list, key) {
  const counts = {};
  for (const item of list) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Whether an inferred heading's field is the one its items match (its training label). */
function isRight(entry, sections) {
  return (sections.get(entry.document) ?? []).some((section) => section.open && entry.text.includes(section.heading) && section.label === entry.field);
}

function rightCount(inferred, sections) {
  return inferred.filter((entry) => isRight(entry, sections)).length;
}

process.exitCode = await main(process.argv.slice(2));
