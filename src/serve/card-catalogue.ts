/**
 * The cards on disk as the studio sees them: every spec file under the given paths, with its
 * text as written (for the editor), its validated card (for rendering) and its problems (the same
 * checks as `policy-card validate`). A chokidar watcher keeps it current: a changed spec is
 * re-read alone; a changed template, theme or config file re-checks every card, because any
 * card's validity or pixels may depend on it. Listeners hear about each change once.
 */
import type { LlmSettings } from '../draft/llm-reader.js';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { validateCards } from '../batch/validate-cards.js';
import { toCardError, type CardError } from '../errors.js';
import type { DraftDefaults } from '../draft/draft-card.js';
import type { CardDefaults } from '../render/render-card.js';
import type { CardSpec } from '../spec/card-schema.js';
import { findCardFiles, markDuplicateIds, type LoadedCard } from '../spec/load-cards.js';
import { decodeCardText, parseCardJson } from '../spec/parse-card-json.js';
import { validateCard, type SiteTarget } from '../spec/validate-card.js';
import { clearTemplateCache, TEMPLATES_DIR } from '../template/load-template.js';
import { clearThemeCache } from '../template/themes.js';
import { fileTag } from './save-card-file.js';
import { idFromFileName } from '../spec/id-from-file-name.js';

/** What the studio renders with: the batch defaults of `build`, and where the cards are. */
export interface StudioSettings extends CardDefaults {
  /** Card files or folders. New cards are saved into the first folder. */
  paths: string[];
  site?: SiteTarget;
  /** The config's `draft.defaults`, for drafting from a policy document (POST /api/draft). */
  draftDefaults?: DraftDefaults;
  /** `serve --llm`: the language model that reads each drafted document after the rules, as `draft --llm` does. */
  draftLlm?: LlmSettings;
}

export interface CatalogueCard {
  id: string | undefined;
  /** The file as shown to the user (relative to the working directory when inside it). */
  file: string;
  absolutePath: string;
  /** The file's JSON as written, or undefined when it cannot be read or parsed. */
  json: unknown;
  /** The validated card, when it has no problems. */
  card: CardSpec | undefined;
  errors: CardError[];
  /** Version of the file's bytes (see fileTag). */
  tag: string;
}

export interface CatalogueChange {
  /** Increases with every change; clients compare it with the one they have. */
  version: number;
  reason: 'cards' | 'templates' | 'config';
  /** Ids of the cards added, changed or removed (every id after a template or config change). */
  ids: string[];
  /** The config file could not be used; the previous settings stay in force. */
  configError?: CardError;
}

export interface CatalogueOptions {
  settings: StudioSettings;
  /** Working directory relative paths resolve against. @default process.cwd() */
  cwd?: string;
  /** Settings anew, called when a config file changes (the CLI re-reads flags + config). */
  reloadSettings?: () => Promise<StudioSettings>;
  /** Config files to watch. */
  configFiles?: string[];
  /** Watch the files and keep the catalogue current. @default true */
  watch?: boolean;
  /** Called after templates or themes changed, before cards are re-checked (e.g. restart render workers). */
  onTemplatesChange?: () => Promise<void>;
}

interface FileState {
  absolutePath: string;
  file: string;
  id: string | undefined;
  json: unknown;
  card: CardSpec | undefined;
  errors: CardError[];
  tag: string;
}

type Pending = 'card' | 'templates' | 'config';

/** Delay that lets a burst of file events (an editor saving, a git checkout) become one update. */
const SETTLE_MS = 60;

export class CardCatalogue {
  readonly cwd: string;
  readonly #options: CatalogueOptions;
  readonly #files = new Map<string, FileState>();
  readonly #listeners = new Set<(change: CatalogueChange) => void>();
  readonly #pending = new Map<string, Pending>();
  #settings: StudioSettings;
  #version = 0;
  #settingsVersion = 0;
  #view: CatalogueCard[] | undefined;
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  #work: Promise<void> = Promise.resolve();
  #newCardFolder: string | undefined;

