/**
 * Items told in prose, for fields no section lists: reward sentences (给予…万元), 申报对象为…,
 * and how-to-apply sentences (请于…前将…报送至…, 登录…平台申报). Each is one sentence of a line
 * that no section used, so a sentence is never drafted twice.
 */
import type { SourceLine } from './source-document.js';
import { amountsIn, isCaseByCase } from './find-reward.js';
import { stripLineMarker } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import { conditionStart } from './reward-clauses.js';
import type { DraftItem } from './section-items.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

/** Money paid, or tax relief granted (定额扣除, 减免): both are what the policy gives. */
const REWARD_WORDS = /给予|奖励|补贴|补助|资助|扶持|奖补|支持|定额扣除|据实扣除|加计扣除|税前扣除|扣除标准|扣除额度|减免|免征|退还/u;
const PERCENT = /\d+(?:\.\d+)?\s*[%％]/u;
/** A deadline and where to send the papers: 于9月26日报送科技厅, 请于…前将…发送至. Always a process step. */
const DEADLINE_SEND = /于.{0,14}日(?:前|之前)?.{0,30}(?:报送|提交|上报|报至|递交|发送|寄送|送至)/u;
const PROCESS_PROSE = new RegExp(`${DEADLINE_SEND.source}|报送至|报送到|提交至|提交到|发送至|送至|报至|递交|向[^，。；]{2,16}(?:报送|提交|递交)(?![^。；]*(?:包括|如下|以下)[^。；]*：)|登录.{2,30}(?:平台|系统|网站)|通过[^。；]{2,30}(?:平台|系统|官网|网站)(?:（[^（）]*）)?(?:进行)?(?:申报|填报|提交|申请)|网上申报|在线申报|线上申报|(?:线上|网上|纸质|电子)[和与及]?(?:线下|纸质|电子)[^。；，]{0,6}相结合`, 'u');
/**
 * 我委将组织专家对申报材料进行综合评审并择优推荐; 市科技局对申请企业名单…进行审核: an office's review of
 * the applications, told in prose, is a step of the procedure the applicant goes through.
 */
const OFFICE_REVIEW = /(?:^|，)[^，。；]{0,24}(?:局|委|委员会|部门|政府|领导小组|我委|我局|科室)(?:将|负责|统一)?(?:组织专家)?对[^。；]{2,40}(?:进行)?(?:综合)?(?:审核|初审|复审|评审|审查|核实)/u;
const REGISTERED_PARTY = /^[^，。；：]{2,40}(?:注册|设立|登记)(?:并[^，。；]{2,20})?的[^，。；]{0,16}(?:企业|单位|机构|个体工商户|法人)(?:，[^，。；]{0,12}除外)?[。；]?$/u;
const PARTIES_PROSE = /(?:申报|支持|扶持|适用|奖励|补贴|资助|申请)(?:对象|范围|主体)(?:为|是|包括|：)(.{4,})/u;
/**
 * The subject of a sentence that says who may apply (经公示无异议的港澳居民随迁子女可登录系统填报志愿):
 * a person or firm noun right before 可 and a verb of applying. A subject that only says 符合条件的
 * is no party (it names no one), nor does a bare short name (待遇领取人员, defined elsewhere) or a
 * subject after a clause of time (在办理业务时，来穗人员可…).
 */
const PARTIES_MAY = /^((?!符合(?:条件|要求|规定)|如|若)(?![^。；]*时[，,])[^。；]{6,90}?(?:人员|子女|居民|企业|单位|家庭|学生|儿童|少年|青年|人才|个人|个体工商户|参保人|职工)(?:（[^（）]*）)?)(?:均|也|还)?可(?:以)?(?:登录|申请|填报|申领|申报|参加|享受|办理|领取)/u;
/** 本办法所称港澳青年，是指…: a policy's definition of those it serves (a person, a firm or a project), the whole sentence. */
const PARTIES_DEFINED_BY_POLICY = /^本(?:办法|政策|细则|措施|规定|方案|意见|通知)所称[^，。；]{0,20}(?:青年|人员|人才|企业|单位|项目|团队|家庭|居民|个人|主体|学生|职工)[，,]?(?:是指|包括|指)/u;
/**
 * 本办法适用对象应当…, 享受本办法的扶持对象须…: what is required of those it serves, the whole
 * sentence; not 补贴对象应于毕业前提出申请, which is when to apply.
 */
const REQUIRED_OF_PARTIES = /^[^，。；]{0,12}(?:(?:适用|扶持|支持|申报|资助|奖励|补贴|享受)对象|(?:申报|申请)(?:主体|单位|企业)|申请人|项目负责人)(?:均)?(?:应当|应|须|必须|需)(?!于|在[^，。；]{0,12}(?:前|内)|按|登录|通过|将|向|提交|报送|填报|按照)/u;
/**
 * 已享受市级补助的项目，不得重复申报; …的企业不得参与项目申报: a sentence that bars a kind of applicant
 * or project is a condition, whoever it names.
 */
