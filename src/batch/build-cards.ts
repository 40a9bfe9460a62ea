/**
 * Batch rendering: load every card, render the good ones, write `<out>/<id>.png` atomically,
 * and report every card's outcome. One bad card never stops the batch and never causes another
 * card's file to be written or overwritten.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CardError, toCardError, type CardWarning } from '../errors.js';
import { loadCards, type LoadedCard } from '../spec/load-cards.js';
import type { SiteTarget } from '../spec/validate-card.js';
import { cardFolder, renderCard, type CardDefaults, type RenderTimings } from '../render/render-card.js';
import { writeFileAtomic } from './write-file-atomic.js';
import type { Lang } from '../i18n/lang.js';

export type OutputFormat = 'png' | 'svg';

export interface BuildOptions extends CardDefaults {
  /** Spec files or folders. @default ['cards'] */
  paths?: string[];
  /** Output folder. @default 'output' */
  out?: string;
  /** The detail site QR codes may lead to (see `policy-card site`). */
  site?: SiteTarget;
  /** Formats to write per card. @default ['png'] */
  formats?: OutputFormat[];
  /** Working directory that relative paths resolve against. @default process.cwd() */
  cwd?: string;
  /** Called after each card, e.g. to show progress. */
  onCard?: (report: CardReport) => void;
}

export interface CardReport {
  id: string | undefined;
  file: string;
  status: 'rendered' | 'failed';
  /** Files written, relative to the working directory when inside it. */
  outputs: string[];
  width?: number;
  height?: number;
  errors: CardError[];
  warnings: CardWarning[];
  timings?: RenderTimings;
}

export interface BuildReport {
  cards: CardReport[];
  rendered: number;
  failed: number;
  outDir: string;
  elapsedMs: number;
}

function failed(entry: LoadedCard, errors: CardError[]): CardReport {
  return { id: entry.id, file: entry.file, status: 'failed', outputs: [], errors, warnings: [] };
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

export async function buildCards(options: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, options.out ?? 'output');
  const formats = options.formats ?? ['png'];
  const entries = await loadCards(options.paths?.length ? options.paths : ['cards'], cwd, options.site);
  await mkdir(outDir, { recursive: true });

  const reports: CardReport[] = [];
  for (const entry of entries) {
    const report = entry.card && entry.errors.length === 0 ? await renderEntry(entry, outDir, formats, options, cwd) : failed(entry, entry.errors);
    reports.push(report);
    options.onCard?.(report);
  }
  return {
    cards: reports,
    rendered: reports.filter((report) => report.status === 'rendered').length,
    failed: reports.filter((report) => report.status === 'failed').length,
    outDir,
    elapsedMs: performance.now() - started,
  };
}

async function renderEntry(entry: LoadedCard, outDir: string, formats: OutputFormat[], options: BuildOptions, cwd: string): Promise<CardReport> {
  const card = entry.card!;
  try {
    const rendered = await renderCard(card, {
      ...cardDefaults(options),
      baseDir: cardFolder(entry.absolutePath),
      file: entry.file,
      skipPng: !formats.includes('png'),
    });
    const outputs: string[] = [];
    for (const format of formats) {
      const target = path.join(outDir, `${card.id}.${format}`);
      await writeFileAtomic(target, format === 'png' ? rendered.png! : rendered.svg);
      outputs.push(shownPath(target, cwd));
    }
    return {
      id: card.id,
      file: entry.file,
      status: 'rendered',
      outputs,
      width: rendered.pngWidth,
      height: rendered.pngHeight,
      errors: [],
      warnings: rendered.warnings,
      timings: rendered.timings,
    };
  } catch (error) {
    return failed(entry, [toCardError(error, 'E_RENDER', { file: entry.file })]);
  }
}

/** Only the per-card defaults, without undefined keys (so a card's own values are not masked). */
export function cardDefaults(options: CardDefaults): CardDefaults {
  const keys = ['template', 'theme', 'locale', 'brandColor', 'templatesDir', 'dpi', 'defaultLogo', 'errorCorrection'] as const;
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]])) as CardDefaults;
}

/** A build report as plain JSON, messages in the chosen language. */
export function buildReportJson(report: BuildReport, lang: Lang): object {
  return {
    ok: report.failed === 0,
    rendered: report.rendered,
    failed: report.failed,
    outDir: report.outDir,
    elapsedMs: Math.round(report.elapsedMs),
    cards: report.cards.map((card) => ({
      id: card.id ?? null,
      file: card.file,
      status: card.status,
      outputs: card.outputs,
      ...(card.width ? { width: card.width, height: card.height } : {}),
      errors: card.errors.map((error) => error.toJSON(lang)),
      warnings: card.warnings.map((warning) => ({ code: warning.code, message: warning.text[lang] })),
    })),
  };
}