  private constructor(options: CatalogueOptions) {
    this.#options = options;
    this.#settings = options.settings;
    this.cwd = options.cwd ?? process.cwd();
  }

  /** Load every card under the settings' paths and (by default) start watching. */
  static async open(options: CatalogueOptions): Promise<CardCatalogue> {
    const catalogue = new CardCatalogue(options);
    await catalogue.#loadAll();
    if (options.watch !== false) await catalogue.#startWatching();
    return catalogue;
  }

  get settings(): StudioSettings {
    return this.#settings;
  }

  get version(): number {
    return this.#version;
  }

  /** Changes when templates, themes or settings change: every rendered image may differ. */
  get settingsVersion(): number {
    return this.#settingsVersion;
  }

  /** The folder new cards are saved in: the first folder among the paths. */
  get newCardFolder(): string | undefined {
    return this.#newCardFolder;
  }

  onChange(listener: (change: CatalogueChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Every card, sorted by file, with duplicate ids marked as errors (as `build` does). */
  list(): CatalogueCard[] {
    if (!this.#view) {
      const states = [...this.#files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const loaded: LoadedCard[] = states.map((state) => ({ file: state.file, absolutePath: state.absolutePath, id: state.id, card: state.card, errors: [...state.errors] }));
      markDuplicateIds(loaded);
      this.#view = loaded.map((entry, index) => ({ ...entry, json: states[index]!.json, tag: states[index]!.tag }));
    }
    return this.#view;
  }

  /** The cards with this id (more than one when the id is duplicated). */
  findAll(id: string): CatalogueCard[] {
    return this.list().filter((card) => card.id === id);
  }

  /** Re-read one file now (after the studio saved it), without waiting for the watcher. */
  refresh(absolutePath: string): Promise<void> {
    return this.#serially(async () => {
      if (await this.#loadFile(path.resolve(absolutePath))) this.#changed('cards', [this.#files.get(path.resolve(absolutePath))?.id]);
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#listeners.clear();
    await this.#watcher?.close();
    await this.#work;
  }

  #serially(task: () => Promise<void>): Promise<void> {
    const run = this.#work.then(task);
    this.#work = run.catch(() => undefined);
    return run;
  }

  #changed(reason: CatalogueChange['reason'], ids: Array<string | undefined>, configError?: CardError): void {
    this.#version++;
    this.#view = undefined;
    const change: CatalogueChange = { version: this.#version, reason, ids: [...new Set(ids.filter((id): id is string => id !== undefined))].sort() };
    if (configError) change.configError = configError;
    for (const listener of this.#listeners) listener(change);
  }

  async #loadAll(): Promise<void> {
    const files = await findCardFiles(this.#settings.paths, this.cwd);
    this.#files.clear();
    const jsonFiles = files.filter((file) => file.toLowerCase().endsWith('.json'));
    // A few at a time: each check reads the file and may compile a template.
    for (let index = 0; index < jsonFiles.length; index += 8) {
      await Promise.all(jsonFiles.slice(index, index + 8).map((file) => this.#loadFile(file)));
    }
    this.#newCardFolder = undefined;
    for (const given of this.#settings.paths) {
      const absolute = path.resolve(this.cwd, given);
      if (await stat(absolute).then((info) => info.isDirectory(), () => false)) {
        this.#newCardFolder = absolute;
        break;
      }
    }
    this.#view = undefined;
  }

  /** Read and check one file; true when what the catalogue knows about it changed. */
  async #loadFile(absolutePath: string): Promise<boolean> {
    const before = this.#files.get(absolutePath);
    const bytes = await readFile(absolutePath).catch(() => undefined);
    if (!bytes) return this.#files.delete(absolutePath);
    const tag = fileTag(bytes);
    if (before && before.tag === tag) return false;
    const { site, paths: _paths, ...defaults } = this.#settings;
    const defaultId = idFromFileName(absolutePath);
    let report;
    try {
      report = (await validateCards({ ...defaults, paths: [absolutePath], cwd: this.cwd, ...(site ? { site } : {}) })).cards[0];
    } catch (error) {
      // Deleted between the read and the check: the watcher reports the deletion next.
      if (toCardError(error, 'E_IO').code === 'E_PATH_NOT_FOUND') return this.#files.delete(absolutePath);
      throw error;
    }
    if (!report) return this.#files.delete(absolutePath);
    let json: unknown;
    try {
      json = parseCardJson(decodeCardText(bytes, report.file), report.file);
    } catch {
      json = undefined;
    }
    const limits = defaults.limits;
    const validated = report.valid && json !== undefined ? validateCard(json, { file: report.file, defaultId, ...(site ? { site } : {}), ...(limits ? { limits } : {}) }) : undefined;
    this.#files.set(absolutePath, {
      absolutePath,
      file: report.file,
      id: report.id,
      json,
      card: validated?.ok ? validated.card : undefined,
      errors: report.errors,
      tag,
    });
    return true;
  }

  async #startWatching(): Promise<void> {
    const roots = this.#watchRoots();
    this.#watcher = watch(roots, {
      ignoreInitial: true,
      ignored: (file: string) => {
        const name = path.basename(file);
        return name.startsWith('.') || name === 'node_modules';
      },
    });
    this.#watcher.on('all', (event, file) => this.#noticed(event, path.resolve(this.cwd, file)));
    await new Promise<void>((resolve, reject) => {
      this.#watcher!.once('ready', resolve);
      this.#watcher!.once('error', reject);
    });
  }

