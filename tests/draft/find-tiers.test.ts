import { describe, expect, it } from 'vitest';
import { rewardHeadline } from '../../src/draft/find-reward.js';
import { earlierNamesTable, framedCasesTable, labelledAmountsTable, namedTiersTable, pairTable, tierRowsIn, tiersIn, verbPairTable } from '../../src/draft/find-tiers.js';

describe('pairTable: a run of name–amount pairs', () => {
  it.each([
    ['奖励标准：金奖10万元，银奖6万元，铜奖3万元。', [['金奖', '10万元'], ['银奖', '6万元'], ['铜奖', '3万元']]],
    ['月租金为：东区公寓28元/平方米/月、西区公寓22.5元/平方米/月、北区公寓30元/平方米/月（不含水电费）。', [['东区公寓', '28元/平方米/月'], ['西区公寓', '22.5元/平方米/月'], ['北区公寓', '30元/平方米/月']]],
    ['一档企业奖励最高50万元；二档企业奖励最高30万元；三档企业奖励最高10万元。', [['一档企业', '最高50万元'], ['二档企业', '最高30万元'], ['三档企业', '最高10万元']]],
    // A name told again ends the run and opens the next one, which is the longest.
    ['一等奖20万元，二等奖15万元，一等奖10万元，三等奖5万元，四等奖1万元。', [['一等奖', '10万元'], ['三等奖', '5万元'], ['四等奖', '1万元']]],
  ])('%s', (sentence, rows) => {
    expect(pairTable(sentence)?.rows).toEqual(rows);
  });

  it.each([
    // Two amounts side by side are not yet a table.
    '个人贷款最高30万元，企业贷款最高300万元。',
    // Amounts with no name before them.
    '对符合条件的企业给予50万元、30万元、10万元的奖励。',
    '按每人每月1000元标准发放，连续发放12个月。',
    // A payment told in parts: the 每… unit changes from piece to piece, so these are no tiers.
    '2023年我区认定的企业20家，市级给予每家8万元奖励，已拨付5万元，本批拨付资金每家3万元。',
  ])('%s → no table', (sentence) => {
    expect(pairTable(sentence)).toBeUndefined();
  });
});

describe('earlierNamesTable: 分别 whose names stand in an earlier clause', () => {
  it.each([
    ['甲县、乙县、丙县的城镇居民补助标准为每人每月900元，其农村居民补助标准每人每月分别为760元、780元、800元。', [['甲县', '760元'], ['乙县', '780元'], ['丙县', '800元']]],
    ['一类、二类地区的企业按投资额给予补助，补助比例上限分别为20万元、10万元。', [['一类', '20万元'], ['二类', '10万元']]],
  ])('%s', (sentence, rows) => {
    expect(earlierNamesTable(sentence)?.rows).toEqual(rows);
  });

  it.each([
    // A verb and the recipient between 分别 and the amounts.
    ['对新评定的甲级、乙级、丙级园区，分别奖励运营方30万元、20万元、10万元。', [['甲级', '30万元'], ['乙级', '20万元'], ['丙级', '10万元']]],
    // An adverb clause before 分别, the names in the clause before it.
    ['对年产值首次超过10亿元、5亿元、1亿元的，累计分别给予 60 万元、30 万元、10 万元的奖励。', [['年产值首次超过10亿元', '60万元'], ['年产值首次超过5亿元', '30万元'], ['年产值首次超过1亿元', '10万元']]],
    // A list of names cut by a comma where 、 was meant.
    ['对当年新建的区级示范基地,市级、省级示范基地的,分别奖励5万元、10万元、20万元。', [['区级示范基地', '5万元'], ['市级', '10万元'], ['省级示范基地', '20万元']]],
  ])('%s', (sentence, rows) => {
    expect(earlierNamesTable(sentence)?.rows).toEqual(rows);
  });

  it('gives no table when no earlier clause names as many as there are amounts', () => {
    expect(earlierNamesTable('城镇居民补助标准为每人每月900元，农村居民每人每月分别为760元、780元、800元。')).toBeUndefined();
  });
});

describe('tiersIn', () => {
  it('reads the 、 list alone when a 或 inside the names miscounts them', () => {
    expect(tiersIn('获得铜牌（三星）、银牌（四星）、金牌（五星）资质或等级认定的企业分别奖励3000元、5000元、8000元。')?.rows).toEqual([
      ['铜牌（三星）', '3000元'],
      ['银牌（四星）', '5000元'],
      ['金牌（五星）', '8000元'],
    ]);
  });

  it('still reads the 对A、B、C分别给予X、Y、Z form', () => {
    expect(tiersIn('对新认定的国家级、省级、市级技术中心，分别给予50万元、20万元、10万元奖励。')?.rows).toEqual([
      ['国家级', '50万元'],
      ['省级', '20万元'],
      ['市级', '10万元'],
    ]);
  });
});

