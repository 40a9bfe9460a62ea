// Training data and training for the section model (src/draft/section-model.ts), shared by
// bench/train-section-model.mjs (writes the model) and bench/section-model-cv.mjs (measures it).
// Needs a build: it reads the drafter's own stages from dist/, so the sections and features it
// learns from are the ones `draft` sees.
import { readFileSync } from 'node:fs';
import { isChromeLine } from '../../dist/draft/chrome-lines.js';
import { isOpenSection, sectionTextOf, sectionsOf } from '../../dist/draft/field-sections.js';
import { buildHeadingTree, walkNodes } from '../../dist/draft/heading-tree.js';
import { MODEL_FIELDS, sectionFeatures } from '../../dist/draft/section-model.js';
import { splitInlineHeadings } from '../../dist/draft/split-inline-headings.js';
import { MATCH_THRESHOLD, similarity } from './draft-scoring.js';

/** How a section becomes features (written into the model, read back by the drafter). */
export const FEATURES = { headingWeight: 3, items: 3, itemChars: 16 };
/** Additive smoothing of the gram counts. */
export const ALPHA = 0.5;
/** A gram seen in fewer training sections than this is left out of the model (size, and noise). */
export const MIN_SECTIONS = 2;
/** The probability a field must reach to be taken; chosen before the cross-validation, reported beside others. */
export const THRESHOLD = 0.8;

const stepText = (step) => (typeof step === 'string' ? step : [step?.title, step?.detail].filter(Boolean).join(' '));

/** The expected items of each field the model can name, from a `<name>.expected.json` spec. */
export function expectedItems(expected) {
  return {
    parties: expected.parties ?? [],
    conditions: expected.conditions ?? [],
    materials: expected.materials ?? [],
    process: (expected.process ?? []).map(stepText),
    reward: expected.reward?.items ?? [],
  };
}

/**
 * The field a section's items belong to by the expected spec: the field whose expected items
 * match most of them (the scorer's similarity and threshold), when they match at least half of
 * them; otherwise `none`.
 */
export function sectionLabel(items, want) {
  let best = 'none';
  let bestMatched = 0;
  for (const field of MODEL_FIELDS) {
    const matched = items.filter((item) => want[field].some((expected) => similarity(expected, item) >= MATCH_THRESHOLD)).length;
    if (matched > bestMatched) {
      best = field;
      bestMatched = matched;
    }
  }
  return bestMatched > 0 && bestMatched * 2 >= items.length ? best : 'none';
}

/**
 * Every labelled section of a read document (a heading with content and at least one item),
 * as the drafter's heading tree has them, whether or not the rules map it: the model learns
 * the headings the rules know as well as those they miss. `open` marks the sections the
 * drafter would ask the model about.
 */
export function documentSections(document, expected) {
  const lines = splitInlineHeadings(document.lines.filter((line) => line.text.trim() !== '')).filter((line) => !isChromeLine(line.text));
  const tree = buildHeadingTree(lines);
  const open = new Set();
  // The synonym table's fields, before sectionsOf adds the lead-ins' (申报企业应符合以下条件：).
  const ruleFields = new Map([...walkNodes(tree)].map((node) => [node, node.field]));
  sectionsOf(tree);
  // Open as the drafter asks: outside every field's section. (Each open section is counted here
  // on its own; the drafter does not ask about one inside a section it has just inferred.)
  const visitOpen = (node, inside) => {
    for (const child of node.children) {
      const field = child.field;
      if (!inside && field === undefined && isOpenSection(child)) open.add(child);
      visitOpen(child, inside || field !== undefined);
    }
  };
  visitOpen(tree, false);
  const want = expectedItems(expected);
  const sections = [];
  for (const node of walkNodes(tree)) {
    if (node.label === undefined || !node.source || node.aside || (node.children.length === 0 && node.body.length === 0)) continue;
    const section = sectionTextOf(node);
    if (section.items.length === 0) continue;
    sections.push({ ...section, style: node.style, label: sectionLabel(section.items, want), open: open.has(node), ruleField: ruleFields.get(node) ?? node.field ?? null });
  }
  return sections;
}

