/**
 * A party item names who may apply. When the notice goes on, in the same item, to list what that
 * party must meet (…，共包括以下类型：（1）… / …且需满足以下条件之一：（1）…), the list belongs to the
 * conditions of that party, not to its name: the party item ends where its list is introduced.
 */
import { matchingText } from './normalise-text.js';
import type { DraftItem } from './section-items.js';

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
