/**
 * Lines of a web page's chrome that sit next to the article: 发布时间/来源/浏览次数, 【字体：大 中 小】,
 * 打印/关闭/分享, 郑重声明, related links, ICP/备案 footers, breadcrumbs. Web pages lose them
 * in read-html; text copied from a web page into a .txt carries them too.
 */

/** The marks of a site's footer: its copyright and ICP record. */
const FOOTER_MARK = /ICP\s*备|公网安备|网站标识码|版权所有|Copyright|©/i;

/** Only short lines are tested: a sentence of the policy may mention 来源 or 打印. */
const CHROME_LINES: readonly RegExp[] = [
  /^(?:发布时间|发布日期|发表时间|发表日期|更新时间|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|浏览量|阅读次数|访问次数|点击数|点击量|点击率|字体|字号)\s*[:：]/,
  /[【[]\s*字\s*[体号]|字\s*[体号]\s*[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中/,
  /^(?:[【[]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享(?:到)?|返回顶部|加入收藏|保存(?:本页)?|纠错|视力保护色|扫一扫在手机打开当前页)\s*[】\]]?\s*)+$/,
  /^分享到?\s*[:：]/,
  /^郑重声明/,
  FOOTER_MARK,
  /^(?:技术支持|网站地图)\s*[:：]?/,
  /^(?:当前位置|您的位置|您当前的位置|您当前所在的位置|您现在的位置|当前的位置|所在位置)\s*[:：]?/,
  /^首页\s*[>›»＞]/,
  /^(?:上一篇|下一篇)\s*[:：]?/,
  /^(?:相关链接|相关文章|相关新闻|相关阅读|相关文件|相关稿件)\s*[:：]?$/,
  /^扫一扫/,
  // A font-size switch without its 字体 label: A+大 A+中 A+小, 大 中 小.
  /^(?:A\s*[+＋]?\s*)?大\s*(?:A\s*[+＋]?\s*)?中\s*(?:A\s*[+＋]?\s*)?小$/,
  // A control of the page, no sentence of a notice: the reader's act on the page (点击, 展开, 加载, 查看) and
  // what it opens (更多, 全文, 原文, 详情), alone on its line (加载更多, 点击展开全文, 查看原文).
  /^(?:点击\s*)?(?:展开|收起|加载|查看|阅读)\s*(?:更多|全文|原文|详情)(?:内容)?\s*[>＞»›]*$/,
  // A prompt set between arrows (↓ 往下拉，下面的文章更精彩 ↓): the page points at itself.
  /^[↓↑⬇⬆▼▲]\s*.{1,30}?\s*[↓↑⬇⬆▼▲]$/,
  // A comment box's counter and its form (留言与评论(共有 0 条评论), 验证码:).
  /共有?\s*\d+\s*条(?:评论|留言)|^验证码\s*[:：]?\s*$/,
];

/** Whether a line is page chrome rather than part of the document. */
export function isChromeLine(text: string): boolean {
  return text.length <= 120 && CHROME_LINES.some((pattern) => pattern.test(text));
}

/** A page's footer line: its copyright, ICP record or the firm that built the site. */
const FOOTER = new RegExp(`${FOOTER_MARK.source}|技术支持\\s*[：:]`, 'iu');

/** A key and its value, then the next (社址:某路155号 邮编:710003 电话/编辑部:029-…): a record, not a sentence. */
const RECORD_PAIR = /(?:^|\s)[\u4e00-\u9fa5/]{2,8}\s*[:：]\s*\S+/gu;

/**
 * A line of the page's footer block that is no chrome by its own words: a record of two or more
 * key–value pairs set apart by spaces (社址:… 邮编:… 电话/编辑部:…), right above a footer line (广告部:…
 * 版权所有:某报社). It is the site's address and numbers, never the document's.
 */
export function isFooterRecord(text: string, next: string | undefined): boolean {
  if (next === undefined || !FOOTER.test(next) || /[，。；]/u.test(text)) return false;
  return [...text.matchAll(RECORD_PAIR)].length >= 2;
}
