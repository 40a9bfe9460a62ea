/**
 * Error bodies of the HTTP API. A card problem is a CardError and goes out as
 * `CardError.toJSON` (the structure `validate --json` prints) plus the bare text and field label,
 * so the studio can show it beside the field. Problems of the request itself (token, size, load)
 * are HttpErrors with codes of their own (HttpErrorCode); they never concern a card.
 */
import type { CardError, ErrorCode, HttpErrorCode, Localized } from '../errors.js';
import type { Lang } from '../i18n/lang.js';

export interface ApiErrorJson {
  code: ErrorCode | HttpErrorCode;
  file?: string;
  path?: string;
  cell?: string;
  /** The full message, exactly as the CLI prints it: `file: /path (label): text`. */
  message: string;
  /** The message alone, without file and path (for showing beside a form field). */
  text: string;
  /** Human name of the field, e.g. 申报条件 第3项. */
  label?: string;
}

export function cardErrorJson(error: CardError, lang: Lang): ApiErrorJson {
  return { ...error.toJSON(lang), text: error.text[lang], ...(error.label ? { label: error.label[lang] } : {}) };
}

/** A failure of the request itself, thrown by routes and turned into a JSON response by the app. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 500 | 503 | 504,
    readonly code: HttpErrorCode,
    readonly text: Localized,
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en);
  }

  toJSON(lang: Lang): ApiErrorJson {
    return { code: this.code, message: this.text[lang], text: this.text[lang] };
  }
}

/** The HTTP status for a card that cannot be rendered: the spec's fault (422) unless the machinery failed. */
export function statusForCardError(error: CardError): 400 | 422 | 500 | 504 {
  if (error.code === 'E_TIMEOUT') return 504;
  if (error.code === 'E_RENDER_CRASH' || error.code === 'E_RENDER' || error.code === 'E_IO') return 500;
  if (error.code === 'E_JSON_SYNTAX' || error.code === 'E_ENCODING' || error.code === 'E_USAGE') return 400;
  return 422;
}
