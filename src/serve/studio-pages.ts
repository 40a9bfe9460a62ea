/**
 * The studio's pages: small HTML shells, each loading one plain ES module from `studio/` (no
 * build step, nothing from the network). The pages fetch everything else from the API. Fonts
 * are the committed Noto Sans SC, offered only as a fallback for machines without a Chinese
 * system font.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import type { Lang } from '../i18n/lang.js';
import { PACKAGE_ROOT } from '../package-root.js';

export const STUDIO_DIR = path.join(PACKAGE_ROOT, 'studio');
const FONTS_DIR = path.join(PACKAGE_ROOT, 'fonts');

export interface StudioPageOptions {
  lang: Lang;
  readOnly: boolean;
}

type PageName = 'gallery' | 'card' | 'editor';

const TITLES: Record<PageName, Record<Lang, string>> = {
  gallery: { zh: '卡片库 · 政策明白卡工作台', en: 'Cards · Policy Card Studio' },
  card: { zh: '查看卡片 · 政策明白卡工作台', en: 'Card · Policy Card Studio' },
  editor: { zh: '编辑卡片 · 政策明白卡工作台', en: 'Edit card · Policy Card Studio' },
};

const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The HTML shell of a page; `data` reaches the page's script as JSON. */
export function renderStudioPage(page: PageName, options: StudioPageOptions, data: Record<string, unknown> = {}): string {
  const config = JSON.stringify({ page, lang: options.lang, readOnly: options.readOnly, ...data }).replace(/</g, '\\u003c');
  const noscript = options.lang === 'en' ? 'The studio needs JavaScript.' : '工作台需要启用 JavaScript。';
  return `<!doctype html>
<html lang="${options.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(TITLES[page][options.lang])}</title>
<link rel="icon" href="/studio/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/studio/studio.css">
<script type="application/json" id="studio-config">${config}</script>
<script type="module" src="/studio/${page === 'card' ? 'card-view' : page}.js"></script>
</head>
<body class="page-${page}">
<noscript>${escapeHtml(noscript)}</noscript>
<div id="app"></div>
</body>
</html>
`;
}

export function createStudioPages(options: StudioPageOptions): Hono {
  const pages = new Hono();
  // Only files that exist at start, with plain names, are served: no path ever comes from the URL.
  const assets = new Set(readdirSync(STUDIO_DIR).filter((name) => /^[a-z0-9-]+\.(js|css|svg)$/.test(name)));
  const fonts = new Set(['NotoSansSC-Regular.ttf', 'NotoSansSC-Bold.ttf']);

  pages.get('/', (c) => c.html(renderStudioPage('gallery', options)));
  pages.get('/new', (c) => c.html(renderStudioPage('editor', options, { cardId: null, from: c.req.query('from') ?? null, draft: c.req.query('draft') ?? null })));
  pages.get('/cards/:id', (c) => c.html(renderStudioPage('card', options, { cardId: c.req.param('id') })));
  pages.get('/cards/:id/edit', (c) => c.html(renderStudioPage('editor', options, { cardId: c.req.param('id') })));

  pages.get('/studio/fonts/:file', async (c) => {
    const name = c.req.param('file');
    if (!fonts.has(name)) return c.notFound();
    const bytes = await readFile(path.join(FONTS_DIR, name));
    return new Response(bytes, { headers: { 'Content-Type': 'font/ttf', 'Cache-Control': 'public, max-age=604800, immutable' } });
  });
  pages.get('/studio/:file', async (c) => {
    const name = c.req.param('file');
    if (!assets.has(name)) return c.notFound();
    const bytes = await readFile(path.join(STUDIO_DIR, name));
    return new Response(bytes, { headers: { 'Content-Type': ASSET_TYPES[path.extname(name)]!, 'Cache-Control': 'no-cache' } });
  });
  return pages;
}
