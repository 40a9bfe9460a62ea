/**
 * Reward tiers told in prose, beyond find-reward's `对A、B、C分别给予X、Y、Z`:
 *   - a run of name–amount pairs: 一等奖20万元，二等奖15万元，三等奖10万元; A楼30元/平方米/月、B苑18元/平方米/月…;
 *   - 分别 whose names stand in an earlier clause of the same sentence:
 *     甲区、乙区、丙区的城镇标准为…，其农村标准每人每月分别为900元、950元、1000元.
 * Both become a `reward.table`; when the names and the amounts do not pair up one to one, there
 * is no table (nothing is guessed) and the sentence stays an item.
 */
import { amountsIn, tierTable, type TierTable } from './find-reward.js';
import { matchingText } from './normalise-text.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

/** Fewest pairs that make a run a table: two amounts side by side are often not tiers. */
const MIN_PAIRS = 3;
const AMOUNT = String.raw`(?:最高|不超过)?(?:每[人户家月年季次项个]){0,3}\d+(?:\.\d+)?(?:亿|千万|百万|万|千)?元(?:\/[^\d/（）]{1,4})*`;
/** One piece of a run: an optional `KEY：` lead, a name without digits, an amount, an optional bracketed note. */
const PAIR = new RegExp(String.raw`^(?:[^：]{0,12}：)?([^\d：]{1,14}?)(?:为|给予|奖励|补贴|补助|资助|可获)?(${AMOUNT})(?:（[^（）]*）)?(?:的?(?:奖励|补贴|资助|补助|奖金))?$`, 'u');


/** The 每… words of an amount (每人每月, or none): what one payment is counted by. */
function perUnit(amount: string): string {
  return (/每[^\d]*/u.exec(amount)?.[0] ?? '').replace(/^(?:最高|不超过)/u, '');
}

/**
 * The longest run of consecutive cases (undefined: a piece that is no case) in which each case `fits`
 * the run before it; of two runs as long, the first. A case that does not fit ends the run and, with
 * `restart` 'case', opens the next one; with 'none' the next run starts after it (the verb-told runs
 * treat a case that repeats a name as no case).
 */
function longestRun<Case>(cases: Iterable<Case | undefined>, fits: (run: readonly Case[], entry: Case) => boolean, restart: 'case' | 'none' = 'case'): Case[] {
  let best: Case[] = [];
  let run: Case[] = [];
  for (const entry of cases) {
    if (entry !== undefined && fits(run, entry)) run.push(entry);
    else run = entry !== undefined && restart === 'case' ? [entry] : [];
    if (run.length > best.length) best = [...run];
  }
  return best;
}

/** A row whose name (its first cell) is not yet in the run: names of a table differ. */
const newName = (run: readonly string[][], row: readonly string[]): boolean => !run.some((other) => other[0] === row[0]);

/** 一等奖20万元，二等奖15万元，三等奖10万元 → rows [一等奖, 20万元]…: the longest run of pairs. */
export function pairTable(sentence: string): TierTable | undefined {
  const pairs = splitOutsideBrackets(matchingText(sentence), '，、；。').map((piece) => {
    const match = PAIR.exec(piece);
    const name = match?.[1]?.trim();
    return match && name && !/^(?:对|按|的|其)/u.test(name) ? [name, match[2]!] : undefined;
  });
  // Tiers are paid alike: every amount of a run has the same 每… unit (每家10万元, 每家5万元). 区级给予每家
  // 10万元，已下达6万元，本次下达资金每家4万元 changes it from piece to piece: a payment told in parts.
  const best = longestRun(pairs, (run, pair) => newName(run, pair) && (run.length === 0 || perUnit(run[0]![1]!) === perUnit(pair[1]!)));
  return best.length >= MIN_PAIRS ? { columns: ['档次', '奖补金额'], rows: best } : undefined;
}

/** 按照小学每生每学年5000元（…）、初中每生每学年6000元（…）的标准: a standard per category, framed by 按照…的标准. */
const STANDARD_LIST = /按(?:照)?((?:[^、，。；按每\d]{1,8}每[^、，。；\d]{1,8}\d+(?:\.\d+)?(?:万|千)?元(?:（[^（）]*）)?、?){2,})的?标准/u;
const STANDARD_PART = /^([^每\d]{1,8})(每.+)$/u;

