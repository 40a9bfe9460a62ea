/**
 * Which sheet, which row is the header, and which column fills which card field. The header
 * row is found rather than assumed: office sheets often start with a merged title row
 * (2026年惠企政策清单) or a note above the real headers. A sheet that cannot be read as a whole
 * (no header, a required column missing, two columns for one field) is one E_SHEET error that
 * names the sheet and the headers it does have.
 */
import { CardError } from '../errors.js';
import { columnFor, fieldForHeader, normalizeHeader, SHEET_COLUMNS, SHEET_FIELDS, type SheetField } from './sheet-columns.js';
import { columnLetter, type SheetTable } from './sheet-table.js';

/** `--map`: header as written in the sheet → card field, or null to ignore the column. */
export type HeaderMap = Readonly<Record<string, SheetField | null>>;

export interface MappedColumn {
  /** 0 = column A. */
  index: number;
  /** The header as written in the sheet (trimmed). */
  header: string;
  field: SheetField;
}

export interface ColumnMap {
  /** The row number of the header row. */
  headerRow: number;
  /** The mapped columns, in sheet order. */
  columns: MappedColumn[];
  /** Columns with a header that fills no field (e.g. 序号, 备注), as `F 备注`. */
  ignored: string[];
  /** Those of `ignored` left out because they are hidden and a visible column fills their field. */
  hiddenIgnored: string[];
}

/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 20;

function sheetError(table: SheetTable, zh: string, en: string): CardError {
  return new CardError('E_SHEET', { zh, en }, { file: table.file });
}

/** Check a `--map` file's content: an object of header → field name (or null). */
export function parseHeaderMap(json: unknown, file: string): HeaderMap {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new CardError('E_USAGE', { zh: '--map 文件应为 JSON 对象：{"表头": "字段"}', en: '--map must hold a JSON object: {"header": "field"}' }, { file });
  }
  const map: Record<string, SheetField | null> = {};
  for (const [header, field] of Object.entries(json)) {
    if (field !== null && !(SHEET_FIELDS as readonly unknown[]).includes(field)) {
      throw new CardError(
        'E_USAGE',
        {
          zh: `--map 中“${header}”对应的字段 ${JSON.stringify(field)} 不存在；可用字段：${SHEET_FIELDS.join('、')}，或 null 表示忽略这一列`,
          en: `--map: the field ${JSON.stringify(field)} given for “${header}” does not exist; fields: ${SHEET_FIELDS.join(', ')}, or null to ignore the column`,
        },
        { file },
      );
    }
    map[normalizeHeader(header)] = field as SheetField | null;
  }
  return map;
}

interface HeaderCandidate {
  index: number;
  header: string;
  field: SheetField | null | undefined;
}

function candidatesOf(headers: readonly string[], overrides: HeaderMap): HeaderCandidate[] {
  const overridden = new Set(Object.values(overrides).filter((field): field is SheetField => field !== null));
  return headers.map((header, index) => {
    const key = normalizeHeader(header);
    if (key === '') return { index, header, field: undefined };
    if (Object.hasOwn(overrides, key)) return { index, header, field: overrides[key] };
    const field = fieldForHeader(header);
    // A field the map assigns to another header is no longer filled by its default header.
    return { index, header, field: field && overridden.has(field) ? undefined : field };
  });
}

function headersOf(table: SheetTable, rowIndex: number): string[] {
  return (table.rows[rowIndex]?.cells ?? []).map((cell) => cell.text.trim());
}

function describeHeaders(headers: readonly string[]): string {
  const shown = headers.map((header, index) => (header ? `${columnLetter(index)} ${header}` : '')).filter(Boolean);
  return shown.length > 0 ? shown.join('、') : '（空）';
}

/**
 * The row under a header row, when it is the second row of a two-row header: a merged group
 * header (联系方式) above its own columns (联系人, 联系电话), the other headers merged down into
 * it. Each of its cells is empty, a copy of the header above (a vertical merge), or a header
 * name itself, and at least one is a new header name; a data row never looks like that.
 */
function subHeadersBelow(table: SheetTable, rowIndex: number, headers: readonly string[], overrides: HeaderMap): string[] | undefined {
  if (rowIndex + 1 >= table.rows.length) return undefined;
  const below = headersOf(table, rowIndex + 1);
  let named = false;
  for (const [index, text] of below.entries()) {
    if (text === '' || text === headers[index]) continue;
    if (!Object.hasOwn(overrides, normalizeHeader(text)) && fieldForHeader(text) === undefined) return undefined;
    named = true;
  }
  return named ? below : undefined;
}

/** The header row and column mapping of one sheet; undefined when no row looks like a header. */
function tryMapColumns(table: SheetTable, overrides: HeaderMap): ColumnMap | undefined {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const headers = headersOf(table, rowIndex);
    const candidates = candidatesOf(headers, overrides);
    if (candidates.filter((candidate) => candidate.field).length < 2) continue;
    const below = subHeadersBelow(table, rowIndex, headers, overrides);
    if (!below) return checkColumns(table, table.rows[rowIndex]!.number, candidates);
    // The lower row names the column where it has a name of its own; data starts under it.
    const combined = Array.from({ length: Math.max(headers.length, below.length) }, (_, index) => (below[index] || headers[index]) ?? '');
    return checkColumns(table, table.rows[rowIndex + 1]!.number, candidatesOf(combined, overrides));
  }
  return undefined;
}

