/**
 * Child process that writes a batch's font subsets (see subset-fonts.ts). hb-subset runs in
 * WebAssembly whose memory only grows, and reading two 10 MB faces through it leaves about
 * 80 MB behind even in a worker thread that has ended. In a process of its own, all of it goes
 * back to the system when the files are written, instead of staying in the build's main
 * process for the rest of the batch.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { FONT_DIR, FONT_FILES, SUBSET_CHARACTERS_FILE } from './load-fonts.js';

process.once('message', async (message) => {
  const { characters, dir } = message as { characters: string; dir: string };
  try {
    for (const { file } of FONT_FILES) {
      const subset = await subsetFont(await readFile(path.join(FONT_DIR, file)), characters, { targetFormat: 'truetype' });
      await writeFile(path.join(dir, file), subset);
    }
    await writeFile(path.join(dir, SUBSET_CHARACTERS_FILE), characters);
    process.disconnect();
  } catch (error) {
    // The parent falls back to the full fonts; it only needs the reason for its message.
    process.send?.({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
  }
});
