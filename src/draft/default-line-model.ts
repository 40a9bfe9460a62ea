/**
 * The line model trained on the whole corpus (src/draft/line-field-model.json, written by
 * bench/line-model-cv.mjs with the thresholds it chose by leaving one set out). Loaded only when
 * a caller asks for it, so that nobody pays for parsing the weights otherwise: `draft` does not
 * use the model by default (BENCHMARKS.md, `## Line field reader`).
 */
import { lineFieldReader, type LineFieldReader, type LineModelData, type LineThresholds } from './line-field-model.js';

let loaded: LineModelData | undefined;

/** The shipped model's data. */
export async function defaultLineModel(): Promise<LineModelData> {
  loaded ??= (await import('./line-field-model.json', { with: { type: 'json' } })).default as LineModelData;
  return loaded;
}

/** A reader over the shipped model, at its chosen thresholds unless others are given: draftCard's `lineModel`. */
export async function defaultLineReader(thresholds?: LineThresholds): Promise<LineFieldReader> {
  return lineFieldReader(await defaultLineModel(), thresholds);
}
