/**
 * Batch rendering: load every card, skip those whose outputs are up to date, render the rest in
 * a pool of worker processes, write each file atomically, prune outputs of deleted cards, and
 * report every card's outcome. One bad card never stops the batch and never causes another
 * card's file to be written or overwritten.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { CardError, type CardWarning } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { containedImagePath } from '../assets/load-logo.js';
import type { CardDefaults, RenderOptions, RenderTimings } from '../render/render-card.js';
import { cardFolder } from '../spec/card-folder.js';
import { loadCards, type LoadedCard } from '../spec/load-cards.js';
import type { SiteTarget } from '../spec/validate-card.js';
import { InputHasher, MANIFEST_NAME, readManifest, writeManifest, type BuildManifest, type ManifestEntry } from './build-manifest.js';
import type { OutputFormat } from './output-formats.js';
import { deserializeCardError, runRenderJob, type RenderJob, type RenderJobResult } from './render-job.js';
import type { PoolOptions } from './render-pool.js';
import { batchCharacters, writeFontSubset, type FontSubset } from '../fonts/subset-fonts.js';
import { readCachedFontSubset, writeCachedFontSubset } from '../fonts/font-subset-cache.js';
import { prepareOutDir } from './prepare-out-dir.js';
import { writeFileAtomic } from './write-file-atomic.js';

export type { OutputFormat } from './output-formats.js';

export interface BuildOptions extends CardDefaults, PoolOptions {
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
  /** Decode every QR code from each rendered PNG and fail the card on a mismatch. @default false */
  verifyQr?: boolean;
  /** Re-render every card even when its outputs are up to date. @default false */
  force?: boolean;
  /** Delete outputs (recorded in the manifest) of cards that no longer exist. @default false */
  prune?: boolean;
  /**
   * Render in worker processes (isolated, parallel) or in this process. `auto` uses workers
   * when more than one card needs rendering. @default 'auto'
   */
  workers?: 'auto' | 'always' | 'never';
  /** Stops the batch: no new cards start, finished files and the manifest are kept. */
  signal?: AbortSignal;
  /** Called after each card, e.g. to show progress. */
  onCard?: (report: CardReport, progress: { done: number; total: number; failed: number }) => void;
}

export interface CardReport {
  id: string | undefined;
  file: string;
  status: 'rendered' | 'unchanged' | 'failed';
  /** Files written (or up to date), relative to the working directory when inside it. */
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
  unchanged: number;
  failed: number;
  /** Files deleted because their card is gone. */
  pruned: string[];
  /** Problems of the batch as a whole (e.g. the build record could not be written). */
  batchErrors: CardError[];
  /** True when the batch was stopped before every card was done. */
  interrupted: boolean;
  outDir: string;
  elapsedMs: number;
}

function failedReport(entry: LoadedCard, errors: CardError[]): CardReport {
  return { id: entry.id, file: entry.file, status: 'failed', outputs: [], errors, warnings: [] };
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** Only the per-card defaults, without undefined keys (so a card's own values are not masked). */
export function cardDefaults(options: CardDefaults): CardDefaults {
  const keys = ['template', 'theme', 'locale', 'brandColor', 'templatesDir', 'dpi', 'defaultLogo', 'errorCorrection', 'qr', 'limits'] as const;
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]])) as CardDefaults;
}

interface PlannedCard {
  entry: LoadedCard;
  job: RenderJob;
  /** Hash of every input of the card's output in each format. */
  hashes: Partial<Record<OutputFormat, string>>;
  /** Hash of what decides the card's fit (fixed-size templates), recorded with the plan. */
  fitKey: string;
}

/**
 * The file names of a card's pages in one format: `<id>.png` for a card of one page,
 * `<id>-1.png … <id>-N.png` for a card split into pages. A PDF holds every page in one file.
 */
export function pageFileNames(id: string, format: OutputFormat, pageCount: number): string[] {
  if (pageCount <= 1 || format === 'pdf') return [`${id}.${format}`];
  return Array.from({ length: pageCount }, (_, index) => `${id}-${index + 1}.${format}`);
}

