/**
 * A parsed JSON value → a validated CardSpec, or every problem found in it. Validation never
 * stops at the first error: a person fixing a card wants the whole list at once.
 */
import type { core } from 'zod';
import { CardError } from '../errors.js';
import type { Limits } from '../limits.js';
import { cardSchemaFor, ID_PATTERN, LIMITS, QR_STYLE_KEYS, RESERVED_IDS, type CardSpec } from './card-schema.js';
import { describeIssue, describeValue } from './describe-issue.js';
import { findPlaceholders } from './draft-placeholder.js';
import { labelForPath, toPointer } from './field-labels.js';
import { normalizeCardInput } from './normalize-card-input.js';
import { describeUnknownField, knownFieldsAt } from './suggest-field.js';

export type ValidationResult = { ok: true; card: CardSpec } | { ok: false; errors: CardError[] };

export interface ValidateOptions {
  /** The card file, used in messages and for the default id. */
  file?: string;
  /** Id used when the spec has none (the CLI passes the file name without `.json`). */
  defaultId?: string;
  /** Where QR codes lead when they have no URL of their own: the detail site. */
  site?: SiteTarget;
  /** Field lengths and list lengths (from the config's `limits`). @default DEFAULT_LIMITS */
  limits?: Pick<Limits, 'spec'>;
}

export interface SiteTarget {
  /** Public base URL of the detail site, e.g. https://example.gov.cn/policies. */
  baseUrl: string;
  /** Query appended to detail-page URLs in QR codes, e.g. `src=card`, so scans show in web logs. */
  utm?: string;
  /** `site`: every card's QR code leads to its detail page, whatever its own `qr` says. */
  qrTarget?: 'spec' | 'site';
}

