/**
 * The document around every page: doctype, zh-CN, viewport, the CSP, the inline stylesheet and
 * script, the top bar with the large-type and print buttons, and the footer.
 */
import { contentSecurityPolicy } from './content-security-policy.js';
import { html, trustedHtml, type SafeHtml } from './html.js';
import { SITE_SCRIPT } from './site-script.js';

/** Marks every page as made by policy-card, so a later run knows which files it may replace. */
export const GENERATOR_MARK = '<meta name="generator" content="policy-card">';

/** The site's name when neither the config's `office` nor `--title` gives one. */
export const DEFAULT_SITE_TITLE = '政策明白卡';

export interface PageShell {
  title: string;
  /** The site's name in the top bar. @default '政策明白卡' */
  siteName?: string | undefined;
  description: string;
  /** Absolute public URL of the page. */
  canonical: string;
  /** The inline stylesheet (the same on every page). */
  css: string;
  /** Link back to the index; none on the index itself. */
  home?: string;
  /** Show a print button. */
  printable?: boolean;
  main: SafeHtml;
  footer: SafeHtml;
}

export function renderPageShell(page: PageShell): string {
  const csp = contentSecurityPolicy({ scripts: [SITE_SCRIPT], styles: [page.css] });
  const document = html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
${trustedHtml(GENERATOR_MARK)}
<title>${page.title}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.canonical}">
<link rel="icon" href="data:,">
<style>${trustedHtml(page.css)}</style>
<script>${trustedHtml(SITE_SCRIPT)}</script>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="bar"><div class="wrap">
${page.home ? html`<a href="${page.home}">← 全部政策</a>` : html`<span>${page.siteName ?? DEFAULT_SITE_TITLE}</span>`}
<div class="tools">
<button type="button" id="large-toggle" aria-pressed="false" hidden>大字模式</button>
${page.printable ? html`<button type="button" id="print-page" hidden>打印本页</button>` : ''}
</div>
</div></header>
<main id="main" class="wrap">
${page.main}
</main>
<footer class="wrap">${page.footer}</footer>
</body>
</html>
`;
  return document.value;
}