function checkColumns(table: SheetTable, headerRow: number, candidates: HeaderCandidate[]): ColumnMap {
  const hidden = new Set(table.hiddenColumns ?? []);
  const shownFields = new Set(candidates.filter((candidate) => candidate.field && !hidden.has(candidate.index)).map((candidate) => candidate.field));
  const columns: MappedColumn[] = [];
  const ignored: string[] = [];
  const hiddenIgnored: string[] = [];
  for (const { index, header, field } of candidates) {
    // A hidden column naming the same field as a visible one is an old column kept out of
    // sight: what the sheet shows is what is imported.
    if (field && hidden.has(index) && shownFields.has(field)) {
      ignored.push(`${columnLetter(index)} ${header}`);
      hiddenIgnored.push(`${columnLetter(index)} ${header}`);
    }
    else if (field) columns.push({ index, header, field });
    else if (header) ignored.push(`${columnLetter(index)} ${header}`);
  }
  const named = (column: MappedColumn): { zh: string; en: string } => ({
    zh: `${columnLetter(column.index)} 列“${column.header}”${hidden.has(column.index) ? '（隐藏的列）' : ''}`,
    en: `column ${columnLetter(column.index)} “${column.header}”${hidden.has(column.index) ? ' (hidden)' : ''}`,
  });
  for (const [position, column] of columns.entries()) {
    const earlier = columns.slice(0, position).find((other) => other.field === column.field);
    if (earlier) {
      const label = columnFor(column.field).header;
      throw sheetError(
        table,
        `工作表“${table.name}”的 ${named(earlier).zh}和 ${named(column).zh}都对应“${label}”；请删去或改名其中一列，或用 --map 指定`,
        `sheet “${table.name}”: ${named(earlier).en} and ${named(column).en} both fill “${label}”; remove or rename one, or use --map`,
      );
    }
  }
  const present = new Set(columns.map((column) => column.field));
  const missing = SHEET_COLUMNS.filter((entry) => entry.required && !present.has(entry.field));
  if (missing.length > 0) {
    const names = missing.map((entry) => `“${entry.header}”（也可写作 ${[...entry.aliases, entry.field].join('、')}）`).join('，');
    const namesEn = missing.map((entry) => `“${entry.header}” (or ${[...entry.aliases, entry.field].join(', ')})`).join(', ');
    const headers = describeHeaders(headersOf(table, table.rows.findIndex((row) => row.number === headerRow)));
    throw sheetError(
      table,
      `工作表“${table.name}”第 ${headerRow} 行的表头中缺少必填的列：${names}。现有表头：${headers}。请补上这些列，或用 --map 指定哪一列对应哪个字段`,
      `sheet “${table.name}”, header row ${headerRow}: required columns are missing: ${namesEn}. Headers found: ${headers}. Add them, or use --map to say which column fills which field`,
    );
  }
  return { headerRow, columns, ignored, hiddenIgnored };
}

export interface SheetSelection {
  table: SheetTable;
  columns: ColumnMap;
}

/**
 * The sheet to import and its columns: the sheet named, else the first sheet with a header row
 * (a workbook often has a 填写说明 or 汇总 sheet besides the list).
 */
export function selectSheet(tables: readonly SheetTable[], options: { sheet?: string | undefined; map?: HeaderMap | undefined } = {}): SheetSelection {
  const overrides = options.map ?? {};
  const file = tables[0]?.file ?? '';
  if (options.sheet !== undefined) {
    const table = tables.find((candidate) => candidate.name === options.sheet) ?? tables.find((candidate) => candidate.name.trim() === options.sheet?.trim());
    if (!table) {
      const names = tables.map((candidate) => `“${candidate.name}”`).join('、');
      throw new CardError('E_SHEET', { zh: `没有名为“${options.sheet}”的工作表；现有工作表：${names}`, en: `there is no sheet named “${options.sheet}”; sheets: ${names}` }, { file });
    }
    return { table, columns: mapColumnsOrThrow(table, overrides) };
  }
  for (const table of tables) {
    const columns = tryMapColumns(table, overrides);
    if (columns) return { table, columns };
  }
  if (tables.length === 0) throw new CardError('E_SHEET', { zh: '文件中没有工作表', en: 'the file has no sheets' }, { file });
  return { table: tables[0]!, columns: mapColumnsOrThrow(tables[0]!, overrides) };
}

function mapColumnsOrThrow(table: SheetTable, overrides: HeaderMap): ColumnMap {
  const columns = tryMapColumns(table, overrides);
  if (columns) return columns;
  const firstRow = table.rows.find((row) => row.cells.some((cell) => cell.text.trim() !== ''));
  const first = firstRow ? `第 ${firstRow.number} 行是：${describeHeaders(firstRow.cells.map((cell) => cell.text.trim()))}` : '工作表是空的';
  const firstEn = firstRow ? `row ${firstRow.number} reads: ${describeHeaders(firstRow.cells.map((cell) => cell.text.trim()))}` : 'the sheet is empty';
  throw sheetError(
    table,
    `在工作表“${table.name}”的前 ${HEADER_SEARCH_ROWS} 行中找不到表头（应有“政策名称”“发文单位”“申报条件”等列名）；${first}。可用 policy-card sheet-template 生成模板，或用 --map 指定列名`,
    `no header row in the first ${HEADER_SEARCH_ROWS} rows of sheet “${table.name}” (expected column names such as 政策名称, 发文单位, 申报条件); ${firstEn}. Start from \`policy-card sheet-template\`, or use --map`,
  );
}
