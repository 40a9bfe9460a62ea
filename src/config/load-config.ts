/**
 * The batch-level config file, `policy-card.config.json` in the working directory (or the file
 * given with `--config`). Precedence, lowest first: built-in defaults → config → CLI flags →
 * the card's own `template`/`theme`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CardError } from '../errors.js';
import { ERROR_CORRECTION_LEVELS, FIELD_CHAR_KEYS, LIMITS, LIST_ITEM_KEYS, NAME_PATTERN, QR_PURPOSES, type FieldCharKey, type ListItemKey } from '../spec/card-schema.js';
import { LOCALES } from '../template/locales.js';
import { HEX_COLOR } from '../template/brand-colors.js';
import { labelForPath, toPointer } from '../spec/field-labels.js';
import { describeSettingsIssue } from '../spec/describe-issue.js';
import { diagnoseJsonSyntax } from '../spec/diagnose-json-syntax.js';
import { lineAndColumn } from '../spec/parse-card-json.js';

export const CONFIG_FILE_NAME = 'policy-card.config.json';

/**
 * What `init` writes as the office name when nobody was asked: visibly unfinished in the file,
 * and treated as no name at all (the site keeps its generic title rather than print this).
 */
export const OFFICE_PLACEHOLDER = '待补充：单位名称';

/** The configured office name, unless it is still init's placeholder. */
export function officeName(config: { office?: string | undefined }): string | undefined {
  return config.office && config.office !== OFFICE_PLACEHOLDER ? config.office : undefined;
}

/**
 * How far the config may raise field and list limits. The limits exist to stop runaway input,
 * so the limits themselves are bounded: far above anything a card can show, far below what
 * would slow validation down.
 */
export const MAX_FIELD_CHARS = 5000;
export const MAX_LIST_ITEMS = 100;
export const MAX_OUTPUT_MEGAPIXELS = 150;

/** What each configurable spec limit applies to, for the published config schema. */
const SPEC_LIMIT_TARGETS: Record<FieldCharKey | ListItemKey, string> = {
  title: '政策名称 title',
  issuer: '发文单位 issuer',
  docNo: '文号 docNo',
  category: '政策类别 category',
  summary: '一句话解读 summary',
  listItem: '列表的每一项（适用对象、申报条件、申报材料、奖补明细）each item of parties, conditions, materials, reward.items',
  stepTitle: '流程步骤 process step (title)',
  stepDetail: '流程步骤说明 process step detail',
  headline: '最高奖补 reward.headline',
  tableCell: '档次表的每一格 each cell of reward.table',
  periodNote: '申报时间说明 period.note',
  contactName: '咨询部门 contacts[].name',
  phone: '咨询电话 contacts[].phone',
  address: '咨询地址 contacts[].address',
  caption: '二维码说明文字 qr caption',
  parties: '适用对象 parties',
  conditions: '申报条件 conditions',
  materials: '申报材料 materials',
  process: '申报流程步数 process steps',
  rewardItems: '奖补明细 reward.items',
  tableColumns: '档次表列数 reward.table columns',
  tableRows: '档次表行数 reward.table rows',
  contacts: '咨询方式 contacts',
};

/** `{ "title": 200, … }`: some of the given spec limits, each a whole number from 1 to `max`. */
function specLimitsSchema<Key extends FieldCharKey | ListItemKey>(keys: readonly Key[], max: number, unit: string) {
  const shape = Object.fromEntries(
    keys.map((key) => [key, z.number().int().min(1).max(max).describe(`${SPEC_LIMIT_TARGETS[key]}：默认 default ${LIMITS[key]} ${unit}`).optional()]),
  ) as Record<Key, z.ZodOptional<z.ZodNumber>>;
  return z.strictObject(shape);
}

