/**
 * `import`: a spreadsheet → one spec file per valid row, `<out>/<id>.json`. A bad row never
 * stops the others; a spec changed by hand since the last import is kept unless forced (see
 * import-record.ts); `dryRun` decides everything and writes nothing.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CardError, CardWarning } from '../errors.js';
import { localSchemaRef } from '../spec/local-schema-ref.js';
import { writeFileAtomic } from '../batch/write-file-atomic.js';
import { decideWrite, readImportRecord, sha256, writeImportRecord, type WriteDecision } from './import-record.js';
import { readSheetCards, shownPath, type ReadSheetOptions } from './sheet-cards.js';

export interface ImportOptions extends ReadSheetOptions {
  /** Folder the specs are written to. @default 'cards' */
  out?: string | undefined;
  /** Report what would happen, write nothing. @default false */
  dryRun?: boolean | undefined;
  /** Overwrite specs changed by hand since the last import. @default false */
  force?: boolean | undefined;
}

/** created / updated / unchanged: the spec now matches the row; kept: changed by hand, left alone; failed: the row is invalid. */
export type ImportStatus = 'created' | 'updated' | 'unchanged' | 'kept' | 'failed';

export interface ImportedRow {
  row: number;
  /** `政策清单.xlsx!第7行` */
  source: string;
  id: string | undefined;
  /** The spec file, as shown to the user (also for a dry run). */
  target: string | undefined;
  status: ImportStatus;
  errors: CardError[];
  /** Changes import made (a phone's lost 0, the issuer as contact) and rows to look at (the template's example). */
  warnings: CardWarning[];
}

export interface ImportReport {
  file: string;
  sheet: string;
  headerRow: number;
  /** The output folder, as shown to the user. */
  outDir: string;
  dryRun: boolean;
  ignoredColumns: string[];
  /** Those of `ignoredColumns` that are hidden in Excel and repeat a visible column's field. */
  hiddenIgnoredColumns: string[];
  rows: ImportedRow[];
  counts: Record<ImportStatus, number>;
}

const STATUS_OF: Record<WriteDecision, ImportStatus> = { create: 'created', update: 'updated', unchanged: 'unchanged', keep: 'kept' };

/**
 * The JSON text of a written spec: `$schema` first (so editors check it), then the card's fields.
 * `schemaRef` comes from localSchemaRef: the catalogue's own copy, or none.
 */
export function specFileText(spec: Record<string, unknown>, schemaRef: string | undefined): string {
  return `${JSON.stringify(schemaRef === undefined ? spec : { $schema: schemaRef, ...spec }, null, 2)}\n`;
}

export async function importSheet(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const cwd = options.cwd ?? process.cwd();
  const sheet = await readSheetCards(file, options);
  const outDir = path.resolve(cwd, options.out ?? 'cards');
  const dryRun = options.dryRun ?? false;
  const record = await readImportRecord(outDir);
  const schemaRef = await localSchemaRef(outDir);
  if (!dryRun) await mkdir(outDir, { recursive: true });

  const rows: ImportedRow[] = [];
  for (const row of sheet.rows) {
    const name = row.id === undefined ? undefined : `${row.id}.json`;
    const targetPath = name === undefined ? undefined : path.join(outDir, name);
    const target = targetPath === undefined ? undefined : shownPath(targetPath, cwd);
    if (!row.card || row.errors.length > 0 || !name || !targetPath) {
      rows.push({ row: row.row, source: row.source, id: row.id, target, status: 'failed', errors: row.errors, warnings: row.warnings });
      continue;
    }
    const text = Buffer.from(specFileText(row.spec, schemaRef), 'utf8');
    const existing = await readFile(targetPath).catch(() => undefined);
    const decision = decideWrite(existing, record.files[name]?.sha256, text, options.force ?? false);
    if (!dryRun && (decision === 'create' || decision === 'update')) await writeFileAtomic(targetPath, text);
    if (decision !== 'keep') record.files[name] = { sha256: sha256(text), source: row.source };
    rows.push({ row: row.row, source: row.source, id: row.id, target, status: STATUS_OF[decision], errors: [], warnings: row.warnings });
  }
  if (!dryRun) await writeImportRecord(outDir, record);

  const counts: Record<ImportStatus, number> = { created: 0, updated: 0, unchanged: 0, kept: 0, failed: 0 };
  for (const row of rows) counts[row.status]++;
  return { file: sheet.file, sheet: sheet.sheet, headerRow: sheet.headerRow, outDir: shownPath(outDir, cwd), dryRun, ignoredColumns: sheet.ignoredColumns, hiddenIgnoredColumns: sheet.hiddenIgnoredColumns, rows, counts };
}