/**
 * A standard given per category inside 按照…的标准 (小学每生每学年5000元、初中每生每学年6000元):
 * one row per category, the per-unit amount with its bracketed note. The frame says these are
 * the standard's tiers, so two are enough.
 */
export function standardListTable(sentence: string): TierTable | undefined {
  const list = STANDARD_LIST.exec(matchingText(sentence));
  if (!list) return undefined;
  const start = list.index + list[0].indexOf(list[1]!);
  const parts = splitOutsideBrackets(sentence.slice(start, start + list[1]!.length), '、').map((part) => part.trim()).filter(Boolean);
  const rows = parts.map((part) => STANDARD_PART.exec(part)).map((match) => (match ? [match[1]!.trim(), match[2]!.trim()] : undefined));
  if (rows.length < 2 || rows.some((row) => row === undefined)) return undefined;
  return { columns: ['档次', '奖补金额'], rows: rows as string[][] };
}

/** One case of a run that says its verb: 对新认定的企业奖励25万元 / 面积10亩(含)至30亩奖励50万元. */
const CASE = new RegExp(String.raw`^对?(.{2,30}?)的?(?:一次性)?(?:奖励|给予|补贴|补助|资助)(?:一次性)?(?:奖励|补贴|补助|资助|奖补)?(${AMOUNT})(?:的?(?:奖励|补贴|资助|补助|奖金))?$`, 'u');

/** The clause that pays a case named in the clause before it: 给予50万元奖励, 给予一次性补贴5000元. */
const PAYING_CLAUSE = /^(?:可|则|再|并)?(?:一次性)?(?:给予|奖励|补贴|补助|资助)/u;

/**
 * 对认定为国家级孵化器的，给予50万元奖励: a case named in a clause that ends in 的, paid in the next one.
 * The two clauses are one case, so they are joined before the cases are read.
 */
function caseClauses(pieces: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    const next = pieces[index + 1];
    if (next !== undefined && /的$/u.test(piece.trim()) && !/\d\s*(?:亿|千万|百万|万|千)?元/u.test(piece) && PAYING_CLAUSE.test(next.trim())) {
      joined.push(`${piece.trim()}${next.trim()}`);
      index++;
    } else joined.push(piece);
  }
  return joined;
}

/**
 * Cases each told with the verb that pays them, one after another: 对新认定的企业奖励25万元，
 * 复审通过的企业奖励10万元 → rows [新认定的企业, 25万元], [复审通过的企业, 10万元]. The verb on every
 * case is what makes two of them a table (a bare "A 20万元，B 30万元" needs three, see pairTable);
 * names may hold figures (3亩至10亩), and a bracketed note after a case is dropped.
 */
export function verbPairTable(sentence: string): TierTable | undefined {
  const cases = caseClauses(splitOutsideBrackets(matchingText(sentence), '，、；。')).map((piece) => {
    // 分档给予奖励：新增产值5000万元至1亿元奖励5万元、…: the words before the colon lead into the cases.
    const match = CASE.exec(piece.slice(piece.lastIndexOf('：') + 1).replace(/（[^（）]*）$/u, '').trim());
    const name = match?.[1]?.trim().replace(/的$/u, '');
    return match && name && !/^(?:按|其|每|并|再|另)/u.test(name) ? [name, match[2]!] : undefined;
  });
  const best = longestRun(cases, newName, 'none');
  return best.length >= 2 ? { columns: ['档次', '奖补金额'], rows: best } : undefined;
}

/** A figure that sets what a case gets: an amount, a share, or a multiple of a standard (标准4倍). */
const TERMS_FIGURE = /\d+(?:\.\d+)?\s*(?:倍|[%％‰]|(?:亿|千万|百万|万|千)?元)/u;

