/**
 * Doubts of one kind said once: the items of a list split, shortened or very long, the headings that
 * match no field, the steps whose detail was cut; what the report says when a list's limit leaves
 * items out; and a 实施细则 whose 第X条 each name a support, found as sub-programmes.
 */
import { describe, expect, it } from 'vitest';
import { formatDraftReport } from '../../src/cli/format-draft-report.js';
import { draftCard, type DraftOptions } from '../../src/draft/draft-card.js';
import { itemDoubts, type ItemChange } from '../../src/draft/item-doubts.js';
import type { DraftReport } from '../../src/draft/draft-report.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import { chineseNumber, detailedRules } from './detailed-rules.js';
import { lines } from './small-document.js';

const draftOf = (texts: readonly string[], options: DraftOptions = {}) => draftCard({ file: '细则.txt', format: 'txt', lines: lines(...texts) }, options);
const change = (kind: ItemChange['kind'], index: number, chars: number, line: number, parts?: number): ItemChange => ({ kind, path: `/reward/items/${index}`, from: [{ line }], chars, ...(parts ? { parts } : {}) });

describe('itemDoubts', () => {
  it.each([
    [[change('split', 0, 320, 9, 2)], '/reward/items/0', '这一项超过 300 字（limits.fieldChars.listItem），已在句末拆成 2 项', 'this item is longer than 300 characters (limits.fieldChars.listItem); split at sentence ends into 2 items'],
    [
      [change('split', 0, 320, 9, 2), change('split', 2, 410, 10, 3)],
      '/reward/items',
      '2 项超过 300 字（limits.fieldChars.listItem），已在句末拆开，共拆成 5 项',
      '2 items are longer than 300 characters (limits.fieldChars.listItem); each was split at sentence ends, 5 items in all',
    ],
    [
      [change('shortened', 1, 340, 9), change('shortened', 4, 360, 12)],
      '/reward/items',
      '2 项超过 300 字（limits.fieldChars.listItem，原有 340–360 字），已截短；请对照原文改写',
      '2 items are longer than 300 characters (limits.fieldChars.listItem; they had 340–360); shortened, rewrite them from the source',
    ],
    [
      [change('long-item', 3, 248, 13), change('long-item', 5, 278, 15), change('long-item', 6, 278, 16)],
      '/reward/items',
      '3 项很长（248–278 字），可能各包含几项内容，如是请拆开',
      '3 items are long (248–278 characters) and may each hold several items: split them if so',
    ],
  ])('%#: one doubt per kind, naming how many', (changes, path, zh, en) => {
    const doubts = itemDoubts(changes, '/reward/items', 300);
    expect(doubts.map((doubt) => [doubt.path, doubt.text.zh, doubt.text.en])).toEqual([[path, zh, en]]);
    expect(doubts[0]!.from).toEqual(changes.map((one) => one.from[0]));
    if (changes.length > 1) expect(doubts[0]!.paths).toEqual(changes.map((one) => one.path));
  });
});