  #watchRoots(): string[] {
    return [
      ...this.#settings.paths.map((given) => path.resolve(this.cwd, given)),
      TEMPLATES_DIR,
      ...(this.#settings.templatesDir ? [this.#settings.templatesDir] : []),
      ...(this.#options.configFiles ?? []),
    ];
  }

  #noticed(event: string, file: string): void {
    const inside = (folder: string): boolean => file === folder || file.startsWith(folder + path.sep);
    const templateDirs = [TEMPLATES_DIR, ...(this.#settings.templatesDir ? [this.#settings.templatesDir] : [])];
    let kind: Pending | undefined;
    if ((this.#options.configFiles ?? []).includes(file)) kind = 'config';
    else if (templateDirs.some(inside)) kind = 'templates';
    else if (file.toLowerCase().endsWith('.json') || event === 'unlinkDir') kind = 'card';
    if (!kind) return;
    this.#pending.set(file, kind);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#serially(() => this.#applyPending()), SETTLE_MS);
  }

  async #applyPending(): Promise<void> {
    const pending = [...this.#pending];
    this.#pending.clear();
    const kinds = new Set(pending.map(([, kind]) => kind));
    if (kinds.has('config') || kinds.has('templates')) {
      let configError: CardError | undefined;
      if (kinds.has('config') && this.#options.reloadSettings) {
        try {
          this.#settings = await this.#options.reloadSettings();
          const roots = this.#watchRoots();
          this.#watcher?.add(roots);
        } catch (error) {
          configError = toCardError(error, 'E_USAGE');
        }
      }
      clearTemplateCache();
      clearThemeCache();
      if (kinds.has('templates')) await this.#options.onTemplatesChange?.();
      this.#settingsVersion++;
      const before = [...this.#files.values()].map((state) => state.id);
      await this.#loadAll();
      this.#changed(kinds.has('config') ? 'config' : 'templates', [...before, ...[...this.#files.values()].map((state) => state.id)], configError);
      return;
    }
    const ids: Array<string | undefined> = [];
    let changed = false;
    for (const [file] of pending) {
      const underFolder = [...this.#files.keys()].filter((known) => known.startsWith(file + path.sep));
      for (const known of [file, ...underFolder]) {
        const before = this.#files.get(known)?.id;
        if (await this.#loadFile(known)) {
          changed = true;
          ids.push(before, this.#files.get(known)?.id);
        }
      }
    }
    if (changed) this.#changed('cards', ids);
  }
}
