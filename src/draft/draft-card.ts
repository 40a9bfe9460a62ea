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
import { chinesePunctuation } from '../text/chinese-punctuation.js';
import { slugFromTitle } from '../text/slug-from-title.js';
import { assertDraftId, draftIdFromTitle } from './draft-id.js';
import type { Limits } from '../limits.js';
import { LIMITS, type CardSpecInput, type QrPurpose, type SpecLimits } from '../spec/card-schema.js';
import { toPointer } from '../spec/field-labels.js';
import { isChromeLine } from './chrome-lines.js';
import { DraftBuilder } from './draft-builder.js';
import type { DraftReport } from './draft-report.js';
import { partyGroups, sectionsOf, subProgrammesOf } from './field-sections.js';
import { type DraftField } from './field-synonyms.js';
import { labelForPath } from '../spec/field-labels.js';
import { findContacts, type FoundContact } from './find-contacts.js';
import { findDocNo } from './find-doc-no.js';
import { issuerFromMetadata, issuerFromPageInfo, issuerFromTitle } from './find-issuer.js';
import { findPeriod } from './find-period.js';
import { amountClausesAfterGrant, isGrantSentence, latestStandards, onlyBudgets, payingItems, rewardHeadline } from './find-reward.js';
import { labelledAmountsTable, namedTiersIn, parallelItemsTable, tierRowsIn, tiersIn } from './find-tiers.js';
import { findTitle } from './find-title.js';
import { shortenText } from './fit-limits.js';
import { buildHeadingTree, nodeLines, walkNodes } from './heading-tree.js';
import { isPapersOnly, isTimeNotPaper, materialsInProse } from './materials-in-prose.js';
import { labelSteps, procedureSteps, unheadedSteps } from './unheaded-steps.js';
import { stripLineMarker } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { conditionSentences, isDeadlineSending, isDeadlineStep, isHowToApply, partySentences, processSentences, rewardSentences, sentencesOf } from './prose-items.js';
import { sectionItems, type DraftItem } from './section-items.js';
import { findInnerSignature, findRunInSignature, findSignatureBlock } from './signature-block.js';
import { compareLines, type SourceDocument, type SourceLine } from './source-document.js';
import { withoutMirrorMarks } from './mirror-marks.js';
import { caseAndGrant, inlinePartyList, isFieldsPointer, isOnlyPointer, isApplicantRequirement, isOfficeDuty, isRequirementOfParty, isPartyLead, isPolicyAim, isProjectRequirement, isPolicyNotParty, LIST_LEAD_LINE, listedParties, partyAndRequirement, partyHeads, splitPartyLists } from './party-items.js';
import { rewardClauses } from './reward-clauses.js';
import type { SectionClassifier } from './section-model.js';
import { readLineFields } from './line-field-items.js';
import type { LineFieldReader } from './line-field-model.js';
import { distinctPlaces, place } from './source-place.js';
import { isNoticePreamble, splitInlineHeadings } from './split-inline-headings.js';
import { firstOutsideBrackets } from './split-outside-brackets.js';
import { tidyValues } from './tidy-values.js';

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
  /** The card id. @default the pinyin of the title's subject (draftIdFromTitle), else of the file name */
  id?: string | undefined;
  /** Field and list limits (the config's `limits`). @default DEFAULT_LIMITS */
  limits?: Pick<Limits, 'spec'> | undefined;
  /** The config's `draft.defaults`. */
  defaults?: DraftDefaults | undefined;
  /**
   * Asked about headings the synonym table maps to no field (see section-model.ts); a field it
   * names is marked in the report as inferred. Without it, rules alone.
   * @default undefined
   */
  sectionModel?: SectionClassifier | undefined;
  /**
   * Reads every candidate item again by its words and context (line-field-model.ts): moves a
   * rules item to the field it names, adds a left-out piece, each marked in the report as
   * inferred with its probability. Without it, rules alone.
   * @default undefined
   */
  lineModel?: LineFieldReader | undefined;
}

/** A draft spec: a card spec that may still hold `待补充` placeholders. */
export type DraftSpec = CardSpecInput & { id: string };

