/**
 * Paths (files or folders) → every card spec in them, read, parsed and validated. A bad file
 * becomes a failed entry with its errors; it never stops the others from loading.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CardError, toCardError, type CardWarning, type Localized } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { isSheetFile } from '../import/sheet-file.js';
import type { CardSpec } from './card-schema.js';
import { describeNonCardFile } from './detect-file-kind.js';
import { decodeCardText, parseCardJson } from './parse-card-json.js';
import { validateCard, type SiteTarget } from './validate-card.js';
import { idFromFileName } from './id-from-file-name.js';


export interface LoadedCard {
  /** The file as shown to the user (relative to the working directory when inside it). */
  file: string;
  /** Absolute path of the file; images referenced by the card resolve against its folder. */
  absolutePath: string;
  /** The card's id, when it could be determined (also for some failed cards). */
  id: string | undefined;
  card: CardSpec | undefined;
  errors: CardError[];
  /** Noticed while reading, not stopping the card (e.g. a sheet row's phone that lost its 0); reported with the render's warnings. */
  warnings?: CardWarning[] | undefined;
}

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
}

async function collectJsonFiles(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await collectJsonFiles(full, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) out.push(full);
  }
}

/**
 * Expand files and folders into a sorted, de-duplicated list of absolute paths: the `.json`
 * files of folders, and files named explicitly whatever their extension (so a spreadsheet,
 * .xlsx or .csv, is read when named, never picked up from a folder).
 */
export async function findCardFiles(paths: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      throw new CardError('E_PATH_NOT_FOUND', { zh: `找不到文件或文件夹 ${given}`, en: `no such file or folder: ${given}` });
    }
    if (info.isDirectory()) await collectJsonFiles(absolute, files);
    else files.push(absolute);
  }
  return [...new Set(files)];
}

/** Why a file could not be read, by the system's error code: Node's own text is English. */
function readProblem(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { zh: '无法读取文件：文件不存在（可能刚被移走或删除）', en: 'cannot read the file: it does not exist (moved or deleted meanwhile?)' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '无法读取文件：没有读取权限；请检查文件权限', en: 'cannot read the file: no permission to read it; check its permissions' };
  if (code === 'EISDIR') return { zh: '无法读取文件：这是一个文件夹，不是卡片文件', en: 'cannot read the file: it is a folder, not a card file' };
  return { zh: `无法读取文件（系统错误 ${code ?? '未知'}）`, en: `cannot read the file (system error ${code ?? 'unknown'})` };
}

/** Read, decode, parse and validate one card file. Never throws for a bad card. */
export async function loadCardFile(absolutePath: string, cwd = process.cwd(), site?: SiteTarget, limits: Pick<Limits, 'specFileBytes' | 'spec'> = DEFAULT_LIMITS): Promise<LoadedCard> {
  const file = displayPath(absolutePath, cwd);
  const defaultId = idFromFileName(absolutePath);
  const base = { file, absolutePath };
  try {
    const size = (await stat(absolutePath)).size;
    // A card spec is a few KB; anything this large is a mistake (or an attack) and is not parsed.
    if (size > limits.specFileBytes) {
      throw new CardError(
        'E_LIMIT',
        {
          zh: `卡片文件有 ${Math.ceil(size / 1024)} KB，超过上限 ${Math.round(limits.specFileBytes / 1024)} KB（limits.specFileKb）；一张卡片的 JSON 通常只有几 KB，请检查是否粘贴了整篇政策原文`,
          en: `the card file is ${Math.ceil(size / 1024)} KB, above the ${Math.round(limits.specFileBytes / 1024)} KB limit (limits.specFileKb); a card is usually a few KB, check for a pasted full policy text`,
        },
        { file },
      );
    }
    const bytes = await readFile(absolutePath);
    const notACard = describeNonCardFile(absolutePath, bytes);
    if (notACard) throw new CardError('E_FILE_TYPE', notACard, { file });
    const json = parseCardJson(decodeCardText(bytes, file), file);
    const result = validateCard(json, { file, defaultId, limits, ...(site ? { site } : {}) });
    if (result.ok) return { ...base, id: result.card.id, card: result.card, errors: [] };
    const declaredId = (json as { id?: unknown }).id;
    return { ...base, id: typeof declaredId === 'string' ? declaredId : defaultId, card: undefined, errors: result.errors };
  } catch (error) {
    const cardError = error instanceof CardError ? error : new CardError('E_IO', readProblem(error), { file }, { cause: error });
    return { ...base, id: defaultId, card: undefined, errors: [toCardError(cardError, 'E_IO', { file })] };
  }
}

