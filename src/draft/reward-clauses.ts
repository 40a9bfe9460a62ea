/**
 * A reward sentence that pays several cases, each in its own clause (完成申报的企业奖励1万元，入库企业
 * 奖励5万元): one item per case. Only when every clause names both a reward word and an amount, so
 * a condition or a duration clause (…，连续发放12个月) keeps the sentence whole. Tiers told in one line,
 * each after its own name and cut by ；or 。(一档：…，补助50万元；二档：…，补助30万元), are one item per tier, as
 * when they stand a line each; cut by commas only (一档每个项目资助10万元，二档…) they stay one sentence.
 */
import { amountsIn } from './find-reward.js';
import { isTierSeries, tierLead } from './find-tiers.js';
import { matchingText } from './normalise-text.js';
import type { DraftItem } from './section-items.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

const REWARD_WORD = /奖励|补贴|补助|资助|给予|支持|扶持|奖补/u;


export function rewardClauses(items: readonly DraftItem[]): DraftItem[] {
  return items.flatMap((item) => {
    const tiers = tierClauses(item.text);
    if (tiers) return tiers.map((text) => ({ text, lines: item.lines }));
    const clauses = splitOutsideBrackets(item.text, '，,；;');
    if (clauses.length < 2) return [item];
    const paying = clauses.every(pays);
    if (paying) return clauses.map((text) => ({ text, lines: item.lines }));
    return runOnCases(clauses)?.map((text) => ({ text, lines: item.lines })) ?? [item];
  });
}

/** A clause that pays: a reward word and an amount that is not a threshold, or a share (5%, 5‰). */
function pays(clause: string): boolean {
  const normalised = matchingText(clause);
  return REWARD_WORD.test(normalised) && (amountsIn(clause).some((amount) => !amount.threshold) || /给予[^，。；]*\d+(?:\.\d+)?\s*[%％‰]/u.test(normalised));
}

/**
 * The pieces of a line cut at ； or 。, each a tier that opens with its name and pays (一档：研发费用1000万元以上，补助
 * 50万元), in the document's words (a full stop kept, a ； dropped); undefined unless every piece is such a tier of one series.
 */
function tierClauses(text: string): string[] | undefined {
  const pieces = [...matchingText(text).matchAll(/[^；;。]+(?:[；;。]|$)/gu)].map((match) => text.slice(match.index, match.index + match[0].length).trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const leads = pieces.map((piece) => tierLead(piece));
  if (leads.some((lead) => lead === undefined) || !isTierSeries(leads as { name: string; count: string }[])) return undefined;
  return pieces.every((piece) => splitOutsideBrackets(piece, '，,；;。').some(pays)) ? pieces.map((piece) => piece.replace(/[；;]$/u, '')) : undefined;
}

/** A run-on copy: a paragraph this long with its articles joined by commas is no one reward. */
const RUN_ON_CHARS = 200;
const MIN_RUN_ON_CASES = 2;
/** A paying clause with no subject of its own (一次性给予20万元…, 给予…奖励): its case is the clause before. */
const NO_SUBJECT = /^(?:[（(][一二三四五六七八九十\d]+[）)])?(?:一次性|再|另|可)?给予/u;
const ITEM_MARKER = /^[（(][一二三四五六七八九十\d]+[）)]\s*/u;

/** A clause that goes on with the condition before it (且在本区依法纳税的, 并且…, 或省级企业技术中心的): no condition's start. */
const INNER_LINK = /^(?:且|并且|并(?![购列入])|而且|或者|或(?!许)|同时|以及)/u;
/** How a condition clause opens (对首次认定为…, 凡…的, 对于…). */
const CONDITION_OPENER = /^(?:对于?|凡|针对)/u;
/** How many clauses back a condition's opener may stand, past the one the links lead back to. */
const MAX_CONDITION_CLAUSES = 3;

/**
 * Where the case of the paying clause at `index` starts: the clause itself when it has a subject of its
 * own; else the clause before it, and past any clause that goes on with the condition (对首次认定为高新技术
 * 企业，且在本区依法纳税的，给予… starts at 对, not at 且), back to the clause that opens the condition
 * (对/凡…) when one stands a few clauses back. Never before `floor`, the clause after the previous case, nor
 * past a clause that pays. Undefined when the case has lost its subject (the clause before pays).
 */
function caseStart(clauses: readonly string[], index: number, floor: number): number | undefined {
  const text = (at: number) => matchingText(clauses[at]!).replace(ITEM_MARKER, '').trim();
  let start = index;
  if (NO_SUBJECT.test(matchingText(clauses[index]!))) {
    start = index - 1;
    if (start < floor || pays(clauses[start]!)) return undefined;
  }
  if (!INNER_LINK.test(text(start))) return start;
  while (start > floor && INNER_LINK.test(text(start)) && !pays(clauses[start - 1]!)) start--;
  if (CONDITION_OPENER.test(text(start))) return start;
  for (let at = start - 1; at >= Math.max(floor, start - MAX_CONDITION_CLAUSES); at--) {
    if (pays(clauses[at]!)) break;
    if (CONDITION_OPENER.test(text(at))) return at;
  }
  return start;
}

/**
 * Where the condition of the subjectless paying clause at `index` starts, when the clauses before it are
 * one (对首次认定为高新技术企业，且在本区依法纳税的，给予…: the 对 clause); undefined when the clause before
 * is no condition (现开展…申报工作，给予…), which a case must then do without.
 */
export function conditionStart(clauses: readonly string[], index: number): number | undefined {
  if (!NO_SUBJECT.test(matchingText(clauses[index] ?? ''))) return undefined;
  const start = caseStart(clauses, index, 0);
  if (start === undefined || start === index) return undefined;
  const opens = CONDITION_OPENER.test(matchingText(clauses[start]!).replace(ITEM_MARKER, '').trim());
  return opens || /的$/u.test(matchingText(clauses[index - 1]!).trim()) ? start : undefined;
}

/**
 * A copier that ran a 办法's articles together with commas (…鼓励企业…落户本市，一次性给予20万元的奖励，
 * （二）对…的企业一次性给予10万元的奖励，…): each paying clause is a case, from the start of its condition
 * (see caseStart); a subjectless clause right after another case (its subject lost by the copier) is
 * dropped. Only for a paragraph far longer than one reward, with two or more paying clauses.
 */
function runOnCases(clauses: readonly string[]): string[] | undefined {
  if ([...clauses.join('，')].length < RUN_ON_CHARS || clauses.filter(pays).length < MIN_RUN_ON_CASES) return undefined;
  const cases: string[] = [];
  let floor = 0;
  clauses.forEach((clause, index) => {
    if (!pays(clause)) return;
    const start = caseStart(clauses, index, floor);
    floor = index + 1;
    if (start === undefined) return;
    cases.push(clauses.slice(start, index + 1).map((part, at) => (at === 0 ? part.replace(ITEM_MARKER, '') : part).trim()).join('，'));
  });
  return cases.length >= MIN_RUN_ON_CASES ? cases : undefined;
}
