/**
 * Write a file so that readers only ever see the old or the complete new content: write to a
 * temporary name in the same folder, then rename (atomic on one file system). An interrupted
 * run leaves at most a `.tmp` file, never a truncated card.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Names of our temporary files: `.<name>.<pid>.<random>.tmp`; group 1 is the writer's pid. */
export const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * On Windows, renaming over a file that another program holds open (a viewer showing the PNG,
 * a virus scanner, the search indexer) fails for a moment with EPERM, EACCES or EBUSY. Such
 * holds are short, so the rename is retried for about two seconds before giving up.
 */
const BUSY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = process.platform === 'win32' ? 10 : 1;

async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !BUSY_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 40 * attempt));
    }
  }
}

export interface WriteFileAtomicOptions {
  /** File mode of the new file, e.g. 0o600 for a private cache. @default 0o666 less the umask */
  mode?: number | undefined;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteFileAtomicOptions = {}): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx', ...(options.mode !== undefined ? { mode: options.mode } : {}) });
    await renameReplacing(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