const BARRED = /(?:企业|单位|项目|项目负责人|人员|个人|机构|主体)[^。；]{0,12}?不得(?:重复|再|再次)?(?:申报|申请|参与|参加|享受)/u;
/**
 * 符合《通知》申报范围和申报条件的中小企业可…申报, 申报…企业应符合《实施细则》规定的条件, 根据《…办法》规定的基本
 * 条件及要求申报: the applicant is held to the conditions of a document the notice cites, which is the
 * condition the card can state. A request to the addressees (请各单位按照《通知》要求…) is their duty, and
 * 按照《…》要求 alone says how to fill in, not whom the call admits.
 */
const CITED_CONDITIONS = /^(?!请)[^。；]*(?:(?:符合|满足)《[^《》]+》[^。；]{0,24}?(?:条件|要求)|(?:按照|根据|依据)《[^《》]+》(?:（[^（）]*）)?中?(?:规定|明确|列明)的[^。；]{0,12}?条件)/u;
const PARTIES_APPLY = /本(?:政策|办法|细则|通知|措施|指南|意见)适用于(.{4,})/u;
/** 重点支持…领域…的领军人才（团队）: whom the programme is for, named by what it backs. */
const PARTIES_FOCUS = /重点(?:支持|扶持|资助|引进)(.{6,}?(?:人才|人员|企业|项目|团队|单位|机构|主体)(?:（[^（）]*）)?)(?=[。；，]|$)/u;
/**
 * 按月领取养老金的参保人（以下简称“待遇领取人员”）: a notice that defines whom it addresses, when
 * the defined name is a kind of person or firm (not 专项资金 or 《申报指南》).
 */
