/**
 * Materials named inside a sentence about sending them, when no section lists them:
 * "于7月1日前将申请表、信用承诺书、企业营业执照（复印件）胶装后，一式四份报送至…" → 申请表 / 信用承诺书 /
 * 企业营业执照（复印件）. Only what sits between 将 and the sending verb counts, and only when it
 * names papers (表, 材料, 文件, 证明…), so an ordinary sentence gives nothing.
 */
import { matchingText } from './normalise-text.js';

const SEND = /报送|上报|提交|报至|发送|寄送|递交|送至|交至/u;
const PAPERS = /表|材料|文件|文档|证明|复印件|申请书|报告|承诺书|证书|扫描件|清单|说明/u;
/** What follows a paper in such a list but is not one: 胶装后, 一式四份, 装订成册. */
const NOT_A_PAPER = /^(?:胶装|装订|一式|分别|统一|并|加盖|盖章)/u;
const BINDING = /(?:胶装|装订|加盖公章|盖章)[^、，]*$/u;

/** Top-level parts of `text` (outside brackets) between 、 ， and 以及. */
function listParts(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if ('（《“'.includes(char)) depth++;
    else if ('）》”'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '、' || char === '，')) {
      spans.push([start, index]);
      start = index + 1;
    }
  }
  spans.push([start, text.length]);
  return spans;
}

export function materialsInProse(sentence: string): string[] {
  const normalised = matchingText(sentence);
  const take = normalised.lastIndexOf('将', normalised.search(SEND));
  const send = normalised.slice(take + 1).search(SEND);
  if (take < 0 || send < 0) return [];
  const start = take + 1;
  const listText = normalised.slice(start, start + send);
  if (!PAPERS.test(listText)) return [];
  const items: string[] = [];
  for (const [from, to] of listParts(listText)) {
    let part = sentence.slice(start + from, start + to).trim();
    part = part.replace(/^以及|^和|^及/u, '').replace(/(?:分别|统一|一并|均)$/u, '').trim();
    const binding = BINDING.exec(matchingText(part));
    if (binding && binding.index > 0) part = part.slice(0, binding.index).trim();
    if (part && !NOT_A_PAPER.test(matchingText(part)) && PAPERS.test(part)) items.push(part);
  }
  return items;
}
