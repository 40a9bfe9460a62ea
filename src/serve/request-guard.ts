/**
 * Who may talk to the studio. Three checks, before any route runs:
 *  - Host: a server on a loopback address answers only to loopback host names, so a web page
 *    cannot reach it through DNS rebinding (a hostile name that resolves to 127.0.0.1).
 *  - Origin: requests that change something (POST, PUT) from another site's page are refused,
 *    so a page the user happens to visit cannot save cards behind their back.
 *  - Token: with a token, every request needs it, as `Authorization: Bearer <token>`, as the
 *    cookie the studio sets, or once as `?token=` (the address the CLI prints), compared in
 *    constant time.
 * `/healthz` and the studio's static files are open: they reveal nothing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../i18n/lang.js';
import { HttpError } from './api-errors.js';

export const TOKEN_COOKIE = 'policy_card_token';
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export interface GuardOptions {
  /** Required on every request when set. */
  token?: string | undefined;
  /** Answer only requests addressed to a loopback host name. */
  loopbackOnly: boolean;
  lang: Lang;
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}

/** True for host names and addresses of this machine's loopback interface. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function guardRequests(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname === '/healthz' || url.pathname.startsWith('/studio/')) return next();
    const host = c.req.header('host') ?? '';
    if (options.loopbackOnly && !isLoopbackHost(hostName(host))) {
      throw new HttpError(403, 'E_FORBIDDEN', {
        zh: `拒绝访问：请求的主机名 ${JSON.stringify(host)} 不是本机地址（防止 DNS 重绑定）；请用 http://127.0.0.1 打开`,
        en: `forbidden: the requested host ${JSON.stringify(host)} is not a loopback name (DNS rebinding protection); open http://127.0.0.1`,
      });
    }
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined) {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost !== host) {
        throw new HttpError(403, 'E_FORBIDDEN', {
          zh: `拒绝访问：来自其他网站（${origin}）的修改请求`,
          en: `forbidden: a request to change data from another site (${origin})`,
        });
      }
    }
    if (options.token === undefined) return next();
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const cookie = getCookie(c, TOKEN_COOKIE);
    const query = c.req.method === 'GET' ? url.searchParams.get('token') : null;
    const given = bearer ?? query ?? cookie;
    if (given === undefined || given === null || !sameSecret(given, options.token)) {
      throw new HttpError(
        401,
        'E_AUTH',
        {
          zh: given ? '访问令牌不正确' : '需要访问令牌：请求头加 Authorization: Bearer <令牌>，或打开启动时显示的带 ?token= 的网址',
          en: given ? 'the access token is wrong' : 'an access token is required: send Authorization: Bearer <token>, or open the address with ?token= printed at start',
        },
        { 'WWW-Authenticate': 'Bearer realm="policy-card"' },
      );
    }
    if (query !== null && !url.pathname.startsWith('/api/')) {
      // A page opened with ?token=: keep the token in a cookie and drop it from the address bar.
      setCookie(c, TOKEN_COOKIE, query, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    return next();
  };
}