/**
 * 一般困难的，可给予每人不超过当年低保标准4倍的一次性救助，特别困难的，不超过当年低保标准12倍: cases each
 * named in a short clause that ends in 的 and holds no figure, each followed by the clause that sets
 * its terms with a figure (an amount, a share or a multiple of a standard). Two or more such pairs in a
 * row with distinct names are a table; a cell keeps the document's words from after the paying verb
 * to the figure (what is paid after the figure, 的一次性基本生活救助, is the same for every case).
 */
export function caseTermsTable(sentence: string): TierTable | undefined {
  const pieces = splitOutsideBrackets(matchingText(sentence), '，；。').map((piece) => piece.trim()).filter((piece) => piece !== '');
  // A name's clause and its terms' clause make one case. The terms hold a figure, so they never read as a name.
  const cases: Array<string[] | undefined> = [];
  for (let index = 0; index < pieces.length; index++) {
    const name = /^(?:对于?|凡)?([^\d，。；：]{2,12})的$/u.exec(pieces[index]!)?.[1];
    const terms = pieces[index + 1];
    const figure = terms === undefined ? null : TERMS_FIGURE.exec(terms);
    if (name && terms && figure) {
      cases.push([name, terms.slice(0, figure.index + figure[0].length).replace(/^(?:可|则|再|并|按)?(?:一次性)?(?:给予|奖励|补贴|补助|资助|发放)?/u, '').trim()]);
      index++;
    } else cases.push(undefined);
  }
  const best = longestRun(cases, newName, 'none');
  return best.length >= 2 ? { columns: ['情形', '标准'], rows: best } : undefined;
}

/** A case named in a clause that ends in 的, then its terms after a comma: 取得初级证书的，补贴标准1000元. */
const FRAMED_CASE = /^(?:对于?|凡)?(?:获得|取得)?([^\d，。；：]{2,40}?)的，([^。；]*)$/u;

/** The longest ending shared by all these texts. */
function sharedEnding(texts: readonly string[]): string {
  let ending = texts[0] ?? '';
  for (const text of texts.slice(1)) while (ending && !text.endsWith(ending)) ending = ending.slice(1);
  return ending;
}

/**
 * Cases in one frame, a clause each, cut by ； or 。: 取得初级（五级）职业资格证书的，补贴标准1000元；取得中级
 * （四级）职业资格证书的，补贴标准1500元. Each names its case in a clause ending in 的 and gives one amount in
 * the clause after it; the names end in the same words (职业资格证书, 称号), which is what says they are
 * tiers of one thing. Names longer than caseTermsTable takes are read here, only with that shared ending.
 */
export function framedCasesTable(sentence: string): TierTable | undefined {
  const cases = splitOutsideBrackets(matchingText(sentence), '；。').map((clause) => {
    const match = FRAMED_CASE.exec(clause.trim());
    const amounts = match ? [...match[2]!.matchAll(AMOUNT_IN_TEXT)] : [];
    return match && amounts.length === 1 ? { name: match[1]!.trim(), amount: amounts[0]![0] } : undefined;
  });
  const best = longestRun(cases, (run, entry) => !run.some((row) => row.name === entry.name));
  if (best.length < 2 || sharedEnding(best.map((entry) => entry.name)).length < 2) return undefined;
  return { columns: ['情形', '标准'], rows: best.map((entry) => [entry.name, entry.amount]) };
}

/** One case paid at a standard: 就业困难人员创办小微企业按2000元给予补贴. */
const STANDARD_CASE = new RegExp(String.raw`^(.{2,40}?)按(?:照)?(${AMOUNT})(?:的?标准)?(?:给予|发放)?(?:一次性)?(?:奖励|补贴|补助|资助)$`, 'u');

/**
 * Cases each paid at their own standard, one clause each and cut by ；: A按2000元给予补贴；B按5000元给予
 * 补贴 → rows [A, 2000元], [B, 5000元]. The names may hold 、 (返乡农民工、大学生或退役士兵首次创业), so the
 * clauses are cut at ； and 。 only; two or more in a row make the table.
 */
