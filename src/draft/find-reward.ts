/**
 * Reward facts: the headline (the largest amount, 最高500万元) and tiers written in prose,
 * 对国家级、省级、市级…分别给予50万元、20万元、10万元奖励, which are a tier table in disguise.
 */
import { matchingText, normaliseWidth } from './normalise-text.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

const AMOUNT = /(\d+(?:[.,，]\d+)*(?:\.\d+)?)\s*(亿|千万|百万|万|千)?\s*元/gu;
const UP_TO = /(?:最高|最多|上限|不超过|不高于|封顶|最高不超过|最高可达|最高给予|累计不超过)[^，。；\d]{0,6}$/u;
const UNITS: Record<string, number> = { 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

/** Words before an amount that make it a threshold to reach, not money paid: 销售收入首次突破1000万元. */
const THRESHOLD = /突破|超过|达到|不低于|不少于|高于|投资额?|销售收入|营业收入|营收|产值|规模|总额|总投资/u;
/**
 * Words after an amount that make it a condition on the applicant (研发费用1000万元以上，补助50万元;
 * 500万元以下的企业; 投资1000万元的项目): the firm's figure, whatever its name, not money paid.
 */
const THRESHOLD_AFTER = /^\s*(?:[（(]含(?:本数)?[）)])?\s*(?:(?:及|或)?\s*以[上下]|的(?:企业|项目|单位|主体|工业企业))/u;
/** A payment word just before an amount: 给予500万元以下的补助, 奖励100万元以上 name money paid, however bounded. */
const PAID_BEFORE = /(?:给予|补助|补贴|奖励|资助|奖补|扶持|支持)[^，。；\d]{0,4}$/u;

/**
 * An amount the office sets aside for its own work (每年安排最高100万元经费支持服务中心建设): a budget,
 * not what an applicant receives, so never the headline nor, alone, a reward item.
 */
const BUDGET_BEFORE = /(?:安排|统筹|列支|预算|设立)[^，。；\d]{0,8}$/u;
const BUDGET_AFTER = /^\s*(?:的)?(?:工作)?(?:经费|专项经费|工作经费|预算)/u;
/**
 * 上述补助资金合计180万元: the sum of what a notice pays to all its applicants, no one's reward. A
 * ceiling on one applicant's sum (每家合计不超过50万元) says 不超过, so it stays an amount paid.
 */
const TOTAL_BEFORE = /(?:合计|共计|总计)[^，。；\d]{0,4}$/u;

/**
 * A floor on what is paid (补贴标准不低于1.2万元, 奖励金额不少于5000元, 给予不低于300万元奖励): 不低于 after the
 * payment's own standard, or right after 给予, is the least an applicant receives, money paid, where after a firm's figure it is a threshold.
 */
const PAYMENT_FLOOR = /(?:(?:补贴|奖励|补助|资助|奖补)(?:标准|金额|额度)\s*(?:为|按)?|给予)\s*(?:不低于|不少于)\s*$/u;

/** What joins the ends of a range (500万元至1000万元, 5000万元（含）—1亿元). */
const RANGE_BETWEEN = /至|到|—|－|-|~|～|–/u;
/** Words that pay in a clause: a range beside one is what is paid (给予5万元至10万元补助), not a threshold. */
const PAYMENT_IN_CLAUSE = /给予|奖励|补贴|补助|资助|奖补|扶持|支持|发放|标准|最高|上限|不超过/u;

const PER_AREA_AFTER = /^\s*(?:\/|每)\s*(?:平方米|平米|㎡|m2|m²|亩)/u;
const PER_AREA_BEFORE = /每\s*(?:平方米|平米|㎡|亩)[^，。；\d]{0,4}$/u;

export interface Amount {
  /** As written, e.g. 500万元. */
  text: string;
  yuan: number;
  upTo: boolean;
  /** A threshold (…突破1000万元、2000万元的), not an amount paid. */
  threshold: boolean;
  /** A price per area (32.5元/平方米/月, 每平方米18元): a rent or a price, never the headline. */
  perArea: boolean;
  /** A budget the office sets aside (安排100万元经费) or the sum it pays out (合计180万元), not money an applicant receives. */
  budget: boolean;
  index: number;
}

export function amountsIn(text: string): Amount[] {
  const normalised = normaliseWidth(text);
  const amounts: Amount[] = [];
  let previousEnd = -1;
  /** The amounts listed one after another up to this one (1000万元、2000万元; 500万元（含）至1000万元). */
  let run: Amount[] = [];
  for (const match of normalised.matchAll(AMOUNT)) {
    const number = Number(match[1]!.replace(/[,，]/gu, ''));
    if (!Number.isFinite(number) || number <= 0) continue;
    // Only the words after the previous amount: in 产值2亿元及以上奖励20万元 the 产值 is the threshold's, not the award's.
    const before = normalised.slice(Math.max(0, match.index - 10, previousEnd), match.index);
    const upTo = UP_TO.test(normalised.slice(Math.max(0, match.index - 12), match.index));
    // 1000万元、2000万元, or a range 5000万元（含）—1亿元: an amount listed right after another is of the same kind.
    const between = normalised.slice(previousEnd, match.index);
    const listed = previousEnd >= 0 && (/^[\s、和及或]*$/u.test(between) || /^\s*(?:[（(][^（）()]{0,12})?[）)]?\s*(?:—|－|-|~|～|–|至|到)\s*$/u.test(between) || /^\s*[（(]\s*(?:含|即|约)?\s*$/u.test(between));
    const floor = PAYMENT_FLOOR.test(normalised.slice(Math.max(0, match.index - 12), match.index));
    const after = normalised.slice(match.index + match[0].length);
    const conditionAfter = THRESHOLD_AFTER.test(after) && !PAID_BEFORE.test(before);
    const threshold = !upTo && !floor && (conditionAfter || (listed ? (amounts[amounts.length - 1]?.threshold ?? false) : THRESHOLD.test(before)));
    const perArea = PER_AREA_AFTER.test(after) || PER_AREA_BEFORE.test(before);
    const lead = normalised.slice(Math.max(0, match.index - 12), match.index);
    const budget = BUDGET_BEFORE.test(lead) || (!upTo && TOTAL_BEFORE.test(lead)) || BUDGET_AFTER.test(after);
    const amount = { text: text.slice(match.index, match.index + match[0].length).replace(/\s+/gu, ''), yuan: number * (UNITS[match[2] ?? ''] ?? 1), upTo, threshold, perArea, budget, index: match.index };
    amounts.push(amount);
    // 研发费用500万元至1000万元，补助30万元: a range in a clause that pays nothing is the firm's figure, both ends.
    if (listed && RANGE_BETWEEN.test(between) && !upTo) {
      // normaliseWidth has made the clause marks ASCII (，→, ；→;).
      const clauseStart = Math.max(...[...',;。'].map((mark) => normalised.lastIndexOf(mark, match.index)));
      const clauseEnd = after.search(/[,;。]/u);
      const clause = normalised.slice(clauseStart + 1, clauseEnd < 0 ? undefined : match.index + match[0].length + clauseEnd);
      if (!PAYMENT_IN_CLAUSE.test(clause)) for (const earlier of [...run, amount]) if (!earlier.upTo) earlier.threshold = true;
    }
    run = listed ? [...run, amount] : [amount];
    // 500万元（含）至1000万元的企业: the words after a list or range's last amount are all of its amounts'.
    if (threshold && conditionAfter) for (const earlier of run) if (!earlier.upTo) earlier.threshold = true;
    previousEnd = match.index + match[0].length;
  }
  return amounts;
}

/**
 * The headline of these texts: the largest amount as written, with 最高 in front when the text
 * says 最高/不超过 before it. Nothing is added that the text does not say.
 */
export function rewardHeadline(texts: readonly string[]): { headline: string; source: number } | undefined {
  let best: { amount: Amount; source: number } | undefined;
  texts.forEach((text, source) => {
    for (const amount of amountsIn(text).filter((found) => !found.threshold && !found.perArea && !found.budget)) {
      if (!best || amount.yuan > best.amount.yuan || (amount.yuan === best.amount.yuan && amount.upTo && !best.amount.upTo)) best = { amount, source };
    }
  });
  if (!best) return undefined;
  const { amount, source } = best as { amount: Amount; source: number };
  return { headline: amount.upTo ? `最高${amount.text}` : amount.text, source };
}

export interface TierTable {
  columns: string[];
  rows: string[][];
}

const RESPECTIVELY = /分别(?:给予|奖励|补助|补贴|资助|支持|一次性给予|按)?/u;

/** The longest ending shared by all these texts. */
function commonSuffix(texts: readonly string[]): string {
  if (texts.length === 0) return '';
  let suffix = texts[0]!;
  for (const text of texts.slice(1)) {
    while (suffix && !text.endsWith(suffix)) suffix = suffix.slice(1);
  }
  return suffix;
}

/** 10万元、50、200万元: the amounts of a 分别 list, a bare number included (its unit is the next one's). */
function tierAmounts(text: string): string[] {
  const first = /\d+(?:\.\d+)?\s*(?:亿|千万|百万|万|千)?\s*元/u.exec(text);
  if (!first) return [];
  const run = /^(?:\d+(?:\.\d+)?\s*(?:亿|千万|百万|万|千)?\s*元?\s*(?:、|和|及|或|，)?\s*)+/u.exec(text.slice(first.index));
  return (run?.[0] ?? '')
    .split(/、|和|及|或|，/u)
    .map((amount) => amount.replace(/\s+/gu, ''))
    .filter((amount) => /\d/u.test(amount));
}

/**
 * `对A、B、C分别给予X、Y、Z` → rows [A, X], [B, Y], [C, Z] when the names and the amounts count
 * the same; undefined otherwise (the sentence then stays an item and nothing is guessed).
 */
export function tierTable(sentence: string): TierTable | undefined {
  const normalised = matchingText(sentence);
  const respectively = RESPECTIVELY.exec(normalised);
  if (!respectively) return undefined;
  const after = normalised.slice(respectively.index);
  const clauseEnd = after.search(/[，。；]/u);
  const amounts = tierAmounts(clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  if (amounts.length < 2) return undefined;
  // The names: the clause before 分别, split at 、 和 及 与 或 outside brackets, each without the
  // bracketed list of examples that follows it (…中心（宁波市工程研究中心、…）).
  const before = normalised.slice(0, respectively.index).replace(/[，：]\s*$/u, '');
  const clause = before.split(/[，。；：]/u).pop() ?? '';
  const namesAt = (separators: string) =>
    splitOutsideBrackets(clause, separators)
      // A short bracket without a list is part of the name (初级（五级）), not its examples.
      .map((part) => part.replace(/\s*（[^（）]*(?:（[^（）]*）[^（）]*)*）\s*$/u, (note) => (/^\s*（[^（）、，]{1,4}）\s*$/u.test(note) ? note : '')).trim())
      .filter(Boolean);
  let parts = namesAt('、和及与或');
  // 初级、中级、高级职业资格证书或职业技能等级证书的…分别补贴X、Y、Z: where a 或 or 和 inside the last
  // name's words miscounts the names, the 、 list alone is the names (its last one ends as the others do).
  if (parts.length !== amounts.length && clause.includes('、')) parts = namesAt('、');
  if (parts.length !== amounts.length) return undefined;
  // 对新认定的国家级 → 国家级: the first name starts after its lead-in (对…的, 被认定为, 获得).
  const first = parts[0]!.replace(/^.*(?:的|为|对|获得|取得|获|评为|认定为|入选)(?=.)/u, '');
  const middle = parts.slice(1, -1);
  let last = parts[parts.length - 1]!;
  // Back to the document's own spelling: matchingText keeps every index, so a name found in it
  // is the same span of the sentence.
  let from = 0;
  const own = (name: string): string => {
    const bare = name.replace(/的$/u, '');
    const index = normalised.indexOf(bare, from);
    if (index < 0) return bare;
    from = index + bare.length;
    return sentence.slice(index, index + bare.length);
  };
  const shared = sharedHead(first, middle, last);
  if (shared) return rowsOf(shared.map(own), amounts);
  // 市级专精特新企业 → 市级: the last name ends where the others end (级, 等奖, 类).
  const suffix = commonSuffix([first, ...middle]);
  for (let length = suffix.length; length > 0; length--) {
    const ending = suffix.slice(-length);
    const cut = last.indexOf(ending);
    if (cut >= 0) {
      last = last.slice(0, cut + ending.length);
      break;
    }
  }
  return rowsOf([first, ...middle, last].map(own), amounts);
}

function rowsOf(names: string[], amounts: string[]): TierTable | undefined {
  if (names.some((name) => name.length === 0 || name.length > 60)) return undefined;
  return { columns: ['档次', '奖补金额'], rows: names.map((name, index) => [name, amounts[index]!]) };
}

/**
 * Thresholds that write their words only once: 首次突破200亿元、150亿元、100亿元 (the words on the
 * first name, the others bare figures) → 首次突破150亿元…, so that each row reads alone on a card.
 * Undefined when the others are not all bare figures. A shared tail (三星、四星、五星级…) is not
 * spread: 一类、二类地区的企业… shows the end of such a list cannot be told from the rest of the clause.
 */
function sharedHead(first: string, middle: readonly string[], last: string): string[] | undefined {
  const others = [...middle, last];
  const head = /^(\D+?)\s*\d/u.exec(first)?.[1];
  if (head && head.length >= 2 && others.every((name) => /^\s*\d/u.test(name) && !/[^\d\s.亿千百万元的以上下含（）()]/u.test(name))) {
    return [first, ...others.map((name) => `${head}${name.trim()}`)];
  }
  return undefined;
}

/** A text whose amounts are all budgets the office sets aside: no reward of an applicant. */
export function onlyBudgets(text: string): boolean {
  const amounts = amountsIn(text);
  return amounts.length > 0 && amounts.every((amount) => amount.budget);
}

/** 2026年1月起 outside a cited title: the year from which a standard applies. */
const FROM_YEAR = /((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?\s*起/gu;

function standardYear(text: string): number | undefined {
  const own = matchingText(text).replace(/《[^《》]*》/gu, '');
  const years = [...own.matchAll(FROM_YEAR)].map((match) => Number(match[1]));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * Standards given for several years (2025年1月起…分别为209元、280元 and 2026年1月起…分别提高至217元、
 * 290元): the card states the latest; the earlier ones report the past. Items without such a
 * year are kept.
 */
export function latestStandards<T extends { text: string }>(items: readonly T[]): T[] {
  const years = items.map((item) => standardYear(item.text));
  const dated = years.filter((year): year is number => year !== undefined);
  if (new Set(dated).size < 2) return [...items];
  const latest = Math.max(...dated);
  return items.filter((_, index) => years[index] === undefined || years[index] === latest);
}

/** What a reward is measured in besides yuan: a share (50%, 百分之五十, 4‰), a multiple, a number of months' pay. */
const RATE = /\d+(?:\.\d+)?\s*[%％‰]|百分之|[\d一二三四五六七八九十两]+\s*倍|(?<![\d.])[一二三四五六七八九十两][一二三四五六七八九十两百千万]*元/u;

/** A grant: 给予 … 奖励/补贴, in words (给予对应奖励, 给予一次性补贴) or with its sum between (给予标准为1.2万元的…补贴, 给予每人2000元补贴). */
const GRANT = /给予(?:[^，。；]{0,10}|(?:标准为|每人|每户|一次性)?[^，。；]{0,6}?\d+(?:\.\d+)?\s*万?元的?[^，。；]{0,8})(?:奖励|补贴|补助|资助|奖补|扶持资金)/u;
/**
 * 一事一议: the amount is settled case by case for the largest projects, which says that it is paid
 * and how its sum is set, as a grant in words does; never a threshold or a pointer.
 */
const CASE_BY_CASE = /一事一议/u;

/** 支持比例和金额实行一事一议: a payment whose sum is settled case by case. */
export function isCaseByCase(text: string): boolean {
  return CASE_BY_CASE.test(matchingText(text));
}

/** A grant and the rest of its clause, up to and with the mark that ends it. */
const GRANT_CLAUSE = new RegExp(`${GRANT.source}[^，。；]*[，。；]?`, 'u');

/** A clause about when the money is paid out (立项后先行拨付50%支持资金), not how much. */
const DISBURSEMENT = /拨付|拨款|兑付|分期|分批/u;

/**
 * Whether a text names something paid: an amount in yuan (not a threshold to reach), a rate, or a
 * grant. A clause about paying out in instalments (先行拨付50%，剩余资金验收后拨付) says when, not how
 * much, so its share does not count.
 */
export function namesPayment(text: string): boolean {
  return splitOutsideBrackets(text, '，,；;。').some((clause) => {
    const normalised = matchingText(clause);
    if (DISBURSEMENT.test(normalised)) return false;
    return amountsIn(clause).some((amount) => !amount.threshold) || RATE.test(normalised) || GRANT.test(normalised) || CASE_BY_CASE.test(normalised);
  });
}

/**
 * Items of a reward section that name nothing paid, beside items that do: a list's lead-in (项目分为
 * 三个专项), a pointer (申报指南另行发布), how applications are handled (由申报单位自主申报…), who is
 * preferred (优先支持…) or the term (补贴期限累计不超过3年). Where no item names an amount the section
 * says the reward in words alone, and every item stays.
 */
export function payingItems<T extends { text: string }>(items: readonly T[]): T[] {
  const paying = items.filter((item) => namesPayment(item.text));
  return paying.length > 0 ? paying : [...items];
}

/** Words that name money paid to an applicant. */
const PAID_WORD = /奖励|补贴|补助|资助|奖补|扶持资金/u;

/**
 * Whether a text pays something of its own: an amount in yuan that is no threshold, budget or price,
 * a grant (给予…奖励), or a share paid as a reward (按引资额的3%进行奖励). A share alone (按扣除标准的50%扣除)
 * divides a sum and pays none.
 */
export function paysSum(text: string): boolean {
  const normalised = matchingText(text);
  return amountsIn(text).some((amount) => !amount.threshold && !amount.budget && !amount.perArea) || GRANT.test(normalised) || (RATE.test(normalised) && PAID_WORD.test(normalised));
}

/** …按其缴纳社会保险费的50%给予社保补贴, 对…给予一次性奖励5万元: a sentence that grants a sum or a share. */
export function isGrantSentence(text: string): boolean {
  const normalised = matchingText(text);
  return GRANT.test(normalised) && (amountsIn(text).some((amount) => !amount.threshold) || RATE.test(normalised));
}

/** How long the words before a grant must be to be a condition of their own (what the applicant must be or do). */
const CONDITION_BEFORE_GRANT = 30;

/**
 * A condition run into its grant (…正常经营12个月以上的创业人员给予一次性创业补贴，补贴标准不低于1.2万元，
 * 符合条件的新注册个体工商户，补贴标准不低于2000元。): the sentence stays the condition it opens with,
 * and what it pays is told after the grant, one clause to each amount, a case before an amount kept with
 * it. Undefined when the grant opens the sentence or no amount follows it.
 */
export function amountClausesAfterGrant(text: string): string[] | undefined {
  const normalised = matchingText(text);
  const grant = GRANT_CLAUSE.exec(normalised);
  if (!grant || [...normalised.slice(0, grant.index)].length < CONDITION_BEFORE_GRANT) return undefined;
  const start = grant.index + grant[0].length;
  const rest = text.slice(start);
  const paid = amountsIn(rest).filter((amount) => !amount.threshold && !amount.budget && !amount.perArea);
  if (paid.length === 0) return undefined;
  const clauses: string[] = [];
  let from = 0;
  for (const amount of paid) {
    const end = matchingText(rest).slice(amount.index).search(/[，。；]/u);
    const to = end < 0 ? rest.length : amount.index + end;
    if (to <= from) continue;
    // The clause keeps its full stop, where the sentence ends; a comma between clauses is dropped.
    const stop = rest[to] !== undefined && /[。；.;]/u.test(rest[to]!) ? to + 1 : to;
    clauses.push(rest.slice(from, stop).trim());
    from = to + 1;
  }
  // Only amounts told after the grant: a clause is the amount's, nothing after the last one.
  return clauses.length > 0 ? clauses : undefined;
}
