/**
 * `<out>/404.html`: what a phone shows for an address the site does not have, most often the QR
 * code of a card printed before its policy was taken down. A host serves it for any missing path
 * (nginx `error_page 404 /404.html`, most object stores' error document), so its one link is the
 * site's absolute address: a relative link would resolve against the missing path.
 */
import { html } from './html.js';
import { DEFAULT_SITE_TITLE, renderPageShell } from './page-shell.js';

export interface NotFoundPageOptions {
  /** Absolute public URL of the site (`<base>/`). */
  siteUrl: string;
  css: string;
  /** The site's name in the top bar. @default '政策明白卡' */
  siteTitle?: string | undefined;
}

export function renderNotFoundPage(options: NotFoundPageOptions): string {
  return renderPageShell({
    title: `没有找到这个页面 · ${options.siteTitle ?? DEFAULT_SITE_TITLE}`,
    siteName: options.siteTitle,
    description: '这条政策可能已经下线，或网址有误',
    canonical: options.siteUrl,
    css: options.css,
    home: options.siteUrl,
    main: html`<div class="head">
<h1>没有找到这个页面</h1>
<p>这条政策可能已经下线，或网址有误。扫的是纸质卡片上的二维码时，卡片可能已经过期。</p>
</div>
<p><a href="${options.siteUrl}">查看全部政策</a>，按名称或类别查找。</p>`,
    footer: html`<p>本站为政策要点解读，具体以政策原文为准。</p>`,
  });
}