export function standardCasesTable(sentence: string): TierTable | undefined {
  const cases = splitOutsideBrackets(matchingText(sentence), '；。').map((piece) => {
    const match = STANDARD_CASE.exec(piece.slice(piece.lastIndexOf('：') + 1).trim());
    const name = match?.[1]?.trim().replace(/[的，]$/u, '');
    return match && name && !/^(?:按|其|每|并|再|另)/u.test(name) ? [name, match[2]!] : undefined;
  });
  const best = longestRun(cases, newName, 'none');
  return best.length >= 2 ? { columns: ['对象', '补贴标准'], rows: best } : undefined;
}

/**
 * 分别为X、Y、Z whose own clause names nothing: the names are the nearest earlier clause of the
 * sentence that lists as many names as there are amounts.
 */
export function earlierNamesTable(sentence: string): TierTable | undefined {
  const normalised = matchingText(sentence);
  // 分别奖励园区10万元、20万元: a verb and a short recipient may stand between 分别 and the amounts.
  const respectively = /分别(?:为|给予|按|是|奖励|补助|补贴|资助|支持)?[^\d，。；、]{0,4}/u.exec(normalised);
  if (!respectively) return undefined;
  const after = normalised.slice(respectively.index + respectively[0].length);
  const run = /^(?:\s*\d+(?:\.\d+)?\s*(?:亿|千万|百万|万|千)?\s*元?\s*(?:、|和|及|或)?)+/u.exec(after)?.[0];
  if (!run || !/元/u.test(run)) return undefined;
  const clauses = normalised.slice(0, respectively.index).split(/[，；：]/u);
  for (let index = clauses.length - 2; index >= 0; index--) {
    const table = tierTable(`${clauses[index]}分别${run}`);
    if (table) return table;
  }
  // A list of names cut by a comma where 、 was meant (…小微园区，三星、四星…基地的，分别…): the two
  // clauses before 分别 read as one list, only when neither alone pairs with the amounts.
  for (let index = clauses.length - 2; index >= 1; index--) {
    const table = tierTable(`${clauses[index - 1]}、${clauses[index]}分别${run}`);
    if (table) return table;
  }
  return undefined;
}

/** The tier table a reward sentence holds, by whichever way it is written. */
export function tiersIn(sentence: string): TierTable | undefined {
  return tierTable(sentence) ?? earlierNamesTable(sentence) ?? pairTable(sentence);
}

/**
 * A tier's own name at the start of its clause: an ordinal and what it counts (一档, 二类, A类, 一星级, 第三档),
 * optionally the kind it grades (一星级企业). The ordinal and the count word are the name.
 */
const TIER_LEAD = /^(第?(?:[一二三四五六七八九十]{1,2}|[A-Ea-e])(档|类|级|星级|星|等奖|等))(?:企业|项目|单位|园区|基地)?\s*[：，]?\s*/u;

/** Words that lead into the first tier (按企业上年度研发费用分档给予奖励：一档：…): short, without figures, ending in a colon. */
const TIERS_LEAD_IN = /^[^：，。；\d]{2,24}：/u;

/**
 * The tier that opens a clause, as 一档 + the rest of the clause, past the words that lead into the tiers
 * (…分档给予奖励：一档：…); undefined when the clause opens with none.
 */
export function tierLead(clause: string): { name: string; count: string; rest: string } | undefined {
  const text = clause.trim();
  const normalised = matchingText(text);
  const from = TIER_LEAD.test(normalised) ? 0 : (TIERS_LEAD_IN.exec(normalised)?.[0].length ?? 0);
  const lead = TIER_LEAD.exec(normalised.slice(from));
  if (!lead) return undefined;
  return { name: text.slice(from, from + lead[1]!.length), count: lead[2]!, rest: text.slice(from + lead[0].length).trim() };
}

/** Names that grade one thing: two or more, each its own ordinal of the same count word (一档, 二档, 三档). */
export function isTierSeries(leads: readonly { name: string; count: string }[]): boolean {
  return leads.length >= 2 && leads.every((lead) => lead.count === leads[0]!.count) && new Set(leads.map((lead) => lead.name)).size === leads.length;
}

/** The words that pay a tier's amount (补助50万元, 给予50万元奖励). */
const PAYING_WORDS = /给予|奖励|补贴|补助|资助|奖补|支持|扶持/u;