describe('verbPairTable: cases each told with the verb that pays them', () => {
  it.each([
    ['对首次认定的企业奖励30万元，复审通过的企业奖励10万元（跨年度认定的按首次认定兑现）。', [['首次认定的企业', '30万元'], ['复审通过的企业', '10万元']]],
    ['新增用地5亩（含）至20亩奖励10万元、20亩（含）以上的奖励30万元。', [['新增用地5亩（含）至20亩', '10万元'], ['20亩（含）以上', '30万元']]],
    // A case told again ends the run and opens none: the run after it starts with the next case, and the first of two as long is kept.
    ['对A企业奖励10万元，对B企业奖励5万元，对A企业奖励3万元，对C企业奖励2万元，对D企业奖励1万元。', [['A企业', '10万元'], ['B企业', '5万元']]],
  ])('%s', (sentence, rows) => {
    expect(verbPairTable(sentence)?.rows).toEqual(rows);
  });

  it.each([
    // One case is no table.
    '对首次认定的企业奖励30万元。',
    // A rate and a cap are not cases.
    '按投资额的10%给予补助，最高补助100万元。',
  ])('%s → no table', (sentence) => {
    expect(verbPairTable(sentence)).toBeUndefined();
  });
});

describe('tierRowsIn: every tier set of a reward in one table', () => {
  it('joins the sets of several items and of two clauses of one item, in the order of the text', () => {
    const items = [
      { text: '对认定为国家级、省级技术中心的，分别给予50万元、20万元奖励；对认定为市级、县级技术中心的，分别给予10万元、5万元奖励。', lines: [3] },
      { text: '对新建研发平台给予一次性补助。', lines: [4] },
      { text: '设立创新大赛，一等奖奖励8万元，二等奖奖励5万元，三等奖奖励3万元。', lines: [5] },
    ];
    expect(tierRowsIn(items)).toEqual({
      table: {
        columns: ['档次', '奖补金额'],
        rows: [['国家级', '50万元'], ['省级', '20万元'], ['市级', '10万元'], ['县级', '5万元'], ['一等奖', '8万元'], ['二等奖', '5万元'], ['三等奖', '3万元']],
      },
      lines: [3, 5],
    });
  });

  it('has no table when no item holds tiers', () => {
    expect(tierRowsIn([{ text: '对新建研发平台给予最高100万元补助。', lines: [1] }])).toBeUndefined();
  });
});

describe('labelledAmountsTable: one case per item, a label before its amounts', () => {
  it('gives a row per case, columns named by the words before the amounts', () => {
    expect(labelledAmountsTable(['在校学生：个人缴费标准为每人380元，财政补助标准为每人900元。', '其他居民：个人缴费标准为每人520元，财政补助标准为每人800元。'])).toEqual({
      columns: ['类别', '个人缴费标准', '财政补助标准'],
      rows: [
        ['在校学生', '每人380元', '每人900元'],
        ['其他居民', '每人520元', '每人800元'],
      ],
    });
  });

  it('keeps a threshold’s 以上 in its cell, out of the next column’s name', () => {
    expect(labelledAmountsTable(['一档：研发费用1000万元以上，补助50万元；', '二档：研发费用500万元（含）以上，补助30万元。'])).toEqual({
      columns: ['类别', '研发费用', '补助'],
      rows: [
        ['一档', '1000万元以上', '50万元'],
        ['二档', '500万元（含）以上', '30万元'],
      ],
    });
  });

  it.each([
    // The cases name different numbers of amounts.
    [['甲类企业：奖励50万元。', '乙类企业：奖励20万元，另给予贴息10万元。']],
    // One case is no table.
    [['在校学生：个人缴费标准为每人380元。']],
    // No label before a colon.
    [['对新认定的企业给予50万元奖励。', '对复审通过的企业给予20万元奖励。']],
    // A range's two ends are one figure: cells of each end alone would misread it.
    [['二档：研发费用500万元至1000万元，补助30万元', '三档：研发费用200万元至500万元，补助10万元。']],
    // The words before an amount hold a clause mark: the condition is told around the figure.
    [['A类：年营业收入超过5亿元的企业，给予50万元奖励', 'B类：年营业收入超过1亿元的企业，给予20万元奖励。']],
  ])('%j → no table', (items) => {
    expect(labelledAmountsTable(items)).toBeUndefined();
  });
});

