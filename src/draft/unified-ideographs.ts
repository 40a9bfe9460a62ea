/**
 * CJK fonts draw a radical and the character it looks like with one glyph (⼯ U+2F2F and 工
 * U+5DE5). When a PDF producer writes the text layer's Unicode map from the font, it may take the
 * radical's code point for that glyph: Chromium's print to PDF, and Word with some fonts, give
 * "⼀、申报⼯作" for "一、申报工作". It looks right and matches nothing, so a PDF's text is mapped
 * back to the characters before anything reads it.
 */

/**
 * The radicals whose glyph a Chinese font shares with a character, and that character: read from
 * the cmap of Noto Sans SC (fonts/), the Source Han design that Chromium, LibreOffice and many
 * offices embed. Radicals with a glyph of their own never stand in for a character, so they are
 * not here. Kangxi Radicals (U+2F00–U+2FD5) map by their compatibility mapping (NFKC of that one
 * character), except where the Simplified Chinese glyph is another code point's.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺂': '乛', '⺃': '乚', '⺅': '亻', '⺇': '𠘨', '⺉': '刂', '⺋': '㔾', '⺍': '𭕄', '⺏': '尣', '⺐': '尢', '⺒': '巳',
  '⺓': '幺', '⺔': '彑', '⺕': '彐', '⺖': '忄', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺞': '歺', '⺟': '母', '⺠': '民',
  '⺡': '氵', '⺣': '灬', '⺤': '爫', '⺦': '丬', '⺨': '犭', '⺩': '𤣩', '⺭': '礻', '⺮': '𥫗', '⺯': '糹', '⺰': '纟',
  '⺱': '罓', '⺳': '㓁', '⺹': '耂', '⺺': '肀', '⺽': '𦥑', '⺾': '艹', '⻂': '衤', '⻅': '见', '⻆': '角', '⻇': '𧢲',
  '⻈': '讠', '⻉': '贝', '⻊': '𧾷', '⻋': '车', '⻌': '辶', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门',
  '⻕': '𨸏', '⻖': '阝', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '𩙿', '⻟': '飠',
  '⻠': '饣', '⻡': '𩠐', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄',
  '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};
/** ⼾ (DOOR) is drawn as 户 in a Simplified Chinese font; NFKC would give the traditional 戶. */
const KANGXI_SIMPLIFIED: Readonly<Record<string, string>> = { '⼾': '户' };

/**
 * Two marks of Chinese text that PDF producers write as their look-alikes: the dash of "5000万元—1亿元"
 * as ― (HORIZONTAL BAR, Chromium; also the old GB2312 mapping of the dash), and the range mark ～
 * as 〜 (WAVE DASH, which Noto's fonts draw with the same glyph). Rules that read ranges expect — and ～.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = { '―': '—', '〜': '～' };

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5\u2015\u301c]/gu;

/** The text with radicals written as the characters they stand for, and the look-alike marks as the marks; other text unchanged. */
export function withUnifiedIdeographs(text: string): string {
  return text.replace(RADICAL, (radical) => {
    if (LOOK_ALIKES[radical]) return LOOK_ALIKES[radical];
    if (radical >= '\u2f00') return KANGXI_SIMPLIFIED[radical] ?? radical.normalize('NFKC');
    return SUPPLEMENT[radical] ?? radical;
  });
}
