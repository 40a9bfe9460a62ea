/**
 * Lines that belong to a web page's frame rather than the notice: breadcrumbs, view counters,
 * font-size switches, share and print buttons, related links, footers. Readers of saved pages
 * cut most of them, but text copied from a page keeps them, so extraction drops them too.
 */
import { matchingText } from './normalise-text.js';

const CHROME: readonly RegExp[] = [
  /【\s*字体[：:]?\s*大\s*中\s*小\s*】|字号[：:]\s*大\s*中\s*小|^\s*[【\[]?\s*(?:大|中|小)\s*(?:中|小)?\s*[】\]]?\s*$/u,
  /浏览次数|阅读次数|访问次数|点击(?:数|量|次数)|浏览量|阅读量/u,
  /^\s*(?:来源|信息来源|发布时间|发布日期|发布机构|发文机关|发布者|作者|编辑|责任编辑|审核|访问量|索引号|主题分类|信息分类|体裁分类|成文日期|公开方式|公开范围|组配分类|发文字号|文号|有效性|时效性|生效日期|失效日期|所属主题|关键词|分类)\s*[：:]/u,
  /打印本页|关闭窗口|打印此页|【\s*打印\s*】|【\s*关闭\s*】|保存本页|收藏本页|分享到|扫一扫|用手机扫|在手机上打开/u,
  /郑重声明|版权所有|转载请|本文网址|原文链接|免责声明|ICP备|公网安备|网站标识码|网站地图|主办单位[：:]|承办单位[：:]|技术支持[：:]|联系我们|建议使用.*浏览器/u,
  // 最佳分辨率1024*768 in a footer; a step that names a photo's 分辨率350DPI in a long sentence is text.
  /^(?=.{0,60}$).*分辨率/u,
  /^\s*(?:上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|相关附件|相关政策|相关解读|政策解读|图解|返回顶部|返回首页|当前位置|您的位置|您现在的位置)/u,
  /^\s*首页\s*[>＞›»/]/u,
  // A breadcrumb without 首页: >> 走进本市 >> 投资政策.
  /^\s*(?:(?:>>|»|›|>|＞)\s*[^>＞»›。，；]{1,12}\s*){2,}$/u,
];

/** Whether a line is web-page chrome (its own content, if any, is not part of the notice). */
export function isChromeLine(text: string): boolean {
  const normalised = matchingText(text);
  return CHROME.some((pattern) => pattern.test(normalised));
}