const PARTIES_DEFINED = /([^，。；：]{4,60}?)（以下简称[“"]?[^（）”"]{1,12}(?:人员|对象|人|企业|家庭|单位|主体)[”"]?）/u;

/** 一、重点方向 对获得…: a heading run into its sentence in a one-paragraph copy is not part of it. */
function withoutRunInHeading(sentence: string): string {
  return sentence.replace(/^[\u4e00-\u9fa5]{2,8}\s+(?=[\u4e00-\u9fa5])/u, '').trim();
}

/** The sentences of a line, cut where the matching text ends one (so www。abkj。gov。cn stays whole). */
export function sentencesOf(line: SourceLine): string[] {
  return [...matchingText(line.text).matchAll(/[^。！？]+[。！？]?/gu)].map((match) => line.text.slice(match.index, match.index + match[0].length).trim()).filter(Boolean);
}



/** A funding split between levels of government: 由市、区按1:1联动支持. */
const RATIO = /按\s*\d+\s*[:：]\s*\d+/u;
/** How a notice's opening sentence starts: 为贯彻落实…, 根据《…》…, 各有关单位：为…. */
const PREAMBLE = /^(?:各[^：，。]{1,30}：)?\s*(?:为|根据|按照|依据|贯彻|落实)/u;
const LONG_SENTENCE = 120;

const pays = (text: string): boolean => REWARD_WORDS.test(text) && (amountsIn(text).length > 0 || PERCENT.test(text) || RATIO.test(matchingText(text)) || isCaseByCase(text));

/**
 * 各有关单位：为贯彻…，根据…，现开展…申报工作，各区支持经费由市、区按1:1联动支持…: a long opening
 * sentence (a copy that lost its full stops) that ends in what the programme pays: the reward starts
 * at its first paying clause, or at the condition before it when that clause has no subject (对…，且…的，给予…).
 */
function fromFirstPayingClause(sentence: string): string {
  if ([...sentence].length <= LONG_SENTENCE || !PREAMBLE.test(matchingText(sentence))) return sentence;
  const clauses = splitOutsideBrackets(sentence, '，,');
  const first = clauses.findIndex(pays);
  // 对首次认定为…，且在本区依法纳税的，给予…: a clause without its subject starts at its condition.
  const start = first > 0 ? (conditionStart(clauses, first) ?? first) : first;
  // The document's own words from that clause on (its commas may be ASCII).
  return start > 0 ? sentence.slice(sentence.indexOf(clauses[start]!)) : sentence;
}

/** Sentences that give a reward: a reward word and an amount, a percentage or a funding split. */
export function rewardSentences(lines: readonly SourceLine[]): DraftItem[] {
  return lines.flatMap((line) =>
    sentencesOf(line)
      .filter(pays)
      .map((sentence) => ({ text: withoutRunInHeading(stripLineMarker(fromFirstPayingClause(sentence))).replace(/[，,]$/u, ''), lines: [line] })),
  );
}

/** 申报对象为… / 本办法适用于… / 重点支持…人才: what follows, as one item; or the party a notice defines (…的参保人（以下简称…）). */
export function partySentences(lines: readonly SourceLine[]): DraftItem[] {
  return lines.flatMap((line) =>
    sentencesOf(line).flatMap((sentence, index, all) => {
      const own = stripLineMarker(sentence);
      if (PARTIES_DEFINED_BY_POLICY.test(matchingText(own))) {
        // …包括创业团队、企业。其中，创业团队是指…: the sentences that go on with 其中 define its parts.
        const parts: string[] = [];
        for (const next of all.slice(index + 1)) {
          if (!/^其中/u.test(matchingText(next))) break;
          parts.push(next);
        }
        return [{ text: own + parts.join(''), lines: [line] }];
      }
      // 本区范围内注册的非公企业，有特别说明的除外。: a sentence that is only the applicants, named by where they are registered.
      if (REGISTERED_PARTY.test(matchingText(own).trim())) return [{ text: own.trim(), lines: [line] }];
      const match = PARTIES_PROSE.exec(matchingText(sentence)) ?? PARTIES_APPLY.exec(matchingText(sentence)) ?? PARTIES_FOCUS.exec(matchingText(sentence)) ?? PARTIES_MAY.exec(matchingText(sentence).trim());
      const defined = match ? undefined : PARTIES_DEFINED.exec(matchingText(sentence));
      if (defined) return [{ text: sentence.slice(defined.index, defined.index + defined[0].length).trim(), lines: [line] }];
      // matchingText keeps every index, so the group's place in it is its place in the sentence.
      const start = match ? match.index + match[0].indexOf(match[1]!) : 0;
      return match ? [{ text: sentence.slice(start, start + match[1]!.length).replace(/[。；]$/u, '').trim(), lines: [line] }] : [];
    }),
  );
}

/**
 * The clause of a sentence in which an office reviews the applications, from its subject to the
 * end of the clause: a sentence may open with a deadline or, in a run-on copy, hold a whole 办法.
 */
function officeReview(sentence: string): string | undefined {
  const normalised = matchingText(sentence);
  const match = OFFICE_REVIEW.exec(normalised);
  if (!match) return undefined;
  const start = match.index + (match[0].startsWith('，') ? 1 : 0);
  const end = normalised.slice(match.index + match[0].length).search(/[，。；]/u);
  return sentence.slice(start, end < 0 ? sentence.length : match.index + match[0].length + end).trim();
}

/** Sentences that tell how to apply: where to send, which platform to log in to; an office's review. */
export function processSentences(lines: readonly SourceLine[]): DraftItem[] {
  return lines.flatMap((line) =>
    sentencesOf(line)
      .map((sentence) => (PROCESS_PROSE.test(matchingText(sentence)) ? sentence : officeReview(sentence)))
      .filter((sentence): sentence is string => sentence !== undefined && [...sentence].length >= 12)
      .map((sentence) => ({ text: withoutRunInHeading(stripLineMarker(sentence)), lines: [line] })),
  );
}

/**
 * 请各申报单位登录…平台申报 under 申报要求: how to apply, which is a process step when the notice
 * has no process section of its own.
 */
export function isHowToApply(item: DraftItem): boolean {
  return PROCESS_PROSE.test(matchingText(item.text));
}

/** 于2020年4月20日前, 于8月1日下午17:00前: a deadline, however far the sending verb stands from it. */
const DEADLINE = /于[^，。；]{0,16}日[^，。；]{0,10}?(?:前|之前)/u;

/**
 * 请各区经信部门…于2020年4月20日前将…情况行文，并附《…汇总表》一并上报至市经信局: a sentence that names a
 * deadline and sends to an office (a how-to-apply sentence), however long the list between them.
 */
export function isDeadlineSending(item: DraftItem): boolean {
  const normalised = matchingText(item.text);
  return isDeadlineStep(item) || (DEADLINE.test(normalised) && PROCESS_PROSE.test(normalised));
}

/** 于9月26日报送科技厅: a deadline and where to send, which is a process step wherever it stands. */
export function isDeadlineStep(item: DraftItem): boolean {
  return DEADLINE_SEND.test(matchingText(item.text));
}

/** Sentences that state what is required of those a policy serves, where no section lists conditions. */
export function conditionSentences(lines: readonly SourceLine[]): DraftItem[] {
  return lines.flatMap((line) =>
    sentencesOf(line)
      .map((sentence) => stripLineMarker(sentence))
      .filter((sentence) => [REQUIRED_OF_PARTIES, BARRED, CITED_CONDITIONS].some((pattern) => pattern.test(matchingText(sentence).trim())) && !PROCESS_PROSE.test(matchingText(sentence)))
      .map((sentence) => ({ text: sentence, lines: [line] })),
  );
}
