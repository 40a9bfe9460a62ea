/**
 * Extraction rules added for the corpus quality target (issue 13), each with text written in the
 * style of real notices: headings that name a field by their last word, and reward sentences that
 * grant tax relief rather than money.
 */
import { describe, expect, it } from 'vitest';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { sectionsOf } from '../../src/draft/field-sections.js';
import { buildHeadingTree } from '../../src/draft/heading-tree.js';
import { sectionItems } from '../../src/draft/section-items.js';
import { rewardSentences } from '../../src/draft/prose-items.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

describe('fieldForHeading: requirements on the applicant, headings ending in 标准, 申领/办理 steps', () => {
  it.each([
    ['二、申报主体要求', 'conditions'],
    ['申请主体要求', 'conditions'],
    ['三、申报对象要求', 'conditions'],
    ['一、困难群众救助标准', 'reward'],
    ['（一）场地租金标准', 'reward'],
    ['缴费标准', 'reward'],
    // A heading that names another field keeps it: 时间 is the period, 认定标准 the conditions.
    ['二、标准执行时间', 'period'],
    ['高新技术企业认定标准', 'conditions'],
    ['标准化建设', undefined],
    // How to claim a benefit, in the words of 办事指南 pages.
    ['六、申领程序', 'process'],
    ['二、办理步骤', 'process'],
    ['申请步骤', 'process'],
  ])('%s → %s', (label, field) => {
    expect(fieldForHeading(label)).toBe(field);
  });
});

describe('rewardSentences: tax relief is what the policy gives', () => {
  it.each([
    ['第六条　企业引进的高层次人才，按照每月1500元的标准定额扣除。', ['企业引进的高层次人才，按照每月1500元的标准定额扣除。']],
    ['小微企业年应纳税所得额不超过100万元的部分，减免50%企业所得税。', ['小微企业年应纳税所得额不超过100万元的部分，减免50%企业所得税。']],
    ['对当年新招用登记失业人员的，在3年内按每人每年7800元依次扣减增值税。', []],
    ['纳税人应当留存住房租赁合同备查。', []],
  ])('%s', (text, expected) => {
    expect(rewardSentences(lines(text)).map((item) => item.text)).toEqual(expected);
  });
});

describe('a label that names no field ends the section before it', () => {
  it.each([
    ['注意事项：'],
    ['工作要求'],
    ['其他注意事项'],
  ])('%s after the last step', (label) => {
    const tree = buildHeadingTree(lines('二、办理流程', '1.登录区政务服务网提交申请。', '2.区人社局审核。', label, '1.申请人对材料真实性负责。', '2.逾期不予受理。'));
    const steps = (sectionsOf(tree).get('process') ?? []).flatMap((node) => sectionItems(node, 'process'));
    expect(steps.map((item) => item.text)).toEqual(['登录区政务服务网提交申请。', '区人社局审核。']);
  });
});
