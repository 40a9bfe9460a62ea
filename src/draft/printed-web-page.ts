/**
 * A government web page printed to PDF from the browser (staff print the notice they read
 * online, or an OA system hands out its pages as PDF). The print keeps what read-html leaves out:
 * the site's header and navigation above the breadcrumb, 发表时间/浏览量 lines, and after the
 * article the 扫一扫/打印/关闭 buttons and the site's footer. A PDF with a breadcrumb near the top
 * of its first page is taken to be such a print, and only its article is kept.
 */
import { isChromeLine } from './page-chrome.js';
import type { SourceLine } from './source-document.js';

/** The breadcrumb that opens a page's article: 您当前所在的位置：首页>…, 首页 > 政务公开 > …. */
const BREADCRUMB = /^(?:(?:您(?:当前|现在)?(?:所在)?的?|当前(?:所在)?的?|所在)位置\s*[:：>]|首页\s*[>＞›»])/u;
/** Where the article ends on the page: the sharing, print and close buttons, then the site's footer. */
const PAGE_END = /^(?:扫一扫|[【[]?\s*打印(?:本页|此页)?\s*[】\]]?\s*[【[]?\s*关闭|主办单位?\s*[:：])/u;
/** Short lines of a site's footer, wherever they stand in the line: 网站地图, 您是第…位访问者, 版权所有. */
const FOOTER = /网站地图|位访问者|位访客|版权所有/u;
/** The breadcrumb sits among the first lines of the first page, after the site's header and menus. */
const HEADER_LINES = 60;

/** The article of a printed web page, or the lines as they are when the PDF is not one. */
export function printedPageArticle(lines: readonly SourceLine[]): SourceLine[] {
  const start = lines.slice(0, HEADER_LINES).findIndex((line) => (line.page ?? 1) === 1 && BREADCRUMB.test(line.text.trim()));
  if (start < 0) return [...lines];
  const article = lines.slice(start + 1);
  const end = article.findIndex((line) => PAGE_END.test(line.text.trim()) || (line.text.length <= 40 && FOOTER.test(line.text)));
  return (end < 0 ? article : article.slice(0, end)).filter((line) => !isChromeLine(line.text));
}
