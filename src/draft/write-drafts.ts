/**
 * `policy-card draft`: documents and folders → one draft spec per document in the cards folder,
 * or all drafts as rows of the import sheet. One bad document never stops the others; an
 * existing spec is never replaced without `force`; every file is written atomically.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { prepareOutDir } from '../batch/prepare-out-dir.js';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { CardError, toCardError } from '../errors.js';
import { cardToRow } from '../import/card-to-row.js';
import { shownPath } from '../import/sheet-cards.js';
import { assertWritable, buildWorkbook, columnsFor, workbookBytes, writeBytes } from '../import/write-sheet.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import type { CardSpec } from '../spec/card-schema.js';
import { freeId } from '../spec/free-id.js';
import { draftDocument } from './draft-document.js';
import { assertDraftId } from './draft-id.js';
import type { DraftDefaults, DraftSpec } from './draft-card.js';
import type { DraftReport } from './draft-report.js';
import { llmEndpoint, type LlmSettings } from './llm-reader.js';
import { CONVERTIBLE_DOCUMENT_EXTENSIONS, isDocumentFile } from './read-document.js';

export interface WriteDraftsOptions {
  /** Folder of the specs (json), or the .xlsx file (xlsx). @default 'cards' / 'drafts.xlsx' */
  out?: string | undefined;
  /** json: one spec file per document; xlsx: one row per document in an import sheet. @default 'json' */
  format?: 'json' | 'xlsx' | undefined;
  /** Where every draft's QR code leads. */
  url?: string | undefined;
  /** The id of the one document's card. */
  id?: string | undefined;
  /** Replace existing files. @default false */
  force?: boolean | undefined;
  /** @default process.cwd() */
  cwd?: string | undefined;
  /** @default DEFAULT_LIMITS */
  limits?: Limits | undefined;
  /** The config's draft.defaults. */
  defaults?: DraftDefaults | undefined;
  /** A language model as a second reader of every document (`--llm`). Off unless given. */
  llm?: LlmSettings | undefined;
}

export interface DraftedDocument {
  /** The document as shown to the user. */
  file: string;
  status: 'written' | 'failed';
  id?: string;
  /** The spec file written (json), as shown to the user. */
  out?: string;
  spec?: DraftSpec;
  report?: DraftReport;
  errors: CardError[];
}

export interface DraftsReport {
  documents: DraftedDocument[];
  format: 'json' | 'xlsx';
  /** The folder (json) or sheet (xlsx) written, as shown to the user. */
  out: string;
}

/** Names of spreadsheet files: never a folder of specs. */
const SHEET_EXTENSIONS: readonly string[] = ['.xlsx', '.xls', '.csv'];

function usage(zh: string, en: string): CardError {
  return new CardError('E_USAGE', { zh, en });
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * The documents named: files as given, folders as every document in them (not recursive), sorted.
 * A folder's .doc/.wps/.mht/.ofd files are included so that each is refused with how to convert it; the
 * `~$…` owner files Word leaves beside an open document are not documents and are passed over.
 */
async function documentFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new CardError('E_PATH_NOT_FOUND', { zh: `找不到文件或文件夹 ${given}`, en: `no such file or folder: ${given}` });
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      const names = entries
        .map((entry) => entry.name)
        .filter((name) => !name.startsWith('.') && !name.startsWith('~$') && (isDocumentFile(name) || CONVERTIBLE_DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase())))
        .sort();
      if (names.length === 0) {
        // Documents filed in subfolders (区级/, 市级/) are not read: name them, so the folder does not just look empty.
        const folders = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => path.join(given, entry.name).split(path.sep).join('/')).sort();
        const shown = folders.slice(0, 5);
        throw usage(
          `文件夹 ${given} 中没有可起草的文件（.docx、.pdf、.html、.txt）${folders.length > 0 ? `；子文件夹不读，请分别写出，如 policy-card draft ${shown.join(' ')}` : ''}`,
          `the folder ${given} holds no document draft reads (.docx, .pdf, .html, .txt)${folders.length > 0 ? `; subfolders are not read: name them, e.g. policy-card draft ${shown.join(' ')}` : ''}`,
        );
      }
      files.push(...names.map((name) => path.join(absolute, name)));
    } else files.push(absolute);
  }
  return files;
}

