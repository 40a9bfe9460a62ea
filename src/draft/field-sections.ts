/**
 * The heading tree → the sections of each card field: headings the synonym table maps, plus
 * headings that introduce a field's list without naming it (申报企业应符合以下条件：). Also the
 * sub-programmes: sibling groups (一、 sections, 第X条 articles) that each hold their own fields.
 */
import type { SubProgramme } from './draft-report.js';
import { FIELD_KEYWORDS, type DraftField } from './field-synonyms.js';
import { paysSum } from './find-reward.js';
import { shortenText } from './fit-limits.js';
import { fieldForHeading, isAsideHeading, isNoFieldHeading } from './field-for-heading.js';
import { nodeLines, walkNodes, type HeadingNode } from './heading-tree.js';
import { INLINE_ITEM_MARKERS } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { sectionItems } from './section-items.js';
import type { SectionClassifier, SectionText } from './section-model.js';
import { compareLines } from './source-document.js';
import { place } from './source-place.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

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

/**
 * How a label that names a field ends: with a noun of the kind the field lists (申报材料, 条件及要求,
 * 联系方式). A numbered line whose field word stands inside a sentence (审核人审核申报资料后提交审批)
 * is an item that mentions the field, not a heading over it.
 */
const FIELD_NOUN_END = /(?:材料|资料|条件|要求|对象|主体|范围|人群|人员|流程|程序|步骤|方式|渠道|途径|指引|标准|额度|内容|政策|事项|时间|期限|日期|时限|电话|联系人|咨询|清单|证件|资格|类别|办法|证明|文件)$/u;

const ITEM_STYLES = new Set(['digit-dot', 'digit-comma', 'paren-digit', 'digit-paren', 'circled', 'paren-chinese']);

/**
 * 二、申报条件 1、申报主体：… 2、… 3、…: one numbered list holds one kind of item, so an item that
 * happens to start with a key naming another field (申报主体：) is still one of the section's
 * items, when most of its siblings name no field. A key over a list of its own (3.申报材料：(1)…
 * (2)…) opens a section of its own.
 */
function isKeyedItemAmongItems(child: HeadingNode, parent: HeadingNode): boolean {
  // 3.申报材料：(1)申请表；(2)营业执照: a key over a list of its own is a section, not an item.
  if (child.value && [...matchingText(child.value).matchAll(INLINE_ITEM_MARKERS)].length >= 2) return false;
  if (child.field === undefined || !child.value || child.children.length > 0 || !ITEM_STYLES.has(child.style)) return false;
  const siblings = parent.children.filter((sibling) => sibling.style === child.style);
  return siblings.filter((sibling) => sibling.field === undefined).length * 2 > siblings.length;
}

/**
 * 办理流程 1.预受理 … 3.审核 审核人审核补贴申报资料后提交审批 4.…: a numbered line among items that
 * mentions another field's word inside its sentence (its label does not end in a field's noun) is
 * one of the items, when most of its siblings name no field.
 */
function isSentenceAmongItems(child: HeadingNode, parent: HeadingNode, inherited: DraftField): boolean {
  if (child.field === undefined || child.field === inherited || child.value || child.label === undefined || child.children.length > 0 || !ITEM_STYLES.has(child.style)) return false;
  if (FIELD_NOUN_END.test(matchingText(child.label).replace(/（[^（）]*）|[\s：。；，]+$/gu, ''))) return false;
  const siblings = parent.children.filter((sibling) => sibling.style === child.style);
  return siblings.filter((sibling) => sibling.field === undefined).length * 2 > siblings.length;
}

/** The acts of handing in and handling papers a step is named by: 材料提交, 申请提交…材料. */
const HANDING_IN = '提交|报送|上报|递交|上传|填报|受理|审核';
const ACT_LABEL = new RegExp(`(?:${HANDING_IN})$|^(?:申请|申报)?(?:${HANDING_IN})`, 'u');

