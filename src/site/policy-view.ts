/**
 * A validated card → what the site shows of it: plain strings (escaping happens when the HTML is
 * written), dates in Chinese, phone numbers with `tel:` targets, and the card's own links sorted
 * by purpose. The detail page, the index and the JSON feed all read this one view.
 */
import type { CardSpec, QrPurpose } from '../spec/card-schema.js';
import { localeText } from '../template/locales.js';

export interface PolicyView {
  id: string;
  title: string;
  issuer: string;
  docNo: string | null;
  category: string | null;
  summary: string | null;
  edition: { iso: string; text: string } | null;
  period: { start: string | null; end: string | null; note: string | null; text: string } | null;
  parties: string[];
  conditions: string[];
  materials: string[];
  steps: Array<{ title: string; detail: string | null }>;
  reward: CardSpec['reward'];
  contacts: Array<{ name: string; phone: string | null; phones: Array<{ text: string; href: string | null }>; address: string | null }>;
  /** Where to read more or apply, in the order 原文, 申报入口, 咨询, 其他. */
  links: Array<{ purpose: QrPurpose; label: string; caption: string | null; url: string }>;
}

const LINK_LABELS: Record<QrPurpose, string> = { 原文: '查看政策原文', 申报入口: '进入申报入口', 咨询: '在线咨询', 其他: '相关链接' };
const PURPOSE_ORDER: readonly QrPurpose[] = ['原文', '申报入口', '咨询', '其他'];

/** What a printed card says about scanning, which means nothing beside a link on a web page. */
const SCAN_WORDING = /^(?:请)?(?:用手机)?(?:微信)?(?:扫码|扫一扫|扫描二维码|扫描|扫二维码)(?:进行|即可|可)?/;

/**
 * The card's QR caption as web wording: "扫码在线申报" → "在线申报"; null when nothing is left or
 * it only repeats the link's label.
 */
export function webCaption(caption: string | undefined, label: string): string | null {
  if (!caption) return null;
  const text = caption.replace(SCAN_WORDING, '').replace(/^[：:，,\s]+/, '').trim();
  return text && text !== label ? text : null;
}

/** 2026-03-01 → 2026年3月1日 */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return localeText('zh-CN').date(year, month, day);
}

function describePeriod(period: CardSpec['period']): PolicyView['period'] {
  if (!period) return null;
  const { start, end, note } = period;
  const span =
    start && end ? `${chineseDate(start)} 至 ${chineseDate(end)}` : end ? `截止 ${chineseDate(end)}` : start ? `${chineseDate(start)}起` : '';
  const text = [span, note].filter(Boolean).join('；') || localeText('zh-CN').always;
  return { start: start ?? null, end: end ?? null, note: note ?? null, text };
}

/**
 * "0512-68616000、0512-68616001转8" → one entry per number; the `tel:` target keeps the digits
 * (an extension after 转 or ext is dropped: phones cannot dial it from a link reliably).
 */
export function phoneLinks(phone: string): Array<{ text: string; href: string | null }> {
  return phone
    .split(/[、,，;；/]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((text) => {
      const main = text.split(/转|ext\.?|x(?=\d)/i)[0] ?? '';
      const digits = main.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
      return { text, href: digits.replace(/\D/g, '').length >= 5 ? `tel:${digits}` : null };
    });
}

/**
 * @param links the card's own QR entries (not the site target), from a load with `qrTarget: 'spec'`
 * @param pageUrl the page's own address; a link back to it is left out
 */
export function buildPolicyView(card: CardSpec, links: CardSpec['qr'], pageUrl: string): PolicyView {
  const samePage = (url: string): boolean => url.split(/[?#]/)[0] === pageUrl.split(/[?#]/)[0];
  return {
    id: card.id,
    title: card.title,
    issuer: card.issuer,
    docNo: card.docNo ?? null,
    category: card.category ?? null,
    summary: card.summary ?? null,
    edition: card.edition ? { iso: card.edition, text: chineseDate(card.edition) } : null,
    period: describePeriod(card.period),
    parties: card.parties,
    conditions: card.conditions,
    materials: card.materials ?? [],
    steps: card.process.map((step) => (typeof step === 'string' ? { title: step, detail: null } : { title: step.title, detail: step.detail ?? null })),
    reward: card.reward,
    contacts: (card.contacts ?? []).map((contact) => ({
      name: contact.name,
      phone: contact.phone ?? null,
      phones: contact.phone ? phoneLinks(contact.phone) : [],
      address: contact.address ?? null,
    })),
    links: links
      .filter((entry) => !samePage(entry.url))
      .map((entry) => {
        const label = LINK_LABELS[entry.purpose ?? '其他'];
        return { purpose: entry.purpose ?? '其他', label, caption: webCaption(entry.caption, label), url: entry.url };
      })
      .sort((a, b) => PURPOSE_ORDER.indexOf(a.purpose) - PURPOSE_ORDER.indexOf(b.purpose)),
  };
}

/** The text the index filter searches, normalised as the browser normalises the query. */
export function searchText(view: PolicyView): string {
  return [view.title, view.issuer, view.docNo, view.category, view.summary, view.reward.headline, ...view.parties]
    .filter(Boolean)
    .join(' ')
    .normalize('NFKC')
    .toLowerCase();
}
