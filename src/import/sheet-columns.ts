/**
 * The columns of a policy sheet: which card field each one fills, the headers staff actually
 * write for it (政策名称 / 政策标题 / title…), how its cells are read, and how it is explained
 * in the sheet template. Import, export and the template all read this one table, so a column
 * added here is understood, written and documented in the same step.
 */
import { createRequire } from 'node:module';
import type { Converter as OpenccConverter } from 'opencc-js';
import type { Localized } from '../errors.js';
import { LIMITS, type QR_PURPOSES } from '../spec/card-schema.js';

type QrPurpose = (typeof QR_PURPOSES)[number];

/** A card field as a sheet column fills it; `qr.原文` is a QR code whose purpose is 原文. */
export type SheetField =
  | 'id'
  | 'title'
  | 'issuer'
  | 'docNo'
  | 'category'
  | 'summary'
  | 'parties'
  | 'conditions'
  | 'materials'
  | 'process'
  | 'reward.headline'
  | 'reward.items'
  | 'reward.table'
  | 'period.start'
  | 'period.end'
  | 'period.note'
  | 'contacts.name'
  | 'contacts.phone'
  | 'contacts.address'
  | 'qr.原文'
  | 'qr.申报入口'
  | 'qr.咨询'
  | 'qr.其他'
  | 'qr'
  | 'edition'
  | 'template'
  | 'theme'
  | 'logo';

/**
 * How a cell is read:
 * - `text`: the cell as it is; `id`: lower-cased; `date`: any date form → YYYY-MM-DD;
 * - `list`: one item per line, numbered item (1. 1、（1）①) or `；`;
 * - `steps`: like `list`, also split at arrows (→), `名称：说明` gives a step with detail;
 * - `table`: one table row per line, cells separated by `|`, the first line is the header;
 * - `contact`: one contact per line, lined up with the other 咨询 columns;
 * - `link`: one URL per line, with an optional caption before it.
 */
export type CellKind = 'text' | 'id' | 'date' | 'list' | 'steps' | 'table' | 'contact' | 'link';

export interface SheetColumn {
  field: SheetField;
  /** The header the template and export write. */
  header: string;
  /** Other headers understood for this field (the field name itself is always understood). */
  aliases: readonly string[];
  kind: CellKind;
  /** The sheet cannot be imported without this column. */
  required: boolean;
  /** Written by the template; export also writes optional columns that some card uses. */
  inTemplate: boolean;
  /** Column width in the template and export, in Excel character units. */
  width: number;
  /** How to fill the column: the header note in the template and the 填写说明 sheet. */
  note: Localized;
  /** Longest text Excel should accept (template data validation). */
  maxLength?: number;
}

export const QR_FIELDS: Readonly<Partial<Record<SheetField, QrPurpose | undefined>>> = {
  'qr.原文': '原文',
  'qr.申报入口': '申报入口',
  'qr.咨询': '咨询',
  'qr.其他': '其他',
  qr: undefined,
};

export function isQrField(field: SheetField): boolean {
  return Object.hasOwn(QR_FIELDS, field);
}

const LIST_NOTE = { zh: '每行一条（单元格内按 Alt+Enter 换行），也可写 1. 1、（1）① 编号或用“；”分隔', en: 'one item per line (Alt+Enter), numbered items or “；” separators also work' };
/** How to fill a link column, with a caption example that fits where its QR code leads. */
function linkNote(caption: string): Localized {
  return {
    zh: `完整网址，以 https:// 开头；可在网址前写二维码下方的说明文字，如“${caption} https://…”；超链接单元格取其链接地址`,
    en: `a full https:// URL, optionally preceded by the caption printed under the QR code (e.g. “${caption} https://…”); hyperlink cells give their link`,
  };
}
const CONTACT_NOTE = { zh: '多个咨询方式每行一个，部门、电话、地址三列按行一一对应', en: 'one contact per line; the name, phone and address columns line up by line' };
const DATE_NOTE = { zh: '日期，如 2026/3/31、2026-03-31 或 2026年3月31日', en: 'a date such as 2026/3/31, 2026-03-31 or 2026年3月31日' };

function column(
  field: SheetField,
  header: string,
  aliases: readonly string[],
  kind: CellKind,
  width: number,
  note: Localized,
  extra: { required?: boolean; inTemplate?: boolean; maxLength?: number } = {},
): SheetColumn {
  return { field, header, aliases, kind, width, note, required: extra.required ?? false, inTemplate: extra.inTemplate ?? true, ...(extra.maxLength ? { maxLength: extra.maxLength } : {}) };
}

