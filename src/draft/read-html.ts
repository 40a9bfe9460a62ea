/**
 * A saved government web page → SourceDocument: the article without the site's chrome. The
 * article is looked for in the containers content systems use (TRS, 开普云 UCAP, …), else in
 * the element with the most Chinese text in its own paragraphs. The page is only parsed:
 * scripts are dropped, never run.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { isTag, isText, type Document, type Element, type ParentNode } from 'domhandler';
import { decodeText } from './decode-text.js';
import { collapseWhitespace, htmlToLines, isSkipped, textOf, type HtmlLine } from './html-lines.js';
import type { SourceDocument } from './source-document.js';

/** Article containers of the usual content systems, most specific first. */
const ARTICLE_CONTAINERS = [
  '#zoom', '#Zoom', '.TRS_Editor', '.TRS_UEDITOR', '#UCAP-CONTENT', '.pages_content', '#pages_content', '.article-content',
  '.article_content', '.art_con', '.zw', '#zw', '.view', '#content', '.article', '.content', 'article',
];
/** Where a page keeps its article title, after `<meta name="ArticleTitle">`. */
const TITLE_SELECTORS = ['h1', '.title', '.article-title', '.article_title', '#title', '.tit', '.bt', 'h2'];
/** A container needs this much Chinese text to count as the article. */
const MIN_ARTICLE_CJK = 40;

/** id/class names of page chrome inside an article container: navigation, sharing, print and close buttons, related links. */
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|print|close|fontsize|font|related|xgxx|xgwz|xglj|xgwj|footer|foot|copyright|pager|toolbar|tools|fenxiang|dayin|guanbi|zihao|sxp|prev|next)(?:[-_\s]|$)/i;

/** Lines of chrome that sit in the article's own container. Only short lines are tested. */
const CHROME_LINES: readonly RegExp[] = [
  /^(?:发布时间|发布日期|更新时间|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|浏览量|阅读次数|访问次数|点击数|点击量|点击率|字体|字号)\s*[:：]/,
  /[【[]\s*字\s*[体号]|字\s*[体号]\s*[:：]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中/,
  /^(?:[【[]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享(?:到)?|返回顶部|加入收藏|保存(?:本页)?|纠错|视力保护色|扫一扫在手机打开当前页)\s*[】\]]?\s*)+$/,
  /^分享到?\s*[:：]/,
  /^郑重声明/,
  /ICP\s*备|公网安备|网站标识码|版权所有|Copyright|©/i,
  /^(?:主办单位|承办单位|技术支持|网站地图)\s*[:：]?/,
  /^(?:当前位置|您的位置|您当前的位置|当前的位置|所在位置)\s*[:：]?/,
  /^首页\s*[>›»＞]/,
  /^(?:上一篇|下一篇)\s*[:：]?/,
  /^(?:相关链接|相关文章|相关新闻|相关阅读|相关文件|相关稿件)\s*[:：]?$/,
  /^扫一扫/,
];

export function readHtml(file: string, bytes: Uint8Array): SourceDocument {
  const page = parseDocument(decodeText(bytes, declaredCharset(bytes)), { decodeEntities: true });
  const metaTitle = pageTitle(page);
  const container = articleContainer(page);
  removeChrome(container);
  const body = htmlToLines(container.children).filter((line) => !isChromeLine(line.text));
  const title = articleTitle(page);
  const lines: HtmlLine[] = title && !body.slice(0, 3).some((line) => sameText(line.text, title)) ? [{ text: title, kind: 'heading', level: 1 }, ...body] : body;
  return {
    file,
    format: 'html',
    lines: lines.map((line, index) => ({ ...line, line: index + 1 })),
    ...(metaTitle ? { metaTitle } : {}),
  };
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, from its first bytes. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head)?.[1];
}

function pageTitle(page: Document): string | undefined {
  const title = DomUtils.findOne((element) => element.name === 'title', page.children);
  const text = title ? textOf(title) : '';
  return text || undefined;
}

function articleTitle(page: Document): string | undefined {
  const meta = DomUtils.findOne((element) => element.name === 'meta' && /^articletitle$/i.test(element.attribs['name'] ?? ''), page.children);
  const fromMeta = collapseWhitespace(meta?.attribs['content'] ?? '');
  if (fromMeta) return fromMeta;
  for (const selector of TITLE_SELECTORS) {
    for (const found of DomUtils.findAll(matcher(selector), page.children)) {
      const text = textOf(found);
      // A site's logo often sits in an <h1> too; an article title is a sentence.
      if (cjkCount(text) >= 6 && !CHROME_NAME.test(`${found.attribs['class'] ?? ''} ${found.attribs['id'] ?? ''}`)) return text;
    }
  }
  return undefined;
}

/** The element holding the article: a known container with enough text, else the densest element. */
function articleContainer(page: Document): ParentNode {
  for (const selector of ARTICLE_CONTAINERS) {
    const candidates = DomUtils.findAll(matcher(selector), page.children);
    let best: Element | undefined;
    let bestCount = 0;
    for (const candidate of candidates) {
      const count = cjkCount(textOf(candidate));
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
    if (best && bestCount >= MIN_ARTICLE_CJK) return best;
  }
  return densestElement(page) ?? DomUtils.findOne((element) => element.name === 'body', page.children) ?? page;
}

/**
 * The element whose own paragraphs (and loose text) hold the most Chinese text: the article body
 * on a page whose content system is not known. Navigation and link lists score little because
 * their text sits inside links in list items.
 */
function densestElement(page: Document): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const element of DomUtils.findAll((candidate) => !isSkipped(candidate), page.children)) {
    let score = 0;
    for (const child of element.children) {
      if (isText(child)) score += cjkCount(child.data);
      else if (isTag(child) && ['p', 'span', 'font', 'strong', 'b'].includes(child.name)) score += cjkCount(textOf(child));
    }
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best;
}

/** Removes chrome inside the container: elements named like chrome, and lists of links. Never most of the article. */
function removeChrome(container: ParentNode): void {
  const total = cjkCount(textOf(container));
  const chrome = DomUtils.findAll((element) => {
    if (isSkipped(element)) return false;
    const named = CHROME_NAME.test(`${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`);
    return (named || isLinkList(element)) && cjkCount(textOf(element)) < total / 2;
  }, container.children);
  for (const element of chrome) DomUtils.removeElement(element);
}

/** A block that is mostly links (related articles, 上一篇/下一篇): three or more links holding most of its text. */
function isLinkList(element: Element): boolean {
  if (!['ul', 'ol', 'div', 'table', 'dl', 'p'].includes(element.name)) return false;
  const links = DomUtils.findAll((child) => child.name === 'a', element.children);
  if (links.length < 3) return false;
  const linked = links.reduce((sum, link) => sum + textOf(link).length, 0);
  return linked >= 0.7 * textOf(element).length;
}

function isChromeLine(text: string): boolean {
  return text.length <= 120 && CHROME_LINES.some((pattern) => pattern.test(text));
}

/** `#id`, `.class` or `tag`: the only selectors the container lists need. */
function matcher(selector: string): (element: Element) => boolean {
  if (selector.startsWith('#')) return (element) => element.attribs['id'] === selector.slice(1);
  if (selector.startsWith('.')) {
    const name = selector.slice(1);
    return (element) => (element.attribs['class'] ?? '').split(/\s+/).includes(name);
  }
  return (element) => element.name === selector;
}

function cjkCount(text: string): number {
  return text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
