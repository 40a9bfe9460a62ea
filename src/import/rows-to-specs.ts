/**
 * Sheet rows → card specs, validated with the same schema and messages as JSON cards, every
 * error moved to the cell it came from: `政策清单!D7 申报条件: 不能为空`. Each value remembers
 * its column (and its line inside the cell), so an error found deep in the spec
 * (`/contacts/1/name`) still points at the cell a person has to fix.
 */
import { CardError, type CardWarning, type Localized } from '../errors.js';
import type { Limits } from '../limits.js';
import type { CardSpec } from '../spec/card-schema.js';
import { describeImpossibleDate, describeValue } from '../spec/describe-issue.js';
import { labelForPath } from '../spec/field-labels.js';
import { validateCard, type SiteTarget } from '../spec/validate-card.js';
import { exampleRowKind } from './example-card.js';
import type { ColumnMap, MappedColumn } from './map-columns.js';
import { parseCellDate } from './parse-cell-date.js';
import { parseWrittenDate, parseWrittenRange } from '../text/parse-written-date.js';
import { parseCellLinks } from './parse-cell-links.js';
import { parseCellTable } from './parse-cell-table.js';
import { restorePhoneZero } from './restore-phone-zero.js';
import { QR_FIELDS, columnFor, isQrField, type SheetField } from './sheet-columns.js';
import { cellAddress, EMPTY_CELL, sheetReference, type SheetCell, type SheetRow, type SheetTable } from './sheet-table.js';
import { slugFromTitle } from '../text/slug-from-title.js';
import { splitCellLines, splitCellList } from './split-cell-list.js';

export interface SheetRowSpec {
  /** The row number Excel shows. */
  row: number;
  /** Where the card came from, in reports: `政策清单.xlsx!第7行`. */
  source: string;
  /** From the 编号 column, else made from the title. */
  id: string | undefined;
  /** The spec built from the row, before validation (import writes it when the row is valid). */
  spec: Record<string, unknown>;
  card: CardSpec | undefined;
  errors: CardError[];
  /** What import changed or noticed without refusing the row, each naming its cell. */
  warnings: CardWarning[];
}

export interface RowsToSpecsOptions {
  /** The detail site, when QR codes may lead there (see validateCard). */
  site?: SiteTarget | undefined;
  /** Field and list lengths (the config's `limits`). @default DEFAULT_LIMITS */
  limits?: Pick<Limits, 'spec'> | undefined;
}

/** A value of the spec and the cell it came from. */
interface Source {
  path: PropertyKey[];
  column: MappedColumn;
  /** The line inside the cell, for columns that line up by line (咨询…, links). */
  line?: number;
}

const FIELD_PATHS: Record<SheetField, PropertyKey[]> = {
  id: ['id'],
  title: ['title'],
  issuer: ['issuer'],
  docNo: ['docNo'],
  category: ['category'],
  summary: ['summary'],
  parties: ['parties'],
  conditions: ['conditions'],
  materials: ['materials'],
  process: ['process'],
  'reward.headline': ['reward', 'headline'],
  'reward.items': ['reward', 'items'],
  'reward.table': ['reward', 'table'],
  'period.start': ['period', 'start'],
  'period.end': ['period', 'end'],
  'period.note': ['period', 'note'],
  'contacts.name': ['contacts'],
  'contacts.phone': ['contacts'],
  'contacts.address': ['contacts'],
  'qr.原文': ['qr'],
  'qr.申报入口': ['qr'],
  'qr.咨询': ['qr'],
  'qr.其他': ['qr'],
  qr: ['qr'],
  edition: ['edition'],
  template: ['template'],
  theme: ['theme'],
  logo: ['logo'],
};

/** The key order of a written spec, as in the sample cards. */
const KEY_ORDER = ['id', 'title', 'issuer', 'docNo', 'category', 'summary', 'edition', 'parties', 'conditions', 'materials', 'process', 'reward', 'period', 'contacts', 'qr', 'logo', 'template', 'theme'];

function isBlank(cell: SheetCell): boolean {
  return cell.text.trim() === '' && cell.hyperlink === undefined && cell.problem === undefined;
}