/**
 * 四、申报程序 （一）网上申报。… （二）材料提交。… / 办理流程 1.申请提交申领…补贴材料: among steps, a
 * part named by an act (a label that ends in the act, 材料提交, or opens with it, 提交…材料) is one
 * more step, though another field's noun stands in it as what is handed in. A part named by a noun
 * (（二）申报材料) over a list of its own stays that field's section.
 */
function isActAmongSteps(child: HeadingNode, inherited: DraftField): boolean {
  if (inherited !== 'process' || child.field === undefined || child.field === inherited || child.value || child.label === undefined || child.children.length > 0 || !ITEM_STYLES.has(child.style)) return false;
  return ACT_LABEL.test(matchingText(child.label).replace(/（[^（）]*）|[\s：。；，]+$/gu, ''));
}

/** 提交材料, 按时报送材料, 报送申报材料: a label that is an act done with the papers, not their list's name. */
const ACT_ON_PAPERS = new RegExp(`^(?:按时|及时|统一|集中|认真)?(?:${HANDING_IN})(?:申报|申请|相关|书面|纸质|推荐)?(?:材料|资料)$`, 'u');
const HANDS_IN = new RegExp(HANDING_IN, 'u');
/** A label that is only acts of handling papers: 审核报送, 材料报送, 申报受理. */
const ACTS_ONLY = new RegExp(`^(?:${HANDING_IN}|申请|申报|推荐|材料)*(?:${HANDING_IN})$`, 'u');

/**
 * 三、按时报送材料。请各地于8月5日前，将推荐报告…报送省厅 / （二）提交材料。申报企业…填报《申请书》并提交…:
 * a numbered paragraph whose run-in label is an act done with the papers, and whose text says
 * who hands them in where, is a step of the procedure; a label over a list of papers (申报材料：
 * 1.… 2.…, or （1）…（2）… in its text) stays the materials.
 */
function isHandingInParagraph(child: HeadingNode): boolean {
  if (child.label === undefined || !child.value || child.children.length > 0 || !ITEM_STYLES.has(child.style) && child.style !== 'chinese') return false;
  if (!ACT_ON_PAPERS.test(matchingText(child.label).replace(/[\s：。；，]+$/gu, ''))) return false;
  const value = matchingText(child.value);
  return HANDS_IN.test(value) && [...value.matchAll(INLINE_ITEM_MARKERS)].length < 2;
}

/**
 * 一、申报条件 （一）基本条件 … （二）审核报送 1、…审核… 2、…汇总… 3、…报送市局: a part named by an act of
 * handling papers (审核报送, 材料报送), with no other words and a numbered list of its own, holds the
 * steps, whatever the heading above it named.
 */
function isActOverSteps(child: HeadingNode): boolean {
  if (child.label === undefined || child.value || child.children.length < 2 || !ITEM_STYLES.has(child.style)) return false;
  const label = matchingText(child.label).replace(/[\s：。；，]+$/gu, '');
  return [...label].length <= 6 && ACTS_ONLY.test(label);
}

/**
 * 申报程序 1.企业网上申报时间：11月18日…—11月27日… 2.市科技局审核提交时间：… 3.…: among steps, a
 * keyed line that names a time is a step with its time, not the application period (the dates are
 * read from any section all the same).
 */
function isTimedStep(child: HeadingNode, inherited: DraftField): boolean {
  return inherited === 'process' && child.field === 'period' && child.value !== undefined && child.children.length === 0 && ITEM_STYLES.has(child.style);
}

/**
 * 材料受理范围：… 材料准备要求：… 材料受理时间：… 材料受理地点：…: a key that opens with a field's
 * noun (材料) uses it as a modifier; what the key names is said by the words after it (受理范围 → who
 * may apply, 受理时间 → the period, 受理地点 → where to go). A key whose rest names no other field
 * (准备要求) keeps the field of its noun.
 */
