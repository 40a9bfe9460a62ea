/**
 * CJK fonts draw a radical and the character it looks like with one glyph (⼯ U+2F2F and 工
 * U+5DE5). When a PDF producer writes the text layer's Unicode map from the font, it may take the
 * radical's code point for that glyph: Chromium's print to PDF, and Word with some fonts, give
 * "⼀、申报⼯作" for "一、申报工作". It looks right and matches nothing, so a PDF's text is mapped
 * back to the characters before anything reads it.
 */

/**
 * CJK Radicals Supplement (U+2E80–U+2EF3) whose glyph is a character of running text, with that
 * character (Unicode's EquivalentUnifiedIdeograph.txt). Kangxi Radicals (U+2F00–U+2FD5) need no
 * table: each has a compatibility mapping to its character.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺄': '乙', '⺅': '亻', '⺉': '刂', '⺊': '卜', '⺌': '小', '⺖': '忄', '⺗': '心', '⺘': '扌',
  '⺙': '攵', '⺝': '月', '⺟': '母', '⺠': '民', '⺡': '氵', '⺣': '灬', '⺤': '爫', '⺦': '丬', '⺧': '牛',
  '⺨': '犭', '⺩': '王', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺰': '纟', '⺶': '羊', '⺼': '肉',
  '⺾': '艹', '⻁': '虎', '⻂': '衤', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车',
  '⻌': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青',
  '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙',
  '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/gu;

/** The text with radicals written as the characters they stand for; other text unchanged. */
export function withUnifiedIdeographs(text: string): string {
  return text.replace(RADICAL, (radical) => {
    if (radical >= '\u2f00') return radical.normalize('NFKC');
    return SUPPLEMENT[radical] ?? radical;
  });
}