describe('a 实施细则 of 30 articles, twenty of them a support each', () => {
  const drafted = () => draftOf(detailedRules(), { url: 'https://kjj.example.gov.cn/xize.html' });

  it('says each kind of doubt once, how many and where', () => {
    const { report } = drafted();
    expect(report.doubts.map((doubt) => [doubt.kind, doubt.path, doubt.from.map((place) => place.line), doubt.text.zh])).toEqual([
      // Only items the card keeps: the ones left out are named by the doubt that says so, each place once.
      ['split', '/reward/items', [9, 10, 12], '3 项超过 300 字（limits.fieldChars.listItem），已在句末拆开，共拆成 6 项'],
      ['long-item', '/reward/items', [13, 14], '2 项很长（290–300 字），可能各包含几项内容，如是请拆开'],
      [
        'dropped',
        '/reward/items',
        [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27],
        '共 30 项，超过上限 12 项（limits.listItems.rewardItems），后 18 项未写入，从第 13 项“支持技术合同交易。对在技术合同登记机构…”起；请挑选要保留的项，合并或删减，或提高上限',
      ],
      ['unmatched-heading', undefined, [2, 28, 33], '3 个标题没有对应的卡片字段，其下内容未写入：“第一章 总则”“第三章 申报和兑现”“第四章 附则”'],
    ]);
  });

  it('finds the articles that each pay as sub-programmes, by their number and name', () => {
    const { report } = drafted();
    expect(report.subProgrammes).toHaveLength(20);
    expect(report.subProgrammes.slice(0, 2)).toEqual([
      { title: '第五条 支持高新技术企业培育', from: { line: 8 }, fields: ['reward'] },
      { title: '第六条 支持科技型中小企业发展', from: { line: 9 }, fields: ['reward'] },
    ]);
    expect(report.subProgrammes.map((programme) => programme.title.split(' ')[0])).toEqual(Array.from({ length: 20 }, (_, index) => `第${chineseNumber(index + 5)}条`));
  });

  it.each([
    [
      'zh',
      [
        '  存疑：/reward/items 第9–10行、第12行：3 项超过 300 字（limits.fieldChars.listItem），已在句末拆开，共拆成 6 项',
        '  存疑：/reward/items 第13–14行：2 项很长（290–300 字），可能各包含几项内容，如是请拆开',
        '  存疑：/reward/items 第16–27行：共 30 项，超过上限 12 项（limits.listItems.rewardItems），后 18 项未写入，从第 13 项“支持技术合同交易。对在技术合同登记机构…”起；请挑选要保留的项，合并或删减，或提高上限',
        '  存疑：第2行、第28行、第33行：3 个标题没有对应的卡片字段，其下内容未写入：“第一章 总则”“第三章 申报和兑现”“第四章 附则”',
        '  发现 20 个子项目，已合并为一张卡片；可考虑每项一张：',
        '    第8行 第五条 支持高新技术企业培育（奖补标准）',
      ],
    ],
    [
      'en',
      [
        '  doubtful: /reward/items lines 9–10, 12: 3 items are longer than 300 characters (limits.fieldChars.listItem); each was split at sentence ends, 6 items in all',
        '  doubtful: /reward/items lines 13–14: 2 items are long (290–300 characters) and may each hold several items: split them if so',
        '  doubtful: /reward/items lines 16–27: 30 items, more than the limit of 12 (limits.listItems.rewardItems); the last 18 were left out, from item 13 "支持技术合同交易。对在技术合同登记机构…". Choose the ones to keep, merge or trim them, or raise the limit',
        '  doubtful: lines 2, 28, 33: 3 headings match no card field; what they hold was not drafted: "第一章 总则", "第三章 申报和兑现", "第四章 附则"',
        '  20 sub-programmes found and merged into one card; consider one card each:',
        '    line 8 第五条 支持高新技术企业培育 (reward)',
      ],
    ],
  ] as const)('prints in %s one line per kind of doubt, then the programmes', (lang, expected) => {
    const { spec, report } = drafted();
    const printed = formatDraftReport({ format: 'json', out: 'cards', documents: [{ file: '细则.txt', status: 'written', id: spec.id, out: `cards/${spec.id}.json`, report, errors: [] }] }, lang).split('\n');
    const first = printed.findIndex((line) => line.startsWith(lang === 'zh' ? '  存疑' : '  doubtful'));
    expect(printed.slice(first, first + expected.length)).toEqual(expected);
  });

  it.each([
    // Articles that divide a sum by shares pay nothing of their own.
    [['第一章 子女教育', '第五条 纳税人的子女接受学历教育的支出，按照扣除标准的100%扣除。', '第六条 父母可以选择由双方分别按扣除标准的50%扣除。'], []],
    // Articles that reward a share of what was brought in each pay.
    [
      ['第一章 奖励标准', '第一条 引进建设资金的奖励。无息的，按引资额的3%进行奖励。', '第二条 引进项目的奖励。按固定资产投资额的4‰给予奖励。'],
      [
        { title: '第一条 引进建设资金的奖励', from: { line: 3 }, fields: ['reward'] },
        { title: '第二条 引进项目的奖励', from: { line: 4 }, fields: ['reward'] },
      ],
    ],
  ])('%#: articles are sub-programmes only when each pays', (body, programmes) => {
    expect(draftOf(['某区实施细则', ...body]).report.subProgrammes).toEqual(programmes);
  });
});

describe('steps whose detail was cut', () => {
  it('are one doubt naming the steps', () => {
    const detail = '申报单位须如实填写申报书并上传全部附件材料，'.repeat(12);
    const { report } = draftOf(['关于申报的通知', '一、申报流程', `1.网上填报：${detail}`, `2.材料审核：${detail}`, `3.结果公示：${detail}`], { limits: { spec: { ...LIMITS, listItem: 400 } } });
    expect(report.doubts.filter((doubt) => doubt.kind === 'shortened').map((doubt): Partial<DraftReport['doubts'][number]> => ({ path: doubt.path, paths: doubt.paths, text: doubt.text }))).toEqual([
      {
        path: '/process',
        paths: ['/process/0/detail', '/process/1/detail', '/process/2/detail'],
        text: { zh: `3 个步骤的说明超过 ${LIMITS.stepDetail} 字，已截短：第 1、2、3 步`, en: `the details of 3 steps are longer than ${LIMITS.stepDetail} characters; shortened: steps 1, 2, 3` },
      },
    ]);
  });
});
