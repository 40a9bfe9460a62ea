/**
 * A party item names who may apply. When the notice goes on, in the same item, to list what that
 * party must meet (…，共包括以下类型：（1）… / …且需满足以下条件之一：（1）…), the list belongs to the
 * conditions of that party, not to its name: the party item ends where its list is introduced.
 */
import { matchingText } from './normalise-text.js';
import type { DraftItem } from './section-items.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

/** Words that introduce a sub-list, ending in a colon: 共包括以下类型：, 需满足以下条件之一：. */
const LIST_LEAD = /(?:以下|下列|如下)[^，,。；;]{0,12}：/u;
/** Where the introducing clause begins: after a comma, or at 且/并 (…资格且需满足以下条件之一：). */
const CLAUSE_START = /[，,；;]|且|并/gu;
const MIN_HEAD = 4;

export function partyHeads(items: readonly DraftItem[]): DraftItem[] {
  return items.map((item) => {
    const normalised = matchingText(item.text);
    const lead = LIST_LEAD.exec(normalised);
    // …且符合以下条件之一的人员： names the party by its conditions, which stay together with it.
    if (!lead || /的/u.test(lead[0])) return item;
    const starts = [...normalised.slice(0, lead.index).matchAll(CLAUSE_START)];
    const cut = starts.length > 0 ? starts[starts.length - 1]!.index : -1;
    if (cut < MIN_HEAD) return item;
    const head = item.text.slice(0, cut).trim().replace(/[，,；;\s]+$/u, '');
    // …符合下列条件的企业： names the party by its conditions; nothing is left to cut to.
    return /(?:的|为)$/u.test(head) ? item : { ...item, text: head };
  });
}

/** …申请对象分别是个人借款人和小微企业借款人。: the parties a sentence lists after 对象是/为/包括. */
const LISTED = /(?:对象|主体|范围)(?:分别|主要)?(?:是|为|包括)(.+?)[。；]?$/u;
const MAX_LISTED = 20;

/** A party item that only lists the kinds of party (A和B, A、B、C) → one item per kind; else unchanged. */
export function listedParties(items: readonly DraftItem[]): DraftItem[] {
  return items.flatMap((item) => {
    const match = LISTED.exec(matchingText(item.text));
    if (!match) return [item];
    const parts = match[1]!.split(/、|和|及|以及|与/u).map((part) => part.trim()).filter(Boolean);
    if (parts.length < 2 || parts.length > 6 || parts.some((part) => [...part].length > MAX_LISTED || /[，。；：]/u.test(part))) return [item];
    // Back to the document's spelling: matchingText keeps every index.
    const start = match.index + match[0].indexOf(match[1]!);
    const listed = item.text.slice(start, start + match[1]!.length);
    return listed.split(/、|和|及|以及|与/u).map((text) => ({ text: text.trim(), lines: item.lines })).filter((part) => part.text !== '');
  });
}

/**
 * Nouns that end a name of people or firms (…人员, …家属, …毕业生, …企业): an inline list whose parts
 * end so names who may apply, one kind each.
 */
const PARTY_NOUN = /(?:人员|人才|人士|人|者|家属|农民|毕业生|学生|职工|军人|家庭|户|企业|单位|机构|组织|合作社|团队|园区|基地)$/u;
/** Longest part of an inline list that is still a name and not a clause (brackets not counted). */
const MAX_PART = 20;
const MIN_PARTS = 3;

/**
 * A line that is nothing but a list of short names set apart by 、 (A、B、C，以及D。), as residents'
 * guides write the kinds of people a measure serves: the parts, each in the document's spelling,
 * when there are three or more, none is longer than a name (MAX_PART outside brackets) or holds a
 * clause mark outside brackets, and all but one end in a noun of people or firms. A sentence never
 * qualifies: its parts hold verbs and punctuation, or it is one part. A modifier that only the first
 * part carries (获得评价的A企业、B企业) belongs to every part, so such a list stays whole.
 */
