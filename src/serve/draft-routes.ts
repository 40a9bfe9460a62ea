/**
 * `POST /api/draft`: a policy document in the body → a draft card and its review report, for the
 * studio's "从政策文件起草" (and any other system). The body is the document's raw bytes, its name
 * in `X-File-Name` (URL-encoded). The document is drafted from memory with the same limits and
 * messages as `policy-card draft` (with `serve --llm`, the model's reading merged in the same way,
 * its report under `report.model`); nothing is written anywhere (saving the reviewed draft is
 * `POST /api/cards`), so drafting is allowed on a read-only server, like `POST /api/render`.
 *
 * Requiring `X-File-Name` also keeps other sites out: a cross-site form cannot send that header,
 * and a script on another site must first pass a CORS preflight this server never grants.
 */
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { draftDocumentBytes } from '../draft/draft-document.js';
import { CardError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { freeId } from '../spec/free-id.js';
import { validateCard } from '../spec/validate-card.js';
import { cardErrorJson, HttpError } from './api-errors.js';
import type { CardCatalogue } from './card-catalogue.js';
import { requestLang } from './api-routes.js';

export interface DraftRouteOptions {
  catalogue: CardCatalogue;
  lang: Lang;
  /**
   * Drafts read at the same time; more get 503. A web page or text is read on the server's own
   * thread (a PDF or .docx in a worker thread, within limits.documentSeconds and documentMemoryMb), and with `serve --llm`
   * each draft also waits for the model, so a few at once keep the studio responsive.
   * @default 2
   */
  maxConcurrent?: number;
}

const FILE_NAME_HEADER = 'x-file-name';
const MAX_NAME_LENGTH = 200;

/** The document's name as sent, reduced to a plain file name that is safe to show in messages. */
function uploadedFileName(c: Context): string {
  const raw = c.req.header(FILE_NAME_HEADER);
  if (raw === undefined || raw.trim() === '') {
    throw new CardError('E_USAGE', {
      zh: '请在请求头 X-File-Name 中给出文件名（URL 编码），例如 X-File-Name: %E9%80%9A%E7%9F%A5.docx；扩展名决定如何读取',
      en: 'give the file name in the X-File-Name header (URL-encoded), e.g. X-File-Name: notice.docx; its extension decides how the document is read',
    });
  }
  let name: string;
  try {
    name = decodeURIComponent(raw.trim());
  } catch {
    throw new CardError('E_USAGE', {
      zh: `X-File-Name 不是有效的 URL 编码：${JSON.stringify(raw)}；请用 encodeURIComponent 编码文件名`,
      en: `X-File-Name is not valid URL encoding: ${JSON.stringify(raw)}; encode the name with encodeURIComponent`,
    });
  }
  // Only the last part of a path, and none of the characters file systems or messages choke on.
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const safe = [...base.replace(/[\u0000-\u001f\u007f:*?"<>|]/g, '_')].slice(-MAX_NAME_LENGTH).join('').replace(/^\.+/, '');
  if (safe === '') {
    throw new CardError('E_USAGE', { zh: `X-File-Name 中没有文件名：${JSON.stringify(name)}`, en: `X-File-Name holds no file name: ${JSON.stringify(name)}` });
  }
  return safe;
}

export function createDraftRoutes(options: DraftRouteOptions): Hono {
  const { catalogue } = options;
  const maxConcurrent = options.maxConcurrent ?? 2;
  const api = new Hono();
  let running = 0;
  const langOf = (c: Context): Lang => requestLang(c, options.lang);
  const limitBytes = (): number => catalogue.settings.limits?.documentBytes ?? DEFAULT_LIMITS.documentBytes;

  // A document may be far larger than a card's JSON: its own limit, checked before the body is read.
  const limitBody = (c: Context, next: () => Promise<void>) =>
    bodyLimit({
      maxSize: limitBytes(),
      onError: (context) => {
        const mb = Math.round((limitBytes() / 1024 / 1024) * 10) / 10;
        const error = new HttpError(413, 'E_TOO_LARGE', {
          zh: `文件超过上限 ${mb} MB（limits.documentMb）；请只上传政策原文，或在配置文件中调高 limits.documentMb`,
          en: `the document is larger than the ${mb} MB limit (limits.documentMb); send the policy text only, or raise limits.documentMb in the config`,
        });
        // The rest of the body is never read, so the connection cannot serve another request.
        return context.json({ errors: [error.toJSON(langOf(context))] }, 413, { Connection: 'close' });
      },
    })(c, next);

  api.post('/draft', limitBody, async (c) => {
    const lang = langOf(c);
    const name = uploadedFileName(c);
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // Read first (the size limit applies): an unread body would be left in the connection.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
      throw new HttpError(415, 'E_MEDIA_TYPE', {
        zh: `请求体应为文件本身（Content-Type: application/octet-stream），不是表单（${type}）；例如 curl --data-binary @通知.docx`,
        en: `the body must be the file itself (Content-Type: application/octet-stream), not a form (${type}); e.g. curl --data-binary @notice.docx`,
      });
    }
    if (running >= maxConcurrent) {
      throw new HttpError(
        503,
        'E_BUSY',
        { zh: `正在起草的文件太多，请 2 秒后重试`, en: `too many documents being drafted; retry in 2 s` },
        { 'Retry-After': '2' },
      );
    }
    running++;
    let drafted: Awaited<ReturnType<typeof draftDocumentBytes>>;
    try {
      const { limits, draftDefaults, draftLlm } = catalogue.settings;
      drafted = await draftDocumentBytes(bytes, name, { ...(limits ? { limits } : {}), ...(draftDefaults ? { defaults: draftDefaults } : {}), ...(draftLlm ? { llm: draftLlm } : {}) });
    } finally {
      running--;
    }

    // The id is made from the title's subject (from the file name when there is none), as `draft` makes ids.
    // The same title gives the same id, so this document may have been drafted before: the draft
    // gets the next free id instead (as 新建卡片 does), shown in the editor to keep or change.
    const { spec } = drafted;
    const draftedId = spec.id;
    const existing = catalogue.findAll(draftedId)[0];
    if (existing) spec.id = freeId(draftedId, new Set(catalogue.list().flatMap((card) => (card.id ? [card.id] : []))));
    const folderForNew = catalogue.newCardFolder;
    const file = folderForNew ? path.relative(catalogue.cwd, path.join(folderForNew, `${spec.id}.json`)).split(path.sep).join('/') : `${spec.id}.json`;
    const { site, limits } = catalogue.settings;
    const checked = validateCard(spec, { file, ...(site ? { site } : {}), ...(limits ? { limits } : {}) });
    const problems = checked.ok ? [] : checked.errors;
    return c.json({
      file: name,
      spec,
      report: drafted.report,
      problems: problems.map((error) => cardErrorJson(error, lang)),
      existing: existing ? { id: draftedId, file: existing.file } : null,
    });
  });

  return api;
}