const TRAILING_MARKS = new Set(['。', '；', ';', '，', ',']);

/** The text without the marks and spaces at its end, found from the end: a regex anchored only at $ rescans every run of marks inside a long text. */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && (TRAILING_MARKS.has(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** One tier told in a clause of its own: its name, what the applicant must reach (maybe nothing) and the single amount paid. */
function tierCase(clause: string): { name: string; count: string; condition: string; amount: string } | undefined {
  const lead = tierLead(clause);
  if (!lead) return undefined;
  const rest = withoutTrailingMarks(lead.rest);
  // The paying clause is the last one, cut at commas (研发费用500万元至1000万元，补助30万元): the figures before it are the tier's condition.
  const normalised = matchingText(rest);
  const clauseStart = normalised.lastIndexOf('，') + 1;
  const paying = normalised.slice(clauseStart);
  const verb = PAYING_WORDS.exec(paying);
  const paid = amountsIn(rest.slice(clauseStart)).filter((amount) => !amount.threshold && !amount.budget && !amount.perArea && (verb?.index ?? Infinity) < amount.index);
  // A second sum anywhere in the tier (…补助50万元，另给予贷款贴息20万元) makes it more than one row.
  const paidInTier = amountsIn(rest).filter((amount) => !amount.threshold && !amount.budget && !amount.perArea);
  if (!verb || paid.length !== 1 || paidInTier.length !== 1) return undefined;
  const amount = paid[0]!;
  // 研发费用1000万元以上，补助50万元 → 研发费用1000万元以上; 研发费用超过1000万元的企业给予50万元 → the words before the verb.
  const words = rest.slice(0, clauseStart > 0 ? clauseStart - 1 : verb.index).replace(/^(?:对于?|凡)/u, '').replace(/[，、\s]+$/u, '').replace(/的$/u, '').trim();
  // 一档每个项目资助10万元: what one payment is counted by is no condition.
  const condition = /^每[^，]{0,6}$/u.test(words) ? '' : words;
  return { name: lead.name, count: lead.count, condition, amount: amount.upTo ? `最高${amount.text}` : amount.text };
}

/**
 * Tiers told one after another in one line, each opening with its own name (一档：研发费用1000万元以上，补助
 * 50万元；二档：研发费用500万元至1000万元，补助30万元；… / A类企业…，给予50万元奖励；B类企业…): a row per tier,
 * its name, the condition it sets (the words before the paying words) and the amount paid. Two or more
 * tiers of one series (the same count word: 档, 类, 星级) make the table; when no tier names a
 * condition, the table is names and amounts only.
 */
export function namedTiersTable(sentence: string): TierTable | undefined {
  const cases = splitOutsideBrackets(sentence, '；;。').map(tierCase);
  const best = longestRun(cases, (run, entry) => !run.some((row) => row.name === entry.name) && (run.length === 0 || run[0]!.count === entry.count));
  if (!isTierSeries(best)) return undefined;
  const withConditions = best.filter((entry) => entry.condition !== '').length;
  if (withConditions === 0) return { columns: ['档次', '奖补金额'], rows: best.map((entry) => [entry.name, entry.amount]) };
  if (withConditions !== best.length) return undefined;
  return { columns: ['档次', '条件', '奖补金额'], rows: best.map((entry) => [entry.name, entry.condition, entry.amount]) };
}

/**
 * The named tiers of a reward's items, whether told in one line or a line each (namedTiersTable), with the
 * lines they came from; undefined when the items hold no such series.
 */
export function namedTiersIn<Line>(items: readonly { text: string; lines: readonly Line[] }[]): { table: TierTable; lines: Line[] } | undefined {
  const table = namedTiersTable(items.map((item) => item.text.replace(/[。；;]\s*$/u, '')).join('；'));
  if (!table) return undefined;
  const names = new Set(table.rows.map((row) => row[0]!));
  return { table, lines: [...new Set(items.filter((item) => splitOutsideBrackets(item.text, '；;。').some((clause) => names.has(tierLead(clause)?.name ?? ''))).flatMap((item) => item.lines))] };
}

/** `在校学生：个人缴费标准为每人413元，财政补助标准为每人956元。` — a label, a colon, its amounts. */
const LABELLED = /^([^：，。；\d]{2,12})：(.+)$/u;
const AMOUNT_IN_TEXT = new RegExp(AMOUNT, 'gu');

/**
 * Reward items that each state one case's amounts after its label (在校学生：…413元…956元 / 其他人员：
 * …549元…820元): a table with a row per case, when every case names as many amounts (one to three).
 * The columns are named by the words before the amounts in the first case (个人缴费标准, 财政补助标准).
 */
export function labelledAmountsTable(items: readonly string[]): TierTable | undefined {
  const cases = items
    .map((item) => LABELLED.exec(matchingText(item)))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ label: match[1]!.trim(), text: match[2]!, amounts: [...match[2]!.matchAll(AMOUNT_IN_TEXT)].map((amount) => withBound(match[2]!, amount)) }));
  if (cases.length < 2) return undefined;
  const count = cases[0]!.amounts.length;
  if (count < 1 || count > 3 || cases.some((entry) => entry.amounts.length !== count) || new Set(cases.map((entry) => entry.label)).size !== cases.length) return undefined;
  const first = cases[0]!;
  const wordsBefore = (index: number) => {
    const from = index === 0 ? 0 : first.amounts[index - 1]!.end;
    return first.text.slice(from, first.amounts[index]!.index).replace(/^[，、；\s]+/u, '').replace(/(?:为|是|按|：)+$/u, '').trim();
  };
  // 年营业收入超过5亿元的企业，给予50万元奖励 / 入驻企业20家以上、年产值1亿元以上，奖励…: words that hold a clause
  // mark are a condition told around the amounts, which cells of amounts alone would lose.
  if (first.amounts.some((_, index) => /[，、；]/u.test(wordsBefore(index)))) return undefined;
  // 研发费用500万元至1000万元: the two ends of a range are one figure, not two columns.
  if (cases.some((entry) => entry.amounts.some((amount, index) => index > 0 && /^\s*(?:[（(]含[）)])?\s*(?:至|到|—|－|-|~|～)\s*$/u.test(entry.text.slice(entry.amounts[index - 1]!.end, amount.index))))) return undefined;
  const columns = first.amounts.map((_, index) => {
    const words = wordsBefore(index);
    return words.length >= 2 && words.length <= 10 ? words : '金额';
  });
  return { columns: ['类别', ...columns], rows: cases.map((entry) => [entry.label, ...entry.amounts.map((amount) => amount.text)]) };
}