function keyAfterLeadingNoun(child: HeadingNode): DraftField | undefined {
  if (child.value === undefined || child.label === undefined || child.field === undefined || child.children.length > 0) return undefined;
  const label = matchingText(child.label);
  const noun = FIELD_KEYWORDS.find(([word, field]) => field === child.field && label.startsWith(word))?.[0];
  if (noun === undefined || label.length <= noun.length) return undefined;
  const field = fieldForHeading(label.slice(noun.length));
  return field !== child.field ? field : undefined;
}

const ALTERNATIVES_LEAD = /(?:之一|其一|任一|任意一项|其中一项)[^：]{0,10}：?$/u;

/**
 * 三、申报要求 …经审核推荐后报送，申报单位需提交以下资料： 1.申报表 2.营业执照: a lead-in that ends a
 * section's text, right before its numbered list, names what the list holds, whatever the
 * section's heading named (a run-on copy puts under one heading what a typed notice split in two).
 * The list is that field's section; the heading keeps its text before the lead-in.
 */
function listLeadField(node: HeadingNode, field: DraftField): DraftField | undefined {
  const lead = node.body[node.body.length - 1];
  const first = node.children[0]?.source;
  if (lead === undefined || first === undefined || compareLines(lead, first) > 0) return undefined;
  if (node.children.some((child) => child.field !== undefined)) return undefined;
  const text = matchingText(lead.text);
  if (ALTERNATIVES_LEAD.test(text)) return undefined;
  const named = LEAD_IN_FIELDS.find(([pattern, leadField]) => leadField !== 'parties' && pattern.test(text))?.[1];
  return named !== field ? named : undefined;
}
/** What the section model reads of a node: its heading and the items it would give. */
export function sectionTextOf(node: HeadingNode): SectionText {
  return { heading: node.label ?? node.text, items: sectionItems(node, 'conditions').map((item) => item.text) };
}

/**
 * A heading the rules leave open that the section model may still read: a labelled section with
 * content, outside every field's section, with no field named anywhere below it (its parts are
 * then the rules' to map), and not a note or an office's heading (注意事项).
 */
export function isOpenSection(node: HeadingNode): boolean {
  if (node.field !== undefined || node.label === undefined || !node.source || node.aside || isAsideHeading(node.label) || isNoFieldHeading(node.label)) return false;
  if (node.children.length === 0 && node.body.length === 0) return false;
  return ![...walkNodes(node)].some((inner) => inner.field !== undefined || leadInField(inner) !== undefined);
}

/**
 * The section model's field for an open heading, when it is sure enough: the rules' gap, filled
 * and marked (`inferred`) so the report can say so.
 */
function inferField(node: HeadingNode, classify: SectionClassifier): void {
  if (!isOpenSection(node)) return;
  const section = sectionTextOf(node);
  if (section.items.length === 0) return;
  const guess = classify(section);
  if (!guess) return;
  node.field = guess.field;
  node.inferred = guess.probability;
}

/**
 * Sections of the tree by field; a section nested in one of the same field belongs to it. With
 * `classify`, a heading the rules map to no field (outside any section) may get the field the
 * section model names.
 */
