/**
 * `policy-card site`: the static detail site that QR codes lead to, built from the same specs
 * and settings as `build`:
 *   load cards (as build sees them, and once more for their own links) → render each card image
 *   → write `p/<id>/card.png` and `p/<id>/index.html` → `index.html` → `404.html` → `policies.json`.
 * Like build, a bad card never stops the others; it is reported and left out of the index.
 * Files are written atomically. Pages of cards no longer in the batch are not deleted.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CardReport } from '../batch/build-cards.js';
import { prepareOutDir } from '../batch/prepare-out-dir.js';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { CardError, toCardError } from '../errors.js';
import { withDefaultCaptions } from '../qr/qr-style.js';
import { renderCard, type CardDefaults } from '../render/render-card.js';
import { cardFolder } from '../spec/card-folder.js';
import type { CardSpec } from '../spec/card-schema.js';
import { loadCards, type LoadedCard } from '../spec/load-cards.js';
import { detailPageUrl, type SiteTarget } from '../spec/validate-card.js';
import { applyBrandColor } from '../template/brand-colors.js';
import { localeText } from '../template/locales.js';
import { loadTheme } from '../template/themes.js';
import { renderDetailPage } from './render-detail-page.js';
import { renderIndexPage } from './render-index-page.js';
import { renderNotFoundPage } from './render-not-found-page.js';
import { assertReplaceableSiteFiles } from './replaceable-site-files.js';
import { policiesFeed } from './policies-feed.js';
import { buildPolicyView, type PolicyView } from './policy-view.js';
import { renderSiteStyles } from './site-styles.js';
import { CONFIG_FILE_NAME } from '../config/load-config.js';
import { isInside } from '../files/is-inside.js';

export interface SiteOptions extends CardDefaults {
  /** Spec files or folders. @default ['cards'] */
  paths?: string[];
  /** Output folder. @default 'output/site' */
  out?: string;
  /** Public base URL of the site, and where QR codes lead (the same settings as `build`). */
  site: SiteTarget;
  /** The site's name, e.g. the office (config `office`, or `site --title`). @default '政策明白卡' */
  title?: string | undefined;
  /** Template of the card image on each page. @default 'phone' */
  cardTemplate?: string;
  /** Working directory that relative paths resolve against. @default process.cwd() */
  cwd?: string;
  /** Replace files in the output folder that policy-card did not make. @default false */
  force?: boolean;
  /** Called after each card, e.g. to show progress. */
  onCard?: (report: CardReport) => void;
}

export interface SiteReport {
  /** One report per card: `outputs` are its page and card image. */
  cards: CardReport[];
  rendered: number;
  failed: number;
  outDir: string;
  /** The index page and the JSON feed, as shown to the user. */
  index: string;
  feed: string;
  elapsedMs: number;
}

/** The public base of the site, ending in `/`. */
export function siteRootUrl(site: SiteTarget): string {
  return `${site.baseUrl.replace(/\/+$/, '')}/`;
}

/** The detail page's own address: as in the QR code, without the tracking query. */
function pageUrlOf(site: SiteTarget, id: string): string {
  return detailPageUrl({ baseUrl: site.baseUrl }, id);
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** The card options of the batch without undefined keys, so that a card's own values win. */
function renderDefaults(options: SiteOptions): CardDefaults {
  const keys = ['theme', 'locale', 'brandColor', 'templatesDir', 'dpi', 'defaultLogo', 'errorCorrection', 'qr', 'limits'] as const;
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]])) as CardDefaults;
}

export async function writeSite(options: SiteOptions): Promise<SiteReport> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, options.out ?? path.join('output', 'site'));
  const paths = options.paths?.length ? options.paths : ['cards'];
  const entries = await loadCards(paths, cwd, options.site, options.limits);
  // The page lists the card's own links (policy text, application entry) even when its QR code
  // leads to the page itself, so the cards are read once more as their specs say.
  const ownLinks = new Map((await loadCards(paths, cwd, { ...options.site, qrTarget: 'spec' }, options.limits)).map((entry) => [entry.absolutePath, entry.card?.qr ?? []]));
  const theme = applyBrandColor(await loadTheme(options.theme ?? 'default'), options.brandColor);
  const css = renderSiteStyles(theme, await loadTheme('elder'));
  refuseSourcesInside(outDir, shownPath(outDir, cwd) || '.', entries.map((entry) => entry.absolutePath), cwd);
  await prepareOutDir(outDir, cwd);
  await assertReplaceableSiteFiles(outDir, shownPath(outDir, cwd) || '.', entries.flatMap((entry) => (entry.card ? [entry.card.id] : [])), options.force === true);

  const reports: CardReport[] = [];
  const published: PublishedPolicy[] = [];
  for (const entry of entries) {
    const { report, policy } =
      entry.card && entry.errors.length === 0 ? await writePolicy(entry, ownLinks.get(entry.absolutePath) ?? [], { outDir, css, options, cwd }) : { report: failed(entry, entry.errors) };
    reports.push(report);
    if (policy) published.push(policy);
    options.onCard?.(report);
  }

  const siteUrl = siteRootUrl(options.site);
  const views = published.map((item) => item.view);
  const indexFile = path.join(outDir, 'index.html');
  const feedFile = path.join(outDir, 'policies.json');
  await writeFileAtomic(indexFile, renderIndexPage(views, { siteUrl, css, siteTitle: options.title }));
  await writeFileAtomic(path.join(outDir, '404.html'), renderNotFoundPage({ siteUrl, css, siteTitle: options.title }));
  await writeFileAtomic(feedFile, `${JSON.stringify(policiesFeed(published, siteUrl), null, 2)}\n`);
  return {
    cards: reports,
    rendered: reports.filter((report) => report.status === 'rendered').length,
    failed: reports.filter((report) => report.status === 'failed').length,
    outDir,
    elapsedMs: performance.now() - started,
    index: shownPath(indexFile, cwd),
    feed: shownPath(feedFile, cwd),
  };
}

