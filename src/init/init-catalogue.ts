/**
 * `init`: an empty folder → a working catalogue of the office's own: sample cards (or the Excel
 * template), the config with the office name, a local copy of the JSON Schemas that the specs'
 * `$schema` points to relatively (so the folder can be copied anywhere), a .gitignore for the
 * output and a short 使用说明.md. An existing catalogue is never touched: every target is checked
 * before the first file is written, and a failure halfway removes what this run created.
 */
import { mkdir, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { CONFIG_FILE_NAME, OFFICE_PLACEHOLDER } from '../config/load-config.js';
import { CardError } from '../errors.js';
import { sheetTemplateBytes } from '../import/sheet-template.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { CARD_SCHEMA_NAME, CONFIG_SCHEMA_NAME, LOCAL_SCHEMA_DIR } from '../spec/local-schema-ref.js';
import { catalogueGuide, GUIDE_FILE_NAME, SHEET_FILE_NAME } from './catalogue-guide.js';

/** The fictional 示例 cards shipped with the package; also offered by the studio's 新建卡片. */
export const SAMPLES_DIR = path.join(PACKAGE_ROOT, 'samples');

export interface InitOptions {
  /** The folder to make the catalogue in; created when missing. @default '.' */
  dir?: string | undefined;
  /** The office's name for the config; a marked placeholder when not given. */
  office?: string | undefined;
  /** Start from the Excel template (政策清单.xlsx) instead of sample cards. @default false */
  sheet?: boolean | undefined;
  /** Working directory that relative paths resolve against. @default process.cwd() */
  cwd?: string | undefined;
}

export interface InitReport {
  /** The catalogue folder, as given (or '.'). */
  dir: string;
  /** Files written, relative to the catalogue folder, with forward slashes. */
  files: string[];
  /** The office name written, or undefined when the placeholder was. */
  office: string | undefined;
  sheet: boolean;
}

const MAX_OFFICE_CHARS = 60;

/** The bundled sample specs as parsed JSON, by file name (`shili-….json`), in file-name order. */
export async function readSampleSpecs(): Promise<Map<string, Record<string, unknown>>> {
  const names = (await readdir(SAMPLES_DIR)).filter((name) => name.endsWith('.json')).sort();
  const samples = new Map<string, Record<string, unknown>>();
  for (const name of names) samples.set(name, JSON.parse(await readFile(path.join(SAMPLES_DIR, name), 'utf8')) as Record<string, unknown>);
  return samples;
}

function checkOffice(office: string | undefined): string | undefined {
  const trimmed = office?.trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  if ([...trimmed].length > MAX_OFFICE_CHARS) {
    throw new CardError('E_USAGE', {
      zh: `单位名称最多 ${MAX_OFFICE_CHARS} 字，收到 ${[...trimmed].length} 字；请写单位的正式简称`,
      en: `the office name may have at most ${MAX_OFFICE_CHARS} characters, received ${[...trimmed].length}; use the office's short official name`,
    });
  }
  return trimmed;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

export async function initCatalogue(options: InitOptions = {}): Promise<InitReport> {
  const cwd = options.cwd ?? process.cwd();
  const shownDir = options.dir ?? '.';
  const root = path.resolve(cwd, shownDir);
  const sheet = options.sheet ?? false;
  const office = checkOffice(options.office);

  const config = {
    $schema: `./${LOCAL_SCHEMA_DIR}/${CONFIG_SCHEMA_NAME}`,
    office: office ?? OFFICE_PLACEHOLDER,
    template: 'phone',
    theme: 'default',
    formats: ['png'],
    cards: ['cards'],
    out: 'output',
  };
  const files = new Map<string, string | Uint8Array>();
  files.set(CONFIG_FILE_NAME, `${JSON.stringify(config, null, 2)}\n`);
  for (const name of [CARD_SCHEMA_NAME, CONFIG_SCHEMA_NAME]) {
    files.set(`${LOCAL_SCHEMA_DIR}/${name}`, await readFile(path.join(PACKAGE_ROOT, 'schema', name)));
  }
  if (sheet) files.set(SHEET_FILE_NAME, await sheetTemplateBytes('xlsx'));
  else {
    for (const [name, spec] of await readSampleSpecs()) {
      files.set(`cards/${name}`, `${JSON.stringify({ ...spec, $schema: `../${LOCAL_SCHEMA_DIR}/${CARD_SCHEMA_NAME}` }, null, 2)}\n`);
    }
  }
  files.set(GUIDE_FILE_NAME, catalogueGuide({ office, sheet }));

  // A file given as the folder (init 政策清单.xlsx, meaning to start from a filled-in list) would
  // fail only on the first write, as ENOTDIR.
  if ((await stat(root).catch(() => undefined))?.isFile()) {
    const workbook = /\.(xlsx|xls|csv)$/i.test(shownDir);
    throw new CardError('E_USAGE', {
      zh: `${shownDir} 是一个文件，不是文件夹，没有写入任何文件。init 后面写新卡片库的文件夹名，如 policy-card init 政策卡片${workbook ? `；要从 Excel 表格导入卡片，在卡片库里运行 policy-card import ${shownDir}` : ''}`,
      en: `${shownDir} is a file, not a folder; nothing was written. Give init the name of a new folder, e.g. policy-card init policy-cards${workbook ? `; to import cards from a workbook, run policy-card import ${shownDir} in the catalogue` : ''}`,
    });
  }

  // An existing catalogue (its config, its cards folder or any file init would write) is refused whole.
  const taken: string[] = [];
  for (const name of [CONFIG_FILE_NAME, 'cards', ...files.keys()]) if (!taken.includes(name) && (await exists(path.join(root, name)))) taken.push(name);
  if (taken.length > 0) {
    // Name the top-level entries only: `cards` says enough without listing every card in it.
    const shown = taken.filter((name) => !taken.some((other) => other !== name && name.startsWith(`${other}/`)));
    const where = shownDir === '.' ? '' : `${shownDir}/`;
    throw new CardError('E_EXISTS', {
      zh: `${shownDir === '.' ? '当前文件夹' : shownDir} 里已有卡片库（${shown.map((name) => where + name).join('、')}），没有写入任何文件。请换一个空文件夹：policy-card init 新文件夹名`.replace('当前文件夹 里', '当前文件夹里'),
      en: `${shownDir === '.' ? 'this folder' : shownDir} already holds a catalogue (${shown.map((name) => where + name).join(', ')}); nothing was written. Choose an empty folder: policy-card init <new-folder>`,
    });
  }

  // .gitignore is the user's file when it exists: output/ is added to it, nothing removed.
  const gitignore = path.join(root, '.gitignore');
  const ignored = await readFile(gitignore, 'utf8').catch(() => undefined);
  if (ignored === undefined) files.set('.gitignore', '# 生成的图片和网站，随时可以重新生成\noutput/\n');
  else if (!/^\/?output\/?\s*$/m.test(ignored)) files.set('.gitignore', `${ignored}${ignored.endsWith('\n') || ignored === '' ? '' : '\n'}output/\n`);

  const createdFiles: string[] = [];
  const createdDirs: string[] = [];
  const makeDir = async (folder: string): Promise<void> => {
    if (await exists(folder)) return;
    await makeDir(path.dirname(folder));
    await mkdir(folder);
    createdDirs.push(folder);
  };
  try {
    await makeDir(root);
    await makeDir(path.join(root, 'cards'));
    for (const [name, data] of files) {
      const target = path.join(root, ...name.split('/'));
      await makeDir(path.dirname(target));
      await writeFileAtomic(target, data);
      if (!(name === '.gitignore' && ignored !== undefined)) createdFiles.push(target);
    }
  } catch (error) {
    for (const file of createdFiles.reverse()) await rm(file, { force: true });
    for (const folder of createdDirs.reverse()) await rmdir(folder).catch(() => undefined);
    throw new CardError('E_IO', {
      zh: `无法在 ${shownDir} 写入卡片库：${(error as NodeJS.ErrnoException).code ?? '?'}；已删除本次写入的文件。请检查文件夹权限和磁盘空间`,
      en: `cannot write the catalogue into ${shownDir}: ${(error as NodeJS.ErrnoException).code ?? '?'}; the files written by this run were removed. Check the folder's permissions and free space`,
    });
  }
  return { dir: shownDir, files: [...files.keys()].sort(), office, sheet };
}