/** Multinomial naive Bayes over the sections' grams → the model's data (SectionModelData). */
export function trainModel(sections, { features = FEATURES, alpha = ALPHA, minSections = MIN_SECTIONS, threshold = THRESHOLD, about = '' } = {}) {
  const classes = ['none', ...MODEL_FIELDS];
  const featureSets = sections.map((section) => sectionFeatures(section, features));
  const seenIn = new Map();
  for (const counts of featureSets) for (const gram of counts.keys()) seenIn.set(gram, (seenIn.get(gram) ?? 0) + 1);
  const vocab = [...seenIn.entries()]
    .filter(([, count]) => count >= minSections)
    .map(([gram]) => gram)
    .sort();
  const row = new Map(vocab.map((gram, index) => [gram, index]));
  const counts = classes.map(() => new Float64Array(vocab.length));
  const totals = classes.map(() => 0);
  const sectionsOfClass = classes.map(() => 0);
  sections.forEach((section, index) => {
    const cls = classes.indexOf(section.label);
    sectionsOfClass[cls]++;
    for (const [gram, count] of featureSets[index]) {
      const at = row.get(gram);
      if (at === undefined) continue;
      counts[cls][at] += count;
      totals[cls] += count;
    }
  });
  const round = (value) => Math.round(value * 1e4) / 1e4;
  // A class never seen still gets a small prior, so that its log is finite.
  const logPriors = sectionsOfClass.map((count) => round(Math.log((count + 0.5) / (sections.length + 0.5 * classes.length))));
  const logLikelihoods = vocab.map((_, at) => classes.map((__, cls) => round(Math.log((counts[cls][at] + alpha) / (totals[cls] + alpha * vocab.length)))));
  return { about, classes, features, threshold, logPriors, vocab, logLikelihoods };
}

/** Reads a corpus document's expected spec. */
export function readExpected(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Softmax logistic regression with L2 over the same grams (length-normalised), by plain
 * stochastic gradient descent in a fixed order (deterministic): the calibrated alternative to
 * naive Bayes that the cross-validation compares. Returns `section → probabilities` in `classes` order.
 */
export function trainLogistic(sections, { features = FEATURES, l2 = 1e-3, epochs = 60, rate = 0.1 } = {}) {
  const classes = ['none', ...MODEL_FIELDS];
  const vectorOf = (section) => {
    const counts = sectionFeatures(section, features);
    const norm = Math.sqrt([...counts.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
    return [...counts].map(([gram, value]) => [gram, value / norm]);
  };
  const weights = new Map();
  const bias = classes.map(() => 0);
  const probabilities = (vector) => {
    const scores = [...bias];
    for (const [gram, value] of vector) {
      const row = weights.get(gram);
      if (row) for (let cls = 0; cls < scores.length; cls++) scores[cls] += row[cls] * value;
    }
    const top = Math.max(...scores);
    const exp = scores.map((score) => Math.exp(score - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((value) => value / sum);
  };
  const examples = sections.map((section) => ({ vector: vectorOf(section), target: classes.indexOf(section.label) }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { vector, target } of examples) {
      const predicted = probabilities(vector);
      for (let cls = 0; cls < classes.length; cls++) {
        const gradient = predicted[cls] - (cls === target ? 1 : 0);
        bias[cls] -= rate * gradient;
        for (const [gram, value] of vector) {
          let row = weights.get(gram);
          if (!row) weights.set(gram, (row = new Float64Array(classes.length)));
          row[cls] -= rate * (gradient * value + l2 * row[cls]);
        }
      }
    }
  }
  return { classes, probabilities: (section) => probabilities(vectorOf(section)) };
}