export const configSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  /** The office that publishes the cards, e.g. "苏州工业园区企业服务中心": the detail site's title. */
  office: z.string().trim().min(1).max(60).describe('单位名称，用作详情站点的标题 the office publishing the cards: the title of the detail site').optional(),
  /** Default template. @default 'phone' */
  template: z.string().regex(NAME_PATTERN).optional(),
  /** Default theme. @default 'default' */
  theme: z.string().regex(NAME_PATTERN).optional(),
  /** Replaces the theme's primary colour, e.g. "#0b5ed7". */
  brandColor: z.string().regex(HEX_COLOR).optional(),
  /** Logo (PNG/JPEG) for cards that name none, relative to the config file's folder. */
  logo: z.string().min(1).max(200).optional(),
  /** Output locale. @default 'zh-CN' */
  locale: z.enum(LOCALES).optional(),
  /** Formats written per card. @default ['png'] */
  formats: z.array(z.enum(['png', 'svg', 'pdf'])).min(1).optional(),
  /** Output folder, relative to the config file's folder. @default 'output' */
  out: z.string().min(1).max(500).optional(),
  /** Extra folder of custom templates, relative to the config file's folder. */
  templatesDir: z.string().min(1).max(500).optional(),
  /** Card folders or files built when no path is given. @default ['cards'] */
  cards: z.array(z.string().min(1).max(500)).min(1).optional(),
  /** How QR codes look, for every code that does not say otherwise in its card. */
  qr: z
    .strictObject({
      /** Error correction level L / M / Q / H; a logo forces H. @default "M" */
      errorCorrection: z.enum(ERROR_CORRECTION_LEVELS).optional(),
      /** Colour of the dark modules, #rrggbb. @default "#000000" */
      dark: z.string().regex(HEX_COLOR).optional(),
      /** Colour of the light modules, #rrggbb; contrast with dark ≥ 4:1. @default "#ffffff" */
      light: z.string().regex(HEX_COLOR).optional(),
      /** Centre logo (PNG/JPEG), relative to the config file's folder. */
      logo: z.string().min(1).max(LIMITS.logoPath).optional(),
      /** Caption under codes without their own: one text, or one per purpose {"原文": "…"}. */
      caption: z
        .union([
          z.string().min(1).max(LIMITS.caption),
          z.partialRecord(z.enum(QR_PURPOSES), z.string().min(1).max(LIMITS.caption)),
        ])
        .optional(),
    })
    .optional(),
  /** Safety limits; each, when hit, names itself in the message. */
  limits: z
    .strictObject({
      /** Largest card spec file in KB. @default 1024 */
      specFileKb: z.number().int().min(1).max(10_240).optional(),
      /** Largest logo file in KB. @default 2048 */
      logoKb: z.number().int().min(1).max(20_480).optional(),
      /** Largest logo side in pixels. @default 4096 */
      logoPixels: z.number().int().min(16).max(16_384).optional(),
      /** Time one card may take to render, in seconds. @default 60 */
      renderTimeoutSec: z.number().int().min(1).max(3600).optional(),
      /** Longest text of spec fields, in characters, by the keys of LIMITS, e.g. {"title": 200}. @default LIMITS */
      fieldChars: specLimitsSchema(FIELD_CHAR_KEYS, MAX_FIELD_CHARS, '字 characters').optional(),
      /** Most items of spec lists, by the keys of LIMITS, e.g. {"conditions": 40}. @default LIMITS */
      listItems: specLimitsSchema(LIST_ITEM_KEYS, MAX_LIST_ITEMS, '项 items').optional(),
      /** Most pixels of one PNG (at its dpi) or print page (at its cards' resolution), in millions. @default 40 */
      outputMegapixels: z.number().min(1).max(MAX_OUTPUT_MEGAPIXELS).optional(),
      /** Largest policy document `draft` reads, in MB. @default 20 */
      documentMb: z.number().int().min(1).max(200).optional(),
      /** Longest time `draft` may parse one PDF or .docx, in seconds. @default 20 */
      documentSeconds: z.number().int().min(1).max(600).optional(),
      /** Most memory `draft` may take to parse one PDF or .docx, in MB. @default 1024 */
      documentMemoryMb: z.number().int().min(128).max(16_384).optional(),
      /** Tallest page of a content-sized card (phone) in pixels; taller content continues on more pages. @default 8000 */
      pageHeight: z.number().int().min(1000).max(8000).optional(),
    })
    .optional(),
  /** `policy-card draft`: values the same for every policy of one office, used where a document names none. */
  draft: z
    .strictObject({
      defaults: z
        .strictObject({
          /** 发文单位 when the document names none. */
          issuer: z.string().min(1).max(LIMITS.issuer).optional(),
          /** 政策类别 of every draft. */
          category: z.string().min(1).max(LIMITS.category).optional(),
          /** 咨询方式 when the document gives no phone number. */
          contacts: z
            .array(
              z.strictObject({
                name: z.string().min(1).max(LIMITS.contactName),
                phone: z.string().min(1).max(LIMITS.phone).optional(),
                address: z.string().min(1).max(LIMITS.address).optional(),
              }),
            )
            .min(1)
            .max(LIMITS.contacts)
            .optional(),
          /** The QR code of every draft: its URL when --url is not given, caption and purpose. */
          qr: z
            .strictObject({
              url: z.url({ protocol: /^https?$/ }).max(LIMITS.url).optional(),
              caption: z.string().min(1).max(LIMITS.caption).optional(),
              purpose: z.enum(QR_PURPOSES).optional(),
            })
            .optional(),
        })
        .optional(),
      /** `draft --llm`: an OpenAI-compatible chat endpoint as a second reader. Used only when --llm is given. */
      llm: z
        .strictObject({
          /** The server, e.g. http://10.0.0.5:8000/v1; `--llm URL` overrides it. */
          url: z.url({ protocol: /^https?$/ }).max(LIMITS.url).describe('模型服务网址 OpenAI-compatible server, e.g. http://10.0.0.5:8000/v1').optional(),
          /** The model name the server knows. */
          model: z.string().trim().min(1).max(200).describe('模型名称 model name, e.g. qwen2.5-14b-instruct'),
          /** Waiting time for one answer, in milliseconds. @default 120000 */
          timeoutMs: z.number().int().min(100).max(600_000).describe('等待回答的毫秒数 milliseconds to wait for an answer (default 120000)').optional(),
          /** Most characters of the document's text sent. @default 20000 */
          maxChars: z.number().int().min(1000).max(500_000).describe('最多发送的原文字数 most characters of the document sent (default 20000)').optional(),
          /** Name of the environment variable holding the API key; the key itself never goes in the config. */
          apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/).describe('存放密钥的环境变量名（密钥不写进配置）name of the environment variable holding the API key').optional(),
        })
        .optional(),
    })
    .optional(),
  /** The detail site that QR codes can lead to; shared by `build` and `site` so they agree. */
  site: z
    .strictObject({
      baseUrl: z.url({ protocol: /^https?$/ }).max(300).optional(),
      /** Query added to detail-page URLs in QR codes, e.g. "src=card". */
      utm: z.string().regex(/^[A-Za-z0-9_.~=&%-]{1,100}$/).optional(),
      /** "site": every card's QR code leads to its detail page. @default "spec" */
      qrTarget: z.enum(['spec', 'site']).optional(),
    })
    .optional(),
});

