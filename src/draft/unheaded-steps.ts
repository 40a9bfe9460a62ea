/**
 * Steps that no heading introduces: a guide that is only "1.先扫二维码… 2.进入小程序… 8.提交申请"
 * still tells how to apply. A run of at least three numbered items (1, 2, 3…) outside every field
 * section, most of them starting with an act of the applicant (登录, 填写, 提交, 点击…), is read
 * as the process. A numbered list of anything else (conditions without a heading, measures of
 * a 办法) starts with nouns or clauses and stays prose.
 */
import { type HeadingNode } from './heading-tree.js';
import { lineMarker, type MarkerStyle } from './line-marker.js';
import { matchingText } from './normalise-text.js';
import type { DraftItem } from './section-items.js';

/** The acts a step asks of the applicant, after an optional 先/再/然后/最后. */
const STEP_VERB = /^(?:先|再|然后|最后|接着|并)?(?:登录|登陆|填写|填报|提交|上传|点击|选择|进入|打开|搜索|扫码|扫描|扫二维码|关注|下载|注册|领取|前往|等待|确认|核对|阅读|查询|携带|刷脸|缴纳|预约|签订|签署|打印|录入|勾选|授权|完成)/u;
const STEP_STYLES: readonly MarkerStyle[] = ['digit-dot', 'digit-comma', 'paren-digit', 'digit-paren', 'circled', 'step'];
const MIN_STEPS = 3;
/** Share of the run's items that must open with an act. */
const MIN_VERB_SHARE = 2 / 3;

export function unheadedSteps(tree: HeadingNode): DraftItem[] {
  const items: DraftItem[] = [];
  const visit = (node: HeadingNode) => {
    if (node.field !== undefined || node.aside) return;
    const run = numberedRun(node.children);
    if (run && run.filter((child) => STEP_VERB.test(matchingText(child.text))).length >= run.length * MIN_VERB_SHARE) {
      for (const child of run) items.push({ text: [child.text, ...child.body.map((line) => line.text.trim())].join('').trim(), lines: [child.source!, ...child.body] });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return items;
}

/** The children numbered 1, 2, 3… in one style with no field and nothing under them, if they are at least MIN_STEPS. */
function numberedRun(children: readonly HeadingNode[]): HeadingNode[] | undefined {
  const numbered = children.filter((child) => child.source && STEP_STYLES.includes(child.style as MarkerStyle));
  const style = numbered[0]?.style;
  // The run is the items numbered 1, 2, 3… from the first; a list that starts again is another list.
  const run: HeadingNode[] = [];
  for (const child of numbered) {
    if (child.style !== style || lineMarker(child.source!.text)?.value !== run.length + 1) break;
    run.push(child);
  }
  if (run.length < MIN_STEPS || run.some((child) => child.field !== undefined || child.children.some((inner) => !inner.aside))) return undefined;
  return run;
}
