/**
 * The JSON API under `/api` (documented in docs/api.md and docs/openapi.json):
 *   GET  /cards                  the catalogue: every card with its validation state
 *   GET  /cards/:id              one card: its JSON as written, problems, version (ETag)
 *   GET  /cards/:id.png|svg|pdf  one card rendered
 *   PUT  /cards/:id              save a card (If-Match: the version edited)
 *   POST /cards                  create a card in the card folder
 *   POST /render                 render any spec sent in the body
 *   GET  /templates, /themes, /schema, /events (server-sent events)
 * Every render goes through the bounded queue and the worker pool `build` uses.
 */
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { deserializeCardError, type RenderJob, type RenderJobResult } from '../batch/render-job.js';
import type { OutputFormat } from '../batch/output-formats.js';
import { CardError, toCardError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { RenderOptions } from '../render/render-card.js';
import { cardJsonSchema } from '../schema/card-json-schema.js';
import { ID_PATTERN, type CardSpec } from '../spec/card-schema.js';
import { validateCard } from '../spec/validate-card.js';
import { listTemplateNames, listTemplates } from '../template/load-template.js';
import { LOCALES, type Locale } from '../template/locales.js';
import { listThemeNames, loadTheme } from '../template/themes.js';
import { cardErrorJson, HttpError } from './api-errors.js';
import type { CardCatalogue, CatalogueCard } from './card-catalogue.js';
import type { LiveReload } from './live-reload.js';
import { readJsonBody } from './read-json-body.js';
import { renderKey, type CachedRender, type RenderCache } from './render-cache.js';
import type { RenderQueue } from './render-queue.js';
import { saveCardFile } from './save-card-file.js';
import { idFromFileName } from '../spec/id-from-file-name.js';

export interface ApiContext {
  catalogue: CardCatalogue;
  queue: RenderQueue;
  cache: RenderCache;
  liveReload: LiveReload;
  /** Language of messages; a request may ask for the other with `?lang=`. */
  lang: Lang;
  /** Refuse every save. */
  readOnly: boolean;
}

interface RenderRequest {
  format: OutputFormat;
  template?: string;
  theme?: string;
  locale?: Locale;
  dpi?: number;
  /** Which page of a card with several (1-based); the PDF holds them all. */
  page: number;
  download: boolean;
}

const CONTENT_TYPES: Record<OutputFormat, string> = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8', pdf: 'application/pdf' };

/** A render left the queue because its client went away (see RenderQueue.render). */
class RenderCancelled extends Error {}

export function requestLang(c: Context, fallback: Lang): Lang {
  const asked = c.req.query('lang');
  return asked === 'en' || asked === 'zh' ? asked : fallback;
}

function usage(zh: string, en: string): CardError {
  return new CardError('E_USAGE', { zh, en });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `/cards/<id>` or `/cards/<id>.png`: the id and the format asked for. */
function parseCardName(name: string): { id: string; format: OutputFormat | undefined } {
  const match = /^(.+?)\.(png|svg|pdf)$/.exec(name);
  return match ? { id: match[1]!, format: match[2] as OutputFormat } : { id: name, format: undefined };
}

export function createApiRoutes(context: ApiContext): Hono {
  const { catalogue, queue, cache, liveReload, readOnly } = context;
  const api = new Hono();
  const langOf = (c: Context): Lang => requestLang(c, context.lang);

  const errorsResponse = (c: Context, status: 400 | 422, errors: CardError[]): Response =>
    c.json({ errors: errors.map((error) => cardErrorJson(error, langOf(c))) }, status);

  const summary = (card: CatalogueCard, lang: Lang): Record<string, unknown> => {
    const json = isObject(card.json) ? card.json : {};
    const text = (key: string): string | null => (typeof json[key] === 'string' ? (json[key] as string) : null);
    return {
      id: card.id ?? null,
      file: card.file,
      valid: card.errors.length === 0,
      title: text('title'),
      issuer: text('issuer'),
      docNo: text('docNo'),
      category: text('category'),
      template: text('template') ?? catalogue.settings.template ?? 'phone',
      theme: text('theme') ?? catalogue.settings.theme ?? 'default',
      edition: text('edition'),
      tag: card.tag,
      errors: card.errors.map((error) => cardErrorJson(error, lang)),
    };
  };

  const findCard = (id: string): CatalogueCard => {
    const matches = catalogue.findAll(id);
    if (matches.length === 0) {
      throw new HttpError(404, 'E_NOT_FOUND', { zh: `没有编号为 "${id}" 的卡片`, en: `no card with id "${id}"` });
    }
    if (matches.length > 1) {
      throw new HttpError(409, 'E_CONFLICT', {
        zh: `编号 "${id}" 被多个文件使用（${matches.map((card) => card.file).join('、')}）；请先在文件中改掉重复的编号`,
        en: `id "${id}" is used by several files (${matches.map((card) => card.file).join(', ')}); fix the duplicate first`,
      });
    }
    return matches[0]!;
  };

  const parseRenderRequest = async (c: Context, format: OutputFormat | undefined): Promise<RenderRequest> => {
    const query = c.req.query();
    const settings = catalogue.settings;
    const request: RenderRequest = { format: format ?? 'png', page: 1, download: query['download'] === '1' || query['download'] === 'true' };
    if (format === undefined && query['format'] !== undefined) {
      if (query['format'] !== 'png' && query['format'] !== 'svg' && query['format'] !== 'pdf') {
        throw usage(`format 只能是 png、svg、pdf，收到 ${query['format']}`, `format must be png, svg or pdf, received ${query['format']}`);
      }
      request.format = query['format'];
    }
    if (query['template'] !== undefined) {
      const names = await listTemplateNames(settings.templatesDir);
      if (!names.includes(query['template'])) {
        throw usage(`没有名为 "${query['template']}" 的模板；可用模板：${names.join('、')}`, `no template named "${query['template']}"; available: ${names.join(', ')}`);
      }
      request.template = query['template'];
    }
    if (query['theme'] !== undefined) {
      const names = await listThemeNames();
      if (!names.includes(query['theme'])) {
        throw usage(`没有名为 "${query['theme']}" 的主题；可用主题：${names.join('、')}`, `no theme named "${query['theme']}"; available: ${names.join(', ')}`);
      }
      request.theme = query['theme'];
    }
    if (query['locale'] !== undefined) {
      if (!(LOCALES as readonly string[]).includes(query['locale'])) {
        throw usage(`locale 只能是 ${LOCALES.join('、')}，收到 ${query['locale']}`, `locale must be one of ${LOCALES.join(', ')}, received ${query['locale']}`);
      }
      request.locale = query['locale'] as Locale;
    }
    if (query['dpi'] !== undefined) {
      const dpi = Number(query['dpi']);
      if (!Number.isInteger(dpi) || dpi < 36 || dpi > 1200) throw usage(`dpi 应为 36–1200 的整数，收到 ${query['dpi']}`, `dpi must be an integer from 36 to 1200, received ${query['dpi']}`);
      request.dpi = dpi;
    }
    if (query['page'] !== undefined) {
      const page = Number(query['page']);
      if (!Number.isInteger(page) || page < 1 || page > 99) throw usage(`page 应为 1–99 的整数，收到 ${query['page']}`, `page must be an integer from 1 to 99, received ${query['page']}`);
      request.page = page;
    }
    return request;
  };

  const toCached = (result: RenderJobResult, format: OutputFormat, renderMs: number): CachedRender => {
    if (!result.ok) {
      // The server never passes a stop signal, so a render is only ever interrupted by shutdown.
      const error = 'error' in result ? deserializeCardError(result.error) : new CardError('E_RENDER', { zh: '服务正在关闭，渲染已中止', en: 'the server is shutting down; the render was stopped' });
      return { ok: false, error };
    }
    const body = format === 'svg' ? Buffer.from(result.svg ?? '', 'utf8') : (format === 'pdf' ? result.pdf : result.png) ?? new Uint8Array();
    const later = result.laterPages ?? [];
    const laterPages =
      format === 'pdf' ? [] : later.map((page) => ({ body: format === 'svg' ? Buffer.from(page.svg ?? '', 'utf8') : (page.png ?? new Uint8Array()), width: page.width, height: page.height }));
    return { ok: true, body, contentType: CONTENT_TYPES[format], width: result.width, height: result.height, laterPages, pageCount: 1 + later.length, warnings: result.warnings, renderMs };
  };

  /**
   * The render for `key`, shared by every request for it. A request whose client has gone (a
   * preview made stale by the next keystroke) leaves the queue (RenderQueue) and gets undefined;
   * such a render is never cached, and a request still waiting for the same key renders afresh.
   */
  const cachedRender = async (key: string, job: RenderJob, format: OutputFormat, cancel: AbortSignal): Promise<CachedRender | undefined> => {
    for (;;) {
      const started = performance.now();
      try {
        return await cache.get(key, async () => {
          const result = await queue.render(job, cancel);
          if (!result.ok && 'interrupted' in result && cancel.aborted) throw new RenderCancelled();
          return toCached(result, format, performance.now() - started);
        });
      } catch (error) {
        if (!(error instanceof RenderCancelled)) throw error;
        if (cancel.aborted) return undefined;
      }
    }
  };

  /** Render a validated card as asked and answer with the image (or the reason it failed). */
  const renderResponse = async (c: Context, card: CardSpec, where: { file?: string; baseDir: string }, request: RenderRequest): Promise<Response> => {
    const { site: _site, paths: _paths, draftDefaults: _draftDefaults, draftLlm: _draftLlm, ...defaults } = catalogue.settings;
    // A request that names a template or theme gets it, even over the card's own choice.
    const spec: CardSpec = { ...card };
    if (request.template) delete spec.template;
    if (request.theme) delete spec.theme;
    const options: RenderOptions = {
      ...defaults,
      ...(request.template ? { template: request.template } : {}),
      ...(request.theme ? { theme: request.theme } : {}),
      ...(request.locale ? { locale: request.locale } : {}),
      ...(request.dpi ? { dpi: request.dpi } : {}),
      baseDir: where.baseDir,
      ...(where.file ? { file: where.file } : {}),
    };
    const job: RenderJob = { card: spec, options, formats: [request.format] };
    const key = renderKey({ job, settings: catalogue.settingsVersion });
    // The page is not part of the render (one render makes every page), only of the answer.
    const etag = request.page > 1 ? `"${key}-${request.page}"` : `"${key}"`;
    const disposition: Record<string, string> = request.download ? { 'Content-Disposition': `attachment; filename="${card.id}.${request.format}"` } : {};
    if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers: { ETag: etag, ...disposition } });
    const result = await cachedRender(key, job, request.format, c.req.raw.signal);
    if (!result) return new Response(null, { status: 499 });
    if (!result.ok) throw result.error;
    const shown = request.page === 1 ? result : result.laterPages[request.page - 2];
    if (!shown) {
      throw usage(
        `卡片 "${card.id}" 只有 ${result.pageCount} 页${request.format === 'pdf' ? '（PDF 含全部页面，不用 page）' : ''}，没有第 ${request.page} 页`,
        `card "${card.id}" has ${result.pageCount} page(s)${request.format === 'pdf' ? ' (the PDF holds them all; leave out page)' : ''}; there is no page ${request.page}`,
      );
    }
    return new Response(Buffer.from(shown.body), {
      status: 200,
      headers: {
        'Content-Type': result.contentType,
        'Cache-Control': 'no-cache',
        ETag: etag,
        'X-Card-Width': String(shown.width),
        'X-Card-Height': String(shown.height),
        'X-Card-Pages': String(result.pageCount),
        'X-Card-Warnings': result.warnings.map((warning) => warning.code).join(','),
        'Server-Timing': `render;dur=${result.renderMs.toFixed(1)}`,
        ...disposition,
      },
    });
  };

  api.get('/cards', (c) => {
    const lang = langOf(c);
    const cards = catalogue.list();
    return c.json({
      version: catalogue.version,
      settingsVersion: catalogue.settingsVersion,
      readOnly,
      canCreate: !readOnly && catalogue.newCardFolder !== undefined,
      defaults: { template: catalogue.settings.template ?? 'phone', theme: catalogue.settings.theme ?? 'default', locale: catalogue.settings.locale ?? 'zh-CN' },
      cards: cards.map((card) => summary(card, lang)),
    });
  });

  api.get('/cards/:name', async (c) => {
    const lang = langOf(c);
    const { id, format } = parseCardName(c.req.param('name'));
    const entry = findCard(id);
    if (format === undefined) {
      return c.json({ ...summary(entry, lang), spec: entry.json ?? null }, 200, { ETag: `"${entry.tag}"`, 'Cache-Control': 'no-cache' });
    }
    const request = await parseRenderRequest(c, format);
    if (!entry.card || entry.errors.length > 0) return errorsResponse(c, 422, entry.errors);
    return renderResponse(c, entry.card, { file: entry.file, baseDir: path.dirname(entry.absolutePath) }, request);
  });

  api.post('/render', async (c) => {
    const request = await parseRenderRequest(c, undefined);
    const from = c.req.query('card');
    const entry = from === undefined ? undefined : findCard(from);
    const json = await readJsonBody(c, entry?.file);
    const { site, limits } = catalogue.settings;
    const result = validateCard(json, { defaultId: entry?.id ?? 'card', ...(entry ? { file: entry.file } : {}), ...(site ? { site } : {}), ...(limits ? { limits } : {}) });
    if (!result.ok) return errorsResponse(c, 422, result.errors);
    const baseDir = entry ? path.dirname(entry.absolutePath) : (catalogue.newCardFolder ?? catalogue.cwd);
    return renderResponse(c, result.card, { ...(entry ? { file: entry.file } : {}), baseDir }, request);
  });

  const refuseWhenReadOnly = (): void => {
    if (readOnly) {
      throw new HttpError(403, 'E_READ_ONLY', { zh: '工作台以只读方式运行（--read-only），不能保存', en: 'the studio runs read-only (--read-only); saving is disabled' });
    }
  };

  api.put('/cards/:name', async (c) => {
    refuseWhenReadOnly();
    const lang = langOf(c);
    const entry = findCard(c.req.param('name'));
    const json = await readJsonBody(c, entry.file);
    const { site, limits } = catalogue.settings;
    const defaultId = idFromFileName(entry.absolutePath);
    const result = validateCard(json, { file: entry.file, defaultId, ...(site ? { site } : {}), ...(limits ? { limits } : {}) });
    if (!result.ok) return errorsResponse(c, 422, result.errors);
    if (result.card.id !== entry.id) {
      return errorsResponse(c, 422, [
        new CardError(
          'E_SCHEMA',
          {
            zh: `编号不能在这里修改（原为 "${entry.id}"，收到 "${result.card.id}"）；要换编号请另存为新卡片`,
            en: `the id cannot be changed here (it is "${entry.id}", received "${result.card.id}"); save a new card instead`,
          },
          { file: entry.file, path: '/id', label: { zh: '编号', en: 'id' } },
        ),
      ]);
    }
    const ifMatch = c.req.header('if-match');
    const expectedTag = ifMatch === undefined || ifMatch.trim() === '*' ? undefined : ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    const saved = await saveCardFile(entry.absolutePath, json as Record<string, unknown>, { ...(expectedTag !== undefined ? { expectedTag } : {}) });
    if (saved.status === 'conflict') {
      throw new HttpError(412, 'E_CHANGED', {
        zh: `${entry.file} 在打开后已被修改（可能是别人或其他编辑器保存的）；请重新载入后再改`,
        en: `${entry.file} changed after it was opened (someone else or another editor saved it); reload it and edit again`,
      });
    }
    await catalogue.refresh(entry.absolutePath);
    const updated = catalogue.findAll(entry.id!)[0] ?? entry;
    return c.json({ ...summary(updated, lang), written: saved.status === 'written' }, 200, { ETag: `"${saved.tag}"` });
  });

  api.post('/cards', async (c) => {
    refuseWhenReadOnly();
    const lang = langOf(c);
    const folder = catalogue.newCardFolder;
    if (folder === undefined) {
      throw new HttpError(403, 'E_FORBIDDEN', {
        zh: '没有可保存新卡片的文件夹：启动时请给出一个卡片文件夹（而不只是文件）',
        en: 'there is no folder for new cards: start the studio with a card folder (not only files)',
      });
    }
    const json = await readJsonBody(c);
    const id = isObject(json) ? json['id'] : undefined;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      return errorsResponse(c, 422, [
        new CardError(
          'E_SCHEMA',
          {
            zh: `新卡片需要编号 "id"（也是文件名）：小写字母、数字、- 和 _，最长 64 字；收到 ${JSON.stringify(id ?? null)}`,
            en: `a new card needs an "id" (also its file name): lowercase letters, digits, - and _, at most 64; received ${JSON.stringify(id ?? null)}`,
          },
          { path: '/id', label: { zh: '编号', en: 'id' } },
        ),
      ]);
    }
    const target = path.join(folder, `${id}.json`);
    const file = path.relative(catalogue.cwd, target).split(path.sep).join('/');
    const { site, limits } = catalogue.settings;
    const result = validateCard(json, { file, ...(site ? { site } : {}), ...(limits ? { limits } : {}) });
    if (!result.ok) return errorsResponse(c, 422, result.errors);
    const conflict = new HttpError(409, 'E_CONFLICT', { zh: `编号 "${id}" 已被使用；请换一个编号`, en: `the id "${id}" is taken; choose another` });
    if (catalogue.findAll(id).length > 0 || path.dirname(target) !== folder) throw conflict;
    const saved = await saveCardFile(target, json as Record<string, unknown>, { expectedTag: null });
    if (saved.status === 'conflict') throw conflict;
    await catalogue.refresh(target);
    const created = catalogue.findAll(id)[0];
    return c.json({ ...(created ? summary(created, lang) : { id, file }), written: true }, 201, { Location: `/api/cards/${id}`, ETag: `"${saved.tag}"` });
  });

  api.get('/templates', async (c) => {
    const lang = langOf(c);
    const templates = await listTemplates(catalogue.settings.templatesDir);
    return c.json({
      default: catalogue.settings.template ?? 'phone',
      templates: templates.map(({ name, manifest, error }) =>
        manifest
          ? { name, description: manifest.description[lang], width: manifest.width, height: manifest.height, physical: manifest.physical ?? null }
          : { name, error: cardErrorJson(error, lang) },
      ),
    });
  });

  api.get('/themes', async (c) => {
    const lang = langOf(c);
    const names = await listThemeNames();
    const themes = await Promise.all(
      names.map(async (name) => {
        try {
          const theme = await loadTheme(name);
          return { name, description: theme.description[lang], primary: theme.colors.primary };
        } catch (error) {
          return { name, error: cardErrorJson(toCardError(error, 'E_TEMPLATE'), lang) };
        }
      }),
    );
    return c.json({ default: catalogue.settings.theme ?? 'default', themes });
  });

  // The form editor follows the schema: with the config's limits, so it counts against the same numbers.
  api.get('/schema', (c) => c.json(cardJsonSchema(catalogue.settings.limits?.spec)));

  api.get('/events', (c) => liveReload.respond(c, { version: catalogue.version, settingsVersion: catalogue.settingsVersion }));

  return api;
}
