/**
 * E_OVERFLOW: a fixed-size card that does not fit, with the parts to shorten. Only parts the
 * template actually prints are named: a square card refused for its 70-character headline was
 * told to shorten 申报材料 and 申报流程, which a square card never shows. On a summary card (a6,
 * square) the lists it may abridge were already left out, so they are not named either.
 */
import Handlebars from 'handlebars';
import { CardError, type Localized } from '../errors.js';
import type { CardSpec } from '../spec/card-schema.js';
import { visualLength, type CardView } from '../template/card-view.js';
import type { CardTemplate } from '../template/load-template.js';
import { localeText } from '../template/locales.js';
import { arrangeView } from '../template/slice-view.js';

interface Part {
  label: Localized;
  /** The card's own text of this part (what its length is counted on). */
  texts: string[];
  /** The part's text as the template receives it: the part is printed if one of these is in the HTML. */
  shown: string[];
  /** The list a summary card abridges, if this part is one. */
  section?: string;
}

function cardParts(card: CardSpec, view: CardView): Part[] {
  const zh = localeText('zh-CN').labels;
  const en = localeText('en').labels;
  const promoted = card.reward.headline ? [] : card.reward.items.slice(0, 1);
  const steps = card.process.flatMap((step) => (typeof step === 'string' ? [step] : [step.title, step.detail ?? '']));
  return [
    { label: { zh: '政策名称', en: 'title' }, texts: [card.title], shown: [view.title] },
    { label: { zh: zh.issuer, en: 'issuer' }, texts: [card.issuer], shown: [view.issuer] },
    { label: { zh: '一句话解读', en: 'summary' }, texts: card.summary ? [card.summary] : [], shown: view.summary ? [view.summary] : [] },
    { label: { zh: zh.highlight, en: 'headline' }, texts: card.reward.headline ? [card.reward.headline] : promoted, shown: view.reward.headline ? [view.reward.headline] : [] },
    { label: { zh: zh.parties, en: en.parties.toLowerCase() }, texts: card.parties, shown: view.parties, section: 'parties' },
    { label: { zh: zh.conditions, en: en.conditions.toLowerCase() }, texts: card.conditions, shown: view.conditions, section: 'conditions' },
    { label: { zh: zh.process, en: en.process.toLowerCase() }, texts: steps, shown: view.steps.map((step) => step.title), section: 'steps' },
    {
      label: { zh: zh.reward, en: en.reward.toLowerCase() },
      texts: [...card.reward.items.slice(promoted.length), ...(card.reward.table?.rows.flat() ?? [])],
      shown: [...view.reward.items, ...(view.reward.table?.rows.flat() ?? [])],
      section: 'reward',
    },
    { label: { zh: zh.materials, en: en.materials.toLowerCase() }, texts: card.materials ?? [], shown: view.materials ?? [], section: 'materials' },
    { label: { zh: zh.period, en: en.period.toLowerCase() }, texts: card.period?.note ? [card.period.note] : [], shown: view.period ? [view.period.badge] : [] },
    {
      label: { zh: zh.contacts, en: en.contacts.toLowerCase() },
      texts: (card.contacts ?? []).flatMap((contact) => [contact.name, contact.phone ?? '', contact.address ?? '']),
      shown: (view.contacts ?? []).map((contact) => contact.name),
    },
  ];
}

/** The two longest parts that `template` prints (and, on a summary card, does not abridge). */
function partsToShorten(template: CardTemplate, view: CardView, card: CardSpec): Array<{ label: Localized; chars: number }> {
  const html = template.renderHtml(arrangeView(template.manifest, view));
  const abridged = new Set<string>(template.manifest.overflow === 'abridge' ? template.manifest.abridge : []);
  const measured = cardParts(card, view)
    .map((part) => ({ ...part, chars: Math.round(part.texts.reduce((sum, text) => sum + visualLength(text), 0)) }))
    .filter((part) => part.chars > 0 && !(part.section && abridged.has(part.section)));
  const printed = measured.filter((part) => part.shown.some((text) => text !== '' && html.includes(Handlebars.escapeExpression(text))));
  // A custom template may print its text in a way we cannot find: then every part may be the cause.
  return (printed.length > 0 ? printed : measured).sort((a, b) => b.chars - a.chars).slice(0, 2);
}

export function overflowError(template: CardTemplate, view: CardView, card: CardSpec, over: number, twoSided: boolean, file: string | undefined): CardError {
  const fixedHeight = template.manifest.height!;
  const parts = partsToShorten(template, view, card);
  const minScale = Math.round(template.manifest.minScale * 100);
  const share = Math.round((over / fixedHeight) * 100);
  const where = twoSided ? { zh: '正反两面', en: ' on two sides' } : { zh: '', en: '' };
  const zh = localeText('zh-CN').labels;
  const en = localeText('en').labels;
  const abridge = template.manifest.overflow === 'abridge' ? template.manifest.abridge : [];
  const sectionName = (section: string, labels: typeof zh): string =>
    section === 'steps' ? labels.process : ((labels as unknown as Record<string, string>)[section] ?? section);
  // A summary card already left its lists out; say so, or the reader shortens the wrong thing.
  const omitted =
    abridge.length > 0
      ? { zh: `省略全部${abridge.map((section) => sectionName(section, zh)).join('、')}条目、`, en: ` and with every item of ${abridge.map((section) => `"${sectionName(section, en)}"`).join(' and ')} left out` }
      : { zh: '', en: '' };
  return new CardError(
    'E_OVERFLOW',
    {
      zh: `内容放不进模板 "${template.name}"${where.zh}：${omitted.zh}文字缩小到 ${minScale}% 后仍超出 ${over} 像素（约 ${share}%）。最长的部分：${parts.map((part) => `${part.label.zh}（${part.chars}字）`).join('、')}。请精简这些内容，或改用 phone 模板（高度随内容增长）`,
      en: `the content does not fit template "${template.name}"${where.en}: even at ${minScale}% text size${omitted.en} it is ${over} px (about ${share}%) too tall. Longest parts: ${parts.map((part) => `${part.label.en} (${part.chars} characters)`).join(', ')}. Shorten them or use the phone template, which grows with the content`,
    },
    { file },
  );
}