/** 以上 / （含）以下 right after an amount: the bound of a threshold, which its cell keeps. */
const BOUND_AFTER = /^\s*(?:[（(]含[）)])?\s*(?:及|或)?\s*以[上下]/u;

/** An amount found in `text`, with the bound that follows it (研发费用1000万元以上 → 1000万元以上), so that the next column's name starts after it. */
function withBound(text: string, amount: RegExpExecArray): { index: number; end: number; text: string } {
  const bound = BOUND_AFTER.exec(text.slice(amount.index + amount[0].length))?.[0] ?? '';
  return { index: amount.index, end: amount.index + amount[0].length + bound.length, text: `${amount[0]}${bound.replace(/\s+/gu, '')}` };
}

/**
 * Every tier set of a reward, as one table. A notice often has several (国家级/省级 centres in one
 * sentence, 一等奖/二等奖 in another, a second 分别 after a ；), and a card has one tier table, so the
 * sets become rows of it, in the order of the text. Each clause (cut at 。 and ；) is read on its own,
 * so two 分别 in one item both count; a run of name–amount pairs is read over the whole item, since
 * its pairs are often cut by ；. Only sets with the first set's number of columns join it.
 */
export function tierRowsIn<Line>(items: readonly { text: string; lines: readonly Line[] }[]): { table: TierTable; lines: Line[] } | undefined {
  let table: TierTable | undefined;
  const lines = new Set<Line>();
  const seen = new Set<string>();
  for (const item of items) {
    const clauses = splitOutsideBrackets(item.text, '。；;');
    const found = clauses.map((clause) => tierTable(clause) ?? earlierNamesTable(clause)).filter((entry): entry is TierTable => entry !== undefined);
    const pairs = pairTable(item.text) ?? verbPairTable(item.text) ?? standardListTable(item.text) ?? standardCasesTable(item.text) ?? caseTermsTable(item.text) ?? framedCasesTable(item.text);
    if (pairs) found.push(pairs);
    if (found.length === 0) {
      const whole = tiersIn(item.text);
      if (whole) found.push(whole);
    }
    for (const set of found) {
      if (table && set.columns.length !== table.columns.length) continue;
      const fresh = set.rows.filter((row) => !seen.has(row.join('\u0000')));
      if (fresh.length === 0) continue;
      table ??= { columns: set.columns, rows: [] };
      for (const row of fresh) {
        seen.add(row.join('\u0000'));
        table.rows.push(row);
      }
      item.lines.forEach((line) => lines.add(line));
    }
  }
  if (!table) {
    // 就业困难人员…按2000元给予补贴；大学生…按5000元给予补贴: cases that the section's items cut at ；.
    const joined = items.map((item) => item.text.replace(/[。；;]\s*$/u, '')).join('；');
    const cases = standardCasesTable(joined) ?? framedCasesTable(joined);
    if (cases) return { table: cases, lines: [...new Set(items.flatMap((item) => item.lines))] };
  }
  return table ? { table, lines: [...lines] } : undefined;
}