/** Every column, in the order the template and export write them. */
export const SHEET_COLUMNS: readonly SheetColumn[] = [
  column('id', '编号', ['ID', '卡片编号', '政策编号'], 'id', 16, {
    zh: `卡片文件名和图片名，只能用小写字母、数字、- 和 _（最长 ${LIMITS.id} 字）；不填则由政策名称的拼音生成。填了编号，改政策名称后仍更新同一张卡片`,
    en: 'the file name of the card (lowercase letters, digits, - and _); when empty, made from the pinyin of the title',
  }, { maxLength: LIMITS.id }),
  column('title', '政策名称', ['政策标题', '名称', '标题', '政策项目'], 'text', 30, { zh: `最长 ${LIMITS.title} 字`, en: `at most ${LIMITS.title} characters` }, { required: true, maxLength: LIMITS.title }),
  column('issuer', '发文单位', ['发文机关', '主管部门', '发布单位', '牵头部门'], 'text', 24, { zh: '几个部门用“、”隔开', en: 'separate several departments with “、”' }, { required: true, maxLength: LIMITS.issuer }),
  column('docNo', '文号', ['发文字号', '政策文号'], 'text', 20, { zh: '如 苏工信规〔2026〕1号', en: 'e.g. 苏工信规〔2026〕1号' }, { maxLength: LIMITS.docNo }),
  column('category', '政策类别', ['分类', '类别', '政策分类'], 'text', 12, { zh: '如 智改数转、人才、稳岗、科技创新；可从下拉列表选，也可自己填', en: 'e.g. 智改数转, 人才; pick from the list or type your own' }, { maxLength: LIMITS.category }),
  column('summary', '一句话解读', ['政策摘要', '政策简介', '摘要'], 'text', 36, { zh: `一句大白话说清楚这项政策，最长 ${LIMITS.summary} 字`, en: `one plain sentence, at most ${LIMITS.summary} characters` }, { maxLength: LIMITS.summary }),
  column('parties', '适用对象', ['支持对象', '申报对象', '扶持对象'], 'list', 36, LIST_NOTE, { required: true }),
  column('conditions', '申报条件', ['支持条件', '申请条件'], 'list', 48, LIST_NOTE, { required: true }),
  column('materials', '申报材料', ['申请材料'], 'list', 36, LIST_NOTE),
  column('process', '申报流程', ['办理流程', '申请流程'], 'steps', 36, {
    zh: `每行一步，也可写成“网上申报→审核→拨付”；“步骤：说明”（中文冒号）给步骤加说明，步骤名最长 ${LIMITS.stepTitle} 字`,
    en: 'one step per line or “a→b→c”; “step：detail” adds a detail',
  }, { required: true }),
  column('reward.headline', '奖补金额', ['最高奖补', '最高金额', '最高奖励', '最高补贴', '最高资助', 'headline'], 'text', 16, { zh: `卡片上最醒目的数字，如 最高500万元（最长 ${LIMITS.headline} 字）`, en: `the headline figure, e.g. 最高500万元 (at most ${LIMITS.headline} characters)` }, { maxLength: LIMITS.headline }),
  column('reward.items', '奖补标准', ['支持标准', '扶持标准', '奖励标准', '补贴标准', '资助标准', 'reward'], 'list', 48, LIST_NOTE, { required: true }),
  column('reward.table', '奖补档次表', ['档次表', '奖补档次', 'table'], 'table', 36, {
    zh: '每行一档，格与格之间用 | 隔开，第一行是表头，如“类别 | 金额”换行“A类 | 300万元”',
    en: 'one tier per line, cells separated by |, the first line is the header',
  }),
  column('period.start', '申报开始', ['开始日期', '申报开始日期', 'start'], 'date', 14, DATE_NOTE),
  column('period.end', '申报截止', ['截止日期', '申报截止日期', '截止时间', 'end'], 'date', 14, { zh: `${DATE_NOTE.zh}；“常年受理”等文字请写在“受理时间”列`, en: `${DATE_NOTE.en}; words such as 常年受理 go in 受理时间` }),
  column('period.note', '受理时间', ['申报时间', 'note'], 'text', 20, { zh: `如 常年受理（最长 ${LIMITS.periodNote} 字）`, en: `e.g. 常年受理 (at most ${LIMITS.periodNote} characters)` }, { maxLength: LIMITS.periodNote }),
  column('contacts.name', '咨询部门', ['联系人', '联系部门', '咨询单位'], 'contact', 24, CONTACT_NOTE),
  column('contacts.phone', '咨询电话', ['联系电话', '电话', 'phone'], 'contact', 18, { zh: `${CONTACT_NOTE.zh}；请把单元格设为“文本”，以免区号开头的 0 被 Excel 去掉`, en: `${CONTACT_NOTE.en}; format the cells as text so a leading 0 survives` }),
  column('contacts.address', '咨询地址', ['联系地址', '地址', 'address'], 'contact', 24, CONTACT_NOTE),
  column('qr.原文', '政策链接', ['原文链接', '政策原文'], 'link', 36, { zh: `二维码，用途“原文”。${linkNote('扫码查看政策原文').zh}。政策链接、申报入口至少填一个（两个都填则印两个二维码）`, en: `QR code leading to the policy text; ${linkNote('扫码查看政策原文').en}` }),
  column('qr.申报入口', '申报入口', ['申报链接', '申报网址'], 'link', 36, { zh: `二维码，用途“申报入口”。${linkNote('扫码在线申报').zh}`, en: `QR code leading to the application; ${linkNote('扫码在线申报').en}` }),
  column('qr.咨询', '咨询链接', ['咨询网址'], 'link', 36, { zh: `二维码，用途“咨询”。${linkNote('扫码在线咨询').zh}`, en: `QR code leading to help; ${linkNote('扫码在线咨询').en}` }, { inTemplate: false }),
  column('qr.其他', '其他链接', ['详情链接'], 'link', 36, { zh: `二维码，用途“其他”。${linkNote('扫码查看详情').zh}`, en: `QR code, purpose 其他; ${linkNote('扫码查看详情').en}` }, { inTemplate: false }),
  column('qr', '二维码链接', ['二维码', '二维码网址'], 'link', 36, { zh: `二维码，不注明用途。${linkNote('扫码查看详情').zh}`, en: `QR code without a purpose; ${linkNote('扫码查看详情').en}` }, { inTemplate: false }),
  column('edition', '版本日期', ['更新日期'], 'date', 14, { zh: `本卡片内容的日期，印在卡片上，让读者知道手里是哪一版。${DATE_NOTE.zh}`, en: `the date of this edition, printed on the card; ${DATE_NOTE.en}` }),
  column('template', '模板', [], 'text', 10, { zh: '如 phone、a4', en: 'e.g. phone, a4' }, { inTemplate: false }),
  column('theme', '主题', [], 'text', 10, { zh: '如 default、red、elder', en: 'e.g. default, red, elder' }, { inTemplate: false }),
  column('logo', '标志图片', [], 'text', 20, { zh: '图片文件相对表格所在文件夹的路径', en: 'path of an image, relative to the sheet' }, { inTemplate: false }),
];

