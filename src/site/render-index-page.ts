/**
 * The site's front page, `<out>/index.html`: every policy grouped by category, with a filter by
 * words, category and open/closed that runs in the browser (from `file://` too, no server). The
 * list is complete HTML without the script; the script only hides what does not match.
 */
import { html, type SafeHtml } from './html.js';
import { DEFAULT_SITE_TITLE, renderPageShell } from './page-shell.js';
import { searchText, type PolicyView } from './policy-view.js';

export interface IndexPageOptions {
  /** Absolute public URL of the site (`<base>/`). */
  siteUrl: string;
  css: string;
  /** The site's name, e.g. the office: the heading and page title. @default '政策明白卡' */
  siteTitle?: string | undefined;
}

/** Name of the group for policies without a category. */
export const UNCATEGORISED = '其他';

/** Policies by category, categories in order of first appearance, policies by title within. */
export function groupByCategory(views: readonly PolicyView[]): Array<{ category: string; policies: PolicyView[] }> {
  const groups = new Map<string, PolicyView[]>();
  for (const view of views) {
    const category = view.category ?? UNCATEGORISED;
    groups.set(category, [...(groups.get(category) ?? []), view]);
  }
  return [...groups].map(([category, policies]) => ({ category, policies: policies.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN')) }));
}

function renderPolicy(view: PolicyView): SafeHtml {
  const { period, reward } = view;
  const dated = period && (period.start || period.end);
  return html`<li class="policy" data-search="${searchText(view)}" data-category="${view.category ?? UNCATEGORISED}" data-start="${period?.start ?? ''}" data-end="${period?.end ?? ''}">
<h3><a href="p/${view.id}/index.html">${view.title}</a></h3>
${view.summary ? html`<p>${view.summary}</p>` : ''}
<p class="meta">${reward.headline ? html`<strong>${reward.headline}</strong>` : ''}${reward.headline && period ? ' · ' : ''}${period ? `申报时间：${period.text}` : ''}${dated ? html` <span class="status" data-start="${period.start ?? ''}" data-end="${period.end ?? ''}" hidden></span>` : ''}</p>
<p class="meta">${view.issuer}${view.docNo ? ` · ${view.docNo}` : ''}</p>
</li>`;
}

export function renderIndexPage(views: readonly PolicyView[], options: IndexPageOptions): string {
  const groups = groupByCategory(views);
  const title = `${options.siteTitle ?? DEFAULT_SITE_TITLE} · 政策清单`;
  const main = html`<div class="head">
<h1>${title}</h1>
<p>共 ${views.length} 条政策，按类别排列。点开每条政策可看全文要点、申报入口和咨询电话。</p>
</div>
<div class="panel filter" id="filter" role="search" aria-label="筛选政策" hidden>
<div><label for="filter-text">搜索</label><input id="filter-text" type="search" autocomplete="off" placeholder="政策名称、发文单位、关键词"></div>
<div><label for="filter-category">类别</label><select id="filter-category"><option value="">全部类别</option>${groups.map((group) => html`<option value="${group.category}">${group.category}</option>`)}</select></div>
<div><label for="filter-status">申报状态</label><select id="filter-status"><option value="">全部</option><option value="open">未截止</option><option value="closed">已截止</option></select></div>
<p id="filter-count" aria-live="polite"></p>
</div>
<nav aria-label="按类别跳转"><ul class="jump">${groups.map((group, index) => html`<li><a href="#category-${index + 1}">${group.category}（${group.policies.length}）</a></li>`)}</ul></nav>
${groups.map(
  (group, index) => html`<section class="category-group" aria-labelledby="category-${index + 1}">
<h2 id="category-${index + 1}">${group.category} <span class="count">${group.policies.length} 条</span></h2>
<ul class="policies">${group.policies.map(renderPolicy)}</ul>
</section>`,
)}
<p id="filter-empty" class="panel" hidden>没有符合条件的政策，请换个关键词或类别。</p>`;
  return renderPageShell({
    title,
    siteName: options.siteTitle,
    description: `${views.length} 条惠企政策的要点：适用对象、申报条件、申报流程、奖补标准与咨询方式`,
    canonical: options.siteUrl,
    css: options.css,
    main,
    footer: html`<p>本站为政策要点解读，具体以政策原文为准。数据：<a href="policies.json">policies.json</a></p>`,
  });
}