describe('a range of thresholds is no headline', () => {
  it.each([
    [['投资额5000万元（含5000万元）—1亿元的项目，给予投资额2‰的奖励。'], undefined],
    [['年营收2000万元至5000万元的企业，奖励10万元。'], '10万元'],
  ])('%j → %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });
});

describe('framedCasesTable: cases in one frame, a clause each', () => {
  it.each([
    [
      '考取助理级（三级）资格证书的，奖励标准800元；考取中级（二级）资格证书的，奖励标准1200元；考取高级（一级）资格证书的，奖励标准1600元。',
      [['考取助理级（三级）资格证书', '800元'], ['考取中级（二级）资格证书', '1200元'], ['考取高级（一级）资格证书', '1600元']],
    ],
    ['对获得省级“优秀园区”称号的，给予30万元奖励；对获得市级“优秀园区”称号的，给予10万元奖励。', [['省级“优秀园区”称号', '30万元'], ['市级“优秀园区”称号', '10万元']]],
  ])('%s', (sentence, rows) => {
    expect(framedCasesTable(sentence)?.rows).toEqual(rows);
  });

  it.each([
    // The names share no ending: two requirements, not tiers of one thing.
    '对新建研发机构的，给予20万元补助；对引进高层次人才团队的，给予50万元补助。',
    // One case is no table.
    '取得高级职业资格证书的，补贴标准2000元。',
  ])('%s → no table', (sentence) => {
    expect(framedCasesTable(sentence)).toBeUndefined();
  });
});

describe('a total paid out is no headline', () => {
  it.each([
    [['对认定的企业给予每家20万元奖励。', '上述补助资金合计180万元，从专项资金拨付。'], '20万元'],
    // A ceiling on one applicant's sum stays the headline.
    [['对认定的企业给予每家20万元奖励。', '每家企业各项奖励合计不超过50万元。'], '最高50万元'],
  ])('%j → %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });
});

describe('namedTiersTable: tiers named one after another in one line', () => {
  it.each([
    [
      '一档：研发费用1000万元以上，补助50万元；二档：研发费用500万元至1000万元，补助30万元；三档：研发费用200万元至500万元，补助10万元。',
      [['一档', '研发费用1000万元以上', '50万元'], ['二档', '研发费用500万元至1000万元', '30万元'], ['三档', '研发费用200万元至500万元', '10万元']],
    ],
    [
      'A类企业：上年度纳税总额超过2000万元的，给予一次性奖励20万元；B类企业：上年度纳税总额1000万元至2000万元的，给予一次性奖励10万元。',
      [['A类', '上年度纳税总额超过2000万元', '20万元'], ['B类', '上年度纳税总额1000万元至2000万元', '10万元']],
    ],
    [
      '一星级：入驻企业20家以上、年产值1亿元以上，奖励园区运营方最高10万元；二星级：入驻企业40家以上、年产值3亿元以上，奖励园区运营方最高20万元。',
      [['一星级', '入驻企业20家以上、年产值1亿元以上', '最高10万元'], ['二星级', '入驻企业40家以上、年产值3亿元以上', '最高20万元']],
    ],
    // No tier names a condition: names and amounts only.
    ['第一档给予30万元资助；第二档给予20万元资助；第三档给予10万元资助。', [['第一档', '30万元'], ['第二档', '20万元'], ['第三档', '10万元']]],
  ])('%s', (sentence, rows) => {
    expect(namedTiersTable(sentence)?.rows).toEqual(rows);
  });

  it('names the columns by level, condition and amount', () => {
    expect(namedTiersTable('一档：年产值5亿元以上，奖励30万元；二档：年产值1亿元以上，奖励10万元。')?.columns).toEqual(['档次', '条件', '奖补金额']);
  });

  it.each([
    // One tier is no table.
    '一档：研发费用1000万元以上，补助50万元。',
    // Names of two series (档, 类) do not grade one thing.
    '一档：研发费用1000万元以上，补助50万元；二类：研发费用500万元以上，补助30万元。',
    // A tier that pays two amounts is not one row.
    '一档：研发费用1000万元以上，补助50万元，另给予贷款贴息20万元；二档：研发费用500万元以上，补助30万元。',
    // Only one of the tiers names a condition: the table would mislead.
    '一档：研发费用1000万元以上，补助50万元；二档补助30万元。',
  ])('%s → no table', (sentence) => {
    expect(namedTiersTable(sentence)).toBeUndefined();
  });
});
