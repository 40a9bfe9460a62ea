/** A policy document (a file, or bytes in memory) → its draft card and review report: readDocument, then draftCard, then (with `llm`) the model's reading merged in. */
import { draftCard, type DraftOptions, type DraftResult } from './draft-card.js';
import type { Limits } from '../limits.js';
import { LIMITS } from '../spec/card-schema.js';
import { mergeLlmAnswer } from './llm-merge.js';
import { readWithLlm, type LlmSettings } from './llm-reader.js';
import { readDocument, readDocumentBytes } from './read-document.js';
import type { SourceDocument } from './source-document.js';

export interface DraftDocumentOptions extends DraftOptions {
  /** Limits of the reader (limits.documentMb) and of the card (field and list lengths). @default DEFAULT_LIMITS */
  limits?: Limits | undefined;
  /** A language model as a second reader (`draft --llm`). Off unless given: nothing else touches the network. */
  llm?: LlmSettings | undefined;
}

export async function draftDocument(file: string, options: DraftDocumentOptions = {}): Promise<DraftResult> {
  return draftRead(await readDocument(file, options.limits ? { limits: options.limits } : {}), options);
}

/** The same for a document already in memory (an upload); `fileName` names it and its extension picks the reader. */
export async function draftDocumentBytes(bytes: Uint8Array, fileName: string, options: DraftDocumentOptions = {}): Promise<DraftResult> {
  return draftRead(await readDocumentBytes(bytes, fileName, options.limits ? { limits: options.limits } : {}), options);
}

async function draftRead(document: SourceDocument, options: DraftDocumentOptions): Promise<DraftResult> {
  const result = draftCard(document, options);
  if (!options.llm) return result;
  const reading = await readWithLlm(document, options.llm);
  return mergeLlmAnswer(result, document.lines, reading, options.limits?.spec ?? LIMITS);
}