/** The error with the document named as the user named it (readers name the absolute path). */
function shownIn(error: CardError, file: string, shown: string): CardError {
  if (error.file !== undefined && error.file !== file) return error;
  return new CardError(error.code, error.text, { file: shown, path: error.path, label: error.label, cell: error.cell }, { cause: error.cause });
}

/**
 * The folder `dir` is, or can be made: the nearest path on the way to it that exists must be a
 * folder. Checked before any document is read, so that drafts are never made only to be lost to
 * a file standing where a folder must go (--out 通知.pdf/cards, --out 备注.txt/草稿.xlsx).
 */
async function refuseFileInTheWay(dir: string, out: string, cwd: string): Promise<void> {
  for (let at = dir; ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => undefined);
    if (info) {
      if (info.isDirectory()) return;
      const blocker = shownPath(at, cwd);
      throw new CardError(
        'E_IO',
        blocker === out
          ? { zh: `--out ${out} 是一个文件，不是文件夹；请用 --out 指定卡片文件夹，如 --out cards`, en: `--out ${out} is a file, not a folder; name the folder for the specs with --out, e.g. --out cards` }
          : { zh: `无法写入 ${out}：${blocker} 是一个文件，不是文件夹；请用 --out 指定另一个位置`, en: `cannot write ${out}: ${blocker} is a file, not a folder; choose another place with --out` },
      );
    }
    if (path.dirname(at) === at) return;
  }
}

/** A draft spec as import's row writer takes it: the QR entry as a list. */
function asCard(spec: DraftSpec): CardSpec {
  const qr = spec.qr === undefined ? [] : Array.isArray(spec.qr) ? spec.qr : [spec.qr];
  return { ...spec, qr } as unknown as CardSpec;
}

