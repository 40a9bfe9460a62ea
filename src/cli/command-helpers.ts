/**
 * Shared helpers of the CLI commands: exit codes, the message language, printing.
 * Commands live one per file in this folder and only map flags to library calls.
 */
import type { Command } from 'commander';
import type { CardError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';

export const EXIT_OK = 0;
export const EXIT_CARD_FAILED = 1;
export const EXIT_USAGE = 2;

/** The language of messages: `--lang`, else LANG/LC_ALL, else Chinese. */
export function langOf(command: Command): Lang {
  return resolveLang((command.optsWithGlobals() as { lang?: string }).lang);
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printError(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * A fatal error under `--json` (bad arguments, no cards, an unreadable config…): one object on
 * stdout in the shape of the reports' own errors, `{ ok: false, error: { code, file?, path?, cell?, message } }`,
 * so a script reads `ok` and `error.code` whichever way the run ended.
 */
export function fatalErrorJson(error: CardError, lang: Lang): { ok: false; error: ReturnType<CardError['toJSON']> } {
  return { ok: false, error: error.toJSON(lang) };
}

/** A batch-wide error in a `--json` report, as the text run prints it: without any one card's file. */
export function batchErrorJson(error: CardError | undefined, lang: Lang): { error?: { code: CardError['code']; message: string } } {
  return error ? { error: { code: error.code, message: error.text[lang] } } : {};
}

/** Template or theme problems are the caller's mistake for the whole batch: a usage error. */
export function batchWideTemplateError(report: { cards: Array<{ errors: CardError[] }> }): CardError | undefined {
  const all = report.cards.flatMap((card) => card.errors);
  if (report.cards.length === 0 || all.length === 0) return undefined;
  const first = all[0]!;
  return first.code === 'E_TEMPLATE' && report.cards.every((card) => card.errors.some((error) => error.code === 'E_TEMPLATE' && error.text.zh === first.text.zh))
    ? first
    : undefined;
}
