/** A policy document file → its draft card and review report: readDocument, then draftCard. */
import { draftCard, type DraftOptions, type DraftResult } from './draft-card.js';
import type { Limits } from '../limits.js';
import { readDocument } from './read-document.js';

export interface DraftDocumentOptions extends DraftOptions {
  /** Limits of the reader (limits.documentMb) and of the card (field and list lengths). @default DEFAULT_LIMITS */
  limits?: Limits | undefined;
}

export async function draftDocument(file: string, options: DraftDocumentOptions = {}): Promise<DraftResult> {
  const document = await readDocument(file, options.limits ? { limits: options.limits } : {});
  return draftCard(document, options);
}
