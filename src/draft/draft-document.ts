/** A policy document (a file, or bytes in memory) → its draft card and review report: readDocument, then draftCard. */
import { draftCard, type DraftOptions, type DraftResult } from './draft-card.js';
import type { Limits } from '../limits.js';
import { readDocument, readDocumentBytes } from './read-document.js';

export interface DraftDocumentOptions extends DraftOptions {
  /** Limits of the reader (limits.documentMb) and of the card (field and list lengths). @default DEFAULT_LIMITS */
  limits?: Limits | undefined;
}

export async function draftDocument(file: string, options: DraftDocumentOptions = {}): Promise<DraftResult> {
  const document = await readDocument(file, options.limits ? { limits: options.limits } : {});
  return draftCard(document, options);
}

/** The same for a document already in memory (an upload); `fileName` names it and its extension picks the reader. */
export async function draftDocumentBytes(bytes: Uint8Array, fileName: string, options: DraftDocumentOptions = {}): Promise<DraftResult> {
  const document = await readDocumentBytes(bytes, fileName, options.limits ? { limits: options.limits } : {});
  return draftCard(document, options);
}