export interface DraftResult {
  spec: DraftSpec;
  report: DraftReport;
}

/** 符合…条件之一的，提供A、B和C，可以申领…: who qualifies, then the papers to bring, then what they may do. */
const CONDITION_THEN_PAPERS = /^([^。；]{6,}?的)[，,](?:需|须|应|并)?(?:提供|携带|提交|凭)[^，。；]{2,60}[，,](?:即?可以?|均可|方可)/u;

/** A long process item → a step: its first clause as the title, the rest as the detail. */
export function toStep(text: string, limits: SpecLimits): string | { title: string; detail?: string } {
  if ([...text].length <= limits.stepTitle) return text;
  // A colon of http:// ends no clause.
  // A colon of http:// or of a time (6月2日10：00—) ends no clause.
  const normalised = matchingText(text).replace(/：(?=\/\/)/gu, ':').replace(/(?<=\d)：(?=\d{2})/gu, ':');
  // A colon or comma inside a bracket (（网址：www…）) ends no clause of the step.
  const colon = firstOutsideBrackets(normalised, '：');
  const clauseEnd = firstOutsideBrackets(normalised, '，。；：');
  const cut = colon > 0 && colon <= limits.stepTitle ? colon : clauseEnd;
  if (cut > 0 && cut <= limits.stepTitle) {
    const detail = text.slice(cut + 1).trim();
    return detail ? { title: text.slice(0, cut).trim(), detail } : text.slice(0, cut).trim();
  }
  return { title: shortenText(text, limits.stepTitle), detail: text };
}

/**
 * A site's header above the notice's title (登录/注册后您将获得： / 政策推送 / 支持政策信息数据导出 / 400-086-8855 /
 * 当前位置…): where no line above the title ends a sentence, nothing above it is the notice's, so its menu
 * words (支持政策…) head no section and its numbers are no item. A title found inside a line of the text
 * leaves the lines as they are.
 */
function pageHeader(above: readonly SourceLine[]): Set<SourceLine> {
  return above.some((line) => /[。！？!?]/u.test(matchingText(line.text))) ? new Set() : new Set(above);
}

/** Headings named in the one doubt about several that match no field; the rest are counted. */
const NAMED_HEADINGS = 5;

/** Headings that match no card field, as one doubt: the heading itself when there is one, else how many, the first few by name and every place. */
function unmatchedHeadingsDoubt(headings: readonly SourceLine[]): DraftReport['doubts'][number] {
  const from = distinctPlaces(headings.map(place));
  if (headings.length === 1) {
    const text = headings[0]!.text;
    return { kind: 'unmatched-heading', from, text: { zh: `标题“${text}”没有对应的卡片字段，其下内容未写入`, en: `the heading "${text}" matches no card field; what it holds was not drafted` } };
  }
  const named = headings.slice(0, NAMED_HEADINGS).map((line) => line.text);
  const more = headings.length > NAMED_HEADINGS;
  return {
    kind: 'unmatched-heading',
    from,
    text: {
      zh: `${headings.length} 个标题没有对应的卡片字段，其下内容未写入：${named.map((text) => `“${text}”`).join('')}${more ? '等' : ''}`,
      en: `${headings.length} headings match no card field; what they hold was not drafted: ${named.map((text) => `"${text}"`).join(', ')}${more ? ' and more' : ''}`,
    },
  };
}

/** Process sections from this many separate places are a list of policies, not one card's steps (one card holds a handful of programmes at most). */
const SEPARATE_PROGRAMMES = 5;

