/**
 * Chinese typesetting fixes applied to card text before layout.
 *
 * satori breaks lines by Unicode's line-breaking rules (UAX #14), which already keep ，。、；：
 * and closing brackets off the start of a line and opening brackets off its end (避头尾). What
 * UAX #14 allows, and readers hate, is a break between a number and its unit (500 | 万元) or
 * inside a date (2026年 | 3月31日). We join such runs with U+2060 WORD JOINER, which forbids a
 * break, has no width, and is skipped by the glyph check.
 */
export const WORD_JOINER = '\u2060';

const NUMBER = String.raw`[0-9０-９]+(?:[.．,，:：][0-9０-９]+)*`;
const UNIT = String.raw`(?:万|亿|千|百)?(?:美元|欧元|元|%|％|‰|个月|年度|年|月|日|号|个|家|人次|人|名|项|倍|次|天|周岁|岁|周|小时|平方米|㎡|台|套|亩|吨|千瓦时|千瓦|辆|件|款|条|批|届|期|级|类|星|分|万|亿|千)`;
/** A number with its unit, chained for dates and ranges: 500万元, 2026年3月31日, 第3项, 1.5倍. */
const NUMBER_RUN = new RegExp(String.raw`(?:第)?(?:[¥￥$])?(?:${NUMBER}${UNIT}?(?:[-—~～至到]${NUMBER}${UNIT}?)?)+`, 'g');

/** Join every code point of `text` with word joiners so it never breaks across lines. */
export function keepTogether(text: string): string {
  return [...text].join(WORD_JOINER);
}

/** Keep numbers, their units and dates on one line. */
export function keepNumbersTogether(text: string): string {
  return text.replace(NUMBER_RUN, (run) => (run.length > 1 ? keepTogether(run) : run));
}