/** `“甲类专项”（GB），单个项目最高支持50万元。`: a name, a comma, the words every case shares, an amount. */
const PARALLEL = new RegExp(String.raw`^([^，。；：\d]{2,40})，([^，。；：\d]{2,16}?)(${AMOUNT})(?:的?(?:奖励|补贴|资助|补助|奖金))?(?:，(?!并|且|同时|另|再)[^。；]*)?[。；]?$`, 'u');

/**
 * Reward items written in parallel, one case each (“甲类专项”，单个项目最高支持50万元 / “乙类专项”，单个项目
 * 最高支持30万元; 货物贸易类展会，每平方米…支持上限4000元，每个展会…见附件1 / 服务贸易类…): the same words before
 * the amount, only the name and the amount differ; a clause after the amount is a note that does not hide the case
 * (one that grants more, 并优先推荐, makes the items more than amounts by case),
 * and a case's closing 的 (…受理的，奖励600万元) stays out of its name. A run of
 * two or more consecutive such items is a table with a row per case; each item's first sentence is
 * read, so a note after it does not hide the case. Names must differ, and the shared words are the
 * amount's column.
 */
export function parallelItemsTable<T extends { text: string }>(items: readonly T[]): { table: TierTable; items: T[] } | undefined {
  const cases = items.map((item) => {
    const first = splitOutsideBrackets(matchingText(item.text), '。')[0] ?? '';
    const match = PARALLEL.exec(first.trim());
    return match ? { item, name: match[1]!.trim().replace(/的$/u, ''), words: match[2]!.trim(), amount: match[3]! } : undefined;
  });
  const best = longestRun(cases, (run, entry) => run.length === 0 || (entry.words === run[0]!.words && !run.some((row) => row.name === entry.name)));
  if (best.length < 2) return namedCasesTable(items) ?? caseFigureTable(items);
  return { table: { columns: ['类别', best[0]!.words], rows: best.map((entry) => [entry.name, entry.amount]) }, items: best.map((entry) => entry.item) };
}

/** A case named in a sentence of its own before its terms: 制造服务业项目。对于…按投资额的5%给予补助，最高不超过500万元。 */
const NAMED_CASE = /^([^，。；：\d]{2,20})[。：]/u;
const RATE = /\d+(?:\.\d+)?\s*[%％]/gu;

/**
 * Reward items that each name their case first and then give its terms, a share and a ceiling (甲类项目。
 * …按投资额的5%给予补助，单个项目最高不超过500万元 / 乙类项目。…的20%给予补助，最高不超过500万元): a run of two
 * or more consecutive such items, each with one share and one amount (or each with one amount only),
 * is a table with a row per case. Names must differ.
 */
