/**
 * The import record: a small file in the output folder that remembers, for every spec that
 * import wrote, a hash of what it wrote and which row it came from. On the next import a spec
 * whose content no longer matches its hash was changed by hand, and is not overwritten unless
 * asked (--force). A spec import never wrote (no record entry) is treated the same way.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../batch/write-file-atomic.js';

export const IMPORT_RECORD_FILE = '.policy-card-import.json';

export interface ImportRecord {
  version: 1;
  /** Spec file name (`<id>.json`) → what import wrote there. */
  files: Record<string, { sha256: string; source: string }>;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The record of a folder; an empty one when there is none or it is unreadable (then nothing counts as written by import). */
export async function readImportRecord(folder: string): Promise<ImportRecord> {
  try {
    const json = JSON.parse(await readFile(path.join(folder, IMPORT_RECORD_FILE), 'utf8')) as Partial<ImportRecord>;
    if (json.version === 1 && json.files && typeof json.files === 'object') return { version: 1, files: json.files };
  } catch {
    // Missing or damaged: start empty, which only makes import more careful.
  }
  return { version: 1, files: {} };
}

export async function writeImportRecord(folder: string, record: ImportRecord): Promise<void> {
  const files = Object.fromEntries(Object.entries(record.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFileAtomic(path.join(folder, IMPORT_RECORD_FILE), `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
}

export type WriteDecision = 'create' | 'update' | 'unchanged' | 'keep';

/**
 * What to do with one spec file: create it, update it (unchanged since the last import, or
 * forced), leave it (already the same), or keep it (changed by hand, or not written by import).
 */
export function decideWrite(existing: Uint8Array | undefined, recordedHash: string | undefined, next: Uint8Array, force: boolean): WriteDecision {
  if (existing === undefined) return 'create';
  if (Buffer.compare(Buffer.from(existing), Buffer.from(next)) === 0) return 'unchanged';
  if (force || (recordedHash !== undefined && sha256(existing) === recordedHash)) return 'update';
  return 'keep';
}
