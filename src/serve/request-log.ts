/**
 * One line per request, for the terminal that runs `policy-card serve`. The library only hands
 * the entry to a callback; the command prints it. Tokens in the query are never logged.
 */
import type { MiddlewareHandler } from 'hono';

export interface RequestLogEntry {
  time: Date;
  method: string;
  /** Path and query, with any `token` parameter removed. */
  path: string;
  status: number;
  durationMs: number;
}

/** `2026-03-01T08:00:00.000Z GET /api/cards 200 12ms` */
export function formatRequestLog(entry: RequestLogEntry): string {
  return `${entry.time.toISOString()} ${entry.method} ${entry.path} ${entry.status} ${Math.round(entry.durationMs)}ms`;
}

export function logRequests(onRequest: (entry: RequestLogEntry) => void): MiddlewareHandler {
  return async (c, next) => {
    const time = new Date();
    const started = performance.now();
    try {
      await next();
    } finally {
      const url = new URL(c.req.url);
      if (url.searchParams.has('token')) url.searchParams.set('token', 'redacted');
      onRequest({ time, method: c.req.method, path: `${url.pathname}${url.search}`, status: c.res.status, durationMs: performance.now() - started });
    }
  };
}