/** Every valid `--map` target, for messages. */
export const SHEET_FIELDS: readonly SheetField[] = SHEET_COLUMNS.map((entry) => entry.field);

export function columnFor(field: SheetField): SheetColumn {
  return SHEET_COLUMNS.find((entry) => entry.field === field)!;
}

let toSimplified: ((text: string) => string) | undefined;

/**
 * Traditional text in its Simplified form, Taiwan wording included (政策連結 → 政策链接,
 * 聯絡電話 → 联系电话), so that sheets kept in Taiwan or Hong Kong are read like any other. The
 * converter loads its dictionaries on first use (~50 ms), not when this module is imported, and
 * opencc-js itself is required then too (a cold `build` reaches this module but reads no sheet).
 */
function simplified(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  const convert = (toSimplified ??= (createRequire(import.meta.url)('opencc-js') as { Converter: typeof OpenccConverter }).Converter({ from: 'twp', to: 'cn' }));
  return convert(text);
}

/**
 * A header as typed → the form it is compared in: full-width forms folded (NFKC), Traditional
 * characters simplified, spaces and line breaks dropped, a required-marker `*` and a trailing
 * note in brackets (`申报条件（每行一条）`) removed, Latin letters lower-cased.
 */
export function normalizeHeader(header: string): string {
  return simplified(header.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\([^()]*\)$/, '')
    .replace(/^\*+|\*+$/g, '')
    .toLowerCase();
}

let headerIndex: ReadonlyMap<string, SheetField> | undefined;

/** The field a header names by default, if any. */
export function fieldForHeader(header: string): SheetField | undefined {
  headerIndex ??= new Map(SHEET_COLUMNS.flatMap((entry) => [entry.header, ...entry.aliases, entry.field].map((name) => [normalizeHeader(name), entry.field] as const)));
  return headerIndex.get(normalizeHeader(header));
}
