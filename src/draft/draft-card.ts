/**
 * A policy document's lines → a draft card spec and its review report. Pure: no files, no
 * network. The stages run in order:
 *   split one-paragraph documents at their numbering → drop web chrome → title, signature block
 *   and 文号 → heading tree → sections by the synonym table → items and facts → limits →
 *   placeholders and config defaults → report.
 * Nothing is guessed: a required field that was not found gets a `待补充` placeholder, which
 * validation refuses until a person fills it in.
 */
import path from 'node:path';
import { CardError, type Localized } from '../errors.js';
import { slugFromTitle } from '../import/slug-from-title.js';
import type { Limits } from '../limits.js';
import { ID_PATTERN, LIMITS, RESERVED_IDS, type CardSpecInput, type QrPurpose, type SpecLimits } from '../spec/card-schema.js';
import { placeholderFor } from '../spec/draft-placeholder.js';
import { labelForPath, toPointer } from '../spec/field-labels.js';
import { isChromeLine } from './chrome-lines.js';
import type { DraftDoubt, DraftReport, FieldSource, SourcePlace, SubProgramme } from './draft-report.js';
import { DRAFT_FIELD_LABELS, type DraftField } from './field-synonyms.js';
import { findContacts, type FoundContact } from './find-contacts.js';
import { findDocNo } from './find-doc-no.js';
import { findPeriod } from './find-period.js';
import { amountsIn, rewardHeadline, tierTable } from './find-reward.js';
import { findTitle } from './find-title.js';
import { fitItem, shortenText } from './fit-limits.js';
import { buildHeadingTree, nodeLines, walkNodes, type HeadingNode } from './heading-tree.js';
import { matchingText } from './normalise-text.js';
import { sectionItems, type DraftItem } from './section-items.js';
import { findInnerSignature, findSignatureBlock, isOfficeName } from './signature-block.js';
import type { SourceDocument, SourceLine } from './source-document.js';
import { splitInlineHeadings } from './split-inline-headings.js';

/** Values that are the same for every policy of one office (config `draft.defaults`). */
export interface DraftDefaults {
  /** Used when the document names no issuer. */
  issuer?: string | undefined;
  /** The card's category; documents rarely state one. */
  category?: string | undefined;
  /** Used when the document gives no phone number. */
  contacts?: Array<{ name: string; phone?: string | undefined; address?: string | undefined }> | undefined;
  /** The QR code of every draft: where it leads when `--url` is not given, and its caption. */
  qr?: { url?: string | undefined; caption?: string | undefined; purpose?: QrPurpose | undefined } | undefined;
}

export interface DraftOptions {
  /** Where the card's QR code leads. Without it (and without defaults.qr.url) the URL is a placeholder. */
  url?: string | undefined;
  /** The card id. @default the pinyin of the title, as import makes ids */
  id?: string | undefined;
  /** Field and list limits (the config's `limits`). @default DEFAULT_LIMITS */
  limits?: Pick<Limits, 'spec'> | undefined;
  /** The config's `draft.defaults`. */
  defaults?: DraftDefaults | undefined;
}

/** A draft spec: a card spec that may still hold `待补充` placeholders. */
export type DraftSpec = CardSpecInput & { id: string };

export interface DraftResult {
  spec: DraftSpec;
  report: DraftReport;
}

/** An item longer than this is flagged for review even when it fits the limits. */
const LONG_ITEM = 150;
/** Longest source text quoted in the report per value. */
const QUOTE = 160;

const LEAD_IN_FIELDS: Array<[RegExp, DraftField]> = [
  [/(?:满足|符合|具备|达到)(?:以下|下列|如下)[^，。；]{0,8}(?:条件|要求|标准)[^，。；]{0,6}：?$/u, 'conditions'],
  [/(?:提交|提供|报送|准备|上传|附送)(?:以下|下列|如下)[^，。；]{0,8}(?:材料|资料)[^，。；]{0,6}：?$/u, 'materials'],
  [/(?:按照|按)(?:以下|下列|如下)[^，。；]{0,8}(?:程序|流程|步骤)[^，。；]{0,6}：?$/u, 'process'],
  [/(?:对象|主体|范围)(?:如下|包括|为|是)?：?$/u, 'parties'],
];

