/**
 * Turns zod's validation issues into messages a policy officer can act on: what was received,
 * what is expected, and how to fix it, in Chinese and English.
 */
import type { core, z } from 'zod';
import type { Localized } from '../errors.js';
import { writtenDateParts } from '../text/parse-written-date.js';
import { FORBIDDEN_CHARS, INVISIBLE_CHARS, LIMIT_KEY_PREFIX, LIMITS, type SpecLimits } from './card-schema.js';
import { describeUnknownField, knownFieldsAt } from './suggest-field.js';

type Issue = core.$ZodIssue;

/** `数字 5` / `number 5`: a short, safe rendering of a received value. */
export function describeValue(value: unknown): Localized {
  if (value === undefined) return { zh: '（缺少）', en: '(missing)' };
  if (value === null) return { zh: '空值 null', en: 'null' };
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return { zh: `文本 ${shown}（${[...value].length}字）`, en: `text ${shown} (${[...value].length} characters)` };
  }
  if (typeof value === 'number') return { zh: `数字 ${value}`, en: `number ${value}` };
  if (typeof value === 'boolean') return { zh: `布尔值 ${value}`, en: `boolean ${value}` };
  if (Array.isArray(value)) return { zh: `列表（${value.length}项）`, en: `a list of ${value.length}` };
  if (typeof value === 'object') return { zh: '对象 {…}', en: 'an object {…}' };
  return { zh: typeof value, en: typeof value };
}

const EXPECTED: Record<string, Localized> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  array: { zh: '列表 [...]', en: 'a list [...]' },
  object: { zh: '对象 {...}', en: 'an object {...}' },
  boolean: { zh: '布尔值', en: 'a boolean' },
};

/**
 * A missing field, in words for the person filling the card in (the studio shows this beside an
 * empty field): what to do, not which JSON type is expected.
 */
const MISSING: Record<string, Localized> = {
  array: { zh: '缺少必填项，请至少填写 1 项', en: 'required field is missing; give at least 1 item' },
};
const MISSING_DEFAULT: Localized = { zh: '缺少必填项，请填写', en: 'required field is missing; fill it in' };

/** Field-specific wording for the unions, where zod alone would only say "invalid input". */
function describeUnion(path: readonly PropertyKey[], limits: SpecLimits): Localized {
  const last = path[path.length - 1];
  if (path[0] === 'qr' && path.length === 1) {
    return {
      zh: '应为一个二维码对象 {"url": "https://…"}，或 1–2 个这样的对象组成的列表',
      en: 'expected one QR object {"url": "https://…"} or a list of 1–2 such objects',
    };
  }
  if (path[0] === 'process' && typeof last === 'number') {
    return {
      zh: `应为文本（不超过${limits.stepTitle}字），或 {"title": "…", "detail": "…"}`,
      en: `expected text (at most ${limits.stepTitle} characters) or {"title": "…", "detail": "…"}`,
    };
  }
  return { zh: '格式不符合要求', en: 'does not match any allowed shape' };
}

function sizeWord(origin: string): Localized {
  return origin === 'array' ? { zh: '项', en: 'items' } : { zh: '字', en: 'characters' };
}

/** ` (limits.fieldChars.title)` for a limit the config can change: the schema carries its key as the message. */
function limitName(issue: Issue): Localized {
  if (!issue.message.startsWith(LIMIT_KEY_PREFIX)) return { zh: '', en: '' };
  return { zh: `（${issue.message}）`, en: ` (${issue.message})` };
}

/** The first character the schema refuses as invisible, with its code point (U+202E) and 1-based position. */
function firstForbiddenChar(text: string): { name: string; position: number } | undefined {
  let position = 0;
  for (let index = 0; index < text.length; index++) {
    position++;
    const code = text.charCodeAt(index);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(index + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      index++;
      continue;
    }
    const char = text[index] ?? '';
    if (char === '\n') continue;
    if (isHigh || (code >= 0xdc00 && code <= 0xdfff) || FORBIDDEN_CHARS.test(char) || INVISIBLE_CHARS.test(char)) {
      return { name: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, position };
    }
  }
  return undefined;
}

/**
 * A text written in a date form that names no real day (2026年2月30日, 2026/13/1) → what is
 * wrong with it; undefined when it is no date at all. Card JSON and sheet cells say the same.
 */
export function describeImpossibleDate(text: string): Localized | undefined {
  const parts = writtenDateParts(text);
  if (!parts) return undefined;
  const received = describeValue(text);
  // 2026/13/1: "2026 has no day 1 in month 13" would be untrue; the month is what is wrong.
  if (parts.month < 1 || parts.month > 12) {
    return {
      zh: `没有这一天：一年只有 1–12 月，这里写的是 ${parts.month} 月，收到${received.zh}`,
      en: `there is no such day: months run from 1 to 12, this one is ${parts.month}, received ${received.en}`,
    };
  }
  return {
    zh: `没有这一天：${parts.year} 年 ${parts.month} 月没有 ${parts.day} 日，收到${received.zh}`,
    en: `there is no such day: ${parts.year}-${String(parts.month).padStart(2, '0')} has no day ${parts.day}, received ${received.en}`,
  };
}

