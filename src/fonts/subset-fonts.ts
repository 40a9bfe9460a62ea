/**
 * Per-batch font subsets. The bundled Noto Sans SC faces are 10 MB each; satori parses both in
 * every process that renders (about 0.5 s and 100 MB per worker). A batch only ever prints a
 * few thousand distinct characters, so the build cuts the faces down to those once (hb-subset,
 * about 0.5 s, in a child process while the workers start) and hands the workers the small files.
 *
 * The subset keeps the glyph outlines, advance widths and layout tables of every kept glyph, so
 * satori's SVG is byte-for-byte the one the full faces give (tests check this). A character the
 * estimate below misses is not an error: layout-svg.ts lays that card out again with the full
 * faces, so a miss only costs time.
 */
import { fork } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import type { CardSpec } from '../spec/card-schema.js';
import { TEMPLATES_DIR } from '../template/load-template.js';
import { convertCardText, LOCALES, localeText, type Locale } from '../template/locales.js';

/** Every character a template folder could print: its markup, styles and manifest. */
function templateCharacters(templatesDir: string): string {
  let text = '';
  for (const entry of readdirSync(templatesDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(templatesDir, entry);
    if (/\.(hbs|css|json)$/.test(entry) && statSync(file).isFile()) text += readFileSync(file, 'utf8');
  }
  return text;
}

/** The labels, captions and date phrases of a locale (its functions called with sample dates). */
function localeCharacters(locale: Locale): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'function') {
      // Sample arguments of both kinds the phrases take (dates as text, counts as numbers); a
      // phrase that cannot take one kind simply adds nothing from it. A character still missed
      // is laid out again with the full fonts, so this only has to be nearly complete.
      for (const args of [['2026年1月1日', '2026年1月1日'], [2026, 1, 1], [5, '申报条件']]) {
        try {
          parts.push(String(value(...args)));
        } catch {
          // this phrase does not take these arguments
        }
      }
    }
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  // `convert` is the text converter itself (OpenCC for zh-TW), not something the card prints.
  const { convert: _convert, ...printed } = localeText(locale);
  walk(printed);
  return parts.join('');
}

export interface BatchText {
  cards: CardSpec[];
  /** Locale of the batch; zh-TW converts the text before it is set. */
  locale?: Locale | undefined;
  /** A folder of custom templates, besides the built-in ones. */
  templatesDir?: string | undefined;
  /** Default QR captions from the config. */
  captions?: string | Record<string, string | undefined> | undefined;
}

/** The distinct characters a batch will set, sorted so the subset does not depend on card order. */
export function batchCharacters({ cards, locale = 'zh-CN', templatesDir, captions }: BatchText): string {
  const chars = new Set<string>();
  const add = (text: string): void => {
    for (const char of text) chars.add(char);
  };
  // Printable ASCII and the usual spaces cost little; spaces also arrive as entities (&nbsp;).
  for (let code = 0x20; code < 0x7f; code++) chars.add(String.fromCharCode(code));
  for (const space of '\u00a0\u2002\u2003\u2009\u3000') chars.add(space);
  for (const card of cards) add(JSON.stringify(convertCardText(card, locale)));
  add(templateCharacters(TEMPLATES_DIR));
  if (templatesDir) add(templateCharacters(templatesDir));
  for (const each of LOCALES) add(localeCharacters(each));
  if (captions) add(JSON.stringify(convertCardText(captions, locale)));
  return [...chars].sort().join('');
}

/** A folder holding the batch's subset faces, under the same file names as the full ones. */
export interface FontSubset {
  dir: string;
  characters: number;
  remove(): Promise<void>;
}

const SUBSET_PREFIX = 'policy-card-fonts-';

/** Subset folders of builds that were killed (SIGKILL leaves no chance to clean up). */
async function removeOrphanedSubsets(): Promise<void> {
  const names = await readdir(os.tmpdir()).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(/^policy-card-fonts-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The compiled child; under vitest (running src/*.ts) the built copy in dist/. */
function childFile(): string {
  const beside = fileURLToPath(new URL('./subset-process.js', import.meta.url));
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, 'dist', 'fonts', 'subset-process.js');
}

/** Writes subsets of both faces (of `sourceDir`, the bundled fonts by default), covering `characters`, to a new temporary folder. */
export async function writeFontSubset(characters: string, sourceDir?: string): Promise<FontSubset> {
  await removeOrphanedSubsets();
  const dir = await mkdtemp(path.join(os.tmpdir(), `${SUBSET_PREFIX}${process.pid}-`));
  try {
    await new Promise<void>((resolve, reject) => {
      // No inherited flags: a parent run as `node -e …` would hand the child its script.
      const child = fork(childFile(), [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: [] });
      let failure = 'no reason given';
      child.on('message', (message: { error?: string }) => (failure = message.error ?? failure));
      child.once('error', reject);
      child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`font subsetting failed (${signal ?? `exit ${code}`}): ${failure}`))));
      child.send({ characters, dir, ...(sourceDir ? { sourceDir } : {}) });
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  // A second Ctrl-C or a SIGTERM ends the process without the batch's `finally`: remove it then too.
  const removeOnExit = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  return {
    dir,
    characters: [...characters].length,
    remove: async () => {
      process.off('exit', removeOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
