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
import { isChromeLine } from './page-chrome.js';
import type { SourceDocument } from './source-document.js';

/** Article containers of the usual content systems, most specific first. */
const ARTICLE_CONTAINERS = [
  '#zoom', '#Zoom', '.TRS_Editor', '.TRS_UEDITOR', '#UCAP-CONTENT', '.pages_content', '#pages_content', '.article-content',
  '.article_content', '.art_con', '.zw', '#zw', '.view', '#content', '.article', '.content', 'article',
];
/** Where a page keeps its article title, after `<meta name="ArticleTitle">`. */
const TITLE_SELECTORS = ['h1', '.title', '.article-title', '.article_title', '#title', '.tit', '.bt', 'h2'];
/** What the title of a policy document ends with or contains. */
const DOCUMENT_TITLE = /关于|通知|通告|公告|办法|细则|意见|决定|指南|规定|规程|措施|方案|政策|批复|公示|条例|计划/;
/** A container needs this much Chinese text to count as the article. */
const MIN_ARTICLE_CJK = 40;

/** id/class names of page chrome inside an article container: navigation, sharing, print and close buttons, related links. */
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|print|close|fontsize|font|related|xgxx|xgwz|xglj|xgwj|footer|foot|copyright|pager|toolbar|tools|fenxiang|dayin|guanbi|zihao|sxp|prev|next)(?:[-_\s]|$)/i;

export function readHtml(file: string, bytes: Uint8Array): SourceDocument {
  const page = parseDocument(separateRunTogetherAttributes(decodeText(bytes, declaredCharset(bytes))), { decodeEntities: true });
  const metaTitle = pageTitle(page);
  const container = articleContainer(page);
  removeChrome(container);
  const body = htmlToLines(container.children).filter((line) => !isChromeLine(line.text));
  const title = articleTitle(page);
  const lines: HtmlLine[] = title && !opensWith(body, title) ? [{ text: title, kind: 'heading', level: 1 }, ...body] : body;
  return {
    file,
    format: 'html',
    lines: lines.map((line, index) => ({ ...line, line: index + 1 })),
    ...(metaTitle ? { metaTitle } : {}),
  };
}

/** Tags whose name a copier may run into the first attribute. */
const RUN_TOGETHER = /<(p|div|span|font|strong|b|table|tr|td|th|ul|ol|li|h[1-6]|a|img|section|article)(?=(?:style|class|id|align|lang|width|height|face|size|color|href|src|valign|border)\s*=)/giu;

/**
 * <pstyle="text-indent:2em;">: a copy that dropped every space inside the tags. A parser reads
 * `pstyle="…"` as the tag's name, so no paragraph would end; the space goes back after a known tag
 * name when an attribute name follows it directly.
 */
function separateRunTogetherAttributes(html: string): string {
  return html.replace(RUN_TOGETHER, '<$1 ');
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, from its first bytes. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head)?.[1];
}

function pageTitle(page: Document): string | undefined {
  const title = DomUtils.findOne((element) => element.name === 'title', page.children);
  // <title> is skipped as chrome when reading text, so its text is taken directly.
  const text = title ? collapseWhitespace(DomUtils.textContent(title)) : '';
  return text || undefined;
}

function articleTitle(page: Document): string | undefined {
  const meta = DomUtils.findOne((element) => element.name === 'meta' && /^articletitle$/i.test(element.attribs['name'] ?? ''), page.children);
  const fromMeta = collapseWhitespace(meta?.attribs['content'] ?? '');
  if (fromMeta) return fromMeta;
  for (const selector of TITLE_SELECTORS) {
    for (const found of DomUtils.findAll(matcher(selector), page.children)) {
      const text = textOf(found);
      // A site's name often sits in an <h1> too; a document's title names what kind of document it is.
      if (DOCUMENT_TITLE.test(text) && !CHROME_NAME.test(`${found.attribs['class'] ?? ''} ${found.attribs['id'] ?? ''}`)) return text;
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

/** Whether the first lines already hold the title, maybe broken over two or three lines. */
function opensWith(lines: readonly HtmlLine[], title: string): boolean {
  const wanted = title.replace(/\s+/g, '');
  for (let start = 0; start < Math.min(3, lines.length); start++) {
    let joined = '';
    for (const line of lines.slice(start, start + 3)) {
      joined += line.text.replace(/\s+/g, '');
      if (joined === wanted) return true;
      if (!wanted.startsWith(joined)) break;
    }
  }
  return false;
}