export function inlinePartyList(text: string): string[] | undefined {
  const body = text.trim().replace(/[。；;.]$/u, '').replace(/等$/u, '');
  const parts = splitOutsideBrackets(body, '、');
  if (parts.length < MIN_PARTS - 1) return undefined;
  // The last kind often follows 以及 (…高校毕业生，以及连续失业满1年的人员).
  const last = /^(.+?)\s*[，,]?\s*以及\s*(.+)$/u.exec(parts[parts.length - 1]!);
  if (last) parts.splice(parts.length - 1, 1, last[1]!, last[2]!);
  if (parts.length < MIN_PARTS) return undefined;
  const names = parts.map((part) => part.trim());
  const bare = names.map((name) => matchingText(name).replace(/（[^（）]*）/gu, ''));
  if (bare.some((name) => [...name].length < 2 || [...name].length > MAX_PART || /[，。；：！？]/u.test(name))) return undefined;
  // 获得市级评价的A企业、B企业和C企业: a modifier in the first part only is shared by all; split, it would be lost.
  if (bare[0]!.includes('的') && bare.slice(1).every((name) => !name.includes('的'))) return undefined;
  const people = bare.filter((name) => PARTY_NOUN.test(name)).length;
  return people >= names.length - 1 ? names : undefined;
}

/** A short line that only leads into the list after it: 目前某市就业困难人员有, 包括：. */
export const LIST_LEAD_LINE = /^[^，。；]{0,20}(?:有|包括|包含|主要是|是指|如下|为)[：]?$/u;

/** Party items that are inline lists of kinds (A、B、C) → one item per kind; others unchanged. */
export function splitPartyLists(items: readonly DraftItem[]): DraftItem[] {
  return items.flatMap((item) => inlinePartyList(item.text)?.map((text) => ({ text, lines: item.lines })) ?? [item]);
}

/**
 * A party item that names a policy or points to one (《某某实施细则》中第十四条…奖补政策, 请参见《申报指南》
 * （附件1））: under 申报范围 a notice lists the programmes it opens, not who may apply.
 */
export function isPolicyNotParty(text: string): boolean {
  const normalised = matchingText(text).trim();
  if (/^(?:请)?(?:参见|详见|参照|见)?《/u.test(normalised)) return true;
  // 支持招大引强。指与《政策意见》第一条所对应的项目。: a programme named by a policy's article, with
  // nobody in it who applies (a party names 企业, 单位, 人员…; 符合《办法》第三条的企业 stays).
  const outsideTitles = normalised.replace(/《[^《》]*》/gu, '');
  if (/《[^《》]+》中?第[一二三四五六七八九十百\d]+条/u.test(normalised) && !PARTY_WORD.test(outsideTitles)) return true;
  // 专项资金的支持范围应当符合《某某指南》: the scope itself is the subject, defined by a document.
  return /范围(?:应当?|须|需)?(?:符合|按照|参照|详见|参见|见)《/u.test(normalised) && !PARTY_WORD.test(outsideTitles);
}

/** Words that name someone who applies, anywhere in an item (企业, 单位, 人员, 机构…). */
const PARTY_WORD = /人员|人才|人士|者|家属|农民|毕业生|学生|职工|军人|家庭|企业|单位|机构|组织|合作社|团队|个体工商户|法人/u;

/**
 * An item that only says where several fields are written (具体申报条件、奖补标准、申报材料等内容详见附件):
 * a pointer to an attachment, with no condition of its own. One field with its requirement
 * (必须符合项目指南规定的申报要求（详见附件）) is a condition and stays.
 */
export function isFieldsPointer(text: string): boolean {
  const normalised = matchingText(text);
  const pointer = /(?:详见|参见|请见|见)(?:附件|《)/u.exec(normalised);
  if (!pointer) return false;
  const named = normalised.slice(0, pointer.index).match(/条件|标准|材料|要求|流程|程序|对象/gu) ?? [];
  return new Set(named).size >= 2;
}

/**
 * An item that only says where to look (详见附件1《某某申报指南》。, 名单详见《关于下达…的通知》,
 * 请认真研读《办法》及其《申报指南》（见附件）): once the titles and brackets are taken out, a short
 * clause whose verb points elsewhere is left, with no requirement or party of its own.
 */
export function isOnlyPointer(text: string): boolean {
  const rest = matchingText(text).replace(/《[^《》]*》|（[^（）]*）|“[^“”]*”/gu, '').replace(/[\s。；，、]+$/u, '').replace(/及其|和|与|、/gu, '');
  // 征求相关部门意见 ends in 见 too, as a word of its own (意见), and points nowhere.
  return /^[^，。；：]{0,14}(?:详见|参见|请见|参阅|查阅|研读|(?<!意)见)(?:附件[\d一二三四五六七八九十、\-]*)?$/u.test(rest);
}