/** `<base-url>/p/<id>/` (+ `?utm`): the detail page of a card, as its QR code encodes it. */
export function detailPageUrl(site: SiteTarget, id: string): string {
  const base = site.baseUrl.replace(/\/+$/, '');
  const query = site.utm ? `?${site.utm.replace(/^\?/, '')}` : '';
  return `${base}/p/${id}/${query}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function schemaError(path: readonly PropertyKey[], text: CardError['text'], file?: string): CardError {
  return new CardError('E_SCHEMA', text, { file, path: toPointer(path), label: path.length ? labelForPath(path) : undefined });
}

/**
 * For `process` steps and `qr`, a union reports "matches no shape". When the value is an object,
 * the object branch's own issues are far more useful (e.g. `tittle` unknown), so use them.
 */
function flattenIssues(issues: readonly core.$ZodIssue[], json: unknown): core.$ZodIssue[] {
  const out: core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union') {
      const input = valueAt(json, issue.path);
      const wantsObject = input !== null && typeof input === 'object';
      const branch = issue.errors.find((errors) =>
        errors.every((inner) => !(inner.code === 'invalid_type' && inner.path.length === 0)) &&
        (wantsObject ? !(errors.length === 1 && errors[0]?.code === 'invalid_type') : false),
      );
      if (branch && wantsObject) {
        out.push(...flattenIssues(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })), json));
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

/** One E_PLACEHOLDER per `待补充` value left by `draft`, naming the field. */
function placeholderErrors(json: unknown, file: string | undefined): CardError[] {
  return findPlaceholders(json).map(
    ({ path, value }) =>
      new CardError(
        'E_PLACEHOLDER',
        { zh: `还是草稿占位“${value}”；请填写后再生成`, en: `still holds the draft placeholder "${value}"; fill it in before generating` },
        { file, path: toPointer(path), label: path.length ? labelForPath(path) : undefined },
      ),
  );
}

/** An empty text is also blank: say only that it is empty. */
function oneIssuePerProblem(issues: core.$ZodIssue[]): core.$ZodIssue[] {
  const empty = new Set(issues.filter((issue) => issue.code === 'too_small' && issue.origin === 'string').map((issue) => toPointer(issue.path)));
  return issues.filter((issue) => !(issue.code === 'custom' && (issue.params as { reason?: string } | undefined)?.reason === 'blank' && empty.has(toPointer(issue.path))));
}

export function validateCard(json: unknown, options: ValidateOptions = {}): ValidationResult {
  const { file } = options;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      errors: [
        schemaError(
          [],
          {
            zh: `卡片文件应为一个 JSON 对象 {…}，收到${describeValue(json).zh}；每个文件只写一张卡片`,
            en: `a card file must hold one JSON object {…}, received ${describeValue(json).en}; write one card per file`,
          },
          file,
        ),
      ],
    };
  }
  const limits = options.limits?.spec ?? LIMITS;
  const input = normalizeCardInput(json as Record<string, unknown>);
  const parsed = cardSchemaFor(limits).safeParse(input);
  const errors: CardError[] = placeholderErrors(input, file);
  if (!parsed.success) {
    // A placeholder's own schema complaint (待补充 is not a URL) would only repeat it.
    const placeholders = findPlaceholders(input).map((found) => toPointer(found.path));
    const coveredBy = (path: readonly PropertyKey[]) => {
      const pointer = toPointer(path);
      return placeholders.some((placeholder) => placeholder === pointer || placeholder.startsWith(`${pointer}/`));
    };
    for (const issue of oneIssuePerProblem(flattenIssues(parsed.error.issues, input))) {
      if (issue.code === 'unrecognized_keys') {
        // One message per unknown field, each pointing at the field and suggesting the known one.
        const known = knownFieldsAt(cardSchemaFor(limits), issue.path);
        // Labelled by the object it stands in: the unknown key itself has no label.
        const label = issue.path.length ? labelForPath(issue.path) : undefined;
        for (const key of issue.keys) {
          errors.push(new CardError('E_SCHEMA', describeUnknownField(key, known), { file, path: toPointer([...issue.path, key]), label }));
        }
        continue;
      }
      if (!coveredBy(issue.path)) errors.push(schemaError(issue.path, describeIssue(issue, valueAt(input, issue.path), limits), file));
    }
    return { ok: false, errors };
  }
  const { $schema: _ignored, id, qr, ...rest } = parsed.data;
  const resolvedId = id ?? options.defaultId;
  if (resolvedId === undefined || !ID_PATTERN.test(resolvedId) || RESERVED_IDS.test(resolvedId)) {
    errors.push(
      schemaError(
        ['id'],
        {
          zh: `文件名 ${JSON.stringify(resolvedId ?? '')} 不能直接作为编号（只能用小写字母、数字、- 和 _，最长 ${LIMITS.id} 字）；请在卡片中写 "id"，或改文件名`,
          en: `the file name ${JSON.stringify(resolvedId ?? '')} cannot serve as the id (lowercase letters, digits, - and _, at most ${LIMITS.id}); add an "id" or rename the file`,
        },
        file,
      ),
    );
  }
  const period = rest.period;
  if (period?.start && period.end && period.start > period.end) {
    errors.push(
      schemaError(
        ['period', 'end'],
        { zh: `截止日期 ${period.end} 早于开始日期 ${period.start}`, en: `end date ${period.end} is before start date ${period.start}` },
        file,
      ),
    );
  }
  const table = rest.reward.table;
  table?.rows.forEach((row, index) => {
    if (row.length !== table.columns.length) {
      errors.push(
        schemaError(
          ['reward', 'table', 'rows', index],
          {
            zh: `这一行有 ${row.length} 格，表头有 ${table.columns.length} 列；每行的格数应与表头一致`,
            en: `this row has ${row.length} cells but there are ${table.columns.length} columns; make them match`,
          },
          file,
        ),
      );
    }
  });
  const entries = qr === undefined ? [] : Array.isArray(qr) ? qr : [qr];
  const site = options.site;
  const detailUrl = site ? detailPageUrl(site, resolvedId ?? '') : undefined;
  let resolvedQr: CardSpec['qr'] = [];
  if (detailUrl && (site?.qrTarget === 'site' || entries.length === 0)) {
    // The code now leads elsewhere, so its caption and purpose go; how it looks stays.
    const style = Object.fromEntries(QR_STYLE_KEYS.filter((key) => entries[0]?.[key] !== undefined).map((key) => [key, entries[0]![key]]));
    resolvedQr = [{ ...style, url: detailUrl, purpose: '其他' }];
  } else {
    const missing = entries.length === 0 ? 0 : entries.findIndex((entry) => entry.url === undefined);
    if (!detailUrl && missing >= 0) {
      errors.push(
        schemaError(
          entries.length === 0 ? ['qr'] : Array.isArray(qr) ? ['qr', missing, 'url'] : ['qr', 'url'],
          {
            zh: '缺少二维码网址：请填写 "url"，或在 policy-card.config.json 中设置 site.baseUrl（也可用 --base-url），让二维码指向本工具生成的政策详情页',
            en: 'the QR code has no URL: give a "url", or set site.baseUrl in policy-card.config.json (or --base-url) so it leads to the generated detail page',
          },
          file,
        ),
      );
    }
    resolvedQr = entries.map((entry) => ({ ...entry, url: entry.url ?? detailUrl ?? '' }));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, card: { ...rest, id: resolvedId as string, qr: resolvedQr } };
}
