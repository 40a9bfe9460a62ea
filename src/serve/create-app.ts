/**
 * The studio as one hono app, in the order a request meets it: request log → security headers →
 * /healthz → host, origin and token checks → body size limit → API → pages. Every failure
 * becomes a JSON body `{ "errors": [...] }` with the status the API documents.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CardError } from '../errors.js';
import { cardErrorJson, HttpError, statusForCardError } from './api-errors.js';
import { createApiDocsRoute } from './api-docs-route.js';
import { createApiRoutes, requestLang, type ApiContext } from './api-routes.js';
import { createNewCardRoutes } from './new-card-routes.js';
import { QueueFullError } from './render-queue.js';
import { guardRequests } from './request-guard.js';
import { logRequests, type RequestLogEntry } from './request-log.js';
import { createStudioPages } from './studio-pages.js';

export interface StudioAppOptions extends ApiContext {
  /** Required on every request except /healthz and static files. */
  token?: string | undefined;
  /** Answer only requests addressed to a loopback host name (DNS rebinding protection). */
  loopbackOnly: boolean;
  /** Largest request body in bytes; larger ones get 413. */
  bodyLimitBytes: number;
  onRequest?: ((entry: RequestLogEntry) => void) | undefined;
  /** Called with anything unexpected that became a 500, so the caller can report it. */
  onInternalError?: ((error: unknown) => void) | undefined;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function createStudioApp(options: StudioAppOptions): Hono {
  const app = new Hono();
  const lang = (c: Context) => requestLang(c, options.lang);

  if (options.onRequest) app.use(logRequests(options.onRequest));
  app.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    if ((c.res.headers.get('content-type') ?? '').startsWith('text/html')) c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  app.get('/healthz', (c) => c.json({ status: 'ok', cards: options.catalogue.list().length, version: options.catalogue.version }));

  app.use(guardRequests({ token: options.token, loopbackOnly: options.loopbackOnly, lang: options.lang }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: (c) => {
        const kib = Math.round(options.bodyLimitBytes / 1024);
        const error = new HttpError(413, 'E_TOO_LARGE', {
          zh: `请求体超过上限 ${kib} KB；一张卡片的 JSON 通常只有几 KB`,
          en: `the body is larger than the ${kib} KB limit; a card's JSON is usually a few KB`,
        });
        // The rest of the body is never read, so the connection cannot serve another request.
        return c.json({ errors: [error.toJSON(lang(c))] }, 413, { Connection: 'close' });
      },
    }),
  );
  app.route('/api', createNewCardRoutes(options.catalogue));
  app.route('/api', createApiDocsRoute());
  app.route('/api', createApiRoutes(options));
  app.route('/', createStudioPages({ lang: options.lang, readOnly: options.readOnly }));

  app.notFound((c) => {
    const error = new HttpError(404, 'E_NOT_FOUND', { zh: `没有这个地址：${c.req.path}`, en: `no such address: ${c.req.path}` });
    return c.json({ errors: [error.toJSON(lang(c))] }, 404);
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ errors: [error.toJSON(lang(c))] }, error.status, error.headers);
    if (error instanceof CardError) return c.json({ errors: [cardErrorJson(error, lang(c))] }, statusForCardError(error));
    if (error instanceof QueueFullError) {
      const busy = new HttpError(503, 'E_BUSY', {
        zh: `渲染任务太多，请 ${error.retryAfterSeconds} 秒后重试`,
        en: `too many renders waiting; retry in ${error.retryAfterSeconds} s`,
      });
      return c.json({ errors: [busy.toJSON(lang(c))] }, 503, { 'Retry-After': String(error.retryAfterSeconds) });
    }
    options.onInternalError?.(error);
    const internal = new HttpError(500, 'E_INTERNAL', { zh: '服务器内部错误，详情见运行 serve 的终端', en: 'internal server error; see the terminal running serve' });
    return c.json({ errors: [internal.toJSON(lang(c))] }, 500);
  });
  return app;
}
