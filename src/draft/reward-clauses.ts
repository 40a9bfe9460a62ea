/**
 * A reward sentence that pays several cases, each in its own clause (完成申报的企业奖励1万元，入库企业
 * 奖励5万元): one item per case. Only when every clause names both a reward word and an amount, so
 * a condition or a duration clause (…，连续发放12个月) keeps the sentence whole.
 */
import { amountsIn } from './find-reward.js';
import { matchingText } from './normalise-text.js';
import type { DraftItem } from './section-items.js';
import { splitOutsideBrackets } from './split-outside-brackets.js';

const REWARD_WORD = /奖励|补贴|补助|资助|给予|支持|扶持|奖补/u;


export function rewardClauses(items: readonly DraftItem[]): DraftItem[] {
  return items.flatMap((item) => {
    const clauses = splitOutsideBrackets(item.text, '，,；;');
    if (clauses.length < 2) return [item];
    const paying = clauses.every((clause) => REWARD_WORD.test(matchingText(clause)) && amountsIn(clause).some((amount) => !amount.threshold));
    return paying ? clauses.map((text) => ({ text, lines: item.lines })) : [item];
  });
}