export type PolicyCardConfig = z.infer<typeof configSchema>;

export interface LoadedConfig {
  config: PolicyCardConfig;
  /** Folder that relative paths in the config resolve against. */
  dir: string;
  /** The config file, or undefined when none was found. */
  file: string | undefined;
}

export async function loadConfig(cwd: string, explicitFile?: string): Promise<LoadedConfig> {
  const file = path.resolve(cwd, explicitFile ?? CONFIG_FILE_NAME);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    if (explicitFile !== undefined) {
      throw new CardError('E_USAGE', { zh: `找不到配置文件 ${explicitFile}`, en: `config file not found: ${explicitFile}` });
    }
    return { config: {}, dir: cwd, file: undefined };
  }
  const shown = path.relative(cwd, file) || file;
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Named like a card's syntax error (character, line, column), never with the parser's English.
    const text = raw.replace(/^\uFEFF/, '');
    const problem = diagnoseJsonSyntax(text) ?? { offset: text.length, text: { zh: '请检查引号、逗号和括号是否成对', en: 'check that quotes, commas and brackets match' } };
    const { line, column } = lineAndColumn(text, problem.offset);
    throw new CardError(
      'E_USAGE',
      { zh: `配置文件不是有效的 JSON，第 ${line} 行第 ${column} 列：${problem.text.zh}`, en: `the config file is not valid JSON at line ${line}, column ${column}: ${problem.text.en}` },
      { file: shown },
      { cause: error },
    );
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { text, at } = describeSettingsIssue(issue, json, configSchema);
    const fixed = { zh: text.zh.replace('card.schema.json', 'config.schema.json'), en: text.en.replace('card.schema.json', 'config.schema.json') };
    throw new CardError('E_USAGE', fixed, { file: shown, path: toPointer(at), label: issue.path.length ? labelForPath(issue.path) : undefined });
  }
  return { config: parsed.data, dir: path.dirname(file), file };
}