function namedCasesTable<T extends { text: string }>(items: readonly T[]): { table: TierTable; items: T[] } | undefined {
  const cases = items.map((item) => {
    const text = matchingText(item.text);
    const name = NAMED_CASE.exec(text);
    if (!name) return undefined;
    // Cells in the document's own words: the matching text has the same length, so its indexes hold.
    const cell = (match: RegExpMatchArray) => item.text.slice(match.index!, match.index! + match[0].length).replace(/\s+/gu, '');
    const terms = (pattern: RegExp) => [...text.matchAll(pattern)].filter((match) => match.index >= name[0].length);
    const rates = terms(RATE);
    const amounts = terms(AMOUNT_IN_TEXT);
    if (amounts.length !== 1 || rates.length > 1) return undefined;
    return { item, name: item.text.slice(0, name[1]!.length).trim(), rate: rates[0] && cell(rates[0]), amount: cell(amounts[0]!) };
  });
  const best = longestRun(cases, (run, entry) => run.length === 0 || ((entry.rate === undefined) === (run[0]!.rate === undefined) && !run.some((row) => row.name === entry.name)));
  if (best.length < 2) return undefined;
  const withRate = best[0]!.rate !== undefined;
  return {
    table: { columns: withRate ? ['项目', '比例', '金额'] : ['项目', '金额'], rows: best.map((entry) => (withRate ? [entry.name, entry.rate!, entry.amount] : [entry.name, entry.amount])) },
    items: best.map((entry) => entry.item),
  };
}

/**
 * A kind of applicant that opens its item, before its terms: 大型企业按…, 创办小微企业的须…, 某某给予…. A case of
 * the terms (无息的，按引资额的3%…) is no kind of applicant.
 */
const CASE_LEAD = /^([^\d，。；：、（）]{2,16}?)(?:的(?=须|需|应)|按照?|给予)/u;
/** A share with what it is a share of, after 按: 按企业及其职工上年度实际缴纳失业保险费的30%. */
const SHARE_OF = /按照?([^，。；按]{0,30}?\d+(?:\.\d+)?\s*[%％])/u;

/**
 * Reward items that each open with a kind of applicant and pay it one figure, in the same words after
 * the figure (大型企业按…缴纳失业保险费的30%返还 / 中小微企业按…的60%返还; 创办小微企业的须…满1年，给予标准为
 * 1.2万元的一次性创业补贴 / 创办个体工商户的须…满6个月，给予标准为2000元的一次性创业补贴): rates or sums by kind,
 * a table with a row per kind. A run of two or more consecutive such items, kinds all different.
 */
function caseFigureTable<T extends { text: string }>(items: readonly T[]): { table: TierTable; items: T[] } | undefined {
  const cases = items.map((item) => {
    const text = (splitOutsideBrackets(matchingText(item.text), '。')[0] ?? '').replace(/[；;。\s]+$/u, '');
    const lead = CASE_LEAD.exec(text);
    if (!lead) return undefined;
    const rates = [...text.matchAll(RATE)];
    const amounts = [...text.matchAll(AMOUNT_IN_TEXT)];
    if (rates.length + amounts.length !== 1) return undefined;
    const figure = (rates[0] ?? amounts[0])!;
    const share = rates[0] ? SHARE_OF.exec(text) : null;
    // Cells in the document's own words: the matching text has the same length, so its indexes hold.
    const cell = share ? item.text.slice(share.index + share[0].length - share[1]!.length, share.index + share[0].length) : item.text.slice(figure.index, figure.index + figure[0].length);
    return { item, name: item.text.slice(0, lead[1]!.length).trim(), figure: cell.replace(/\s+/gu, ''), after: text.slice(figure.index + figure[0].length) };
  });
  const best = longestRun(cases, (run, entry) => run.length === 0 || (entry.after === run[0]!.after && !run.some((row) => row.name === entry.name)));
  if (best.length < 2) return undefined;
  return { table: { columns: ['类别', '标准'], rows: best.map((entry) => [entry.name, entry.figure]) }, items: best.map((entry) => entry.item) };
}
