/**
 * Section labels and fixed phrases of a card, per output locale. `zh-TW` also converts the
 * card's own text to Traditional characters with OpenCC, since cards are handed to Taiwanese
 * and Hong Kong investors too; `en` translates the labels only (policy text stays as written).
 */
import { createRequire } from 'node:module';
import type { Converter as OpenccConverter } from 'opencc-js';
import type { QrEntry } from '../spec/card-schema.js';

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleLabels {
  brand: string;
  parties: string;
  conditions: string;
  process: string;
  reward: string;
  materials: string;
  period: string;
  contacts: string;
  highlight: string;
  issuer: string;
  docNo: string;
  footerNote: string;
  scan: string;
  /** After a section's title when it continues from the previous page. */
  continued: string;
  captions: Record<NonNullable<QrEntry['purpose']>, string>;
}

interface LocaleText {
  labels: LocaleLabels;
  date: (year: number, month: number, day: number) => string;
  edition: (date: string) => string;
  deadline: (date: string) => string;
  opens: (date: string) => string;
  window: (start: string, end: string) => string;
  always: string;
  /** How many items of a section an abridged card leaves out (5 项申报条件). */
  omittedItems: (count: number, section: string) => string;
  /** The line under an abridged card: what it leaves out (omittedItems, joined) and where to read it. */
  abridged: (omitted: string) => string;
  /** The page mark of a card split into pages, e.g. 1/2. */
  pageMark: (page: number, count: number) => string;
  /** Converts the card's own text (identity except for zh-TW). */
  convert: (text: string) => string;
}

const ZH_CN_LABELS: LocaleLabels = {
  brand: '政策明白卡',
  parties: '适用对象',
  conditions: '申报条件',
  process: '申报流程',
  reward: '奖补标准',
  materials: '申报材料',
  period: '申报时间',
  contacts: '咨询方式',
  highlight: '支持力度',
  issuer: '发文单位',
  docNo: '文号',
  footerNote: '本卡为政策要点解读，具体以政策原文为准',
  scan: '扫一扫',
  continued: '（续）',
  captions: { 原文: '扫码查看政策原文', 申报入口: '扫码进入申报入口', 咨询: '扫码在线咨询', 其他: '扫码了解详情' },
};

let toTraditional: ((text: string) => string) | undefined;
/**
 * OpenCC's dictionaries are large: load opencc-js and build the converter only when zh-TW is used
 * (every render imports this module; loading it cost a cold CLI run about 15 ms for nothing).
 */
function traditional(text: string): string {
  const convert = (toTraditional ??= (createRequire(import.meta.url)('opencc-js') as { Converter: typeof OpenccConverter }).Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

const zhDate = (year: number, month: number, day: number): string => `${year}年${month}月${day}日`;

const LOCALE_TEXT: Record<Locale, LocaleText> = {
  'zh-CN': {
    labels: ZH_CN_LABELS,
    date: zhDate,
    edition: (date) => `${date}版`,
    deadline: (date) => `申报截止 ${date}`,
    opens: (date) => `${date} 起受理`,
    window: (start, end) => `${start} 至 ${end}`,
    always: '常年受理',
    omittedItems: (count, section) => `${count} 项${section}`,
    abridged: (omitted) => `另有 ${omitted}，扫码查看全文`,
    pageMark: (page, count) => `${page}/${count}`,
    convert: (text) => text,
  },
  'zh-TW': {
    labels: {
      brand: '政策明白卡',
      parties: '適用對象',
      conditions: '申報條件',
      process: '申報流程',
      reward: '獎補標準',
      materials: '申報材料',
      period: '申報時間',
      contacts: '諮詢方式',
      highlight: '支持力度',
      issuer: '發文單位',
      docNo: '文號',
      footerNote: '本卡為政策要點解讀，具體以政策原文為準',
      scan: '掃一掃',
      continued: '（續）',
      captions: { 原文: '掃碼查看政策原文', 申报入口: '掃碼進入申報入口', 咨询: '掃碼線上諮詢', 其他: '掃碼了解詳情' },
    },
    date: zhDate,
    edition: (date) => `${date}版`,
    deadline: (date) => `申報截止 ${date}`,
    opens: (date) => `${date} 起受理`,
    window: (start, end) => `${start} 至 ${end}`,
    always: '常年受理',
    omittedItems: (count, section) => `${count} 項${section}`,
    abridged: (omitted) => `另有 ${omitted}，掃碼查看全文`,
    pageMark: (page, count) => `${page}/${count}`,
    convert: traditional,
  },
  en: {
    labels: {
      brand: 'Policy Card',
      parties: 'Who can apply',
      conditions: 'Conditions',
      process: 'How to apply',
      reward: 'Support',
      materials: 'Documents',
      period: 'Application period',
      contacts: 'Contact',
      highlight: 'Level of support',
      issuer: 'Issued by',
      docNo: 'Document No.',
      footerNote: 'A summary for reference; the official policy text prevails',
      scan: 'Scan',
      continued: ' (continued)',
      captions: { 原文: 'Scan for the policy text', 申报入口: 'Scan to apply online', 咨询: 'Scan to ask online', 其他: 'Scan for details' },
    },
    date: (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    edition: (date) => `Edition ${date}`,
    deadline: (date) => `Deadline ${date}`,
    opens: (date) => `Open from ${date}`,
    window: (start, end) => `${start} – ${end}`,
    always: 'Open all year',
    omittedItems: (count, section) => `${count} more: ${section.toLowerCase()}`,
    abridged: (omitted) => `${omitted} (scan the QR code for the full text)`,
    pageMark: (page, count) => `${page}/${count}`,
    convert: (text) => text,
  },
};

export function localeText(locale: Locale): LocaleText {
  return LOCALE_TEXT[locale];
}

/** Fields that are never printed as text and so are never converted. */
const NOT_TEXT = new Set(['id', 'url', 'logo', 'template', 'theme', 'purpose', 'edition', 'start', 'end']);

function convertValue(value: unknown, convert: (text: string) => string, key?: string): unknown {
  if (key !== undefined && NOT_TEXT.has(key)) return value;
  if (typeof value === 'string') return convert(value);
  if (Array.isArray(value)) return value.map((item) => convertValue(item, convert));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([entryKey, item]) => [entryKey, convertValue(item, convert, entryKey)]));
  }
  return value;
}

/** The card as it will be printed in `locale` (Traditional characters for zh-TW). */
export function convertCardText<T>(card: T, locale: Locale): T {
  return locale === 'zh-TW' ? (convertValue(card, localeText(locale).convert) as T) : card;
}
