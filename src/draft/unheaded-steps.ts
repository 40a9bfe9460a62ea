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
import { isDeadlineStep, isHowToApply } from './prose-items.js';
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

/**
 * The acts of a procedure, the applicant's or an office's: sending, entering, reviewing,
 * recommending, publishing, paying out. A numbered part with none of them (a requirement, a quota,
 * a contact) is not a step.
 */
const PROCEDURE_ACT = /报送|提交|上报|报至|递交|填报|申报|受理|初审|审核|复核|审查|评审|审定|核实|推荐|公示|兑现|拨付|下达/u;
/** Requirements on the applicant: a part that states one is a condition, not a step. */
const REQUIREMENT = /须|必须|应当|应具备|应符合|不得|符合以下|具备以下|条件/u;
const SENTENCE_END = /[。；]/u;
const PROCEDURE_STYLES: readonly MarkerStyle[] = [...STEP_STYLES, 'chinese', 'paren-chinese'];
const MIN_PROCEDURE_PARTS = 2;

/**
 * A notice's numbered parts that carry no heading (a 转发 notice's 1. 2. 3. under its forwarding
 * text: 1.由各板块组织推荐… 2.区经委将对申报材料进行初审… 3.请于…前将申报表报送至…) tell the
 * procedure, whatever words they use, when one of them says how to send the application and every
 * one is an act of the procedure. Each part is a step; the parts are sentences, never labels, and
 * none states a requirement, so a numbered list of conditions without a heading stays prose.
 */
export function procedureSteps(tree: HeadingNode): DraftItem[] {
  const items: DraftItem[] = [];
  const visit = (node: HeadingNode) => {
    if (node.field !== undefined || node.aside) return;
    const run = sentenceRun(node.children);
    if (run && isProcedure(run)) {
      for (const child of run) items.push({ text: [child.text, ...child.body.map((line) => line.text.trim())].join('').trim(), lines: [child.source!, ...child.body] });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return items;
}

function isProcedure(run: readonly HeadingNode[]): boolean {
  const texts = run.map((child) => matchingText([child.text, ...child.body.map((line) => line.text)].join('')));
  const item = (text: string): DraftItem => ({ text, lines: [] });
  return texts.some((text) => isHowToApply(item(text)) || isDeadlineStep(item(text))) && texts.every((text) => PROCEDURE_ACT.test(text) && !REQUIREMENT.test(text));
}

/**
 * The first children numbered 1, 2, 3… in one style, each a sentence with nothing under it and no
 * field, if they are at least MIN_PROCEDURE_PARTS; a later part with a field (四、联系人：…) ends the run.
 */
function sentenceRun(children: readonly HeadingNode[]): HeadingNode[] | undefined {
  const numbered = children.filter((child) => child.source && PROCEDURE_STYLES.includes(child.style as MarkerStyle));
  const style = numbered[0]?.style;
  const run: HeadingNode[] = [];
  for (const child of numbered) {
    if (child.style !== style || lineMarker(child.source!.text)?.value !== run.length + 1) break;
    // Labelled sections under the last part (联系人：…) are their own fields, not sub-items of a step.
    if (child.field !== undefined || child.aside || child.children.some((inner) => inner.field === undefined && !inner.aside)) break;
    if (!SENTENCE_END.test(matchingText(child.text)) && child.body.length === 0) break;
    run.push(child);
  }
  return run.length >= MIN_PROCEDURE_PARTS ? run : undefined;
}

/** A heading that ends in a noun of procedure, whatever stands before it (工作程序, 办理步骤). */
const PROCEDURE_HEADING = /(?:程序|流程|步骤)[：:]?$/u;
/** (一)申请。符合条件的…: a short label closed by a full stop, then the sentence it labels. */
const LABEL_STEP = /^[^，。；：、]{1,8}。\s*\S/u;

/**
 * A heading that names a procedure but no field, because a word stands before its noun that the
 * field words do not know (四、工作程序), over numbered parts that are each a label step ((一)申请。
 * 符合条件的…申请… (二)审核。经办机构…): the parts are the steps, each with its label as the title.
 * Both are needed: label steps under any other heading (（一）某救助办理条件。…) are sections of their
 * own, and a procedure heading over sentences (考核程序：1.…) may be the office's alone.
 */
export function labelSteps(tree: HeadingNode): DraftItem[] {
  const items: DraftItem[] = [];
  const visit = (node: HeadingNode) => {
    if (node.field !== undefined || node.aside) return;
    const run = node.label !== undefined && PROCEDURE_HEADING.test(matchingText(node.label).trim()) ? sentenceRun(node.children) : undefined;
    if (run && run.every((child) => LABEL_STEP.test(matchingText(child.text).trim()))) {
      for (const child of run) items.push({ text: [child.text, ...child.body.map((line) => line.text.trim())].join('').trim(), lines: [child.source!, ...child.body] });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return items;
}
