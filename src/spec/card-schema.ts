/**
 * Card spec v1: the single source of the card format. `schema/card.schema.json` is generated
 * from this file (`npm run schema`) and a test keeps the two in sync.
 *
 * Every string and list has a limit so that a runaway field is rejected with a clear message
 * before any rendering starts. Most limits can be changed in `policy-card.config.json`
 * (`limits.fieldChars`, `limits.listItems`), so the schema is built from the effective limits;
 * `cardSchema` is the one built from the defaults, and the published JSON Schema comes from it.
 * Error texts are not written here: zod issues are turned into bilingual messages by
 * `describe-issue.ts`, which knows the Chinese labels of every field.
 */
import { z } from 'zod';
import { HEX_COLOR } from '../template/brand-colors.js';
import { INVISIBLE_CLASS } from '../text/invisible-chars.js';

/** Default limits of card spec v1. Exported so messages and docs quote the same numbers. */
export const LIMITS = {
  id: 64,
  title: 120,
  issuer: 100,
  docNo: 60,
  category: 20,
  summary: 200,
  listItem: 300,
  parties: 10,
  conditions: 20,
  materials: 30,
  process: 12,
  stepTitle: 40,
  stepDetail: 200,
  headline: 40,
  rewardItems: 12,
  tableColumns: 6,
  tableRows: 20,
  tableCell: 60,
  periodNote: 60,
  contacts: 6,
  contactName: 60,
  phone: 40,
  address: 120,
  url: 1000,
  caption: 30,
  name: 40,
  logoPath: 200,
} as const;

/** Limits in characters that the config may change under `limits.fieldChars`. */
export const FIELD_CHAR_KEYS = [
  'title',
  'issuer',
  'docNo',
  'category',
  'summary',
  'listItem',
  'stepTitle',
  'stepDetail',
  'headline',
  'tableCell',
  'periodNote',
  'contactName',
  'phone',
  'address',
  'caption',
] as const;
/** Limits in items that the config may change under `limits.listItems`. */
export const LIST_ITEM_KEYS = ['parties', 'conditions', 'materials', 'process', 'rewardItems', 'tableColumns', 'tableRows', 'contacts'] as const;
// The other limits stay fixed: `id` and template/theme names become file names, a URL is bounded
// by what a QR code holds, and a logo path is a path, not content.

export type FieldCharKey = (typeof FIELD_CHAR_KEYS)[number];
export type ListItemKey = (typeof LIST_ITEM_KEYS)[number];
/** The limits a card schema is built from: every key of `LIMITS`. */
export type SpecLimits = { readonly [Key in keyof typeof LIMITS]: number };

export const ID_PATTERN = /^[a-z0-9_-]{1,64}$/;
/** Names Windows refuses as file names, whatever the extension: `con.png` cannot be written there. */
export const RESERVED_IDS = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const QR_PURPOSES = ['原文', '申报入口', '咨询', '其他'] as const;
export type QrPurpose = (typeof QR_PURPOSES)[number];
export const ERROR_CORRECTION_LEVELS = ['L', 'M', 'Q', 'H'] as const;

/**
 * Characters that must never reach a card: C0/C1 controls, bidi overrides and isolates (they
 * can make a printed caption lie about where a QR code leads), and lone surrogates.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/**
 * The config key of a limit travels as the message of the check that enforces it, so that
 * describe-issue can name the limit that was hit (`limits.fieldChars.title`) without a second
 * map from JSON paths to limits that could drift from this schema.
 */
export const LIMIT_KEY_PREFIX = 'limits.';

const text = (max: number, limitKey: string) =>
  z
    .string()
    .min(1)
    .max(max, { error: limitKey })
    .refine((value) => value.trim().length > 0, { params: { reason: 'blank' } })
    .refine((value) => !FORBIDDEN_CHARS.test(value.replace(/\n/g, ' ')), { params: { reason: 'forbidden-char' } });

const isRealDate = (value: string): boolean => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

// One check only, so a bad date gets one message. Other written forms (2026/3/1, 2026年3月1日)
// are turned into this one before validation (normalize-card-input.ts).
const date = z.string().refine((value) => DATE_PATTERN.test(value) && isRealDate(value), { params: { reason: 'date' } });

