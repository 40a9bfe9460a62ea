/**
 * A reward sentence that pays several cases, each in its own clause (完成申报的企业奖励1万元，入库企业
 * 奖励5万元): one item per case. Only when every clause names both a reward word and an amount, so
 * a condition or a duration clause (…，连续发放12个月) keeps the sentence whole. Tiers told in one line,
 * each after its own name and cut by ；(一档：…，补助50万元；二档：…，补助30万元), are one item per tier, as
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
 * The pieces of a line cut at ；, each a tier that opens with its name and pays (一档：研发费用1000万元以上，补助
 * 50万元), the document's words with each piece's closing mark; undefined unless every piece is such a tier of one series.
 */
function tierClauses(text: string): string[] | undefined {
  const pieces = [...matchingText(text).matchAll(/[^；;]+(?:[；;]|$)/gu)].map((match) => text.slice(match.index, match.index + match[0].length).trim()).filter(Boolean);
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

/**
 * A copier that ran a 办法's articles together with commas (…鼓励企业…落户本市，一次性给予20万元的奖励，
 * （二）对…的企业一次性给予10万元的奖励，…): each paying clause is a case, with the clause before it
 * when it has no subject of its own; a subjectless clause right after another case (its subject
 * lost by the copier) is dropped. Only for a paragraph far longer than one reward, with two or more
 * paying clauses.
 */
function runOnCases(clauses: readonly string[]): string[] | undefined {
  if ([...clauses.join('，')].length < RUN_ON_CHARS || clauses.filter(pays).length < MIN_RUN_ON_CASES) return undefined;
  const cases: string[] = [];
  clauses.forEach((clause, index) => {
    if (!pays(clause)) return;
    if (!NO_SUBJECT.test(matchingText(clause))) {
      cases.push(clause.replace(ITEM_MARKER, '').trim());
      return;
    }
    const before = clauses[index - 1];
    if (before === undefined || pays(before)) return;
    cases.push(`${before.replace(ITEM_MARKER, '').trim()}，${clause.trim()}`);
  });
  return cases.length >= MIN_RUN_ON_CASES ? cases : undefined;
}
