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

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
