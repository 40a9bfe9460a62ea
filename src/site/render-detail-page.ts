/**
 * One policy's page, `<out>/p/<id>/index.html`: every field of the card in full (the card image
 * is a digest; this is the whole text), the card image with a download link, the card's own links
 * (policy text, application entry), contacts with tel: links, edition and dates, and a print
 * button. Every value is escaped by the `html` template.
 */
import { html, htmlKeepingNumbers, type SafeHtml } from './html.js';
import { DEFAULT_SITE_TITLE, renderPageShell } from './page-shell.js';
import type { PolicyView } from './policy-view.js';

export interface DetailPageOptions {
  /** Absolute public URL of this page (`<base>/p/<id>/`). */
  pageUrl: string;
  /** The stylesheet of the site. */
  css: string;
  /** The site's name, e.g. the office: the end of the page title. @default '政策明白卡' */
  siteTitle?: string | undefined;
  /** The card image next to the page, if one was rendered. */
  cardImage?: {
    file: string;
    width: number;
    height: number;
    bytes: number;
    /** The QR codes printed on the card: caption and where each leads. */
    codes: Array<{ caption: string; url: string }>;
  };
}

const FOOTER_NOTE = '本页为政策要点解读，具体以政策原文为准。';

function section(id: string, title: string, body: SafeHtml, className?: string): SafeHtml {
  return html`<section aria-labelledby="${id}"${className ? html` class="${className}"` : ''}><h2 id="${id}">${title}</h2>${body}</section>`;
}

function statusBadge(period: PolicyView['period']): SafeHtml | '' {
  if (!period || (!period.start && !period.end)) return '';
  return html` <span class="status" data-start="${period.start ?? ''}" data-end="${period.end ?? ''}" hidden></span>`;
}

/** The essentials of the card as text, for readers who cannot see the image. */
export function cardAltText(view: PolicyView, codes: ReadonlyArray<{ caption: string; url: string }>): string {
  const parts = [`政策明白卡：${view.title}`];
  parts.push(view.reward.headline ? `支持力度：${view.reward.headline}` : `奖补：${view.reward.items[0]}`);
  if (view.period) parts.push(`申报时间：${view.period.text}`);
  const contact = view.contacts[0];
  if (contact) parts.push(`咨询：${[contact.name, ...contact.phones.map((phone) => phone.text)].join(' ')}`);
  for (const code of codes) parts.push(`二维码（${code.caption}）：${code.url}`);
  return `${parts.join('。')}。`;
}

function renderFacts(view: PolicyView): SafeHtml {
  return html`<dl class="facts">
<dt>发文单位</dt><dd>${view.issuer}</dd>
${view.docNo ? html`<dt>文号</dt><dd>${view.docNo}</dd>` : ''}
${view.period ? html`<dt>申报时间</dt><dd>${view.period.text}${statusBadge(view.period)}</dd>` : ''}
${view.edition ? html`<dt>版本日期</dt><dd><time datetime="${view.edition.iso}">${view.edition.text}</time></dd>` : ''}
</dl>`;
}

function renderReward(reward: PolicyView['reward']): SafeHtml {
  const table = reward.table
    ? html`<div class="table-scroll" role="region" aria-label="奖补档次表" tabindex="0"><table>
<caption>奖补档次</caption>
<thead><tr>${reward.table.columns.map((column) => html`<th scope="col">${htmlKeepingNumbers(column)}</th>`)}</tr></thead>
<tbody>${reward.table.rows.map((row) => html`<tr>${row.map((cell, index) => (index === 0 ? html`<th scope="row">${htmlKeepingNumbers(cell)}</th>` : html`<td>${htmlKeepingNumbers(cell)}</td>`))}</tr>`)}</tbody>
</table></div>`
    : '';
  return html`${reward.headline ? html`<p class="headline">${htmlKeepingNumbers(reward.headline)}</p>` : ''}
<ul>${reward.items.map((item) => html`<li>${item}</li>`)}</ul>${table}`;
}

function renderSteps(steps: PolicyView['steps']): SafeHtml {
  return html`<ol class="steps">${steps.map((step) => html`<li><h3>${step.title}</h3>${step.detail ? html`<p>${step.detail}</p>` : ''}</li>`)}</ol>`;
}

function renderLinks(links: PolicyView['links']): SafeHtml {
  return html`<ul class="actions">${links.map(
    (link) => html`<li><a href="${link.url}" rel="noopener noreferrer">${link.label}</a>${link.caption ? html`<span class="caption">${link.caption}</span>` : ''}</li>`,
  )}</ul>`;
}

function renderContacts(contacts: PolicyView['contacts']): SafeHtml {
  return html`<ul class="contacts">${contacts.map(
    (contact) => html`<li><p><strong>${contact.name}</strong></p>
${contact.phones.length ? html`<p>电话：${contact.phones.map((phone, index) => html`${index > 0 ? '、' : ''}${phone.href ? html`<a href="${phone.href}">${phone.text}</a>` : phone.text}`)}</p>` : ''}
${contact.address ? html`<p>地址：${contact.address}</p>` : ''}</li>`,
  )}</ul>`;
}

function renderCardImage(view: PolicyView, image: NonNullable<DetailPageOptions['cardImage']>): SafeHtml {
  const kilobytes = Math.max(1, Math.round(image.bytes / 1024));
  return section(
    'card',
    '政策明白卡图片',
    html`<figure>
<img src="${image.file}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async" alt="${cardAltText(view, image.codes)}">
<figcaption><a href="${image.file}" download="${view.id}.png">下载卡片图片（PNG，${kilobytes} KB）</a></figcaption>
</figure>`,
    'card-image',
  );
}

export function renderDetailPage(view: PolicyView, options: DetailPageOptions): string {
  const main = html`<article>
<header class="head">
${view.category ? html`<p class="category">${view.category}</p>` : ''}
<h1>${view.title}</h1>
${view.summary ? html`<p class="summary">${view.summary}</p>` : ''}
</header>
<div class="panel">${renderFacts(view)}</div>
${view.links.length ? section('links', '原文与申报', renderLinks(view.links)) : ''}
${section('reward', '奖补标准', renderReward(view.reward))}
${section('parties', '适用对象', html`<ul>${view.parties.map((party) => html`<li>${party}</li>`)}</ul>`)}
${section('conditions', '申报条件', html`<ol>${view.conditions.map((condition) => html`<li>${condition}</li>`)}</ol>`)}
${view.materials.length ? section('materials', '申报材料', html`<ol>${view.materials.map((material) => html`<li>${material}</li>`)}</ol>`) : ''}
${section('process', '申报流程', renderSteps(view.steps))}
${view.contacts.length ? section('contacts', '咨询方式', renderContacts(view.contacts)) : ''}
${options.cardImage ? renderCardImage(view, options.cardImage) : ''}
</article>`;
  const footer = html`<p>${FOOTER_NOTE}${view.edition ? html`本页对应 ${view.edition.text}版。` : ''}</p>`;
  return renderPageShell({
    title: `${view.title} · ${options.siteTitle ?? DEFAULT_SITE_TITLE}`,
    description: view.summary ?? `${view.title}：适用对象、申报条件、申报流程与奖补标准`,
    canonical: options.pageUrl,
    css: options.css,
    home: '../../index.html',
    printable: true,
    main,
    footer,
  });
}