export function sectionsOf(root: HeadingNode, classify?: SectionClassifier): Map<DraftField, HeadingNode[]> {
  const sections = new Map<DraftField, HeadingNode[]>();
  const visit = (node: HeadingNode, inherited: DraftField | undefined) => {
    for (const child of node.children) {
      // A timed step still states the time: its lines are read for the period as well.
      if (inherited !== undefined && isTimedStep(child, inherited)) sections.set('period', [...(sections.get('period') ?? []), { ...child, children: [] }]);
      if (inherited !== undefined && (isKeyedItemAmongItems(child, node) || isSentenceAmongItems(child, node, inherited) || isTimedStep(child, inherited) || isActAmongSteps(child, inherited))) child.field = undefined;
      child.field = keyAfterLeadingNoun(child) ?? child.field;
      // Not the materials: a step, read as one among the steps or the procedure's prose.
      if (child.field === 'materials' && inherited !== 'materials' && isHandingInParagraph(child)) child.field = inherited === 'process' ? 'process' : undefined;
      if (child.field === undefined) child.field = leadInField(child);
      if (child.field === undefined && inherited !== undefined && inherited !== 'process' && isActOverSteps(child)) child.field = 'process';
      if (child.field === undefined && inherited === undefined && classify) inferField(child, classify);
      const field = child.field;
      const listField = field !== undefined && field !== inherited ? listLeadField(child, field) : undefined;
      if (field !== undefined && listField !== undefined) {
        const lead = child.body[child.body.length - 1]!;
        sections.set(field, [...(sections.get(field) ?? []), { ...child, body: child.body.slice(0, -1), children: [] }]);
        const list: HeadingNode = { ...child, source: undefined, text: lead.text, label: undefined, value: undefined, field: listField, body: [], children: child.children };
        sections.set(listField, [...(sections.get(listField) ?? []), list]);
        visit(list, listField);
      } else if (field !== undefined && field !== inherited) {
        sections.set(field, [...(sections.get(field) ?? []), child]);
        visit(child, field);
      } else visit(child, inherited);
    }
  };
  visit(root, undefined);
  return sections;
}

/**
 * The 第X条 articles among a node's children that each pay something of their own: a 实施细则 writes
 * one support an article (第五条 支持高新技术企业培育。对…给予一次性奖励30万元), with no field headings
 * inside, and each is a programme a card of its own may serve.
 */
function payingArticles(node: HeadingNode): HeadingNode[] {
  return node.children.filter((child) => child.style === 'article' && child.source !== undefined && paysSum(nodeLines(child).map((line) => line.text).join('。')));
}

/** Longest name of an article's programme; a longer first clause is cut. */
const ARTICLE_NAME = 24;

/** 第五条 支持高新技术企业培育。对… → 第五条 支持高新技术企业培育: the article's number and name, its first sentence when short, else its first clause. */
function articleName(article: HeadingNode): string {
  // The article's number as written (第五条), which is how a person finds it in the document.
  const own = article.source!.text;
  const number = own.includes(article.text) ? own.slice(0, own.indexOf(article.text)).trim() : '';
  const first = splitOutsideBrackets(article.text, '。；')[0] ?? article.text;
  const clause = article.label ?? ([...first].length <= ARTICLE_NAME ? first : (splitOutsideBrackets(first, '，：')[0] ?? first));
  return [number, shortenText(clause.trim(), ARTICLE_NAME)].filter(Boolean).join(' ');
}

/** Groups (一、 sections, 第X条 articles) that each hold card fields of their own, or 第X条 articles that each pay. */
export function subProgrammesOf(root: HeadingNode): SubProgramme[] {
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
    const paying = payingArticles(node);
    if (paying.length >= 2) {
      for (const article of paying) found.push({ title: articleName(article), from: place(article.source!), fields: ['reward'] });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}


/**
 * Kinds of applicant that group a conditions section: under 扶持对象应符合以下条件： come
 * （一）经营主体（企业类）：1. 2. 3. and （二）经营主体（个体类）：在本区从事…. The group headings
 * name the parties; a group that is one line (KEY：VALUE, no items) is a party, not a condition.
 */
export function partyGroups(section: HeadingNode): { parties: HeadingNode[]; withoutItems: Set<HeadingNode> } {
  const none = { parties: [], withoutItems: new Set<HeadingNode>() };
  if (!/对象|主体/u.test(matchingText(section.text))) return none;
  const groups = section.children.filter((child) => child.label !== undefined && child.style !== 'label');
  if (groups.length < 2 || groups.length !== section.children.length) return none;
  if (!groups.some((group) => group.children.length > 0)) return none;
  return { parties: groups, withoutItems: new Set(groups.filter((group) => group.children.length === 0)) };
}
