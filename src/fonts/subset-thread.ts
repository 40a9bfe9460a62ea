/**
 * Worker thread that writes a batch's font subsets (see subset-fonts.ts). hb-subset runs in
 * WebAssembly whose memory only grows: about 150 MB for two 10 MB faces. In a thread that ends
 * when the files are written, that memory goes back to the system instead of staying in the
 * build's main process for the rest of the batch.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';
import { FONT_DIR, FONT_FILES } from './load-fonts.js';

const { characters, dir } = workerData as { characters: string; dir: string };
for (const { file } of FONT_FILES) {
  const subset = await subsetFont(await readFile(path.join(FONT_DIR, file)), characters, { targetFormat: 'truetype' });
  await writeFile(path.join(dir, file), subset);
}
