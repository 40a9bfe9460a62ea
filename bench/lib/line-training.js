// Training data and training for the line model (src/draft/line-field-model.ts), shared by
// bench/train-line-model.mjs (writes the model) and bench/line-model-cv.mjs (measures it).
// Needs a build: the units are collected by running the drafter from dist/ with a reader that
// only records what it is asked about, so the model learns from exactly the candidates `draft`
// shows it (the rules' items with their field, and the pieces of lines the rules left out).
import { draftCard } from '../../dist/draft/draft-card.js';
import { LINE_CLASSES, LINE_FIELDS, lineFeatures } from '../../dist/draft/line-field-model.js';
import { MATCH_THRESHOLD, normalise, similarity } from './draft-scoring.js';
import { expectedItems } from './section-training.js';

/** Thresholds no probability reaches: the rules' draft, unchanged. */
export const NEVER = { move: 2, add: 2, drop: null };

/** A unit's identity within its document: where it stands and what it says. */
export const unitKey = (unit) => `${unit.lines.map((line) => `${line.page ?? 0}:${line.line}`).join(',')}\u0000${normalise(unit.text)}`;

/**
 * The field whose expected items the unit matches best (the scorer's similarity and threshold),
 * else `none`.
 */
export function unitLabel(text, want) {
  let best = 'none';
  let bestScore = MATCH_THRESHOLD;
  for (const field of LINE_FIELDS) {
    for (const expected of want[field]) {
      const score = similarity(expected, text);
      if (score >= bestScore && (best === 'none' || score > bestScore)) {
        best = field;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Every candidate unit of a read document, labelled from its expected spec. */
export function documentUnits(document, expected) {
  const units = [];
  const recorder = { thresholds: NEVER, classify: (unit) => (units.push(unit), { field: 'none', probability: 0 }) };
  draftCard(document, { lineModel: recorder });
  const want = expectedItems(expected);
  return units.map((unit) => ({ unit, key: unitKey(unit), label: unitLabel(unit.text, want), ruleField: unit.ruleField ?? 'none' }));
}

/** Training settings, chosen before the cross-validation. */
export const TRAINING = { l2: 1e-4, epochs: 12, rate: 0.2, minDocuments: 4, exclude: [] };

/**
 * Softmax logistic regression with L2 by stochastic gradient descent in the data's own order
 * (deterministic), over features seen in at least `minDocuments` documents. `examples`:
 * `{ document, unit, label }`. Returns the model's data (LineModelData), weights rounded and
 * near-zero rows left out.
 */
export function trainLineModel(examples, { l2 = TRAINING.l2, epochs = TRAINING.epochs, rate = TRAINING.rate, minDocuments = TRAINING.minDocuments, exclude = TRAINING.exclude, thresholds = NEVER, about = '' } = {}) {
  const classes = [...LINE_CLASSES];
  const seenIn = new Map();
  const vectors = examples.map((example) => [...lineFeatures(example.unit)].filter(([feature]) => !exclude.some((prefix) => feature.startsWith(prefix))));
  examples.forEach((example, index) => {
    for (const [feature] of vectors[index]) {
      let documents = seenIn.get(feature);
      if (!documents) seenIn.set(feature, (documents = new Set()));
      documents.add(example.document);
    }
  });
  const kept = new Map();
  for (const [feature, documents] of seenIn) if (documents.size >= minDocuments) kept.set(feature, kept.size);
  const data = vectors.map((vector) => vector.filter(([feature]) => kept.has(feature)).map(([feature, value]) => [kept.get(feature), value]));
  const targets = examples.map((example) => classes.indexOf(example.label));
  const k = classes.length;
  const weights = new Float64Array(kept.size * k);
  const bias = new Float64Array(k);
  const scores = new Float64Array(k);
  // Lazy L2: each row is shrunk for the steps it missed when it is next touched.
  const lastStep = new Int32Array(kept.size);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const eta = rate / (1 + epoch);
    for (let index = 0; index < data.length; index++) {
      step++;
      const vector = data[index];
      for (const [row] of vector) {
        const missed = step - 1 - lastStep[row];
        if (missed > 0) {
          const shrink = Math.pow(1 - eta * l2, missed);
          for (let cls = 0; cls < k; cls++) weights[row * k + cls] *= shrink;
        }
        lastStep[row] = step - 1;
      }
      for (let cls = 0; cls < k; cls++) scores[cls] = bias[cls];
      for (const [row, value] of vector) for (let cls = 0; cls < k; cls++) scores[cls] += weights[row * k + cls] * value;
      let top = -Infinity;
      for (let cls = 0; cls < k; cls++) top = Math.max(top, scores[cls]);
      let sum = 0;
      for (let cls = 0; cls < k; cls++) sum += (scores[cls] = Math.exp(scores[cls] - top));
      for (let cls = 0; cls < k; cls++) {
        const gradient = scores[cls] / sum - (cls === targets[index] ? 1 : 0);
        bias[cls] -= eta * gradient;
        for (const [row, value] of vector) weights[row * k + cls] -= eta * gradient * value;
      }
    }
  }
  const round = (value) => Math.round(value * 1000) / 1000;
  const out = {};
  for (const [feature, row] of [...kept].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const missed = step - lastStep[row];
    const shrink = Math.pow(1 - (rate / epochs) * l2, missed);
    const values = classes.map((_, cls) => round(weights[row * k + cls] * shrink));
    if (values.some((value) => Math.abs(value) >= 0.02)) out[feature] = values;
  }
  return { about, classes, thresholds, bias: [...bias].map(round), weights: out };
}

/** Rows of a confusion table: for each rules field (none = left out), how many units carry each label. */
export function confusion(examples) {
  const rows = {};
  for (const { ruleField, label } of examples) {
    rows[ruleField] ??= Object.fromEntries(LINE_CLASSES.map((cls) => [cls, 0]));
    rows[ruleField][label]++;
  }
  return rows;
}