/** 鼓励传统产业企业改造提升…: what the policy aims at, under a 支持范围 heading; no party. */
export function isPolicyAim(text: string): boolean {
  return /^(?:鼓励|引导|推动|推进|促进)/u.test(matchingText(text).trim());
}

/**
 * 各区（园区）负责通知…, 每县（区）限报1项, 各市科技局要…: the subject is the offices that collect the
 * applications, so the sentence is their duty or quota, not a condition the applicant meets
 * (各申报单位须…, 每家企业限报1项 stay).
 */
export function isOfficeDuty(text: string): boolean {
  // 加强项目组织。各板块科技部门要…: a duty said under a short name of its own (a 要求 section's
  // points); the name is a sentence of a few words, the duty follows it.
  const said = matchingText(text).trim().replace(/^[^，。；：、]{2,10}。(?=.)/u, '');
  const duty = /^(?:各|每)(?:县|区|市|镇|街道|园区|地区|板块|主管部门|有关部门|[^，。；、]{1,8}(?:局|委|办|部门))(?:（[^（）]{1,8}）)?([^，。；]{0,4}?)(?:负责|限报|限推|择优推荐|要|应当?|须|做好|组织)/u.exec(said);
  // 各区企业须…, 每区申报单位限报… are about the applicants of each district.
  if (duty !== null && !/企业|单位|人|申报|申请/u.test(duty[1]!)) return true;
  // 各县市区科技（和经信）局、高新区科创局负责组织…: several offices named with 、, then their duty.
  const offices = OFFICE_LIST.exec(said.replace(/（[^（）]*）/gu, ''));
  return offices !== null && !/企业|单位|人员|申报|申请/u.test(offices[1]!);
}
const OFFICE_LIST = /^各((?:[^，。；、]{1,14}?(?:局|委员会|管委会|委|办|部门))(?:、[^，。；、]{1,14}?(?:局|委员会|管委会|委|办|部门))+)(?:负责|要|应当?|须|做好|组织)/u;

/**
 * A sentence under a parties heading that states what the applicant must have or do (具备…实力,
 * 须…, 应当…), not who it is. Only read after a first party item: a lone item that names the party
 * by its requirements (申报企业须为中小企业…) stays a party.
 */
export function isRequirementOfParty(text: string): boolean {
  const normalised = matchingText(text).trim();
  // 高校毕业生创业的，应为…的离校2年内高校毕业生: a case named in a clause of its own, then what it must be.
  // 参展单位近三年无严重失信行为 / …D级企业及列入严重失信名单的企业不得享受该政策: a bar, said without 须.
  return /具备|须|应当|必须|需具有|需具备/u.test(normalised) || CASE_THEN_REQUIREMENT.test(normalised) || BAR.test(normalised);
}
const CASE_THEN_REQUIREMENT = /^[^，。；：]{2,30}的[，,]\s*(?:应|需)/u;
/** What bars an applicant: 不得享受/申报, 无…失信/违法…, 未被列入…, 近三年…. */
const BAR = /不得(?:享受|申报|申请|参与|参加)|(?:无|未发生|没有)[^，。；]{0,10}(?:失信|违法|违规|不良|事故|欠税)|未(?:被)?列入|近[一二三两\d]年(?:内|来)?/u;

/**
 * 资金申报企业应在我市注册纳税，具有独立法人资格…: an item that opens with the applicant as its subject
 * and then says what it must do or have (应在…, 须具备…) states a requirement, not who applies,
 * even as the first item under a parties heading; 申报企业须为中小企业 (须为, 应是) names the party.
 */
export function isApplicantRequirement(text: string): boolean {
  return APPLICANT_REQUIREMENT.test(matchingText(text).trim());
}
const APPLICANT_REQUIREMENT = /^[^，。；：]{0,8}(?:申报|申请)(?:企业|单位|主体|人)(?:应当?|须|必须)(?!为|是|属于)(?:在|具有|具备|依法|符合|满足|有)/u;