/** A step `网上申报：登录平台填报` (full-width colon) → {title, detail}; anything else stays text. */
function toStep(item: string): string | { title: string; detail: string } {
  const colon = item.indexOf('：');
  if (colon <= 0) return item;
  const title = item.slice(0, colon).trim();
  const detail = item.slice(colon + 1).trim();
  return title && detail ? { title, detail } : item;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function pathOfPointer(pointer: string | undefined): PropertyKey[] {
  if (!pointer || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function startsWith(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((part, index) => path[index] === part);
}

/** `第3项` / `item 3` and friends for the part of an error path below the column's own value. */
function suffixLabel(column: MappedColumn, rest: readonly PropertyKey[], line: number | undefined): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  const kind = columnFor(column.field).kind;
  if (line !== undefined) {
    zh.push(`第${line + 1}项`);
    en.push(`item ${line + 1}`);
  } else if (kind === 'table') {
    const [part, row, cell] = rest;
    if (part === 'columns' || part === 'rows') {
      const lineNumber = part === 'columns' ? 1 : typeof row === 'number' ? row + 2 : undefined;
      const cellIndex = part === 'columns' ? row : cell;
      if (lineNumber !== undefined) {
        zh.push(`第${lineNumber}行`);
        en.push(`line ${lineNumber}`);
      }
      if (typeof cellIndex === 'number') {
        zh.push(`第${cellIndex + 1}格`);
        en.push(`cell ${cellIndex + 1}`);
      }
    }
  } else if (typeof rest[0] === 'number') {
    const step = kind === 'steps';
    zh.push(step ? `第${rest[0] + 1}步` : `第${rest[0] + 1}项`);
    en.push(step ? `step ${rest[0] + 1}` : `item ${rest[0] + 1}`);
    if (rest[1] === 'title') {
      zh.push('名称');
      en.push('name');
    } else if (rest[1] === 'detail') {
      zh.push('说明');
      en.push('detail');
    }
  }
  if (rest[rest.length - 1] === 'caption') {
    zh.push('说明文字');
    en.push('caption');
  }
  return { zh: [column.header, ...zh].join(' '), en: [column.header, ...en].join(' ') };
}

class RowBuilder {
  readonly values = new Map<string, unknown>();
  readonly reward: Record<string, unknown> = {};
  readonly period: Record<string, unknown> = {};
  readonly contactLines = new Map<'name' | 'phone' | 'address', { column: MappedColumn; values: Array<string | undefined> }>();
  readonly links: Array<{ column: MappedColumn; line: number; url: string; caption?: string }> = [];
  readonly sources: Source[] = [];
  /** Errors with the column they point at, so a row's errors can be listed left to right. */
  readonly errors: Array<{ error: CardError; column: number }> = [];
  readonly warnings: Array<{ warning: CardWarning; column: number }> = [];
  idFromColumn = false;
  /** The period note cell when it holds nothing but a date: the deadline, unless 申报截止 says otherwise. */
  noteDate: { date: string; start?: string | undefined; text: string; column: MappedColumn } | undefined;

  constructor(
    readonly table: SheetTable,
    readonly row: SheetRow,
    readonly columns: ColumnMap,
    readonly source: string,
  ) {}

  cellError(column: MappedColumn, path: PropertyKey[], text: Localized): void {
    const error = new CardError('E_SCHEMA', text, { file: this.source, path: pointerOf(path), label: { zh: column.header, en: column.header }, cell: cellAddress(this.table.name, column.index, this.row.number) });
    this.errors.push({ error, column: column.index });
  }

  /** A warning that leads with the cell, as cell errors do: `政策清单!R2 咨询电话: …`. */
  cellWarning(code: CardWarning['code'], column: MappedColumn, text: Localized): void {
    const where = `${cellAddress(this.table.name, column.index, this.row.number)} ${column.header}`;
    this.warnings.push({ warning: { code, text: { zh: `${where}: ${text.zh}`, en: `${where}: ${text.en}` } }, column: column.index });
  }

  /**
   * A phone Excel stored as a number has lost the 0 of its area code: put it back, and say so.
   * @param stored whether the cell itself is a number (.xlsx); in a CSV file Excel dropped the 0 when saving
   */
  restorePhone(column: MappedColumn, value: string, stored: boolean): string {
    const restored = restorePhoneZero(value);
    if (restored === undefined) return value;
    const why = stored ? { zh: '单元格是数字格式', en: 'Excel stored it as a number' } : { zh: 'Excel 把它当作数字保存了', en: 'Excel saved it as a number' };
    this.cellWarning('W_PHONE_FIXED', column, {
      zh: `电话 ${value} 开头的 0 被 Excel 去掉了（${why.zh}），已按 ${restored} 导入；请把这一列设为“文本”格式后重新填写`,
      en: `the phone ${value} lost its leading 0 (${why.en}); imported as ${restored}. Format the column as text and type the number again`,
    });
    return restored;
  }

  set(column: MappedColumn, value: unknown): void {
    const path = FIELD_PATHS[column.field];
    if (path[0] === 'reward') this.reward[path[1] as string] = value;
    else if (path[0] === 'period') this.period[path[1] as string] = value;
    else this.values.set(path[0] as string, value);
  }

  read(column: MappedColumn, cell: SheetCell): void {
    const kind = columnFor(column.field).kind;
    // Also when empty: "不能为空" must point at the column's cell.
    if (kind !== 'link' && kind !== 'contact') this.sources.push({ path: FIELD_PATHS[column.field], column });
    const text = cell.text.trim();
    if (kind === 'link') {
      for (const [line, link] of parseCellLinks(cell).entries()) this.links.push({ column, line, ...link });
      return;
    }
    if (text === '') return;
    switch (kind) {
      case 'text': {
        // A lone date in 申报时间 / 受理时间 (an Excel date, or typed as one) is the deadline, and
        // a window (2026年3月1日至4月30日) its start and end; as a note they printed in the
        // open-ended badge, without 申报截止.
        const date = column.field === 'period.note' ? (cell.date ?? parseWrittenDate(text)) : undefined;
        const range = column.field === 'period.note' && !date ? parseWrittenRange(text) : undefined;
        if (date || range) this.noteDate = { date: range?.end ?? date!, start: range?.start, text, column };
        else this.set(column, text);
        return;
      }
      case 'id':
        this.idFromColumn = true;
        this.set(column, text.normalize('NFKC').toLowerCase());
        return;
      case 'date': {
        const date = parseCellDate(cell);
        if (date) this.set(column, date);
        else this.dateError(column, text);
        return;
      }
      case 'list': {
        const items = splitCellList(text);
        if (items.length > 0) this.set(column, items);
        return;
      }
      case 'steps': {
        const items = splitCellList(text, { arrows: true });
        if (items.length > 0) this.set(column, items.map(toStep));
        return;
      }
      case 'table': {
        const table = parseCellTable(text);
        if (table) this.set(column, table);
        return;
      }
      case 'contact': {
        const key = column.field.slice('contacts.'.length) as 'name' | 'phone' | 'address';
        const values = splitCellLines(text);
        this.contactLines.set(key, { column, values: key === 'phone' ? values.map((value) => (value === undefined ? value : this.restorePhone(column, value, cell.number !== undefined))) : values });
        return;
      }
    }
  }

  dateError(column: MappedColumn, text: string): void {
    const received = describeValue(text);
    const isPeriod = column.field === 'period.start' || column.field === 'period.end';
    const noteHeader = this.columns.columns.find((other) => other.field === 'period.note')?.header ?? columnFor('period.note').header;
    const words = isPeriod && !/\d/.test(text);
    this.cellError(column, FIELD_PATHS[column.field], describeImpossibleDate(text) ?? {
      zh: `应为日期（如 2026/3/31、2026-03-31 或 2026年3月31日），收到${received.zh}${words ? `；“常年受理”等文字请写在“${noteHeader}”列` : ''}`,
      en: `expected a date (e.g. 2026/3/31, 2026-03-31 or 2026年3月31日), received ${received.en}${words ? `; words such as 常年受理 go in the “${noteHeader}” column` : ''}`,
    });
  }

  /**
   * A phone without any contact name is common (the issuer answers it): the issuer's first
   * department becomes the name, with a warning, rather than the row failing.
   */
  contactNameFallback(): string | undefined {
    if (this.contactLines.get('name')?.values.some((value) => value !== undefined)) return undefined;
    const issuer = this.values.get('issuer');
    if (typeof issuer !== 'string') return undefined;
    return issuer.split(/[、，,；;]|\s+/u).find((part) => part.trim() !== '')?.trim();
  }

  /** Contacts line up by line across the 咨询部门 / 咨询电话 / 咨询地址 columns. */
  buildContacts(): void {
    const lines = [...this.contactLines.values()];
    const count = Math.max(0, ...lines.map((entry) => entry.values.length));
    const fallback = this.contactNameFallback();
    let usedFallback = false;
    const contacts: Array<Record<string, string>> = [];
    for (let line = 0; line < count; line++) {
      const contact: Record<string, string> = {};
      for (const key of ['name', 'phone', 'address'] as const) {
        const value = this.contactLines.get(key)?.values[line];
        if (value !== undefined) contact[key] = value;
      }
      if (Object.keys(contact).length === 0) continue;
      if (contact['name'] === undefined && fallback !== undefined) {
        contact['name'] = fallback;
        usedFallback = true;
      }
      for (const [key, entry] of this.contactLines) {
        this.sources.push({ path: ['contacts', contacts.length, key], column: entry.column, ...(entry.values.length > 1 ? { line } : {}) });
      }
      contacts.push(contact);
    }
    const first = this.contactLines.get('name') ?? lines[0];
    if (first) this.sources.push({ path: ['contacts'], column: first.column });
    // name, phone, address, as in hand-written specs (a fallback name was added last).
    if (contacts.length > 0) this.values.set('contacts', contacts.map(({ name, phone, address }) => ({ ...(name !== undefined ? { name } : {}), ...(phone !== undefined ? { phone } : {}), ...(address !== undefined ? { address } : {}) })));
    if (usedFallback && first) {
      const nameColumn = this.columns.columns.find((column) => column.field === 'contacts.name');
      const nameHeader = nameColumn?.header ?? columnFor('contacts.name').header;
      this.cellWarning('W_CONTACT_NAME', nameColumn ?? first.column, {
        zh: `没有填写咨询部门，已用发文单位“${fallback}”作为咨询部门；如需其他部门，请填写“${nameHeader}”列`,
        en: `no contact name given; the issuer “${fallback}” is used as the contact name. Fill the “${nameHeader}” column to name another department`,
      });
    }
  }

  /** QR codes in column order; each link column gives its purpose. */
  buildQr(): void {
    // Messages about the QR code as a whole (none given, too many) point at the first link column;
    // a single QR object is reported as `/qr/url`, so then at the column it came from.
    const qrColumn = this.links.length === 1 ? this.links[0]!.column : this.columns.columns.find((column) => isQrField(column.field));
    if (qrColumn) this.sources.push({ path: ['qr'], column: qrColumn });
    const entries = this.links.map((link, index) => {
      const lines = this.links.filter((other) => other.column === link.column).length;
      this.sources.push({ path: ['qr', index], column: link.column, ...(lines > 1 ? { line: link.line } : {}) });
      const purpose = QR_FIELDS[link.column.field];
      return { url: link.url, ...(link.caption ? { caption: link.caption } : {}), ...(purpose ? { purpose } : {}) };
    });
    if (entries.length > 0) this.values.set('qr', entries.length === 1 ? entries[0] : entries);
  }

  build(): Record<string, unknown> {
    this.buildContacts();
    this.buildQr();
    const reward = Object.fromEntries(['headline', 'items', 'table'].filter((key) => key in this.reward).map((key) => [key, this.reward[key]]));
    const dated = this.noteDate;
    if (dated && !('end' in this.period) && !(dated.start && 'start' in this.period)) {
      this.period['end'] = dated.date;
      this.sources.push({ path: ['period', 'end'], column: dated.column });
      if (dated.start) {
        this.period['start'] = dated.start;
        this.sources.push({ path: ['period', 'start'], column: dated.column });
      }
    } else if (dated && (this.period['end'] !== dated.date || (dated.start && this.period['start'] !== dated.start))) this.period['note'] = dated.text;
    const period = Object.fromEntries(['start', 'end', 'note'].filter((key) => key in this.period).map((key) => [key, this.period[key]]));
    const itemsColumn = this.columns.columns.find((column) => column.field === 'reward.items');
    if (itemsColumn) this.sources.push({ path: ['reward'], column: itemsColumn });
    if (Object.keys(reward).length > 0) this.values.set('reward', reward);
    if (Object.keys(period).length > 0) this.values.set('period', period);
    if (!this.values.has('id')) {
      const title = this.values.get('title');
      this.values.set('id', typeof title === 'string' ? slugFromTitle(title) : `row-${this.row.number}`);
      const titleColumn = this.columns.columns.find((column) => column.field === 'title');
      if (titleColumn) this.sources.push({ path: ['id'], column: titleColumn });
    }
    return Object.fromEntries(KEY_ORDER.filter((key) => this.values.has(key)).map((key) => [key, this.values.get(key)]));
  }

  /** A validation error of the built spec, moved to the cell it came from. */
  locate(error: CardError, spec: Record<string, unknown>): void {
    const path = pathOfPointer(error.path);
    const source = this.sources.filter((candidate) => startsWith(path, candidate.path)).sort((a, b) => b.path.length - a.path.length)[0];
    const missing = valueAt(spec, path) === undefined;
    // A cell already reported (an Excel error value, a date that is none) need not also be "empty".
    if (missing && source && this.errors.some((entry) => entry.column === source.column.index)) return;
    const text = missing ? missingText(path, this.columns) : error.text;
    if (!source) {
      const cell = `${sheetReference(this.table.name)}!${this.row.number}:${this.row.number}`;
      this.errors.push({ error: new CardError(error.code, text, { file: this.source, path: error.path, label: labelForPath(path), cell }), column: Number.MAX_SAFE_INTEGER });
      return;
    }
    const label = suffixLabel(source.column, path.slice(source.path.length), source.line);
    const located = new CardError(error.code, text, { file: this.source, path: error.path, label, cell: cellAddress(this.table.name, source.column.index, this.row.number) });
    this.errors.push({ error: located, column: source.column.index });
  }

  /** The row's errors, left to right as the columns go. */
  sortedErrors(): CardError[] {
    return [...this.errors].sort((a, b) => a.column - b.column).map((entry) => entry.error);
  }

  /** The template's example row, left in the sheet or half rewritten, would print a card nobody meant. */
  checkExampleRow(spec: Record<string, unknown>): void {
    const kind = exampleRowKind(spec);
    const column = this.columns.columns.find((candidate) => candidate.field === 'id') ?? this.columns.columns.find((candidate) => candidate.field === 'title');
    if (!kind || !column) return;
    const id = String(spec['id']);
    this.cellWarning(
      'W_EXAMPLE_ROW',
      column,
      kind === 'unchanged'
        ? { zh: `这是模板自带的示例行，内容未改，会生成示例卡片“${String(spec['title'])}”；请改写或删除这一行`, en: `this is the template's example row, unchanged: it makes the example card “${String(spec['title'])}”. Rewrite or delete the row` }
        : { zh: `这一行仍使用示例行的编号 ${id}；请换成这项政策自己的编号，或清空后由政策名称生成`, en: `this row still uses the example row's id ${id}; give it an id of its own, or clear it to make one from the title` },
    );
  }

  /**
   * A row hidden in Excel is often a withdrawn policy kept for the record, or one filtered out
   * of view: it is imported all the same (nothing is dropped unseen), and the warning says so.
   */
  checkHiddenRow(spec: Record<string, unknown>): void {
    const column = this.columns.columns.find((candidate) => candidate.field === 'title');
    if (!this.row.hidden || !column) return;
    const title = String(spec['title'] ?? '');
    this.cellWarning('W_HIDDEN_ROW', column, {
      zh: `第${this.row.number}行在 Excel 中是隐藏的（或被筛选掉了），仍已导入，会生成卡片“${title}”；不需要这张卡片时请删除这一行`,
      en: `row ${this.row.number} is hidden in Excel (or filtered out) and was imported all the same, as the card “${title}”; delete the row if that card is not wanted`,
    });
  }

  sortedWarnings(): CardWarning[] {
    return [...this.warnings].sort((a, b) => a.column - b.column).map((entry) => entry.warning);
  }
}

function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part)}`).join('') || '/';
}

function missingText(path: readonly PropertyKey[], columns: ColumnMap): Localized {
  if (path[0] === 'qr') {
    return {
      zh: '请填写政策链接或申报入口（完整网址，以 https:// 开头），或在 policy-card.config.json 中设置 site.baseUrl，让二维码指向政策详情页',
      en: 'give a 政策链接 or 申报入口 URL (starting with https://), or set site.baseUrl in policy-card.config.json so the QR code leads to the detail page',
    };
  }
  if (path[0] === 'contacts' && path[2] === 'name') {
    const nameHeader = columns.columns.find((column) => column.field === 'contacts.name')?.header ?? columnFor('contacts.name').header;
    const line = typeof path[1] === 'number' ? path[1] + 1 : 1;
    return {
      zh: `第${line}个咨询方式没有部门名称；请在“${nameHeader}”单元格内的第${line}行填写（部门、电话、地址在单元格内按行一一对应）`,
      en: `contact ${line} has no name; fill line ${line} inside the “${nameHeader}” cell (names, phones and addresses line up line by line)`,
    };
  }
  return { zh: '不能为空', en: 'must not be empty' };
}

/** `政策清单.xlsx!第7行`: how a row is named where a card file would be. */
export function rowSource(table: SheetTable, row: number): string {
  return `${table.file}!第${row}行`;
}

/** Every data row below the header → a validated spec; empty rows are skipped. */
export function rowsToSpecs(table: SheetTable, columns: ColumnMap, options: RowsToSpecsOptions = {}): SheetRowSpec[] {
  const results: Array<SheetRowSpec & { idColumn: MappedColumn | undefined; idFromColumn: boolean }> = [];
  for (const row of table.rows) {
    if (row.number <= columns.headerRow) continue;
    const cells = columns.columns.map((column) => ({ column, cell: row.cells[column.index] ?? EMPTY_CELL }));
    if (cells.every(({ cell }) => isBlank(cell))) continue;
    const source = rowSource(table, row.number);
    const builder = new RowBuilder(table, row, columns, source);
    for (const { column, cell } of cells) {
      if (cell.problem) builder.cellError(column, FIELD_PATHS[column.field], cell.problem);
      builder.read(column, cell.problem ? EMPTY_CELL : cell);
    }
    const spec = builder.build();
    builder.checkExampleRow(spec);
    builder.checkHiddenRow(spec);
    const id = spec['id'] as string;
    const result = validateCard(spec, { file: source, defaultId: id, ...(options.site ? { site: options.site } : {}), ...(options.limits ? { limits: options.limits } : {}) });
    if (!result.ok) for (const error of result.errors) builder.locate(error, spec);
    const errors = builder.sortedErrors();
    results.push({
      row: row.number,
      source,
      id,
      spec,
      card: result.ok && errors.length === 0 ? result.card : undefined,
      errors,
      warnings: builder.sortedWarnings(),
      idColumn: columns.columns.find((column) => column.field === 'id') ?? columns.columns.find((column) => column.field === 'title'),
      idFromColumn: builder.idFromColumn,
    });
  }
  markDuplicateRows(table, results);
  return results.map(({ row, source, id, spec, card, errors, warnings }) => ({ row, source, id, spec, card, errors, warnings }));
}

/** Rows sharing an id would write one file twice: both fail, and each names the other row. */
function markDuplicateRows(table: SheetTable, rows: Array<SheetRowSpec & { idColumn: MappedColumn | undefined; idFromColumn: boolean }>): void {
  const byId = new Map<string, typeof rows>();
  for (const row of rows) {
    if (row.id === undefined) continue;
    const key = row.id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), row]);
  }
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group.filter((other) => other !== row).map((other) => other.row).join('、');
      const othersEn = group.filter((other) => other !== row).map((other) => other.row).join(', ');
      const idHeader = columnFor('id').header;
      const text = row.idFromColumn
        ? { zh: `编号“${row.id}”与第 ${others} 行重复；这几行都未导入。请给其中一行改编号`, en: `id “${row.id}” is also used in row ${othersEn}; none of these rows was imported. Give one of them another id` }
        : {
            zh: `由政策名称生成的编号“${row.id}”与第 ${others} 行相同；这几行都未导入。请在“${idHeader}”列给它们填写不同的编号`,
            en: `the id “${row.id}” made from the title is the same as in row ${othersEn}; none of these rows was imported. Give them different ids in the “${idHeader}” column`,
          };
      const column = row.idColumn;
      row.errors.push(
        new CardError('E_DUPLICATE_ID', text, {
          file: row.source,
          path: '/id',
          label: { zh: column?.header ?? idHeader, en: column?.header ?? idHeader },
          cell: column ? cellAddress(table.name, column.index, row.row) : `${sheetReference(table.name)}!${row.row}:${row.row}`,
        }),
      );
      row.card = undefined;
    }
  }
}
