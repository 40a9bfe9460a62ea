/**
 * The one error type of policy-card. Every failure the library can report carries a stable
 * code, the card file and JSON path it concerns, and its message in both languages, so the
 * CLI (or any other caller) can print it in the reader's language without re-deriving it.
 */
import type { Lang } from './i18n/lang.js';

export type ErrorCode =
  /** The file could not be read (missing, a folder, permission). */
  | 'E_IO'
  /** A path given on the command line or to loadCards does not exist. */
  | 'E_PATH_NOT_FOUND'
  /** The file is not UTF-8 (e.g. saved as UTF-16 by Notepad) or is empty. */
  | 'E_ENCODING'
  /** A file named as a card is something else (a spreadsheet, a Word or PDF document, an image…); the message names the command that takes it. */
  | 'E_FILE_TYPE'
  /** build, validate, print or site found no card in the paths given (exit code 1). */
  | 'E_NO_CARDS'
  /** The file is not valid JSON; the message carries line and column. */
  | 'E_JSON_SYNTAX'
  /** The JSON does not match the card spec; one error per offending field. */
  | 'E_SCHEMA'
  /** Two cards in one batch resolve to the same id. */
  | 'E_DUPLICATE_ID'
  /** A character of the card is in none of the loaded fonts. */
  | 'E_GLYPH_MISSING'
  /** The template or theme named does not exist or is malformed. */
  | 'E_TEMPLATE'
  /** A QR URL does not fit in a QR code at the chosen error correction. */
  | 'E_QR_CAPACITY'
  /** QR colours scanners cannot read reliably: inverted (light on dark) or contrast below 4:1. */
  | 'E_QR_CONTRAST'
  /** An image referenced by the card (e.g. the logo) is missing, outside the card folder or not a usable image. */
  | 'E_ASSET'
  /** The rendered card is taller than the template allows. */
  | 'E_TOO_TALL'
  /** A fixed-size card's content does not fit even at the smallest allowed text size. */
  | 'E_OVERFLOW'
  /** A render worker process died while rendering this card. */
  | 'E_RENDER_CRASH'
  /** Rendering this card took longer than the time limit. */
  | 'E_TIMEOUT'
  /** With --strict: the QR code would print too small to scan. */
  | 'E_QR_PRINT'
  /** With --verify: a QR code did not read back as its URL from the rendered card. */
  | 'E_QR_VERIFY'
  /** A configured limit was hit (the message names the limit and the value). */
  | 'E_LIMIT'
  /** satori or resvg failed on this card. */
  | 'E_RENDER'
  /** A command-line usage mistake (unknown flag, bad value). */
  | 'E_USAGE'
  /** A spreadsheet cannot be imported as a whole: no header row, a required column missing, no such sheet. */
  | 'E_SHEET'
  /** A file the command would write already exists (and was not written by it); pass --force. */
  | 'E_EXISTS'
  /** A policy document given to `draft` cannot be read: a scan without text, encrypted, the wrong format, empty, damaged or too large. */
  | 'E_DOCUMENT'
  /** `draft` found no card field at all in a document (the message lists the headings it saw). */
  | 'E_DRAFT_EMPTY'
  /** A spec still holds a `待补充` placeholder left by `draft`; it must be filled in before it is printed. */
  | 'E_PLACEHOLDER';

/**
 * Codes of the HTTP API (`policy-card serve`) for problems of a request rather than of a card;
 * card problems keep their ErrorCode. Listed here so that every code the tool emits is in one file.
 */
export type HttpErrorCode =
  /** Missing or wrong access token (401). */
  | 'E_AUTH'
  /** Host or Origin not allowed, or no folder to save new cards in (403). */
  | 'E_FORBIDDEN'
  /** The server runs with --read-only (403). */
  | 'E_READ_ONLY'
  /** No such card or address (404). */
  | 'E_NOT_FOUND'
  /** The id is taken, or used by several files (409). */
  | 'E_CONFLICT'
  /** The file changed on disk since it was loaded: If-Match failed (412). */
  | 'E_CHANGED'
  /** The request body is larger than the limit (413). */
  | 'E_TOO_LARGE'
  /** The request body is not declared as JSON (415). */
  | 'E_MEDIA_TYPE'
  /** Too many renders waiting (503 with Retry-After). */
  | 'E_BUSY'
  /** The server failed unexpectedly (500). */
  | 'E_INTERNAL';

export interface Localized {
  zh: string;
  en: string;
}

export interface CardErrorContext {
  /** The card file the error concerns, as the user named it. */
  file?: string | undefined;
  /** JSON Pointer into the card, e.g. `/conditions/2`. */
  path?: string | undefined;
  /** Human label of the path, e.g. 申报条件 第3项 / conditions item 3. */
  label?: Localized | undefined;
  /**
   * For a card read from a spreadsheet: the cell as Excel names it, e.g. `政策清单!D7`. Messages
   * then lead with the cell and the column header (the label) instead of the file and JSON path.
   */
  cell?: string | undefined;
}

