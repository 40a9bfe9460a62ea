/**
 * A spreadsheet file → validated cards, in memory: read the file, pick the sheet and its
 * columns, turn every data row into a spec. `import` writes the specs out; `build` and
 * `validate` use the cards directly (through loadCards), each row standing where a card file
 * would, named `政策清单.xlsx!第7行`.
 */
import path from 'node:path';
import type { Limits } from '../limits.js';
import type { LoadedCard } from '../spec/load-cards.js';
import type { SiteTarget } from '../spec/validate-card.js';
import { toCardError } from '../errors.js';
import { selectSheet, type HeaderMap } from './map-columns.js';
import { readSheetFile } from './read-sheet.js';
import { rowsToSpecs, type SheetRowSpec } from './rows-to-specs.js';

export { isSheetFile } from './read-sheet.js';

export interface ReadSheetOptions {
  /** The worksheet to read. @default the first sheet with a header row */
  sheet?: string | undefined;
  /** Header → field overrides (`--map`). */
  map?: HeaderMap | undefined;
  /** The detail site, when QR codes may lead there. */
  site?: SiteTarget | undefined;
  /** Field and list lengths (the config's `limits`). @default DEFAULT_LIMITS */
  limits?: Pick<Limits, 'spec'> | undefined;
  /** Working directory that relative paths resolve against. @default process.cwd() */
  cwd?: string | undefined;
}

export interface SheetCards {
  /** The file as shown to the user. */
  file: string;
  absolutePath: string;
  /** The worksheet read. */
  sheet: string;
  headerRow: number;
  /** Columns that fill no card field, as `F 备注`. */
  ignoredColumns: string[];
  /** Those of `ignoredColumns` that are hidden in Excel and repeat a visible column's field. */
  hiddenIgnoredColumns: string[];
  rows: SheetRowSpec[];
}

/** The path as shown to the user: relative to the working directory when inside it. */
export function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
}

/** Read a .xlsx or .csv file into validated specs. Throws a CardError when the sheet as a whole is unusable. */
export async function readSheetCards(file: string, options: ReadSheetOptions = {}): Promise<SheetCards> {
  const cwd = options.cwd ?? process.cwd();
  const absolutePath = path.resolve(cwd, file);
  const display = shownPath(absolutePath, cwd);
  const tables = await readSheetFile(absolutePath, display);
  const { table, columns } = selectSheet(tables, { sheet: options.sheet, map: options.map });
  return {
    file: display,
    absolutePath,
    sheet: table.name,
    headerRow: columns.headerRow,
    ignoredColumns: columns.ignored,
    hiddenIgnoredColumns: columns.hiddenIgnored,
    rows: rowsToSpecs(table, columns, { site: options.site, limits: options.limits }),
  };
}

/**
 * The cards of a spreadsheet as loadCards returns them: one per data row. Never throws: a sheet
 * that cannot be read becomes one failed entry for the file.
 */
export async function loadSheetCards(absolutePath: string, cwd = process.cwd(), site?: SiteTarget, limits?: Pick<Limits, 'spec'>): Promise<LoadedCard[]> {
  try {
    const sheet = await readSheetCards(absolutePath, { cwd, site, limits });
    return sheet.rows.map((row) => ({
      file: row.source,
      absolutePath,
      // A row already failed as a duplicate inside the sheet keeps no id, so it is not reported twice.
      id: row.errors.some((error) => error.code === 'E_DUPLICATE_ID') ? undefined : row.id,
      card: row.card,
      errors: row.errors,
      warnings: row.warnings,
    }));
  } catch (error) {
    const file = shownPath(absolutePath, cwd);
    return [{ file, absolutePath, id: undefined, card: undefined, errors: [toCardError(error, 'E_SHEET', { file })] }];
  }
}