/**
 * Load every card under `paths`. Cards that share an id are all marked failed with
 * E_DUPLICATE_ID, so that no output file is silently written twice.
 */
export async function loadCards(paths: readonly string[], cwd = process.cwd(), site?: SiteTarget, limits?: Pick<Limits, 'specFileBytes' | 'spec'>): Promise<LoadedCard[]> {
  const files = await findCardFiles(paths, cwd);
  if (files.length === 0) throw await noCardsError(paths, cwd);
  // A spreadsheet gives one card per data row (file `政策清单.xlsx!第7行`).
  // exceljs and the CSV readers load only when a spreadsheet is named: the JSON path stays light.
  const sheets = files.some(isSheetFile) ? await import('../import/sheet-cards.js') : undefined;
  const cards = (
    await Promise.all(files.map((file) => (sheets && isSheetFile(file) ? sheets.loadSheetCards(file, cwd, site, limits) : loadCardFile(file, cwd, site, limits).then((card) => [card]))))
  ).flat();
  markDuplicateIds(cards);
  return cards;
}

/**
 * Nothing to do is a mistake (an empty or wrong folder), not a success with 0 cards: say where
 * the search went and what it looks for, and point at spreadsheets lying in those folders, which
 * are read only when named.
 */
async function noCardsError(paths: readonly string[], cwd: string): Promise<CardError> {
  // The config's card folder arrives as an absolute path: name it as the user would (cards).
  const shown = paths.map((given) => {
    const relative = path.relative(cwd, path.resolve(cwd, given));
    return path.isAbsolute(given) && relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : given;
  });
  const where = shown.map((given) => JSON.stringify(given)).join('、');
  const whereEn = shown.map((given) => JSON.stringify(given)).join(', ');
  const sheets: string[] = [];
  // The catalogue folder too: init --sheet puts 政策清单.xlsx beside cards/, not in it.
  const folders = [...new Set([...shown, '.'].map((given) => path.resolve(cwd, given)))];
  for (const folder of folders) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    sheets.push(...entries.filter((name) => !name.startsWith('.') && isSheetFile(name)).map((name) => path.relative(cwd, path.join(folder, name))));
  }
  const hint = sheets.length
    ? {
        zh: `；那里的表格 ${sheets.slice(0, 3).join('、')} 要在命令行写出文件名才会读取（或先用 policy-card import 转成卡片）`,
        en: `; spreadsheets there (${sheets.slice(0, 3).join(', ')}) are read only when named on the command line (or turned into cards with policy-card import)`,
      }
    : { zh: '', en: '' };
  return new CardError('E_NO_CARDS', {
    zh: `没有找到任何卡片：在 ${where} 中查找 .json 卡片文件（含子文件夹，跳过以 . 开头的文件和 node_modules），一个也没有${hint.zh}。请把卡片 JSON 放进去，或在命令行写出卡片文件、文件夹或表格（.xlsx、.csv）的路径`,
    en: `no card found: looked for .json card files in ${whereEn} (sub-folders included, names starting with . and node_modules skipped) and found none${hint.en}. Put card JSON files there, or name card files, folders or spreadsheets (.xlsx, .csv) on the command line`,
  });
}

export function markDuplicateIds(cards: LoadedCard[]): void {
  const byId = new Map<string, LoadedCard[]>();
  for (const entry of cards) {
    if (entry.id === undefined) continue;
    // Case-folded: on Windows and macOS file systems Rencai.png and rencai.png are one file.
    const key = entry.id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), entry]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file).join(', ');
      entry.errors.push(
        new CardError(
          'E_DUPLICATE_ID',
          {
            zh: `编号 "${entry.id}" 与 ${others} 重复；两张卡片都未生成。请给其中一张改 "id"`,
            en: `id "${entry.id}" is also used by ${others}; neither card was rendered. Give one of them another "id"`,
          },
          { file: entry.file, path: '/id', label: { zh: '编号', en: 'id' } },
        ),
      );
      entry.card = undefined;
    }
  }
}
