// The sample cards and the benchmark batch built from them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CARDS_DIR = path.join(ROOT, 'cards');

/** Import a module of the compiled library by its path under dist/. */
export function importDist(relative) {
  return import(path.join(DIST, relative));
}

/**
 * Every valid card under cards/, as { file, absolutePath, id, card }. Cards that name another
 * template are rendered with `phone` here (the benchmark is about phone cards); their count is
 * reported.
 */
export async function loadSampleCards() {
  const { loadCards } = await importDist('index.js');
  const loaded = await loadCards([CARDS_DIR], ROOT);
  const valid = [];
  const invalid = [];
  let retemplated = 0;
  for (const entry of loaded) {
    if (!entry.card) {
      invalid.push({ file: entry.file, reason: entry.errors.map((error) => error.code).join(', ') });
      continue;
    }
    let card = entry.card;
    if (card.template !== undefined && card.template !== 'phone') {
      card = { ...card, template: 'phone' };
      retemplated++;
    }
    valid.push({ file: entry.file, absolutePath: entry.absolutePath, id: entry.id, card });
  }
  return { valid, invalid, retemplated };
}

/** `count` cards cycling through `samples`, each with its own id. */
export function makeBatch(samples, count) {
  const batch = [];
  for (let index = 0; index < count; index++) {
    const sample = samples[index % samples.length];
    const id = `${sample.card.id}-${String(index).padStart(3, '0')}`.slice(-64);
    batch.push({ ...sample, card: { ...sample.card, id } });
  }
  return batch;
}

/** Render options renderCard needs for a sample (logos resolve against the card's folder). */
export function renderOptions(sample) {
  return { template: 'phone', baseDir: path.dirname(sample.absolutePath), file: sample.file };
}
