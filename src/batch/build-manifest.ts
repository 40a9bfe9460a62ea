/**
 * Incremental builds. The manifest in the output folder records, for every file written, a hash
 * of everything that determines its bytes: the validated card, the template's files, the
 * theme, the render options, the fonts, the logo and the tool version. A file whose hash is
 * unchanged (and which still exists) is not rendered again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { FitPlan } from '../render/fit-fixed-card.js';
import type { RenderOptions } from '../render/render-card.js';
import type { CardSpec } from '../spec/card-schema.js';
import { TEMPLATES_DIR } from '../template/load-template.js';
import { THEMES_DIR } from '../template/themes.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { fontFileHash } from '../fonts/font-subset-cache.js';

export const MANIFEST_NAME = '.policy-card-manifest.json';
const MANIFEST_VERSION = 1;

export interface ManifestEntry {
  /** Hash of every input of this output file. */
  hash: string;
  id: string;
  /** The card file it came from. */
  source: string;
  /**
   * How a fixed-size card was fitted, under a hash of everything that decides the fit (`fitKey`).
   * The next build tries it first when the key is the same (e.g. only the brand colour or the
   * dpi changed), and still checks it with a layout.
   */
  fit?: { key: string } & FitPlan;
}

export interface BuildManifest {
  version: number;
  outputs: Record<string, ManifestEntry>;
}

export async function readManifest(outDir: string): Promise<BuildManifest> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), 'utf8')) as BuildManifest;
    if (parsed.version === MANIFEST_VERSION && parsed.outputs && typeof parsed.outputs === 'object') return parsed;
  } catch {
    // Missing or unreadable: everything is rebuilt, which is always safe.
  }
  return { version: MANIFEST_VERSION, outputs: {} };
}

export async function writeManifest(outDir: string, manifest: BuildManifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest.outputs).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify({ version: MANIFEST_VERSION, outputs: sorted }, null, 2)}\n`);
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

let toolVersion: string | undefined;
function getToolVersion(): string {
  toolVersion ??= (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return toolVersion;
}

let fontsHash: Promise<string> | undefined;
function getFontsHash(): Promise<string> {
  fontsHash ??= (async () => {
    const dir = path.join(PACKAGE_ROOT, 'fonts');
    const files = (await readdir(dir)).filter((file) => file.endsWith('.ttf')).sort();
    const hash = createHash('sha256');
    // Each file's SHA-256, remembered between runs (reading 20 MB costs a single card ~50 ms).
    for (const file of files) hash.update(file).update(await fontFileHash(path.join(dir, file)));
    return hash.digest('hex');
  })();
  return fontsHash;
}

/** Hash of every file under the given folders (a template, its partials, the themes). */
async function folderHash(folders: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
    for (const file of files) hash.update(path.relative(folder, file)).update(await readFile(file));
  }
  return hash.digest('hex');
}

/** The `extends` of the template in `folder`, if it has a manifest that names one. */
async function baseTemplateName(folder: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as { extends?: unknown };
    return typeof manifest.extends === 'string' && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(manifest.extends) ? manifest.extends : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Computes output hashes, caching the expensive parts (fonts, template folders) per batch.
 */
export class InputHasher {
  readonly #templateHashes = new Map<string, Promise<string>>();

  #templateHash(name: string, templatesDir: string | undefined): Promise<string> {
    const key = `${templatesDir ?? ''}|${name}`;
    let hash = this.#templateHashes.get(key);
    if (!hash) {
      const folders = [path.join(TEMPLATES_DIR, name), path.join(TEMPLATES_DIR, '_partials'), THEMES_DIR];
      if (templatesDir) folders.push(path.join(templatesDir, name), path.join(templatesDir, '_partials'));
      // A template that extends another (a5 → a4) is built from that one's files too.
      hash = Promise.all(folders.map((folder) => baseTemplateName(folder))).then((bases) => {
        for (const base of bases.filter((entry): entry is string => entry !== undefined)) {
          folders.push(path.join(TEMPLATES_DIR, base));
          if (templatesDir) folders.push(path.join(templatesDir, base));
        }
        return folderHash(folders);
      });
      this.#templateHashes.set(key, hash);
    }
    return hash;
  }

  async outputHash(card: CardSpec, options: RenderOptions, format: string, logoBytes: Uint8Array | undefined): Promise<string> {
    // Options that do not change the bytes (file name for messages, verification) are left out.
    const { file: _file, baseDir: _baseDir, skipPng: _skip, defaultLogo: _logo, verifyQr: _verify, limits: _limits, fitHint: _hint, fontDir: _fontDir, ...renderOptions } = options;
    return this.#hash(card, options, logoBytes, {
      options: renderOptions,
      // The limits that decide where a long phone card breaks into pages.
      pages: { pageHeight: options.limits?.pageHeight ?? null, outputPixels: options.limits?.outputPixels ?? null },
      format,
      // PDFs written before they had a text layer (same tool version) are written again once.
      ...(format === 'pdf' ? { pdfTextLayer: true } : {}),
    });
  }

  /**
   * Hash of everything that decides how a fixed-size card is fitted: the card (its text, QR
   * codes, template and theme), the template's and themes' files, the fonts, the locale and the
   * options that change the layout, the limits, the embedded images and the tool version. The
   * colours, the dpi and the output format are left out: they change the bytes, not the fit.
   */
  fitKey(card: CardSpec, options: RenderOptions, logoBytes: Uint8Array | undefined): Promise<string> {
    const { file: _file, baseDir: _baseDir, skipPng: _skip, defaultLogo: _logo, verifyQr: _verify, fitHint: _hint, fontDir: _fontDir, brandColor: _brand, dpi: _dpi, ...layoutOptions } = options;
    return this.#hash(card, options, logoBytes, { fit: 1, options: layoutOptions });
  }

  /** The tool, the fonts, the template's files, the card and its images, with what the caller adds. */
  async #hash(card: CardSpec, options: RenderOptions, logoBytes: Uint8Array | undefined, extra: Record<string, unknown>): Promise<string> {
    return sha256(
      JSON.stringify({
        tool: getToolVersion(),
        fonts: await getFontsHash(),
        template: await this.#templateHash(card.template ?? options.template ?? 'phone', options.templatesDir),
        card,
        logo: logoBytes ? sha256(logoBytes) : null,
        ...extra,
      }),
    );
  }
}