function failed(entry: LoadedCard, errors: CardError[]): CardReport {
  return { id: entry.id, file: entry.file, status: 'failed', outputs: [], errors, warnings: [] };
}

interface PublishedPolicy {
  view: PolicyView;
  pageUrl: string;
  imageUrl: string;
}

/** One card → `p/<id>/card.png` and `p/<id>/index.html`; a failure is reported, never thrown. */
async function writePolicy(
  entry: LoadedCard,
  links: CardSpec['qr'],
  { outDir, css, options, cwd }: { outDir: string; css: string; options: SiteOptions; cwd: string },
): Promise<{ report: CardReport; policy?: PublishedPolicy }> {
  const card = entry.card!;
  try {
    const rendered = await renderCard(
      { ...card, template: options.cardTemplate ?? 'phone' },
      { ...renderDefaults(options), baseDir: cardFolder(entry.absolutePath), file: entry.file },
    );
    const pageUrl = pageUrlOf(options.site, card.id);
    const view = buildPolicyView(card, links, pageUrl);
    // The codes as printed on the card, captions included, for the image's alt text.
    const captions = localeText(options.locale ?? 'zh-CN').labels.captions;
    const codes = withDefaultCaptions(card, options.qr?.caption).qr.map((entry) => ({ caption: entry.caption ?? captions[entry.purpose ?? '其他'], url: entry.url }));
    // card.png, or card-1.png … card-N.png for a card split into pages.
    const images = rendered.pages.map((page, index) => ({
      file: rendered.pages.length === 1 ? 'card.png' : `card-${index + 1}.png`,
      width: page.pngWidth,
      height: page.pngHeight,
      bytes: page.png!.length,
      png: page.png!,
    }));
    const page = renderDetailPage(view, { pageUrl, css, siteTitle: options.title, cardImage: { pages: images, codes } });
    const folder = path.join(outDir, 'p', card.id);
    await mkdir(folder, { recursive: true });
    for (const image of images) await writeFileAtomic(path.join(folder, image.file), image.png);
    await writeFileAtomic(path.join(folder, 'index.html'), page);
    // Images of an earlier build with another page count would be stale.
    for (const stale of (await readdir(folder)).filter((name) => /^card(-\d+)?\.png$/.test(name) && !images.some((image) => image.file === name))) {
      await rm(path.join(folder, stale), { force: true });
    }
    const report: CardReport = {
      id: card.id,
      file: entry.file,
      status: 'rendered',
      outputs: [shownPath(path.join(folder, 'index.html'), cwd), ...images.map((image) => shownPath(path.join(folder, image.file), cwd))],
      width: rendered.pngWidth,
      height: rendered.pngHeight,
      errors: [],
      // A sheet row's warnings (a phone that lost its 0) come first, as build reports them.
      warnings: [...(entry.warnings ?? []), ...rendered.warnings],
      timings: rendered.timings,
    };
    return { report, policy: { view, pageUrl, imageUrl: `${pageUrl}${images[0]!.file}` } };
  } catch (error) {
    return { report: failed(entry, [toCardError(error, 'E_RENDER', { file: entry.file })]) };
  }
}

/**
 * The site folder is uploaded whole, so it must not hold the catalogue it is made from: `site
 * --out .` wrote the pages beside cards/ and policy-card.config.json, and the report's "upload
 * the whole folder" would have published them (drafts, notes, contacts not meant for the web).
 */
function refuseSourcesInside(outDir: string, shown: string, cardFiles: readonly string[], cwd: string): void {
  const config = path.join(cwd, CONFIG_FILE_NAME);
  const source = cardFiles.find((file) => isInside(file, outDir)) ?? (isInside(config, outDir) && existsSync(config) ? config : undefined);
  if (!source) return;
  const named = path.relative(cwd, source) || source;
  throw new CardError('E_USAGE', {
    zh: `网站文件夹 ${shown} 里有卡片或配置（${named}）：整个文件夹上传会把它们一起公开；请用 --out 指定单独的文件夹（默认 output/site）`,
    en: `the site folder ${shown} holds the cards or the config (${named}): uploading the whole folder would publish them too; choose a folder of its own with --out (default output/site)`,
  });
}