/** A heading that names no field but introduces a list of one: 申报企业应符合以下条件：. */
function leadInField(node: HeadingNode): DraftField | undefined {
  // 满足以下条件之一： introduces alternatives that together are one item, not a list of its own.
  if (node.children.length === 0 || ALTERNATIVES_LEAD.test(matchingText(node.text))) return undefined;
  const texts = [node.text, node.body[node.body.length - 1]?.text ?? ''].map(matchingText);
  for (const [pattern, field] of LEAD_IN_FIELDS) if (texts.some((text) => pattern.test(text))) return field;
  return undefined;
}

const ALTERNATIVES_LEAD = /(?:之一|其一|任一|任意一项|其中一项)[^：]{0,10}：?$/u;
const REWARD_WORDS = /给予|奖励|补贴|补助|资助|扶持|奖补|支持/u;
const PERCENT = /\d+(?:\.\d+)?\s*[%％]/u;
const PARTIES_PROSE = /(?:申报|支持|扶持|适用|奖励|补贴|资助|申请)(?:对象|范围|主体)(?:为|是|包括|：)(.{4,})/u;
const PARTIES_APPLY = /本(?:政策|办法|细则|通知|措施|指南|意见)适用于(.{4,})/u;

function place(line: SourceLine): SourcePlace {
  return line.page !== undefined ? { line: line.line, page: line.page } : { line: line.line };
}

function quote(lines: readonly SourceLine[]): string {
  return shortenText(lines.map((line) => line.text).join(' '), QUOTE);
}

function sentencesOf(line: SourceLine): string[] {
  return line.text.match(/[^。！？]+[。！？]?/gu)?.map((part) => part.trim()).filter(Boolean) ?? [];
}

function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** The issuer named before 关于 in a title: 苏州市科学技术局关于… → 苏州市科学技术局. */
function issuerFromTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const before = title.split('关于')[0]?.trim();
  if (!before || before === title) return undefined;
  const offices = before.split(/[、\s]+/u).filter(Boolean);
  return offices.length > 0 && offices.every(isOfficeName) ? offices.join('、') : undefined;
}

/** 发文机关：… / 发布机构：… in a page's metadata: the issuer when it names an office. */
function issuerFromMetadata(lines: readonly SourceLine[]): { text: string; line: SourceLine } | undefined {
  for (const line of lines) {
    const match = /^(?:发文机关|发布机构|发文单位|发文机构|制发机关)\s*：\s*(.+)$/u.exec(matchingText(line.text).trim());
    if (!match) continue;
    const value = line.text.slice(line.text.length - match[1]!.length).trim();
    const offices = value.split(/[、\s]+/u).filter(Boolean);
    if (offices.length > 0 && offices.every(isOfficeName)) return { text: offices.join('、'), line };
  }
  return undefined;
}