const isWebUrl = (value: string): boolean => {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

/** Invisible characters have no place in a URL: they make two different addresses look the same. */
// The word joiners (U+2060–2064) too: in a URL even our typesetter's joiner has no place.
export const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE_CLASS}\u2060-\u2064]`, 'u');

const url = z
  .string()
  .max(LIMITS.url)
  .refine((value) => !FORBIDDEN_CHARS.test(value) && !INVISIBLE_CHARS.test(value), { params: { reason: 'forbidden-char' } })
  .refine(isWebUrl, { params: { reason: 'url' } });

/**
 * The card schema for a set of limits. Built once per limits object (see `cardSchemaFor`): a
 * batch validates every card against the same schema.
 */
function buildCardSchema(limits: SpecLimits) {
  const chars = (key: FieldCharKey) => text(limits[key], `${LIMIT_KEY_PREFIX}fieldChars.${key}`);
  const items = (key: ListItemKey) => ({ error: `${LIMIT_KEY_PREFIX}listItems.${key}` });
  const list = (key: ListItemKey) => z.array(chars('listItem')).min(1).max(limits[key], items(key));

  const stepSchema = z.union([
    chars('stepTitle'),
    z.strictObject({
      title: chars('stepTitle'),
      detail: chars('stepDetail').optional(),
    }),
  ]);

  const qrEntrySchema = z.strictObject({
    /** Where the code leads. Optional when a site base URL is configured: then it leads to the card's detail page. */
    url: url.optional(),
    caption: chars('caption').optional(),
    purpose: z.enum(QR_PURPOSES).optional(),
    /** Error correction level; a logo forces H. @default 'M' (or the config's qr.errorCorrection) */
    errorCorrection: z.enum(ERROR_CORRECTION_LEVELS).optional(),
    /** Colour of the dark modules, #rrggbb; must be darker than `light` with contrast ≥ 4:1. @default '#000000' */
    dark: z.string().regex(HEX_COLOR).optional(),
    /** Colour of the light modules and quiet zone, #rrggbb. @default '#ffffff' */
    light: z.string().regex(HEX_COLOR).optional(),
    /** Centre logo (PNG/JPEG inside the card's folder), on a white pad, ≤ 20% of the code's area. */
    logo: z.string().min(1).max(LIMITS.logoPath).optional(),
  });

  const rewardSchema = z.strictObject({
    headline: chars('headline').optional(),
    items: list('rewardItems'),
    table: z
      .strictObject({
        columns: z.array(chars('tableCell')).min(1).max(limits.tableColumns, items('tableColumns')),
        rows: z
          .array(z.array(chars('tableCell')).min(1).max(limits.tableColumns, items('tableColumns')))
          .min(1)
          .max(limits.tableRows, items('tableRows')),
      })
      .optional(),
  });

  return z.strictObject({
    $schema: z.string().max(500).optional(),
    id: z.string().regex(ID_PATTERN).refine((id) => !RESERVED_IDS.test(id), { params: { reason: 'reserved-id' } }).optional(),
    title: chars('title'),
    issuer: chars('issuer'),
    docNo: chars('docNo').optional(),
    category: chars('category').optional(),
    summary: chars('summary').optional(),
    edition: date.optional(),
    parties: list('parties'),
    conditions: list('conditions'),
    materials: list('materials').optional(),
    process: z.array(stepSchema).min(1).max(limits.process, items('process')),
    reward: rewardSchema,
    period: z
      .strictObject({
        start: date.optional(),
        end: date.optional(),
        note: chars('periodNote').optional(),
      })
      .optional(),
    contacts: z
      .array(
        z.strictObject({
          name: chars('contactName'),
          phone: chars('phone').optional(),
          address: chars('address').optional(),
        }),
      )
      .min(1)
      .max(limits.contacts, items('contacts'))
      .optional(),
    qr: z.union([qrEntrySchema, z.array(qrEntrySchema).min(1).max(2)]).optional(),
    logo: z.string().min(1).max(LIMITS.logoPath).optional(),
    template: z.string().regex(NAME_PATTERN).optional(),
    theme: z.string().regex(NAME_PATTERN).optional(),
  });
}

/** The card schema of the default limits (the one `schema/card.schema.json` is generated from). */
export const cardSchema = buildCardSchema(LIMITS);

const schemas = new WeakMap<SpecLimits, typeof cardSchema>([[LIMITS, cardSchema]]);

/** The card schema for these limits, built once per limits object. */
export function cardSchemaFor(limits: SpecLimits = LIMITS): typeof cardSchema {
  let schema = schemas.get(limits);
  if (!schema) {
    schema = buildCardSchema(limits);
    schemas.set(limits, schema);
  }
  return schema;
}

/** The keys of a QR entry that style the code rather than say where it leads. */
export const QR_STYLE_KEYS = ['errorCorrection', 'dark', 'light', 'logo'] as const;

/** A card spec exactly as written in the JSON file. */
export type CardSpecInput = z.input<typeof cardSchema>;
export type ProcessStep = z.infer<typeof cardSchema>['process'][number];
/** A QR entry of a validated card: the URL is always resolved. */
export type QrEntry = Exclude<z.infer<typeof cardSchema>['qr'], unknown[] | undefined> & { url: string };

/** A validated card: id resolved, `qr` always a list with resolved URLs. */
export type CardSpec = Omit<z.infer<typeof cardSchema>, 'id' | 'qr' | '$schema'> & {
  id: string;
  qr: QrEntry[];
};
