/** A policy document file → its draft card and review report: readDocument, then draftCard, then (with `llm`) the model's reading merged in. */
import { draftCard, type DraftOptions, type DraftResult } from './draft-card.js';
import type { Limits } from '../limits.js';
import { LIMITS } from '../spec/card-schema.js';
import { mergeLlmAnswer } from './llm-merge.js';
import { readWithLlm, type LlmSettings } from './llm-reader.js';
import { readDocument } from './read-document.js';

export interface DraftDocumentOptions extends DraftOptions {
  /** Limits of the reader (limits.documentMb) and of the card (field and list lengths). @default DEFAULT_LIMITS */
  limits?: Limits | undefined;
  /** A language model as a second reader (`draft --llm`). Off unless given: nothing else touches the network. */
  llm?: LlmSettings | undefined;
}

export async function draftDocument(file: string, options: DraftDocumentOptions = {}): Promise<DraftResult> {
  const document = await readDocument(file, options.limits ? { limits: options.limits } : {});
  const result = draftCard(document, options);
  if (!options.llm) return result;
  const reading = await readWithLlm(document, options.llm);
  return mergeLlmAnswer(result, document.lines, reading, options.limits?.spec ?? LIMITS);
}
