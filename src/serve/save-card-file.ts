/**
 * Saving a card from the studio: the file is replaced atomically (readers see the old or the new
 * card, never half of one), laid out like the file it replaces (see json-like-original.ts), and
 * only if it is still the version the editor loaded, so two people, or a person and a text
 * editor, never silently overwrite each other's changes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { stringifyLikeOriginal } from './json-like-original.js';

export interface SaveCardOptions {
  /**
   * The version the caller edited (`fileTag` of the bytes it loaded); `null` means the file must
   * not exist yet; undefined saves whatever is on disk now.
   */
  expectedTag?: string | null;
}

export type SaveCardResult =
  /** Written; `tag` is the new version. */
  | { status: 'written'; tag: string }
  /** The content was already on disk; nothing was written. */
  | { status: 'unchanged'; tag: string }
  /** The file is not the version the caller expected (changed, created or deleted meanwhile). */
  | { status: 'conflict'; tag: string | null };

/** A short fingerprint of a file's bytes, used as its version (HTTP ETag). */
export function fileTag(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

export async function saveCardFile(target: string, spec: Record<string, unknown>, options: SaveCardOptions = {}): Promise<SaveCardResult> {
  const current = await readFile(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const currentTag = current === undefined ? null : fileTag(current);
  if (options.expectedTag !== undefined && options.expectedTag !== currentTag) return { status: 'conflict', tag: currentTag };
  const text = stringifyLikeOriginal(spec, current?.toString('utf8'));
  const bytes = Buffer.from(text, 'utf8');
  if (current !== undefined && current.equals(bytes)) return { status: 'unchanged', tag: currentTag! };
  await writeFileAtomic(target, bytes);
  return { status: 'written', tag: fileTag(bytes) };
}
