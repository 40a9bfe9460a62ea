/**
 * A learned second opinion for headings the synonym table leaves open (issue #13): a multinomial
 * naive Bayes over character 1–2-grams of the heading and of the openings of its first items,
 * with a `none` class, trained from the corpus by bench/train-section-model.mjs and kept as data
 * (SectionModelData). Rules stay first: the model is asked only about a section whose heading the
 * rules map to no field, its answer counts only above a probability threshold, and the report
 * says the field was inferred, with the probability, so a person checks it.
 *
 * Off by default: cross-validated over the corpus it lowered precision and recall, and even a
 * model that was always right about those headings would not raise them, because the rules'
 * prose fallbacks already draft what those sections hold (BENCHMARKS.md, `## Section
 * classifier`). It stays as draftCard's `sectionModel` option so that the measurement
 * (bench/section-model-cv.mjs) can be repeated when the rules or the corpus change.
 *
 * Deterministic and offline: the same text gives the same answer on any machine.
 */
import type { DraftField } from './field-synonyms.js';
import { matchingText } from './normalise-text.js';

/** The card fields the model can name: those drafted as lists of items from a section. */
export const MODEL_FIELDS = ['parties', 'conditions', 'materials', 'process', 'reward'] as const satisfies readonly DraftField[];
export type ModelClass = (typeof MODEL_FIELDS)[number] | 'none';

/** How a section becomes features; the training script and the drafter must use the same. */
export interface FeatureSettings {
  /** Each heading gram counts this many times: the heading says more than any one item. */
  headingWeight: number;
  /** How many of the section's first items are read. */
  items: number;
  /** How many characters of each item's opening are read. */
  itemChars: number;
}

/** The model as the training script writes it. */
export interface SectionModelData {
  about: string;
  classes: ModelClass[];
  features: FeatureSettings;
  /** A field is taken only when its probability reaches this. */
  threshold: number;
  /** Log prior of each class, in `classes` order. */
  logPriors: number[];
  /** The grams seen in training (`h:` heading, `i:` item), and for each its log likelihood per class. */
  vocab: string[];
  logLikelihoods: number[][];
}

/** What the model reads of a section: its heading and its items' text. */
export interface SectionText {
  heading: string;
  items: readonly string[];
}

export interface SectionGuess {
  field: DraftField;
  probability: number;
}

/** A section → the field the model names for it, or undefined when it names none or is unsure. */
export type SectionClassifier = (section: SectionText) => SectionGuess | undefined;

/** Width folded, digits as 0, spaces and punctuation dropped: the grams of what the words are. */
function gramText(text: string): string {
  return matchingText(text)
    .replace(/\d+/gu, '0')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function addGrams(counts: Map<string, number>, prefix: string, text: string, weight: number): void {
  const chars = [...gramText(text)];
  chars.forEach((char, index) => {
    counts.set(`${prefix}${char}`, (counts.get(`${prefix}${char}`) ?? 0) + weight);
    const next = chars[index + 1];
    if (next !== undefined) counts.set(`${prefix}${char}${next}`, (counts.get(`${prefix}${char}${next}`) ?? 0) + weight);
  });
}

/** The section's grams and their counts. */
export function sectionFeatures(section: SectionText, settings: FeatureSettings): Map<string, number> {
  const counts = new Map<string, number>();
  addGrams(counts, 'h:', section.heading, settings.headingWeight);
  for (const item of section.items.slice(0, settings.items)) addGrams(counts, 'i:', [...item].slice(0, settings.itemChars).join(''), 1);
  return counts;
}

/** The probability of each class for a section, in `model.classes` order. */
export function classProbabilities(model: SectionModelData, section: SectionText, index = vocabIndex(model)): number[] {
  const scores = [...model.logPriors];
  for (const [gram, count] of sectionFeatures(section, model.features)) {
    const row = index.get(gram);
    if (row === undefined) continue;
    const likelihoods = model.logLikelihoods[row]!;
    for (let cls = 0; cls < scores.length; cls++) scores[cls]! += count * likelihoods[cls]!;
  }
  const top = Math.max(...scores);
  const exp = scores.map((score) => Math.exp(score - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((value) => value / sum);
}

function vocabIndex(model: SectionModelData): Map<string, number> {
  return new Map(model.vocab.map((gram, row) => [gram, row]));
}

/** A classifier over `model`: the most probable field, when it is not `none` and reaches the threshold. */
export function sectionClassifier(model: SectionModelData, threshold = model.threshold): SectionClassifier {
  const index = vocabIndex(model);
  return (section) => {
    const probabilities = classProbabilities(model, section, index);
    let best = 0;
    probabilities.forEach((probability, cls) => {
      if (probability > probabilities[best]!) best = cls;
    });
    const cls = model.classes[best]!;
    if (cls === 'none' || probabilities[best]! < threshold) return undefined;
    return { field: cls, probability: probabilities[best]! };
  };
}
