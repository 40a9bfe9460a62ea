/**
 * GET /api/docs: the API documentation (docs/api.md of the installed package) from the server
 * itself, since the user's own folder has no docs/. Served as plain Markdown text, with nosniff
 * (set for every response by the app), so nothing in it can run in the browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { PACKAGE_ROOT } from '../package-root.js';

export const API_DOCS_FILE = path.join(PACKAGE_ROOT, 'docs', 'api.md');

export function createApiDocsRoute(): Hono {
  const route = new Hono();
  route.get('/docs', async (c) => {
    const text = await readFile(API_DOCS_FILE, 'utf8');
    return c.body(text, 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Cache-Control': 'no-cache' });
  });
  return route;
}