export function draftCard(document: SourceDocument, options: DraftOptions = {}): DraftResult {
  const limits = options.limits?.spec ?? LIMITS;
  const defaults = options.defaults ?? {};
  const draft = new DraftBuilder(limits);

  const lines = splitInlineHeadings(withoutMirrorMarks(document.lines.filter((line) => line.text.trim() !== '')));
  const content = lines.filter((line) => !isChromeLine(line.text));
  const title = findTitle(content, document.metaTitle, document.pageInfo);
  // The lines above the title's own line, by place in the text, not by line number (a PDF numbers its lines page by page).
  const aboveTitle = content.slice(0, Math.max(0, title && !title.inText && title.lines[0] ? content.indexOf(title.lines[0]) : -1));
  const signature = findSignatureBlock(content);
  const docNo = findDocNo(lines, title?.text);
  const inner = signature.offices.length === 0 ? findInnerSignature(content.slice(0, signature.start)) : undefined;
  // 附件：…汇总表某某局2025年8月27日: a signature that lost its line break.
  const runIn = signature.offices.length === 0 && !inner ? findRunInSignature(content.slice(0, signature.start)) : undefined;
  const signedBy = inner ?? runIn ?? signature;
  const head = new Set<SourceLine>([
    ...(title && !title.inText ? title.lines : []),
    ...(docNo && docNo.line.text.trim().length <= docNo.text.length + 6 ? [docNo.line] : []),
    ...(inner ? [...inner.officeLines, inner.dateLine!] : []),
  ]);
  // 现将有关事项通知如下：: the line that announces the notice is its preamble, no part of any section.
  const header = pageHeader(aboveTitle);
  const body = content.slice(0, signature.start).filter((line) => !head.has(line) && !header.has(line) && !isNoticePreamble(line));
  const tree = buildHeadingTree(body);
  const sections = sectionsOf(tree, options.sectionModel);
  const itemsOf = (field: DraftField) => (sections.get(field) ?? []).flatMap((node) => sectionItems(node, field, { arrows: field === 'process' }));
  const linesOf = (field: DraftField) => (sections.get(field) ?? []).flatMap(nodeLines);
  // Lines that gave a section its items (or its facts); the rest is prose to search for more.
  const covered = new Set<SourceLine>([
    ...(['parties', 'conditions', 'reward', 'process', 'materials'] as const).flatMap((field) => itemsOf(field).flatMap((item) => item.lines)),
    ...linesOf('contacts'),
    ...linesOf('period'),
    ...[...sections.values()].flat().flatMap((node) => (node.source ? [node.source] : [])),
  ]);
  const uncovered = body.filter((line) => !covered.has(line));

  // Prose: reward sentences and 申报对象为… where no section says so.
  let rewardItems = itemsOf('reward');
  if (rewardItems.length === 0) rewardItems = rewardSentences(uncovered);
  // A tier sentence (分别给予…) outside the reward section is still the reward, often its headline.
  else rewardItems = [...rewardSentences(uncovered).filter((item) => tiersIn(item.text) !== undefined), ...rewardItems];
  // 2025年1月起…209元 then 2026年1月起…提高至217元: the card states the latest standard.
  rewardItems = latestStandards(rewardItems);
  // Tiers are read before the cases are cut apart: 对A奖励25万元，B奖励10万元 is one table.
  let rewardSentencesWhole = rewardItems;
  rewardItems = rewardClauses(rewardItems);
  // 每年安排最高100万元经费支持服务中心建设 funds the office's own work; the applicant receives nothing from it.
  rewardItems = rewardItems.filter((item) => !onlyBudgets(item.text));
  // 项目分为三个专项 / 申报指南另行发布 beside 最高支持50万元: only what is paid is the reward.
  rewardItems = payingItems(rewardItems);
  // 对…的，给予…补贴 as the section's first item, the lead its numbered items follow: the case is the
  // party, the grant goes with the other grants found among the parties. A later 对…的，给予… is one
  // case of the reward among others and stays whole.
  const caseGrants: DraftItem[] = [];
  const listedPartyItems = splitPartyLists(listedParties(partyHeads(itemsOf('parties')))).map((item, index) => {
    const split = index === 0 && isGrantSentence(item.text) ? caseAndGrant(item.text) : undefined;
    if (!split || !isGrantSentence(split.grant)) return item;
    caseGrants.push({ text: split.grant, lines: item.lines });
    return { ...item, text: split.party };
  });
  // 某区范围内注册企业，申报某中心的企业应建有…: the party keeps its own words, the requirement run into it is a condition.
  const runInRequirements: DraftItem[] = [];
  const ownPartyItems = listedPartyItems.map((item) => {
    const split = partyAndRequirement(item.text);
    if (!split) return item;
    runInRequirements.push({ text: split.requirement, lines: item.lines });
    return { ...item, text: split.party };
  });
  let partyItems = ownPartyItems;
  let conditionItems = [...runInRequirements, ...itemsOf('conditions')];
  // 三年内在本市注册的独立法人。发起单位…，具备…的实力: after the party, what it must have is a condition.
  // The first party always stays (index > 0), so the parties never empty out this way.
  const requirements = partyItems.filter((item, index) => (index > 0 && isRequirementOfParty(item.text)) || isApplicantRequirement(item.text));
  partyItems = partyItems.filter((item) => !requirements.includes(item));
  // 申报范围：…1000万元以上的技术改造项目。已享受市级补助的项目，不得重复申报: what the project must be.
  const projectRequirements = partyItems.filter((item) => isProjectRequirement(item.text));
  partyItems = partyItems.filter((item) => !projectRequirements.includes(item));
  // Both kinds leave the parties for the conditions, in the document's order.
  conditionItems = [...ownPartyItems.filter((item) => requirements.includes(item) || projectRequirements.includes(item)), ...conditionItems];
  if (partyItems.length === 0) {
    // 扶持对象应符合以下条件： with one group of conditions per kind of applicant.
    for (const section of sections.get('conditions') ?? []) {
      const { parties, withoutItems } = partyGroups(section);
      partyItems.push(...parties.filter((group) => group.source).map((group) => ({ text: stripLineMarker(group.source!.text).replace(/[：:]$/u, ''), lines: [group.source!] })));
      const oneLiners = new Set([...withoutItems].flatMap((group) => (group.source ? [group.source] : [])));
      conditionItems = conditionItems.filter((item) => !item.lines.some((line) => oneLiners.has(line)));
    }
  }
  if (partyItems.length === 0) {
    // 办理条件 / 毕业后两年内未就业的高校毕业生 / （1）…（2）…: the one line before the conditions' list names whom they are for.
    for (const section of sections.get('conditions') ?? []) {
      const first = section.children[0]?.source;
      const leads = first === undefined ? [] : section.body.filter((line) => compareLines(line, first) < 0);
      if (leads.length === 1 && isPartyLead(leads[0]!.text)) {
        partyItems.push({ text: leads[0]!.text.trim(), lines: [leads[0]!] });
        conditionItems = conditionItems.filter((item) => !item.lines.includes(leads[0]!));
      }
    }
  }
  // 申报范围：《某某细则》中第十四条…奖补政策 lists programmes, not who may apply.
  partyItems = partyItems.filter((item) => !isPolicyNotParty(item.text) && !isPolicyAim(item.text) && !isOnlyPointer(item.text));
  // 支持范围及标准：1.某类项目。对符合条件的…按投资额的5%给予补助: an item that grants a sum or a share
  // says what is paid, not who applies; where no section gave the reward, it is the reward.
  const partyGrants = [...caseGrants, ...partyItems.filter((item) => isGrantSentence(item.text))];
  if (partyGrants.length > 0) {
    partyItems = partyItems.filter((item) => !partyGrants.includes(item));
    if (rewardItems.length === 0) {
      rewardItems = partyGrants;
      rewardSentencesWhole = partyGrants;
    }
  }
  if (partyItems.length === 0) partyItems = partySentences(uncovered);
  // …条件之一的，提供居民身份证、相片和证明材料，可以申领: the condition is the clause before the papers.
  conditionItems = conditionItems.map((item) => {
    const papersAfter = CONDITION_THEN_PAPERS.exec(matchingText(item.text));
    return papersAfter ? { ...item, text: item.text.slice(0, papersAfter[1]!.length) } : item;
  });
  // 具体申报条件、奖补标准、申报材料等内容详见附件: where the fields are, not a condition.
  conditionItems = conditionItems.filter((item) => !isFieldsPointer(item.text) && !isOnlyPointer(item.text));
  // 登记失业人员、低保人员、残疾人员…: a condition that only lists kinds of people or firms names who
  // may apply, one kind each; the line that leads into it (目前某市就业困难人员有) goes with it.
  const kindLists = new Set(conditionItems.filter((item) => inlinePartyList(item.text) !== undefined));
  if (kindLists.size > 0) {
    const leads = new Set(conditionItems.filter((item, index) => kindLists.has(conditionItems[index + 1]!) && LIST_LEAD_LINE.test(matchingText(item.text))));
    partyItems = [...partyItems, ...splitPartyLists([...kindLists])];
    conditionItems = conditionItems.filter((item) => !kindLists.has(item) && !leads.has(item));
  }
  // 各区（园区）负责通知…, 每县（区）限报1项: the offices' duty or quota, not the applicant's condition.
  conditionItems = conditionItems.filter((item) => !isOfficeDuty(item.text));
  // …按其缴纳社会保险费的50%给予社保补贴 under 申请条件, where no section gives the reward: it is the reward.
  if (rewardItems.length === 0) {
    const grants = conditionItems.filter((item) => isGrantSentence(item.text));
    // A long condition run into its grant stays the condition; the reward is the amounts told after the grant.
    const toldAfter = grants.flatMap((item) => (amountClausesAfterGrant(item.text) ?? []).map((text) => ({ ...item, text })));
    if (toldAfter.length > 0) {
      rewardItems = toldAfter;
      rewardSentencesWhole = toldAfter;
    } else if (grants.length > 0) {
      rewardItems = grants;
      rewardSentencesWhole = grants;
      conditionItems = conditionItems.filter((item) => !grants.includes(item));
    }
  }
  // 本办法适用对象应当…: what is required of the applicant, said in prose.
  if (conditionItems.length === 0) conditionItems = conditionSentences(uncovered);
  // 需编写…方案，并填写《项目汇总表》 / 上传附件包括…申请表和营业执照副本: papers asked for, no condition on who applies.
  const papersAsked = conditionItems.filter((item) => isPapersOnly(item.text));
  conditionItems = conditionItems.filter((item) => !papersAsked.includes(item));
  // 2026年3月1日-3月31日，仅限邮寄 under 线下提交材料：, or 受理时间… in a materials list: when, not which papers.
  // 各县市区科技局、高新区科创局负责组织…资料报送工作 under 材料报送要求: the offices' duty, not a paper.
  const materialSectionItems = itemsOf('materials');
  const officeDuties = materialSectionItems.filter((item) => isOfficeDuty(item.text));
  let materialItems = materialSectionItems.filter((item) => !isTimeNotPaper(item.text) && !officeDuties.includes(item));
  // A materials section that held only the offices' duty says the applicant's papers are not listed
  // here; the papers a step sentence names are that step's (填写…调查表…将纸质材料报送…), not a list.
  if (materialItems.length === 0 && officeDuties.length === 0) {
    // 将申请表、承诺书…报送至…: the papers named in how-to-apply sentences.
    materialItems = body.flatMap((line) => sentencesOf(line).flatMap((sentence) => materialsInProse(sentence).map((text) => ({ text, lines: [line] }))));
    const seen = new Set<string>();
    materialItems = materialItems.filter((item) => !seen.has(item.text) && seen.add(item.text));
    // Where nothing else names the papers, the sentence that asked for them does.
    if (materialItems.length === 0) materialItems = papersAsked;
  }
  let processItems = itemsOf('process');
  // A list of separate policies (政策清单) gives each its own 申领方式：/办理渠道： line. Those are
  // many programmes' channels, not one card's steps: merged they would read as a flow nobody
  // follows, so the draft leaves the process to the person and names the sections.
  const processSections = sections.get('process') ?? [];
  const separateChannels = processSections.length >= SEPARATE_PROGRAMMES;
  if (separateChannels) {
    draft.doubts.push({
      kind: 'dropped',
      path: toPointer(['process']),
      from: processSections.flatMap((node) => (node.source ? [place(node.source)] : [])),
      text: {
        zh: `${processSections.length} 处各有自己的申报流程，像是多项政策的清单，未合并为一张卡片的流程；请按所选政策填写`,
        en: `${processSections.length} sections each give their own process, as in a list of separate policies; not merged into one card's process, fill it in for the policy chosen`,
      },
    });
    processItems = [];
  } else if (processItems.length === 0) {
    // 于9月26日报送科技厅 or 登录…平台申报 under 申报要求 is how to apply, not a condition.
    const howToApply = (item: DraftItem) => isDeadlineStep(item) || isHowToApply(item);
    processItems = conditionItems.filter(howToApply);
    conditionItems = conditionItems.filter((item) => !howToApply(item));
    // 1.先扫二维码… 2.进入小程序… with no heading over them: the steps themselves.
    const steps = unheadedSteps(tree);
    // 1.由各板块组织推荐… 2.区经委初审… 3.请于…前报送…: numbered parts without a heading that tell the procedure.
    if (steps.length === 0) steps.push(...procedureSteps(tree));
    // 四、工作程序 (一)申请。… (二)审核。…: label steps under a procedure heading the field words do not know.
    if (steps.length === 0) steps.push(...labelSteps(tree));
    const stepLines = new Set(steps.flatMap((item) => item.lines));
    processItems.push(...steps);
    // How to apply, told in prose: 请于…前将…报送至…, 登录…平台申报; also under a heading about the
    // time (二、申报时间。常年接受申报，请…将申报材料报送至我局), which names when but tells how.
    processItems.push(...processSentences([...uncovered, ...linesOf('period')].filter((line) => !stepLines.has(line))));
  } else {
    // 四、相关事项 （一）请各区经信部门…于4月20日前将…上报至市经信局: a deadline and where to send, outside
    // the process section, is one more step of it.
    processItems.push(...processSentences(uncovered).filter(isDeadlineSending));
  }

  // A date inside a condition or a paper (…至…期间未有失信行为) is that item's, not the time to apply.
  // (A line that also gave a process step keeps its dates: …限报1项。…于9月26日报送.)
  const stepLines = new Set(processItems.flatMap((item) => item.lines));
  // A materials item that opens with its dates (2025年10月20日9:00至11月5日17:00，登录系统提交…) says when, so they stay.
  const paperItems = materialSectionItems.filter((item) => !isTimeNotPaper(item.text));
  const itemLines = new Set([...partyItems, ...conditionItems, ...paperItems].flatMap((item) => item.lines).filter((line) => !stepLines.has(line)));
  // No year is lent to a date written without one (9月12日前), not even the signature's: a notice
  // signed in December may mean next year's date, and a copy may be of another year's notice, so
  // such a date stays a note for a person to date.
  const period = findPeriod(linesOf('period'), body.filter((line) => !itemLines.has(line)), undefined);
  // A contact note under the signature (（联系人：…，联系电话：…）) is outside the body but still the contacts.
  // A page's header above the title (联系我们 / 某协会 / 咨询热线：…) is the site's, whose contacts are not the notice's.
  const aboveTitleSet = new Set(aboveTitle);
  const belowTitle = (from: readonly SourceLine[]) => from.filter((line) => !aboveTitleSet.has(line));
  const contactsFound: FoundContact[] = findContacts(belowTitle(linesOf('contacts')), [...belowTitle(body), ...(signature.notes ?? [])]);

  if (options.lineModel) {
    const lists = { parties: partyItems, conditions: conditionItems, materials: materialItems, process: processItems, reward: rewardItems };
    const read = readLineFields(lists, body, tree, options.lineModel, { parties: limits.parties, conditions: limits.conditions, materials: limits.materials, process: limits.process, reward: limits.rewardItems });
    ({ parties: partyItems, conditions: conditionItems, materials: materialItems, process: processItems, reward: rewardItems } = read.lists);
    draft.markInferred(read.inferred);
  }

  const headings = [...walkNodes(tree)]
    .filter((node) => node.label !== undefined && node.source && (node.field !== undefined || node.children.length > 0 || node.body.length > 0 || node.style === 'label' || node.style.startsWith('heading-')))
    .map((node) => ({ from: place(node.source!), text: node.source!.text, ...(node.field ? { field: node.field } : {}), ...(node.inferred !== undefined ? { inferred: node.inferred } : {}) }));

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
  const id = options.id ?? (title ? draftIdFromTitle(title.text) : slugFromTitle(path.basename(document.file, path.extname(document.file))));
  assertDraftId(id);
  spec['id'] = id;
  spec['title'] = titleText;

  const fromTitle = issuerFromTitle(title?.text);
  const metadataIssuer = issuerFromMetadata(lines) ?? issuerFromPageInfo(document.pageInfo);
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

  // A list can come back empty when every item was only a marker or a pointer (tidy-values).
  const parties = draft.list(['parties'], partyItems, limits.parties);
  spec['parties'] = parties.length > 0 ? parties : [draft.placeholder(['parties'], '适用对象')];
  const conditions = draft.list(['conditions'], conditionItems, limits.conditions);
  spec['conditions'] = conditions.length > 0 ? conditions : [draft.placeholder(['conditions'], '申报条件')];
  const materials = draft.list(['materials'], materialItems, limits.materials);
  if (materials.length > 0) spec['materials'] = materials;
  else draft.notFound(['materials']);

  const steps = draft.list(['process'], processItems, limits.process);
  if (steps.length > 0) {
    const shortenedDetails: string[] = [];
    spec['process'] = steps.map((step, index) => {
      const shaped = toStep(step, limits);
      if (typeof shaped !== 'string' && shaped.detail && [...shaped.detail].length > limits.stepDetail) {
        shortenedDetails.push(toPointer(['process', index, 'detail']));
        return { title: shaped.title, detail: shortenText(shaped.detail, limits.stepDetail) };
      }
      return shaped;
    });
    // Several steps shortened: one doubt that says how many, as the lists' item doubts do.
    if (shortenedDetails.length === 1) {
      draft.doubts.push({ kind: 'shortened', path: shortenedDetails[0]!, from: [], text: { zh: `步骤说明超过 ${limits.stepDetail} 字，已截短`, en: `the step detail is longer than ${limits.stepDetail} characters; shortened` } });
    } else if (shortenedDetails.length > 1) {
      draft.doubts.push({
        kind: 'shortened',
        path: toPointer(['process']),
        paths: shortenedDetails,
        from: [],
        text: {
          zh: `${shortenedDetails.length} 个步骤的说明超过 ${limits.stepDetail} 字，已截短：第 ${shortenedDetails.map((path) => Number(path.split('/')[2]) + 1).join('、')} 步`,
          en: `the details of ${shortenedDetails.length} steps are longer than ${limits.stepDetail} characters; shortened: steps ${shortenedDetails.map((path) => Number(path.split('/')[2]) + 1).join(', ')}`,
        },
      });
    }
  } else spec['process'] = [draft.placeholder(['process'], '申报流程')];

  const reward: Record<string, unknown> = {};
  const items = draft.list(['reward', 'items'], rewardItems, limits.rewardItems);
  if (items.length > 0) {
    const headline = rewardHeadline(items);
    if (headline) {
      reward['headline'] = draft.text(['reward', 'headline'], headline.headline, limits.headline, rewardItems[Math.min(headline.source, rewardItems.length - 1)]?.lines ?? []);
    }
    reward['items'] = items;
    const labelled = labelledAmountsTable(rewardItems.map((item) => item.text));
    const found = tierRowsIn(rewardSentencesWhole);
    // 一档：研发费用500万元至1000万元，补助30万元；二档：…: tiers named one after another, with their conditions.
    const named = found || labelled ? undefined : namedTiersIn(rewardSentencesWhole);
    // “甲类专项”，单个项目最高支持50万元 / “乙类专项”，单个项目最高支持30万元: cases written in parallel.
    const parallel = labelled || named ? undefined : parallelItemsTable(rewardItems);
    const tiers = found
      ? { item: { lines: found.lines }, table: found.table }
      : labelled
        ? { item: { lines: rewardItems.flatMap((item) => item.lines) }, table: labelled }
        : named
          ? { item: { lines: named.lines }, table: named.table }
          : parallel
            ? { item: { lines: parallel.items.flatMap((item) => item.lines) }, table: parallel.table }
            : undefined;
    if (tiers?.table && tiers.table.rows.length <= limits.tableRows && tiers.table.columns.length <= limits.tableColumns && tiers.table.rows.every((row) => row.every((cell) => [...cell].length <= limits.tableCell))) {
      reward['table'] = { columns: tiers.table.columns.map(chinesePunctuation), rows: tiers.table.rows.map((row) => row.map(chinesePunctuation)) };
      draft.source(['reward', 'table'], tiers.item.lines);
    }
  } else reward['items'] = [draft.placeholder(['reward', 'items'], '奖补标准')];
  spec['reward'] = reward;

  if (period) {
    const value: Record<string, string> = {};
    if (period.start) value['start'] = period.start;
    if (period.end) value['end'] = period.end;
    if (period.note) value['note'] = chinesePunctuation(shortenText(period.note, limits.periodNote));
    spec['period'] = value;
    draft.source(['period'], [period.line]);
  } else draft.notFound(['period']);

  if (contactsFound.length > limits.contacts) {
    // A notice that lists every district's office has more numbers than a card holds: say which were left out.
    const left = contactsFound.slice(limits.contacts);
    draft.doubts.push({
      kind: 'dropped',
      path: toPointer(['contacts']),
      from: distinctPlaces(left.flatMap((contact) => contact.lines).map(place)),
      text: {
        zh: `找到 ${contactsFound.length} 个联系方式，超过上限 ${limits.contacts} 个（limits.listItems.contacts），未写入：${left.map((contact) => `${contact.name} ${contact.phone ?? ''}`.trim()).join('、')}；请挑选或提高上限`,
        en: `${contactsFound.length} contacts found, more than the limit of ${limits.contacts} (limits.listItems.contacts); left out: ${left.map((contact) => `${contact.name} ${contact.phone ?? ''}`.trim()).join(', ')}. Choose the ones to keep or raise the limit`,
      },
    });
  }
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
  // Groups inside a section (（一）经营主体 under 申报条件) were drafted with it.
  const inSections = new Set([...sections.values()].flat().flatMap((section) => [...walkNodes(section)]));
  const unmatched: SourceLine[] = [];
  for (const node of walkNodes(tree)) {
    if (node.field !== undefined || node.label === undefined || !node.source || node.value || inSections.has(node)) continue;
    if (node.children.length === 0 && node.style !== 'label' && !node.style.startsWith('heading-')) continue;
    if ([...walkNodes(node)].some((inner) => inner.field !== undefined)) continue;
    if ((['chapter', 'article'] as const).some((style) => node.style === style) && node.children.length === 0) continue;
    unmatched.push(node.source);
  }
  if (unmatched.length > 0) draft.doubts.push(unmatchedHeadingsDoubt(unmatched));
  for (const node of walkNodes(tree)) {
    if (node.inferred === undefined || node.field === undefined || !node.source) continue;
    const label: Localized = labelForPath([node.field]);
    const probability = node.inferred.toFixed(2);
    draft.doubts.push({
      kind: 'inferred-heading',
      from: [place(node.source)],
      text: {
        zh: `标题“${node.source.text}”不在同义词表中，按标题推断为${label.zh}（概率 ${probability}），请核对其下内容`,
        en: `the heading "${node.source.text}" is not in the synonym table; inferred from the heading as ${label.en} (probability ${probability}), check what it holds`,
      },
    });
  }
  for (const [field, nodes] of sections) {
    // Contacts and dates often come as several KEY：VALUE lines; that is one section. The processes
    // of a list of policies were not merged, and their doubt already names these places.
    if (nodes.length < 2 || field === 'contacts' || field === 'period' || (field === 'process' && separateChannels)) continue;
    const label: Localized = labelForPath([field]);
    draft.doubts.push({
      kind: 'several-sections',
      // Two sections run into one line (二、申报条件…三、申报条件…) are one place.
      from: distinctPlaces(nodes.filter((node) => node.source).map((node) => place(node.source!))),
      text: { zh: `${nodes.length} 处都是${label.zh}，已合并；请确认是否属于不同的子项目`, en: `${nodes.length} sections hold the ${label.en} and were merged into one; check whether they belong to different programmes` },
    });
  }

  // Last: the single values as a reviewer reads them (list items were tidied where the lists were made).
  tidyValues(spec);
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