function yearFromPublished(lines: readonly SourceLine[]): number | undefined {
  for (const line of lines) {
    const match = /(?:发布时间|发布日期|成文日期|发表日期|日期)\s*[：:]?\s*((?:19|20)\d{2})[-年./]/u.exec(matchingText(line.text));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** A long process item → a step: its first clause as the title, the rest as the detail. */
function toStep(text: string, limits: SpecLimits): string | { title: string; detail?: string } {
  if ([...text].length <= limits.stepTitle) return text;
  const normalised = matchingText(text);
  const colon = normalised.indexOf('：');
  const clauseEnd = normalised.search(/[，。；：]/u);
  const cut = colon > 0 && colon <= limits.stepTitle ? colon : clauseEnd;
  if (cut > 0 && cut <= limits.stepTitle) {
    const detail = text.slice(cut + 1).trim();
    return detail ? { title: text.slice(0, cut).trim(), detail } : text.slice(0, cut).trim();
  }
  return { title: shortenText(text, limits.stepTitle), detail: text };
}

class DraftBuilder {
  readonly sources: FieldSource[] = [];
  readonly doubts: DraftDoubt[] = [];
  readonly missing: DraftReport['missing'] = [];
  readonly fromDefaults: DraftReport['fromDefaults'] = [];

  constructor(private readonly limits: SpecLimits) {}

  /** Record where a value came from: its lines, and the source text (the item itself when one line holds several). */
  source(pathParts: Array<string | number>, lines: readonly SourceLine[], text?: string): void {
    if (lines.length === 0) return;
    this.sources.push({ path: toPointer(pathParts), label: labelForPath(pathParts), from: lines.map(place), text: text === undefined ? quote(lines) : shortenText(text, QUOTE) });
  }

  /** Items → the list a card field allows: long items split or shortened, the list capped. */
  list(pathParts: Array<string | number>, items: readonly DraftItem[], maxItems: number): string[] {
    const out: string[] = [];
    const from: SourceLine[][] = [];
    const found: string[] = [];
    for (const item of items) {
      const fitted = fitItem(item.text, this.limits.listItem);
      const at = toPointer([...pathParts, out.length]);
      if (fitted.change?.kind === 'split') {
        this.doubts.push({
          kind: 'split',
          path: at,
          from: item.lines.map(place),
          text: {
            zh: `这一项超过 ${this.limits.listItem} 字（limits.fieldChars.listItem），已在句末拆成 ${fitted.change.parts} 项`,
            en: `this item is longer than ${this.limits.listItem} characters (limits.fieldChars.listItem); split at sentence ends into ${fitted.change.parts} items`,
          },
        });
      } else if (fitted.change?.kind === 'shortened') {
        this.doubts.push({
          kind: 'shortened',
          path: at,
          from: item.lines.map(place),
          text: {
            zh: `这一项有 ${fitted.change.from} 字，超过 ${this.limits.listItem} 字（limits.fieldChars.listItem），已截短；请对照原文改写`,
            en: `this item has ${fitted.change.from} characters, more than ${this.limits.listItem} (limits.fieldChars.listItem); shortened, rewrite it from the source`,
          },
        });
      } else if ([...item.text].length > LONG_ITEM) {
        this.doubts.push({
          kind: 'long-item',
          path: at,
          from: item.lines.map(place),
          text: { zh: `这一项很长（${[...item.text].length} 字），可能包含几项内容`, en: `this item is long (${[...item.text].length} characters) and may hold several` },
        });
      }
      for (const part of fitted.parts) {
        out.push(part);
        from.push(item.lines);
        found.push(item.text);
      }
    }
    if (out.length > maxItems) {
      const dropped = out.length - maxItems;
      this.doubts.push({
        kind: 'dropped',
        path: toPointer(pathParts),
        from: from.slice(maxItems).flat().map(place),
        text: {
          zh: `共 ${out.length} 项，超过上限 ${maxItems} 项，后 ${dropped} 项未写入；请合并或删减`,
          en: `${out.length} items, more than the limit of ${maxItems}; the last ${dropped} were left out, merge or trim them`,
        },
      });
      out.length = maxItems;
      from.length = maxItems;
    }
    from.forEach((lines, index) => this.source([...pathParts, index], lines, found[index]));
    return out;
  }

  text(pathParts: Array<string | number>, value: string, max: number, lines: readonly SourceLine[]): string {
    const fitted = [...value].length > max ? shortenText(value, max) : value;
    if (fitted !== value) {
      this.doubts.push({
        kind: 'shortened',
        path: toPointer(pathParts),
        from: lines.map(place),
        text: { zh: `原文有 ${[...value].length} 字，超过 ${max} 字，已截短`, en: `the source has ${[...value].length} characters, more than ${max}; shortened` },
      });
    }
    this.source(pathParts, lines);
    return fitted;
  }

  placeholder(pathParts: Array<string | number>, label: string): string {
    this.missing.push({ path: toPointer(pathParts), label: labelForPath(pathParts), required: true });
    return placeholderFor(label);
  }

  notFound(pathParts: Array<string | number>): void {
    this.missing.push({ path: toPointer(pathParts), label: labelForPath(pathParts), required: false });
  }

  fromDefault(pathParts: Array<string | number>, value: string): void {
    this.fromDefaults.push({ path: toPointer(pathParts), label: labelForPath(pathParts), value });
  }
}

/** Sections of the tree by field; a section nested in one of the same field belongs to it. */
function sectionsOf(root: HeadingNode): Map<DraftField, HeadingNode[]> {
  const sections = new Map<DraftField, HeadingNode[]>();
  const visit = (node: HeadingNode, inherited: DraftField | undefined) => {
    for (const child of node.children) {
      if (child.field === undefined) child.field = leadInField(child);
      const field = child.field;
      if (field !== undefined && field !== inherited) {
        sections.set(field, [...(sections.get(field) ?? []), child]);
        visit(child, field);
      } else visit(child, inherited);
    }
  };
  visit(root, undefined);
  return sections;
}

/** Groups (一、 sections, 第X条 articles) that each hold card fields of their own. */
function subProgrammesOf(root: HeadingNode): SubProgramme[] {
  const found: SubProgramme[] = [];
  const visit = (node: HeadingNode) => {
    const groups = node.children
      .filter((child) => child.field === undefined && child.source)
      .map((child) => ({
        child,
        fields: [...new Set([...walkNodes(child)].map((inner) => inner.field).filter((field): field is DraftField => field !== undefined))],
      }))
      .filter((group) => group.fields.some((field) => field === 'conditions' || field === 'reward' || field === 'parties'));
    if (groups.length >= 2) {
      for (const { child, fields } of groups) found.push({ title: child.text, from: place(child.source!), fields });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

export function draftCard(document: SourceDocument, options: DraftOptions = {}): DraftResult {
  const limits = options.limits?.spec ?? LIMITS;
  const defaults = options.defaults ?? {};
  const draft = new DraftBuilder(limits);

  const lines = splitInlineHeadings(document.lines.filter((line) => line.text.trim() !== ''));
  const content = lines.filter((line) => !isChromeLine(line.text));
  const title = findTitle(content, document.metaTitle);
  const signature = findSignatureBlock(content);
  const docNo = findDocNo(lines);
  const inner = signature.offices.length === 0 ? findInnerSignature(content.slice(0, signature.start)) : undefined;
  const signedBy = inner ?? signature;
  const head = new Set<SourceLine>([
    ...(title?.lines ?? []),
    ...(docNo && docNo.line.text.trim().length <= docNo.text.length + 6 ? [docNo.line] : []),
    ...(inner ? [...inner.officeLines, inner.dateLine!] : []),
  ]);
  const body = content.slice(0, signature.start).filter((line) => !head.has(line));
  const tree = buildHeadingTree(body);
  const sections = sectionsOf(tree);
  const covered = new Set<SourceLine>([...sections.values()].flat().flatMap(nodeLines));
  const uncovered = body.filter((line) => !covered.has(line));

  const itemsOf = (field: DraftField) => (sections.get(field) ?? []).flatMap((node) => sectionItems(node, field, { arrows: field === 'process' }));
  const linesOf = (field: DraftField) => (sections.get(field) ?? []).flatMap(nodeLines);

  // Prose: reward sentences and 申报对象为… where no section says so.
  let rewardItems = itemsOf('reward');
  if (rewardItems.length === 0) {
    rewardItems = uncovered.flatMap((line) =>
      sentencesOf(line)
        .filter((sentence) => REWARD_WORDS.test(sentence) && (amountsIn(sentence).length > 0 || PERCENT.test(sentence)))
        .map((sentence) => ({ text: sentence.replace(/^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]+条)\s*/u, '').trim(), lines: [line] })),
    );
  }
  let partyItems = itemsOf('parties');
  if (partyItems.length === 0) {
    partyItems = uncovered.flatMap((line) =>
      sentencesOf(line).flatMap((sentence) => {
        const match = PARTIES_PROSE.exec(matchingText(sentence)) ?? PARTIES_APPLY.exec(matchingText(sentence));
        return match ? [{ text: sentence.slice(sentence.length - match[1]!.length).replace(/[。；]$/u, '').trim(), lines: [line] }] : [];
      }),
    );
  }
  const conditionItems = itemsOf('conditions');
  const materialItems = itemsOf('materials');
  const processItems = itemsOf('process');

  const defaultYear = yearOf(signedBy.date) ?? (docNo ? Number(/(?:19|20)\d{2}/u.exec(docNo.text)?.[0]) || undefined : undefined) ?? yearFromPublished(lines);
  const period = findPeriod(linesOf('period'), body, defaultYear);
  const contactsFound: FoundContact[] = findContacts(linesOf('contacts'), body);

  const headings = [...walkNodes(tree)]
    .filter((node) => node.label !== undefined && node.source && (node.field !== undefined || node.children.length > 0 || node.body.length > 0 || node.style === 'label' || node.style.startsWith('heading-')))
    .map((node) => ({ from: place(node.source!), text: node.source!.text, ...(node.field ? { field: node.field } : {}) }));

  // A title or 文号 alone is still worth a draft (a person fills in the rest); a text with none of
  // the card's fields is not a policy document.
  const foundAnything =
    partyItems.length + conditionItems.length + materialItems.length + processItems.length + rewardItems.length + contactsFound.length > 0 ||
    period !== undefined ||
    title !== undefined ||
    docNo !== undefined;
  if (!foundAnything) {
    const seen = headings.map((heading) => heading.text);
    throw new CardError(
      'E_DRAFT_EMPTY',
      {
        zh: `找不到任何卡片字段（政策名称、文号、适用对象、申报条件、申报流程、奖补标准、申报材料、申报时间、咨询方式）；看到的标题：${seen.length > 0 ? seen.join('、') : '无'}。请确认这是政策通知或申报指南，或手工填写卡片`,
        en: `no card field found (title, document number, parties, conditions, process, reward, materials, period, contacts); headings seen: ${seen.length > 0 ? seen.join(', ') : 'none'}. Check that this is a policy notice, or write the card by hand`,
      },
      { file: document.file },
    );
  }

  // The spec, in the order of a hand-written card.
  const spec: Record<string, unknown> = {};
  const titleText = title ? draft.text(['title'], title.text, limits.title, title.lines) : draft.placeholder(['title'], '政策名称');
  const id = options.id ?? slugFromTitle(title?.text ?? path.basename(document.file, path.extname(document.file)));
  if (!ID_PATTERN.test(id) || RESERVED_IDS.test(id)) {
    throw new CardError('E_USAGE', {
      zh: `--id ${JSON.stringify(id)} 不能作为编号（只能用小写字母、数字、- 和 _，最长 ${LIMITS.id} 字）`,
      en: `--id ${JSON.stringify(id)} cannot serve as an id (lowercase letters, digits, - and _, at most ${LIMITS.id})`,
    });
  }
  spec['id'] = id;
  spec['title'] = titleText;

  const fromTitle = issuerFromTitle(title?.text);
  const metadataIssuer = issuerFromMetadata(lines);
  if (signedBy.offices.length > 0) spec['issuer'] = draft.text(['issuer'], signedBy.offices.join('、'), limits.issuer, signedBy.officeLines);
  else if (fromTitle && title) spec['issuer'] = draft.text(['issuer'], fromTitle, limits.issuer, title.lines);
  else if (metadataIssuer) spec['issuer'] = draft.text(['issuer'], metadataIssuer.text, limits.issuer, [metadataIssuer.line]);
  else if (defaults.issuer) {
    spec['issuer'] = defaults.issuer;
    draft.fromDefault(['issuer'], defaults.issuer);
  } else spec['issuer'] = draft.placeholder(['issuer'], '发文单位');

  if (docNo) spec['docNo'] = draft.text(['docNo'], docNo.text, limits.docNo, [docNo.line]);
  else draft.notFound(['docNo']);
  if (defaults.category) {
    spec['category'] = defaults.category;
    draft.fromDefault(['category'], defaults.category);
  }

  spec['parties'] = partyItems.length > 0 ? draft.list(['parties'], partyItems, limits.parties) : [draft.placeholder(['parties'], '适用对象')];
  spec['conditions'] = conditionItems.length > 0 ? draft.list(['conditions'], conditionItems, limits.conditions) : [draft.placeholder(['conditions'], '申报条件')];
  if (materialItems.length > 0) spec['materials'] = draft.list(['materials'], materialItems, limits.materials);
  else draft.notFound(['materials']);

  if (processItems.length > 0) {
    const steps = draft.list(['process'], processItems.map((item) => ({ ...item, text: item.text })), limits.process);
    spec['process'] = steps.map((step, index) => {
      const shaped = toStep(step, limits);
      if (typeof shaped !== 'string' && shaped.detail && [...shaped.detail].length > limits.stepDetail) {
        draft.doubts.push({
          kind: 'shortened',
          path: toPointer(['process', index, 'detail']),
          from: [],
          text: { zh: `步骤说明超过 ${limits.stepDetail} 字，已截短`, en: `the step detail is longer than ${limits.stepDetail} characters; shortened` },
        });
        return { title: shaped.title, detail: shortenText(shaped.detail, limits.stepDetail) };
      }
      return shaped;
    });
  } else spec['process'] = [draft.placeholder(['process'], '申报流程')];

  const reward: Record<string, unknown> = {};
  if (rewardItems.length > 0) {
    const items = draft.list(['reward', 'items'], rewardItems, limits.rewardItems);
    const headline = rewardHeadline(items);
    if (headline) {
      reward['headline'] = draft.text(['reward', 'headline'], headline.headline, limits.headline, rewardItems[Math.min(headline.source, rewardItems.length - 1)]?.lines ?? []);
    }
    reward['items'] = items;
    const tiers = rewardItems.map((item) => ({ item, table: tierTable(item.text) })).find((entry) => entry.table !== undefined);
    if (tiers?.table && tiers.table.rows.length <= limits.tableRows && tiers.table.rows.every((row) => row.every((cell) => [...cell].length <= limits.tableCell))) {
      reward['table'] = tiers.table;
      draft.source(['reward', 'table'], tiers.item.lines);
    }
  } else reward['items'] = [draft.placeholder(['reward', 'items'], '奖补标准')];
  spec['reward'] = reward;

  if (period) {
    const value: Record<string, string> = {};
    if (period.start) value['start'] = period.start;
    if (period.end) value['end'] = period.end;
    if (period.note) value['note'] = shortenText(period.note, limits.periodNote);
    spec['period'] = value;
    draft.source(['period'], [period.line]);
  } else draft.notFound(['period']);

  if (contactsFound.length > 0) {
    const contacts = contactsFound.slice(0, limits.contacts).map((contact, index) => {
      const entry: Record<string, string> = { name: draft.text(['contacts', index, 'name'], contact.name, limits.contactName, contact.lines) };
      if (contact.phone) entry['phone'] = shortenText(contact.phone, limits.phone);
      if (contact.address) entry['address'] = shortenText(contact.address, limits.address);
      return entry;
    });
    spec['contacts'] = contacts;
  } else if (defaults.contacts && defaults.contacts.length > 0) {
    spec['contacts'] = defaults.contacts.map((contact) => Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)));
    defaults.contacts.forEach((contact, index) => draft.fromDefault(['contacts', index], [contact.name, contact.phone].filter(Boolean).join(' ')));
  } else draft.notFound(['contacts']);

  const qr: Record<string, string> = {};
  if (options.url) qr['url'] = options.url;
  else if (defaults.qr?.url) {
    qr['url'] = defaults.qr.url;
    draft.fromDefault(['qr', 'url'], defaults.qr.url);
  } else qr['url'] = draft.placeholder(['qr', 'url'], '二维码网址');
  if (defaults.qr?.purpose) qr['purpose'] = defaults.qr.purpose;
  if (defaults.qr?.caption) {
    qr['caption'] = defaults.qr.caption;
    draft.fromDefault(['qr', 'caption'], defaults.qr.caption);
  }
  spec['qr'] = qr;

  const subProgrammes = subProgrammesOf(tree);
  for (const node of walkNodes(tree)) {
    if (node.field !== undefined || node.label === undefined || !node.source || node.value) continue;
    if (node.children.length === 0 && node.style !== 'label' && !node.style.startsWith('heading-')) continue;
    if ([...walkNodes(node)].some((inner) => inner.field !== undefined)) continue;
    if ((['chapter', 'article'] as const).some((style) => node.style === style) && node.children.length === 0) continue;
    draft.doubts.push({
      kind: 'unmatched-heading',
      from: [place(node.source)],
      text: { zh: `标题“${node.source.text}”没有对应的卡片字段，其下内容未写入`, en: `the heading "${node.source.text}" matches no card field; what it holds was not drafted` },
    });
  }
  for (const [field, nodes] of sections) {
    // Contacts and dates often come as several KEY：VALUE lines; that is one section.
    if (nodes.length < 2 || field === 'contacts' || field === 'period') continue;
    const label: Localized = DRAFT_FIELD_LABELS[field];
    draft.doubts.push({
      kind: 'several-sections',
      from: nodes.filter((node) => node.source).map((node) => place(node.source!)),
      text: { zh: `${nodes.length} 处都是${label.zh}，已合并；请确认是否属于不同的子项目`, en: `${nodes.length} sections are ${label.en}; merged, check whether they belong to different programmes` },
    });
  }

  const report: DraftReport = {
    file: document.file,
    format: document.format,
    sources: draft.sources,
    missing: draft.missing,
    fromDefaults: draft.fromDefaults,
    doubts: draft.doubts,
    subProgrammes,
    headings,
  };
  return { spec: spec as DraftSpec, report };
}