/**
 * One zod issue → bilingual text (without the file/path prefix, which CardError adds).
 * `limits` are those the card was checked against, for messages that quote one.
 */
export function describeIssue(issue: Issue, input: unknown, limits: SpecLimits = LIMITS): Localized {
  const received = describeValue(input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      if (input === undefined) return MISSING[issue.expected] ?? MISSING_DEFAULT;
      if (typeof input === 'number' && issue.path[issue.path.length - 1] === 'phone') {
        // A phone number typed without quotes is valid JSON, but a number: a leading 0 is gone.
        const quoted = JSON.stringify(String(input));
        return {
          zh: `应为${expected.zh}，收到${received.zh}；电话号码要加英文双引号写成文字，如 ${quoted}（区号开头的 0 也要写上）`,
          en: `expected ${expected.en}, received ${received.en}; put a phone number in ASCII double quotes, e.g. ${quoted} (with the leading 0 of an area code)`,
        };
      }
      return { zh: `应为${expected.zh}，收到${received.zh}`, en: `expected ${expected.en}, received ${received.en}` };
    }
    case 'too_small': {
      if (issue.origin === 'number') {
        return { zh: `不能小于 ${issue.minimum}，收到${received.zh}`, en: `must be at least ${issue.minimum}, received ${received.en}` };
      }
      const word = sizeWord(issue.origin);
      if (issue.origin === 'string' && Number(issue.minimum) === 1) {
        return { zh: '不能为空，请填写内容', en: 'must not be empty; fill it in' };
      }
      if (issue.origin === 'array' && Number(issue.minimum) === 1) {
        return { zh: '列表不能为空，至少填写 1 项', en: 'the list is empty, give at least 1 item' };
      }
      return {
        zh: `至少需要 ${issue.minimum} ${word.zh}，收到${received.zh}`,
        en: `needs at least ${issue.minimum} ${word.en}, received ${received.en}`,
      };
    }
    case 'too_big': {
      if (issue.origin === 'number') {
        return { zh: `不能大于 ${issue.maximum}，收到${received.zh}`, en: `must be at most ${issue.maximum}, received ${received.en}` };
      }
      const word = sizeWord(issue.origin);
      const limit = limitName(issue);
      const fix =
        issue.origin === 'array'
          ? { zh: '请合并或删减条目', en: 'merge or remove entries' }
          : { zh: '请精简文字，完整内容可放在二维码指向的详情页', en: 'shorten it; the full text belongs on the page the QR code opens' };
      return {
        zh: `最多 ${issue.maximum} ${word.zh}${limit.zh}，收到${received.zh}；${fix.zh}`,
        en: `at most ${issue.maximum} ${word.en}${limit.en}, received ${received.en}; ${fix.en}`,
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
      return {
        zh: `不认识的字段 ${keys}；请检查拼写（字段名区分大小写，见 schema/card.schema.json）`,
        en: `unknown field ${keys}; check the spelling (field names are case-sensitive, see schema/card.schema.json)`,
      };
    }
    case 'invalid_format': {
      const last = issue.path[issue.path.length - 1];
      if (last === 'id') {
        return {
          zh: `编号只能包含小写字母、数字、- 和 _，长度 1–${LIMITS.id}，收到${received.zh}`,
          en: `an id may only contain lowercase letters, digits, - and _, 1–${LIMITS.id} characters; received ${received.en}`,
        };
      }
      if (last === 'dark' || last === 'light' || last === 'brandColor') {
        return { zh: `颜色应写成 #rrggbb（如 #1a56a8），收到${received.zh}`, en: `a colour must be #rrggbb (e.g. #1a56a8), received ${received.en}` };
      }
      // Config URLs (site.baseUrl, draft.defaults.qr.url, draft.llm.url) are z.url(): not dates.
      if (issue.format === 'url') {
        return { zh: `应为 http:// 或 https:// 开头的网址，收到${received.zh}`, en: `must be an http:// or https:// address, received ${received.en}` };
      }
      if (last === 'apiKeyEnv') {
        // Not echoed: what was written here may be the key itself.
        return {
          zh: '应为存放密钥的环境变量的名称（字母、数字和 _，如 POLICY_LLM_KEY），不是密钥本身',
          en: 'must be the name of the environment variable holding the key (letters, digits and _, such as POLICY_LLM_KEY), not the key itself',
        };
      }
      if (last === 'template' || last === 'theme') {
        return {
          zh: `名称只能包含小写字母、数字、- 和 _，收到${received.zh}`,
          en: `a name may only contain lowercase letters, digits, - and _; received ${received.en}`,
        };
      }
      return { zh: `日期应写成 YYYY-MM-DD（如 2026-03-31），收到${received.zh}`, en: `a date must be YYYY-MM-DD (e.g. 2026-03-31), received ${received.en}` };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(' / ');
      return { zh: `只能是 ${allowed}，收到${received.zh}`, en: `must be one of ${allowed}, received ${received.en}` };
    }
    case 'invalid_union':
      return { zh: `${describeUnion(issue.path, limits).zh}，收到${received.zh}`, en: `${describeUnion(issue.path, limits).en}, received ${received.en}` };
    case 'custom': {
      const reason = (issue.params as { reason?: string } | undefined)?.reason;
      if (reason === 'reserved-id') {
        return {
          zh: `${received.zh} 是 Windows 保留的设备名，不能作为文件名；请换一个编号`,
          en: `${received.en} is a device name reserved by Windows and cannot name a file; choose another id`,
        };
      }
      if (reason === 'blank') return { zh: '不能为空白', en: 'must not be blank' };
      if (reason === 'date') {
        const impossible = typeof input === 'string' ? describeImpossibleDate(input) : undefined;
        if (impossible) return impossible;
        return {
          zh: `日期应写成 2026-03-31（也可以写 2026/3/31、2026.3.31 或 2026年3月31日），收到${received.zh}`,
          en: `a date must be written 2026-03-31 (or 2026/3/31, 2026.3.31, 2026年3月31日), received ${received.en}`,
        };
      }
      if (reason === 'url') {
        const wide = typeof input === 'string' ? firstFullWidthUrlChar(input) : undefined;
        return {
          zh: `应为完整的 https:// 或 http:// 网址（不含空格），收到${received.zh}${wide ? `；第 ${wide.position} 个字符“${wide.char}”是中文输入法的全角字符，请改为英文半角 ${wide.ascii}` : ''}`,
          en: `expected a full https:// or http:// URL without spaces, received ${received.en}${wide ? `; character ${wide.position} “${wide.char}” is a full-width character from a Chinese keyboard: type ${wide.ascii} instead` : ''}`,
        };
      }
      if (reason === 'forbidden-char') {
        const found = typeof input === 'string' ? firstForbiddenChar(input) : undefined;
        const which = found ? `${found.name}（第 ${found.position} 个字符）` : '';
        const whichEn = found ? `${found.name} (character ${found.position})` : '';
        return {
          zh: `含有看不见的控制字符 ${which}；这类字符（控制符、双向文字控制符、零宽字符、残缺的字符编码）会让内容显示得与实际不同。请删除后重新输入`,
          en: `contains an invisible control character ${whichEn}; such characters (controls, bidi overrides, zero-width characters, broken encodings) make content display differently from what it is. Delete and retype it`,
        };
      }
      return { zh: issue.message, en: issue.message };
    }
    default:
      return { zh: issue.message, en: issue.message };
  }
}