export async function writeDrafts(paths: readonly string[], options: WriteDraftsOptions = {}): Promise<DraftsReport> {
  const cwd = options.cwd ?? process.cwd();
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'xlsx') throw usage(`--format 只能是 json 或 xlsx，收到 ${String(format)}`, `--format must be json or xlsx, received ${String(format)}`);
  if (options.id !== undefined) assertDraftId(options.id);
  if (options.url !== undefined && /\s/.test(options.url)) {
    // A web address copied from a document often carries a space or a line break (inside, or left at its end): the address is right but for it.
    throw usage(
      `--url 中有空格或换行：${JSON.stringify(options.url)}；网址里不能有空格，请删去（网址本身含空格时写成 %20）`,
      `--url holds a space or line break: ${JSON.stringify(options.url)}; a web address has none, so remove it (write a space that belongs to the address as %20)`,
    );
  }
  if (options.url !== undefined && !isWebUrl(options.url)) {
    throw usage(`--url 应为 http:// 或 https:// 开头的网址，收到 ${options.url}`, `--url must be an http:// or https:// address, received ${options.url}`);
  }
  if (options.llm) {
    llmEndpoint(options.llm.url);
    if (options.llm.model.trim() === '') throw usage('使用 --llm 时请在配置 draft.llm.model 中写明模型名称', 'with --llm, name the model in draft.llm.model of the config');
  }
  if (paths.length === 0) throw usage('请给出要起草的文件或文件夹', 'name the documents or folders to draft');
  const files = await documentFiles(paths, cwd);
  if (options.id !== undefined && files.length > 1) {
    throw usage(`--id 只能用于一个文件，这里有 ${files.length} 个`, `--id works with one document only; ${files.length} were given`);
  }
  const limits = options.limits ?? DEFAULT_LIMITS;
  const outTarget = path.resolve(cwd, options.out ?? (format === 'xlsx' ? 'drafts.xlsx' : 'cards'));
  const out = shownPath(outTarget, cwd);
  // The specs' folder is checked (writable, stale temp files removed) once: here when it exists, else before the first write makes it.
  let outReady = false;
  if (format === 'xlsx') {
    if (path.extname(outTarget).toLowerCase() !== '.xlsx') throw usage(`--format xlsx 时 --out 应为 .xlsx 文件，收到 ${out}`, `with --format xlsx, --out must be an .xlsx file, received ${out}`);
    if ((await stat(outTarget).catch(() => undefined))?.isDirectory()) {
      throw usage(`--out ${out} 是一个文件夹，没有写入；请写表格文件名，如 --out 草稿.xlsx`, `--out ${out} is a folder; nothing was written. Name the sheet file, e.g. --out drafts.xlsx`);
    }
    await assertWritable(outTarget, out, options.force === true);
    await refuseFileInTheWay(path.dirname(outTarget), out, cwd);
  } else {
    // `--out 草稿.xlsx` without --format xlsx would make a folder named like a sheet and put JSON in it.
    if (SHEET_EXTENSIONS.includes(path.extname(outTarget).toLowerCase())) {
      throw usage(
        `--out ${out} 是表格文件名，不是文件夹；要把草稿写成导入表格请加 --format xlsx（文件名以 .xlsx 结尾），要写卡片文件请给一个文件夹，如 --out cards`,
        `--out ${out} names a spreadsheet, not a folder; add --format xlsx to write the drafts as rows of the import sheet (a name ending in .xlsx), or give a folder for the spec files, e.g. --out cards`,
      );
    }
    // A file or a read-only folder in the way is said once, before any document is read, not as
    // every document's "internal error" with the file system's English text.
    await refuseFileInTheWay(outTarget, out, cwd);
    if (await stat(outTarget).then(() => true, () => false)) {
      await prepareOutDir(outTarget, cwd);
      outReady = true;
    }
  }

  const documents: DraftedDocument[] = [];
  const ids = new Set<string>();
  let llm = options.llm;
  for (const file of files) {
    const shown = shownPath(file, cwd);
    try {
      const { spec, report } = await draftDocument(file, { url: options.url, id: options.id, limits, defaults: options.defaults, llm });
      // A server that is down or too slow for one document is so for the next: do not wait for it again.
      const down = report.model?.warnings.find((warning) => warning.code === 'W_LLM_UNREACHABLE' || warning.code === 'W_LLM_TIMEOUT');
      if (llm && !llm.unavailable && down) llm = { ...llm, unavailable: { code: down.code as 'W_LLM_UNREACHABLE' | 'W_LLM_TIMEOUT' } };
      report.file = shown;
      // Two documents of one run with the same subject (two years of one programme): the later
      // ones are numbered, so no draft of this run replaces another.
      spec.id = freeId(spec.id, ids);
      ids.add(spec.id);
      const entry: DraftedDocument = { file: shown, status: 'written', id: spec.id, spec, report, errors: [] };
      if (format === 'json') {
        const target = path.join(outTarget, `${spec.id}.json`);
        entry.out = shownPath(target, cwd);
        if (!outReady) await prepareOutDir(outTarget, cwd);
        outReady = true;
        if (options.force !== true && (await stat(target).then(() => true, () => false))) {
          throw new CardError('E_EXISTS', { zh: `${entry.out} 已存在；要覆盖请加 --force`, en: `${entry.out} already exists; pass --force to replace it` });
        }
        await writeFileAtomic(target, `${JSON.stringify(spec, null, 2)}\n`);
      }
      documents.push(entry);
    } catch (error) {
      documents.push({ file: shown, status: 'failed', errors: [shownIn(toCardError(error, 'E_DOCUMENT'), file, shown)] });
    }
  }
  if (format === 'xlsx') {
    const drafted = documents.filter((document) => document.spec);
    if (drafted.length > 0) {
      const rows = drafted.map((document) => cardToRow(asCard(document.spec!)));
      await mkdir(path.dirname(outTarget), { recursive: true });
      await writeBytes(outTarget, await workbookBytes(buildWorkbook(rows, columnsFor(rows))));
    }
  }
  return { documents, format, out };
}
