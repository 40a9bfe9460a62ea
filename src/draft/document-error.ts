import { CardError, type Localized } from '../errors.js';

/** E_DOCUMENT for a policy document: what is wrong with it and what to do, in both languages. */
export function documentError(file: string, text: Localized, cause?: unknown): CardError {
  return new CardError('E_DOCUMENT', text, { file }, cause === undefined ? undefined : { cause });
}