/**
 * A zod issue in a settings file (the config, a template's manifest.json) → its text and where it
 * stands (`at`, the unknown key included): the nearest keys `schema` knows for an unknown key, else
 * what is wrong with the value found at the issue's path in `json`. The text still names
 * schema/card.schema.json as a card's does; the caller names its own file's schema or docs.
 */
export function describeSettingsIssue(issue: Issue, json: unknown, schema: z.ZodType): { text: Localized; at: PropertyKey[] } {
  if (issue.code === 'unrecognized_keys') return { text: describeUnknownField(issue.keys[0]!, knownFieldsAt(schema, issue.path)), at: [...issue.path, issue.keys[0]!] };
  let input: unknown = json;
  for (const part of issue.path) input = input && typeof input === 'object' ? (input as Record<PropertyKey, unknown>)[part] : undefined;
  return { text: describeIssue(issue, input), at: issue.path };
}

/** Full-width stand-ins for the ASCII a URL is made of, as a Chinese keyboard types them. */
const FULL_WIDTH_URL_CHARS: Readonly<Record<string, string>> = { '：': ':', '／': '/', '。': '.', '．': '.', '？': '?', '＝': '=', '＆': '&', '＃': '#', '％': '%' };

/**
 * The first full-width character in a rejected URL (`https：//`, `a。cn`), so the message can
 * point at it: the URL looks right on screen and the reader cannot see what is wrong.
 */
function firstFullWidthUrlChar(url: string): { char: string; ascii: string; position: number } | undefined {
  const chars = [...url];
  const index = chars.findIndex((char) => Object.hasOwn(FULL_WIDTH_URL_CHARS, char) || /[０-９Ａ-Ｚａ-ｚ]/u.test(char));
  if (index < 0) return undefined;
  const char = chars[index]!;
  const ascii = FULL_WIDTH_URL_CHARS[char] ?? String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  return { char, ascii, position: index + 1 };
}