export class CardError extends Error {
  override readonly name = 'CardError';
  readonly code: ErrorCode;
  readonly text: Localized;
  readonly file: string | undefined;
  readonly path: string | undefined;
  readonly label: Localized | undefined;
  readonly cell: string | undefined;

  constructor(code: ErrorCode, text: Localized, context: CardErrorContext = {}, options?: { cause?: unknown }) {
    super(text.zh, options);
    this.code = code;
    this.text = text;
    this.file = context.file;
    this.path = context.path;
    this.label = context.label;
    this.cell = context.cell;
    this.message = this.format('zh');
  }

  /** The same error, attributed to a card file when it had none (e.g. a template error met while rendering it). */
  inFile(file: string | undefined): CardError {
    if (this.file !== undefined || file === undefined) return this;
    return new CardError(this.code, this.text, { file, path: this.path, label: this.label, cell: this.cell }, { cause: this.cause });
  }

  /** The full one-line message: `file: /path (label): text`, or `政策清单!D7 申报条件: text` for a spreadsheet cell. */
  format(lang: Lang): string {
    if (this.cell !== undefined) return `${[this.cell, this.label?.[lang]].filter(Boolean).join(' ')}: ${this.text[lang]}`;
    const where: string[] = [];
    if (this.path !== undefined) {
      where.push(this.label ? `${this.path} (${this.label[lang]})` : this.path);
    }
    const head = [this.file, ...where].filter((part) => part !== undefined && part !== '').join(': ');
    return head ? `${head}: ${this.text[lang]}` : this.text[lang];
  }

  toJSON(lang: Lang = 'zh'): { code: ErrorCode; file?: string; path?: string; cell?: string; message: string } {
    return {
      code: this.code,
      ...(this.file !== undefined ? { file: this.file } : {}),
      ...(this.path !== undefined ? { path: this.path } : {}),
      ...(this.cell !== undefined ? { cell: this.cell } : {}),
      message: this.format(lang),
    };
  }
}

/** Wrap anything thrown by a dependency into a CardError without losing the cause. */
export function toCardError(error: unknown, fallback: ErrorCode, context: CardErrorContext = {}): CardError {
  if (error instanceof CardError) return error.inFile(context.file);
  const detail = error instanceof Error ? error.message : String(error);
  return new CardError(fallback, { zh: `内部错误：${detail}`, en: `internal error: ${detail}` }, context, { cause: error });
}

/** Something a card's maintainer should hear about that does not stop the card. */
export interface CardWarning {
  code:
    | 'W_NO_EDITION'
    | 'W_TEXT_SCALED'
    | 'W_QR_SMALL'
    | 'W_SAFE_AREA'
    /** A sheet's phone cell lost its leading 0 (Excel stored the number); the 0 was put back. */
    | 'W_PHONE_FIXED'
    /** A sheet row has a phone but no contact name; the issuer was used as the name. */
    | 'W_CONTACT_NAME'
    /** A sheet row is the template's example row, or still carries its id. */
    | 'W_EXAMPLE_ROW'
    /** A sheet row hidden in Excel (or filtered out) was imported all the same. */
    | 'W_HIDDEN_ROW'
    /** A phone card taller than one page continues on more pages. */
    | 'W_PAGES'
    /** A summary template (a6, square) left out items that did not fit. */
    | 'W_ABRIDGED'
    /** A full print template (a4, a5) continues on the back side. */
    | 'W_TWO_SIDED'
    /** A print sheet holds fewer cards than edge to edge would (four A6 on A4): why, and the flags for more. */
    | 'W_SHEET_LAYOUT'
    /** draft --llm: the model server cannot be reached (connection refused, unknown host…); the rules drafted alone. */
    | 'W_LLM_UNREACHABLE'
    /** draft --llm: the model server did not answer within draft.llm.timeoutMs. */
    | 'W_LLM_TIMEOUT'
    /** draft --llm: the model server answered an HTTP error or a redirect. */
    | 'W_LLM_HTTP'
    /** draft --llm: the answer is not JSON (nor the chat/completions form). */
    | 'W_LLM_JSON'
    /** draft --llm: the answer is JSON but not the card fields asked for. */
    | 'W_LLM_SCHEMA'
    /** draft --llm: the model's period starts after it ends; it was not used. */
    | 'W_LLM_PERIOD';
  /** For sheet rows the text leads with the cell (`政策清单!R2 咨询电话: …`), as errors do. */
  text: Localized;
}
