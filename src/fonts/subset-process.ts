/**
 * Child process that writes a batch's font subsets (see subset-fonts.ts). hb-subset runs in
 * WebAssembly whose memory only grows, and reading two 10 MB faces through it leaves about
 * 80 MB behind even in a worker thread that has ended. In a process of its own, all of it goes
 * back to the system when the files are written, instead of staying in the build's main
 * process for the rest of the batch.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { FONT_DIR, FONT_FILES, SOURCE_HASHES_FILE, SUBSET_CHARACTERS_FILE } from './load-fonts.js';

process.once('message', async (message) => {
  const { characters, dir, sourceDir = FONT_DIR } = message as { characters: string; dir: string; sourceDir?: string };
  try {
    // What the subsets were cut from, for the font cache (it must never outlive a font change).
    const sources: Record<string, string> = {};
    for (const { file } of FONT_FILES) {
      const full = await readFile(path.join(sourceDir, file));
      sources[file] = createHash('sha256').update(full).digest('hex');
      const subset = await subsetFont(full, characters, { targetFormat: 'truetype' });
      await writeFile(path.join(dir, file), subset);
    }
    await writeFile(path.join(dir, SOURCE_HASHES_FILE), JSON.stringify(sources));
    await writeFile(path.join(dir, SUBSET_CHARACTERS_FILE), characters);
    process.disconnect();
  } catch (error) {
    // The parent falls back to the full fonts; it only needs the reason for its message.
    process.send?.({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
  }
});