/** The outputs of one card in one format that the manifest records (one name, or one per page). */
function recordedOutputs(manifest: BuildManifest, id: string, format: OutputFormat): string[] {
  const page = new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(-\\d+)?\\.${format}$`);
  return Object.entries(manifest.outputs)
    .filter(([name, record]) => record.id === id && page.test(name))
    .map(([name]) => name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The bytes of every image the card embeds (issuer logo, QR centre logos), for the output hash.
 * Only images inside their folder are read; the render itself checks and refuses the rest.
 */
async function logoBytes(card: LoadedCard['card'], options: RenderOptions): Promise<Uint8Array | undefined> {
  const images: Array<{ path: string; baseDir: string } | undefined> = [
    card?.logo ? { path: card.logo, baseDir: options.baseDir ?? '.' } : options.defaultLogo,
    ...(card?.qr ?? []).map((entry) => (entry.logo ? { path: entry.logo, baseDir: options.baseDir ?? '.' } : options.qr?.logo)),
  ];
  const parts: Uint8Array[] = [];
  for (const image of images) {
    const file = image ? await containedImagePath(image.path, image.baseDir) : undefined;
    const bytes = file ? await readFile(file).catch(() => undefined) : undefined;
    if (bytes) parts.push(bytes);
  }
  return parts.length > 0 ? Buffer.concat(parts) : undefined;
}

const fileExists = (file: string): Promise<boolean> => stat(file).then((info) => info.isFile(), () => false);

export async function buildCards(options: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, options.out ?? 'output');
  const formats = options.formats ?? ['png'];
  const entries = await loadCards(options.paths?.length ? options.paths : ['cards'], cwd, options.site, options.limits);
  await prepareOutDir(outDir, cwd);
  const manifest = await readManifest(outDir);
  const hasher = new InputHasher();
  // The last build's fits by card id, from outputs in any format (png, then pdf finds them too).
  const lastFits = new Map<string, Array<NonNullable<ManifestEntry['fit']>>>();
  for (const output of Object.values(manifest.outputs)) {
    if (output.fit) lastFits.set(output.id, [...(lastFits.get(output.id) ?? []), output.fit]);
  }

  // Plan: which cards need rendering, which are up to date, which failed to load.
  const reports = new Map<LoadedCard, CardReport>();
  const planned: PlannedCard[] = [];
  for (const entry of entries) {
    if (!entry.card || entry.errors.length > 0) {
      reports.set(entry, failedReport(entry, entry.errors));
      continue;
    }
    const renderOptions: RenderOptions = { ...cardDefaults(options), baseDir: cardFolder(entry.absolutePath), file: entry.file, ...(options.verifyQr ? { verifyQr: true } : {}) };
    const logo = await logoBytes(entry.card, renderOptions);
    const hashes: Partial<Record<OutputFormat, string>> = {};
    for (const format of formats) hashes[format] = await hasher.outputHash(entry.card, renderOptions, format, logo);
    // A card split into pages has several files per format; all of them must be there and current.
    const recorded = formats.map((format) => recordedOutputs(manifest, entry.card!.id, format));
    const upToDate =
      !options.force &&
      recorded.every((names, index) => names.length > 0 && names.every((name) => manifest.outputs[name]!.hash === hashes[formats[index]!])) &&
      (await Promise.all(recorded.flat().map((name) => fileExists(path.join(outDir, name))))).every(Boolean);
    if (upToDate) {
      reports.set(entry, {
        id: entry.card.id,
        file: entry.file,
        status: 'unchanged',
        outputs: recorded.flat().map((name) => shownPath(path.join(outDir, name), cwd)),
        errors: [],
        warnings: entry.warnings ?? [],
      });
    } else {
      // The last build's fit of this card, if nothing that decides the fit has changed since.
      const fitKey = await hasher.fitKey(entry.card, renderOptions, logo);
      const previous = lastFits.get(entry.card.id)?.find((fit) => fit.key === fitKey);
      const job: RenderJob = { card: entry.card, options: previous ? { ...renderOptions, fitHint: { shift: previous.shift, scale: previous.scale, space: previous.space } } : renderOptions, formats };
      planned.push({ entry, hashes, fitKey, job });
    }
  }

  let done = 0;
  let failures = 0;
  const total = entries.length;
  const notify = (entry: LoadedCard): void => {
    const report = reports.get(entry)!;
    done++;
    if (report.status === 'failed') failures++;
    options.onCard?.(report, { done, total, failed: failures });
  };
  for (const entry of entries) if (reports.has(entry)) notify(entry);

  const useWorkers = options.workers === 'always' || (options.workers !== 'never' && planned.length > 1);
  const timeoutMs = options.timeoutMs ?? options.limits?.renderTimeoutMs;
  // The pool (tinypool) is loaded only when there are workers: a single card is rendered here,
  // and its cold run should not pay for loading it.
  const pool = useWorkers ? new (await import('./render-pool.js')).RenderPool({ ...options, ...(timeoutMs ? { timeoutMs } : {}) }) : undefined;
  const render = (job: RenderJob): Promise<RenderJobResult> => (pool ? pool.render(job, options.signal) : runRenderJob(job));
  let interrupted = false;
  let fonts: FontSubset | undefined;
  let fillingFontCache: Promise<unknown> | undefined;
  try {
    // Cards rendered here (a single card) use a subset from the font cache when one holds their
    // characters; otherwise a child cuts one for next time while this run uses the full faces.
    if (!pool && planned.length > 0) {
      const characters = characterSet(planned, options);
      const cached = await readCachedFontSubset(characters).catch(() => undefined);
      if (cached) for (const item of planned) item.job.options.fontDir = cached.fontDir;
      else fillingFontCache = writeCachedFontSubset(characters);
    }
    // Made while the workers start. Added to the jobs after hashing: the output does not depend on it.
    // Not for a single card rendered here: subsetting (about 0.5 s) costs as much as it saves.
    // Subsets only save time and memory, so if making one fails (a full temp folder, Ctrl-C
    // reaching the child first), the batch goes on with the bundled fonts.
    if (pool && planned.length > 0) {
      fonts = await subsetForBatch(planned, options);
      if (fonts) for (const item of planned) item.job.options.fontDir = fonts.dir;
    }
    // Keep every worker busy, and no more: a bounded number of cards in flight.
    const inFlight = new Set<Promise<void>>();
    for (const item of planned) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      const task = render(item.job)
        .then(async (result) => {
          // A card stopped by Ctrl-C is not done: no report, no file, the next run renders it.
          if ('interrupted' in result) return;
          reports.set(item.entry, await finishCard(item, result, outDir, cwd, manifest));
          notify(item.entry);
        });
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= (pool?.concurrency ?? 1) * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
    await fonts?.remove();
    await fillingFontCache;
  }

  const batchErrors: CardError[] = [];
  const pruned = options.prune && !interrupted ? await pruneOutputs(manifest, entries, outDir, cwd) : [];
  try {
    await writeManifest(outDir, manifest);
  } catch (error) {
    // Losing the record only costs a re-render next time; the cards themselves are fine.
    batchErrors.push(
      new CardError('E_IO', {
        zh: `无法写入增量记录 ${MANIFEST_NAME}（${(error as Error).message}）；下次运行会重新生成全部卡片`,
        en: `cannot write the build record ${MANIFEST_NAME} (${(error as Error).message}); the next run will render every card again`,
      }),
    );
  }

  const cards = entries.filter((entry) => reports.has(entry)).map((entry) => reports.get(entry)!);
  return {
    cards,
    rendered: cards.filter((report) => report.status === 'rendered').length,
    unchanged: cards.filter((report) => report.status === 'unchanged').length,
    failed: cards.filter((report) => report.status === 'failed').length,
    pruned,
    batchErrors,
    interrupted: interrupted || cards.length < entries.length,
    outDir,
    elapsedMs: performance.now() - started,
  };
}

/** Every character the cards to render could print. */
function characterSet(planned: PlannedCard[], options: BuildOptions): string {
  return batchCharacters({ cards: planned.map((item) => item.job.card), locale: options.locale, templatesDir: options.templatesDir, captions: options.qr?.caption });
}

/** The font subset of the cards to render, or undefined if one cannot be made. */
async function subsetForBatch(planned: PlannedCard[], options: BuildOptions): Promise<FontSubset | undefined> {
  try {
    return await writeFontSubset(characterSet(planned, options));
  } catch {
    return undefined;
  }
}

async function finishCard(item: PlannedCard, result: RenderJobResult, outDir: string, cwd: string, manifest: BuildManifest): Promise<CardReport> {
  const { entry, job } = item;
  if (!result.ok) return failedReport(entry, 'error' in result ? [deserializeCardError(result.error)] : []);
  const outputs: string[] = [];
  const id = job.card.id;
  const pages = [{ png: result.png, svg: result.svg }, ...(result.laterPages ?? [])];
  try {
    for (const format of job.formats) {
      const names = pageFileNames(id, format, pages.length);
      // Page files of card "x" (x-1.png) could be the outputs of a card whose id is "x-1".
      const taken = names.find((name) => manifest.outputs[name] && manifest.outputs[name].id !== id);
      if (taken) {
        const owner = manifest.outputs[taken]!.id;
        return failedReport(entry, [
          new CardError(
            'E_EXISTS',
            {
              zh: `卡片分页后的输出文件 ${taken} 与卡片 "${owner}" 的输出同名；请给其中一张卡片换个编号（id）`,
              en: `the page file ${taken} of this card has the name of an output of card "${owner}"; give one of the two cards another id`,
            },
            { file: entry.file, path: '/id' },
          ),
        ]);
      }
      for (const [index, name] of names.entries()) {
        const target = path.join(outDir, name);
        const page = pages[index]!;
        const data = format === 'png' ? page.png : format === 'svg' ? page.svg : result.pdf;
        if (data === undefined) throw new Error(`no ${format} produced`);
        await writeFileAtomic(target, data);
        manifest.outputs[name] = { hash: item.hashes[format]!, id, source: entry.file, ...(result.fit ? { fit: { key: item.fitKey, ...result.fit } } : {}) };
        outputs.push(shownPath(target, cwd));
      }
      // A card that now has fewer pages (or became one page, or several) leaves no stale files.
      for (const stale of recordedOutputs(manifest, id, format).filter((name) => !names.includes(name))) {
        await rm(path.join(outDir, stale), { force: true });
        delete manifest.outputs[stale];
      }
    }
  } catch (error) {
    return failedReport(entry, [
      new CardError('E_IO', { zh: `无法写入输出文件：${(error as Error).message}`, en: `cannot write the output file: ${(error as Error).message}` }, { file: entry.file }),
    ]);
  }
  return {
    id,
    file: entry.file,
    status: 'rendered',
    outputs,
    width: result.width,
    height: result.height,
    errors: [],
    warnings: [...(entry.warnings ?? []), ...result.warnings],
    timings: result.timings,
  };
}

/** Delete outputs recorded in the manifest whose card no longer exists in this batch. */
async function pruneOutputs(manifest: BuildManifest, entries: LoadedCard[], outDir: string, cwd: string): Promise<string[]> {
  const liveIds = new Set(entries.map((entry) => entry.id));
  const pruned: string[] = [];
  for (const [name, record] of Object.entries(manifest.outputs)) {
    if (liveIds.has(record.id)) continue;
    await rm(path.join(outDir, name), { force: true });
    delete manifest.outputs[name];
    pruned.push(shownPath(path.join(outDir, name), cwd));
  }
  return pruned;
}

/** One card's outcome as plain JSON (shared by the build, print and site reports). */
export function cardReportJson(card: CardReport, lang: Lang): object {
  return {
    id: card.id ?? null,
    file: card.file,
    status: card.status,
    outputs: card.outputs,
    ...(card.width ? { width: card.width, height: card.height } : {}),
    errors: card.errors.map((error) => error.toJSON(lang)),
    warnings: card.warnings.map((warning) => ({ code: warning.code, message: warning.text[lang] })),
  };
}

/** A build report as plain JSON, messages in the chosen language. */
export function buildReportJson(report: BuildReport, lang: Lang): object {
  return {
    ok: report.failed === 0 && !report.interrupted && report.batchErrors.length === 0,
    rendered: report.rendered,
    unchanged: report.unchanged,
    failed: report.failed,
    pruned: report.pruned,
    interrupted: report.interrupted,
    batchErrors: report.batchErrors.map((error) => error.toJSON(lang)),
    outDir: report.outDir,
    elapsedMs: Math.round(report.elapsedMs),
    cards: report.cards.map((card) => cardReportJson(card, lang)),
  };
}