/**
 * After the party, a clause or sentence that names the applicant again by what it applies for and
 * says what it must have (…注册企业，申报省级工程中心的企业应建有…; …的氢能企业或机构。申请本办法奖励的
 * 氢能企业或机构必须依法…): the applicant's requirement, run into the party's item.
 */
const REQUIREMENT_AFTER_PARTY = /[，。；]\s*(?=(?:申报|申请)[^，。；]{2,40}的[^，。；]{0,12}(?:企业|单位|机构|人员|个人|主体|人才)[^，。；]{0,6}?(?:应当|应|须|必须|需)(?!于|在[^，。；]{0,12}(?:前|内)|按|登录|通过|向|提交|报送|填报))/u;

/** The party and the requirement run into its item, or undefined when the item holds no such requirement. */
export function partyAndRequirement(text: string): { party: string; requirement: string } | undefined {
  const cut = REQUIREMENT_AFTER_PARTY.exec(matchingText(text));
  if (!cut || cut.index === 0) return undefined;
  const party = text.slice(0, cut.index + (/[。；]/u.test(cut[0]) ? 1 : 0)).trim();
  return { party, requirement: text.slice(cut.index + cut[0].length).trim() };
}

/**
 * 对离校2年内高校毕业生…正常运营1年以上的，给予一次性开业补贴，补贴标准为5000元。: one sentence that
 * names whom a measure is for (对…的) and what it pays them (给予…). The party is the case without
 * its 对, the grant is the reward; a sentence that grants nothing (对…的，优先支持) is left whole.
 */
export function caseAndGrant(text: string): { party: string; grant: string } | undefined {
  const normalised = matchingText(text);
  const match = /^(\s*对)([^。；：]{4,}?的)[，,]\s*((?:可|将)?(?:一次性)?给予.+)$/u.exec(normalised);
  if (!match || !PARTY_WORD.test(match[2]!)) return undefined;
  // matchingText keeps every index, so the document's spelling is cut at the same places.
  const start = match[1]!.length;
  const grantStart = normalised.length - match[3]!.length;
  return { party: text.slice(start, start + match[2]!.length).trim(), grant: text.slice(grantStart).trim() };
}

/**
 * A party item that says which projects qualify (…开工的实际投资额1000万元以上的技术改造项目) or bars some
 * (已享受市级补助的项目，不得重复申报): under 申报范围 a notice often states what the project must be,
 * not who applies, so it is a condition. Only a qualified project (a clause with 的 before 项目, long
 * enough to hold a requirement) with nobody named outside brackets; a bare programme name stays.
 */
export function isProjectRequirement(text: string): boolean {
  const normalised = matchingText(text).trim();
  const outside = normalised.replace(/（[^（）]*）/gu, '').replace(/《[^《》]*》/gu, '');
  if (/的(?:企业|单位|项目|人员|个人|机构|主体)[，,]?(?:均|一律)?不得(?:重复|再|再次)?(?:申报|申请|参与|参加|享受)/u.test(normalised)) return true;
  // 面向…的项目 and 相关项目是指… say whom the call addresses or define a word: the party as written.
  if (/面向|是指|(?:^|。)指/u.test(outside) || isPolicyNotParty(text)) return false;
  return [...outside].length >= MIN_PROJECT_REQUIREMENT && /的[^。；，]*项目[。；]?$/u.test(outside) && !PARTY_WORD.test(outside);
}
const MIN_PROJECT_REQUIREMENT = 15;

/**
 * 毕业后两年内未就业且自愿申请见习的高校毕业生（在享受补贴期间，不参加社会保险） as the one line
 * between 办理条件 and its (1)(2)(3): a noun phrase that names someone, with no requirement verb of its
 * own, says who the conditions are for: the party.
 */
export function isPartyLead(text: string): boolean {
  const outside = matchingText(text).trim().replace(/（[^（）]*）$/u, '').replace(/[。；]$/u, '');
  return [...outside].length <= MAX_PARTY_LEAD && !/[。；：]/u.test(outside) && !/须|应|需|必须|符合|满足|具备|以下|下列|如下/u.test(outside) && PARTY_NOUN_END.test(outside);
}
const MAX_PARTY_LEAD = 80;
const PARTY_NOUN_END = /的[^，]*(?:人员|人才|毕业生|学生|职工|青年|家庭|居民|企业|单位|机构|个体工商户|法人|团队)$/u;
