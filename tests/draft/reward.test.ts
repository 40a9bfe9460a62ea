/**
 * The reward: what is paid and what is not, the headline figure, tier tables told in prose,
 * parallel items and cases, budgets and floors. Each test reads a small document written for it;
 * none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { amountClausesAfterGrant, amountsIn, isCaseByCase, latestStandards, namesPayment, onlyBudgets, payingItems, rewardHeadline } from '../../src/draft/find-reward.js';
import { caseTermsTable, parallelItemsTable, standardCasesTable, tierRowsIn, verbPairTable } from '../../src/draft/find-tiers.js';
import { rewardSentences } from '../../src/draft/prose-items.js';
import { readTxt } from '../../src/draft/read-txt.js';
import { rewardClauses } from '../../src/draft/reward-clauses.js';
import { lines, draft, draftGuide, draftSpec, split } from './small-document.js';

describe('the reward headline', () => {
  it.each([
    [['甲大厦32.5元/平方米/月、乙花园50元/平方米/月（不含物业管理费）。'], undefined],
    [['租金按每平方米40元收取，对入住人才给予每月1000元租房补贴。'], '1000元'],
  ])('%j → %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });
});

describe('reward sentences', () => {
  it.each([
    // A funding split is what the programme pays.
    ['各区项目经费由市、区按1:1联动支持。', ['各区项目经费由市、区按1:1联动支持。']],
    // A long opening sentence that lost its full stops: the reward starts at its first paying clause.
    [
      '各有关单位:为贯彻落实市委、市政府关于加快构建现代产业体系的工作部署,推动企业加大研发投入,根据《关于加快推动科技创新的若干政策措施》精神,现开展2026年度研发机构建设项目申报工作,各区支持经费由市、区按1:1联动支持,各县级市支持经费由市、县级市按1:3联动支持,',
      ['各区支持经费由市、区按1:1联动支持,各县级市支持经费由市、县级市按1:3联动支持'],
    ],
    // A subject before the paying clause stays.
    ['对新认定的国家级高新技术企业，给予30万元奖励。', ['对新认定的国家级高新技术企业，给予30万元奖励。']],
    // A paying clause without its subject starts at its condition, not at the inner 且 nor at 给予.
    [
      '各有关单位：为贯彻落实市委、市政府关于加快科技创新的工作部署，推动企业加大研发投入，根据《关于加快推动科技创新的若干政策措施》精神，现开展2026年度高新技术企业奖励申报工作，对首次认定为高新技术企业，且在本区依法纳税的，给予一次性奖励30万元。',
      ['对首次认定为高新技术企业，且在本区依法纳税的，给予一次性奖励30万元。'],
    ],
    // The clause before it is no condition: the reward starts at the paying clause.
    [
      '各有关单位：为贯彻落实市委、市政府关于加快科技创新的工作部署，推动企业加大研发投入，培育壮大本区科技型中小企业群体，根据《关于加快推动科技创新的若干政策措施》精神，现开展2026年度科技型中小企业评价入库工作，给予每家入库企业一次性奖励2万元。',
      ['给予每家入库企业一次性奖励2万元。'],
    ],
  ])('%s', (text, items) => {
    expect(rewardSentences(lines(text)).map((item) => item.text)).toEqual(items);
  });
});

describe('a budget the office sets aside', () => {
  it.each([
    ['每年安排最高200万元经费支持区创业服务中心建设。', true],
    ['区财政统筹50万元用于活动组织。', true],
    ['给予每家企业最高30万元补贴。', false],
    ['安排专人对接，给予每家企业10万元奖励。', false],
  ])('%s → only budgets: %s', (text, budget) => {
    expect(onlyBudgets(text)).toBe(budget);
  });

  it('is never the headline, and drafts no reward item of its own', () => {
    expect(rewardHeadline(['每年安排最高200万元经费支持服务中心建设。', '给予每家企业最高30万元补贴。'])?.headline).toBe('最高30万元');
    const { spec } = draftGuide('某区青年创业扶持办法', '一、扶持内容', '（一）对新落户企业给予每家最高30万元补贴。', '（二）每年安排最高200万元经费支持区创业服务中心建设。');
    expect(spec.reward).toMatchObject({ headline: '最高30万元', items: ['对新落户企业给予每家最高30万元补贴。'] });
  });
});

describe('standards given for several years', () => {
  it('keeps the latest standard on the card, not the past year’s', () => {
    const { spec } = draftGuide(
      '某市高龄津贴2025年发放情况和2026年发放标准',
      '一、2025年发放情况',
      '2025年1月起，全市80至89周岁和90周岁以上老人的高龄津贴标准分别为每人每月100元、200元。',
      '二、2026年发放标准',
      '根据《某省关于2026年提高高龄津贴标准的通知》要求，2026年1月起，全市80至89周岁和90周岁以上老人的高龄津贴标准分别提高至每人每月120元、240元。',
    );
    const reward = spec.reward as { items: string[]; table?: { rows: string[][] } };
    expect(reward.items).toEqual(['根据《某省关于2026年提高高龄津贴标准的通知》要求，2026年1月起，全市80至89周岁和90周岁以上老人的高龄津贴标准分别提高至每人每月120元、240元。']);
    expect(reward.table?.rows.flat().join('')).not.toContain('100元');
  });

  it('keeps items without a year and a single year’s items', () => {
    const items = [{ text: '2026年1月起，补贴标准为每人每月120元。' }, { text: '另给予一次性补贴500元。' }];
    expect(latestStandards(items)).toEqual(items);
  });
});

describe('a standard per category inside 按照…的标准', () => {
  it('becomes a tier table of two rows or more', () => {
    const { spec } = draftGuide(
      '某区学位补贴指引',
      '一、补贴标准',
      '在我区民办学校就读的学生，区财政按照幼儿园每生每学年3000元（每生每学期1500元）、小学每生每学年4000元的标准进行学位补贴。',
    );
    expect((spec.reward as { table?: unknown }).table).toEqual({
      columns: ['档次', '奖补金额'],
      rows: [
        ['幼儿园', '每生每学年3000元（每生每学期1500元）'],
        ['小学', '每生每学年4000元'],
      ],
    });
  });

  it('is no table without the frame', () => {
    const { spec } = draftGuide('某区学位补贴指引', '一、补贴标准', '幼儿园学生每学年可领取3000元，小学学生每学年可领取4000元。');
    expect((spec.reward as { table?: unknown }).table).toBeUndefined();
  });
});

describe('a reward section keeps what is paid', () => {
  it.each([
    ['单个项目最高支持50万元。', true],
    ['按实际缴纳社会保险费的50%给予补贴。', true],
    ['按其上年度研发投入的百分之十给予奖励。', true],
    ['给予每人三千元一次性补贴。', true],
    ['对符合条件的企业给予相应奖励。', true],
    ['项目分为“甲类专项”、“乙类专项”2个专项。', false],
    ['乙类专项申报指南另行发布。', false],
    ['同等条件下优先支持首次申报的单位。', false],
    ['补贴期限累计不超过3年。', false],
    ['年销售收入首次突破5000万元。', false],
    ['项目立项后先行拨付50%支持资金，剩余资金根据验收结果再行拨付。', false],
    ['资助额度不超过新增研发投入的20%，立项当年拨付不超过立项金额的60%。', true],
  ])('%s → %s', (text, paid) => {
    expect(namesPayment(text)).toBe(paid);
  });

  it('drops the items that name nothing paid beside items that do', () => {
    const items = ['项目分为甲类、乙类2个专项。', '甲类专项，单个项目最高支持50万元。', '乙类专项，单个项目最高支持30万元。', '丙类专项申报指南另行发布。'].map((text) => ({ text }));
    expect(payingItems(items).map((item) => item.text)).toEqual(['甲类专项，单个项目最高支持50万元。', '乙类专项，单个项目最高支持30万元。']);
  });

  it('keeps every item of a reward told in words alone', () => {
    const items = [{ text: '对认定的企业予以通报表扬。' }, { text: '优先推荐参加省级评选。' }];
    expect(payingItems(items)).toEqual(items);
  });

  it('drafts only the paid items of a 支持方式 section', () => {
    const { spec } = draft(
      '关于组织申报2026年某某专项资金项目的通知',
      '一、支持方式',
      '（一）按照自愿申报的原则，由申报单位自主申报，区科委组织评审。',
      '（二）对立项项目按研发投入的20%给予补助，最高不超过30万元。',
      '（三）同等条件下优先支持首次申报的单位。',
      '二、申报条件',
      '在本区注册的企业。',
    );
    expect(spec.reward?.items).toEqual(['对立项项目按研发投入的20%给予补助，最高不超过30万元。']);
  });
});

describe('reward items written in parallel, one case each', () => {
  it('makes a row per case when only the name and the amount differ', () => {
    const items = ['“甲类专项”（JA），单个项目最高支持80万元。', '“乙类专项”（JB），单个项目最高支持40万元。后附说明，不影响本项。', '“丙类专项”申报指南另行发布。'].map((text) => ({ text }));
    const found = parallelItemsTable(items);
    expect(found?.items).toEqual(items.slice(0, 2));
    expect(found?.table).toEqual({
      columns: ['类别', '单个项目最高支持'],
      rows: [
        ['“甲类专项”（JA）', '80万元'],
        ['“乙类专项”（JB）', '40万元'],
      ],
    });
  });

  it.each([
    [['甲类专项，单个项目最高支持80万元。']],
    [['甲类专项，单个项目最高支持80万元。', '乙类专项，按投资额给予40万元。']],
    [['甲类专项，单个项目最高支持80万元。', '甲类专项，单个项目最高支持40万元。']],
    [['对新认定的企业，给予一次性奖励20万元，并优先推荐。', '对复核通过的企业，给予一次性奖励10万元，并优先推荐。']],
  ])('no table from %j', (texts) => {
    expect(parallelItemsTable(texts.map((text) => ({ text })))).toBeUndefined();
  });

  it('drafts the table from such a section', () => {
    const { spec } = draft(
      '关于组织申报2026年某某人才项目的通知',
      '一、支持方式',
      '（1）“领军人才项目”，单个项目最高支持100万元。',
      '（2）“青年人才项目”，单个项目最高支持20万元。',
      '二、申报条件',
      '在本市注册的企业。',
    );
    expect(spec.reward?.table?.rows).toEqual([
      ['“领军人才项目”', '100万元'],
      ['“青年人才项目”', '20万元'],
    ]);
  });
});

describe('reward tiers and the headline', () => {
  it('keeps the first case of a run that a colon leads into', () => {
    expect(verbPairTable('对销售额增长的企业分档给予奖励：新增销售额1000万元至5000万元奖励3万元、新增销售额5000万元及以上奖励8万元。')?.rows).toEqual([
      ['新增销售额1000万元至5000万元', '3万元'],
      ['新增销售额5000万元及以上', '8万元'],
    ]);
  });

  it.each([
    ['对认定为国家级孵化器的，给予50万元奖励；对认定为省级孵化器的，给予20万元奖励。', [['认定为国家级孵化器', '50万元'], ['认定为省级孵化器', '20万元']]],
    ['就业困难人员创业的，给予一次性补贴5000元；高校毕业生创业的，给予一次性补贴8000元。', [['就业困难人员创业', '5000元'], ['高校毕业生创业', '8000元']]],
  ])('reads a case named in a clause ending in 的 and paid in the next: %s', (sentence, rows) => {
    expect(verbPairTable(sentence)?.rows).toEqual(rows);
  });

  it('reads cases paid each at its own standard, with 、 inside a name', () => {
    const sentence = '失业人员开办网店按1000元给予补贴；退役军人、残疾人创办企业按3000元给予补贴。';
    expect(standardCasesTable(sentence)).toEqual({ columns: ['对象', '补贴标准'], rows: [['失业人员开办网店', '1000元'], ['退役军人、残疾人创办企业', '3000元']] });
    expect(standardCasesTable('失业人员开办网店按1000元给予补贴。')).toBeUndefined();
  });

  it('reads those cases when the reward section cut them into items', () => {
    const items = [
      { text: '失业人员开办网店按1000元给予补贴', lines: [1] },
      { text: '退役军人、残疾人创办企业按3000元给予补贴。', lines: [1] },
    ];
    expect(tierRowsIn(items)?.table.rows).toEqual([['失业人员开办网店', '1000元'], ['退役军人、残疾人创办企业', '3000元']]);
  });

  it('takes for a threshold only the words after the previous amount', () => {
    expect(rewardHeadline(['新增产值1亿元至2亿元奖励10万元、新增产值2亿元及以上奖励20万元。'])?.headline).toBe('20万元');
    expect(rewardHeadline(['奖励10万元，销售收入突破5000万元的再奖励5万元。'])?.headline).toBe('10万元');
  });
});

describe('an amount in a condition is no headline, whatever the figure is called', () => {
  it.each([
    // A tier's threshold named by a word the threshold list does not know (研发费用), bounded by 以上 after it.
    [['一档：研发费用1000万元以上，补助50万元；二档：研发费用500万元以上，补助30万元。'], '50万元'],
    [['研发费用500万元以下的企业，给予研发费用10%的补助，最高20万元。'], '最高20万元'],
    [['上年度研发投入1亿元（含）以上的，奖励80万元。'], '80万元'],
    // A range whose last amount names the firm: both ends are the firm's figure.
    [['研发费用500万元（含）至1000万元的企业，补助30万元。'], '30万元'],
    [['对新增投资2000万元的项目，给予投资额5%的补助。'], undefined],
    // Bounded money paid is still paid.
    [['对入选企业给予500万元以下的资助。'], '500万元'],
    [['对年度考核优秀的孵化器奖励100万元以上。'], '100万元'],
  ])('%j → %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });

  const guide = (...reward: string[]) =>
    draftGuide('某区2026年度企业研发投入奖励申报指南', '一、申报对象', '在本区注册、具有独立法人资格的规模以上工业企业。', '二、奖励标准', ...reward, '三、联系方式', '区科技局产业科，联系电话：0512-66881234。').spec;

  it.each([
    ['a line each', ['一档：研发费用1000万元以上，补助50万元；', '二档：研发费用500万元以上，补助30万元；', '三档：研发费用200万元以上，补助10万元。']],
    ['in one line', ['一档：研发费用1000万元以上，补助50万元；二档：研发费用500万元以上，补助30万元；三档：研发费用200万元以上，补助10万元。']],
  ])('drafts the amount granted as the headline of tiers written %s, and keeps every tier as an item and a row', (_, reward) => {
    expect(guide(...reward).reward).toEqual({
      headline: '50万元',
      items: ['一档：研发费用1000万元以上，补助50万元', '二档：研发费用500万元以上，补助30万元', '三档：研发费用200万元以上，补助10万元。'],
      table: {
        columns: ['类别', '研发费用', '补助'],
        rows: [
          ['一档', '1000万元以上', '50万元'],
          ['二档', '500万元以上', '30万元'],
          ['三档', '200万元以上', '10万元'],
        ],
      },
    });
  });

  it.each([
    ['a line each', ['一档：研发费用1000万元以上，补助50万元；', '二档：研发费用500万元至1000万元，补助30万元；', '三档：研发费用200万元至500万元，补助10万元。']],
    ['in one line', ['一档：研发费用1000万元以上，补助50万元；二档：研发费用500万元至1000万元，补助30万元；三档：研发费用200万元至500万元，补助10万元。']],
  ])('drafts tiers with ranges written %s as an item and a row each, level | condition | amount', (_, reward) => {
    expect(guide(...reward).reward).toMatchObject({
      headline: '50万元',
      items: ['一档：研发费用1000万元以上，补助50万元', '二档：研发费用500万元至1000万元，补助30万元', '三档：研发费用200万元至500万元，补助10万元。'],
      table: { rows: [['一档', '研发费用1000万元以上', '50万元'], ['二档', '研发费用500万元至1000万元', '30万元'], ['三档', '研发费用200万元至500万元', '10万元']] },
    });
  });

  it.each([
    // Sentences cut by 。: an item each, as when cut by ；.
    [
      '一档：研发费用1000万元以上，补助50万元。二档：研发费用500万元至1000万元，补助30万元。三档：研发费用200万元至500万元，补助10万元。',
      ['一档：研发费用1000万元以上，补助50万元。', '二档：研发费用500万元至1000万元，补助30万元。', '三档：研发费用200万元至500万元，补助10万元。'],
    ],
    // Words leading into the tiers stay with the first one, and do not hide it from the table.
    [
      '按企业上年度研发费用分档给予奖励：一档：研发费用1000万元以上，补助50万元；二档：研发费用500万元至1000万元，补助30万元；三档：研发费用200万元至500万元，补助10万元。',
      ['按企业上年度研发费用分档给予奖励：一档：研发费用1000万元以上，补助50万元', '二档：研发费用500万元至1000万元，补助30万元', '三档：研发费用200万元至500万元，补助10万元。'],
    ],
  ])('drafts every tier of %s', (line, items) => {
    expect(guide(line).reward).toEqual({
      headline: '50万元',
      items,
      table: {
        columns: ['档次', '条件', '奖补金额'],
        rows: [
          ['一档', '研发费用1000万元以上', '50万元'],
          ['二档', '研发费用500万元至1000万元', '30万元'],
          ['三档', '研发费用200万元至500万元', '10万元'],
        ],
      },
    });
  });

  it('drafts A类/B类 tiers in one line whose conditions are told around the figure', () => {
    expect(guide('A类：年营业收入超过5亿元的企业，给予50万元奖励；B类：年营业收入超过1亿元的企业，给予20万元奖励。').reward).toEqual({
      headline: '50万元',
      items: ['A类：年营业收入超过5亿元的企业，给予50万元奖励', 'B类：年营业收入超过1亿元的企业，给予20万元奖励。'],
      table: {
        columns: ['档次', '条件', '奖补金额'],
        rows: [
          ['A类', '年营业收入超过5亿元的企业', '50万元'],
          ['B类', '年营业收入超过1亿元的企业', '20万元'],
        ],
      },
    });
  });

  it('keeps tiers cut by commas only one item, with their table', () => {
    const tiers = '经专家评审，一档每个项目资助10万元，二档每个项目资助8万元，三档每个项目资助6万元。';
    expect(guide(tiers).reward).toMatchObject({ headline: '10万元', items: [tiers] });
    expect(guide(tiers).reward?.table?.rows.map((row) => row[1])).toEqual(['10万元', '8万元', '6万元']);
  });

  it.each([
    // A range in a clause that pays nothing is what the firm must reach.
    [['研发费用500万元至1000万元，补助30万元。'], '30万元'],
    [['年产值1亿元—5亿元，奖励10万元。'], '10万元'],
    // A range beside a payment word is what is paid.
    [['对认定的企业给予5万元至10万元补助。'], '10万元'],
    [['奖励标准为20万元至50万元。'], '50万元'],
  ])('%j → headline %s', (texts, headline) => {
    expect(rewardHeadline(texts)?.headline).toBe(headline);
  });

  it('keeps the reward sentence of a notice told in prose, with the amount granted as its headline', () => {
    const { spec } = draftGuide(
      '某区2026年度企业研发投入奖励申报指南',
      '在本区注册的工业企业，上年度研发费用1000万元以上的，补助50万元；500万元以上的，补助30万元。',
      '请于2026年5月31日前将申报材料报送区科技局。',
    );
    expect(spec.reward).toEqual({ headline: '50万元', items: ['在本区注册的工业企业，上年度研发费用1000万元以上的，补助50万元；500万元以上的，补助30万元。'] });
  });
});

describe('cases named in a sentence of their own before their terms', () => {
  it('makes a table of a share and a ceiling per case', () => {
    const items = [
      { text: '先进制造项目。对于符合条件的项目，按实际投资额的8%给予补助，单个项目最高不超过300万元。' },
      { text: '数字服务项目。对于符合条件的项目，按实际投资额的15%给予补助，单个项目最高不超过200万元。' },
    ];
    expect(parallelItemsTable(items)?.table).toEqual({ columns: ['项目', '比例', '金额'], rows: [['先进制造项目', '8%', '不超过300万元'], ['数字服务项目', '15%', '不超过200万元']] });
  });

  it('makes none of one case, of cases with two amounts, or of cases told differently', () => {
    expect(parallelItemsTable([{ text: '先进制造项目。按投资额的8%给予补助，最高不超过300万元。' }])).toBeUndefined();
    expect(parallelItemsTable([{ text: '甲类项目。投资额不低于1000万元的，奖励50万元。' }, { text: '乙类项目。投资额不低于500万元的，奖励20万元。' }])).toBeUndefined();
    expect(parallelItemsTable([{ text: '甲类项目。按投资额的8%给予补助，最高300万元。' }, { text: '乙类项目。奖励20万元。' }])).toBeUndefined();
  });
});

describe('cases named in a clause ending in 的, each followed by its terms', () => {
  it.each([
    [
      '一般困难的，可给予每人不超过当地低保标准3倍的一次性救助，特别困难的，不超过当地低保标准10倍。',
      [['一般困难', '每人不超过当地低保标准3倍'], ['特别困难', '不超过当地低保标准10倍']],
    ],
    ['对于首次认定的，给予研发费用5%的补助；复审通过的，给予2%的补助。', [['首次认定', '研发费用5%'], ['复审通过', '2%']]],
    ['新认定的，奖励20万元，重新认定的，奖励10万元。', [['新认定', '20万元'], ['重新认定', '10万元']]],
  ])('reads %s as a table', (sentence, rows) => {
    expect(caseTermsTable(sentence)?.rows).toEqual(rows);
  });

  it.each([
    ['符合条件的，可给予每人不超过当地低保标准3倍的一次性救助。'],
    ['一般困难的，由街道审核，特别困难的，由区民政局审核。'],
  ])('needs two cases with figures: %s', (sentence) => {
    expect(caseTermsTable(sentence)).toBeUndefined();
  });

  it('gives the drafted card its table under a reward heading', () => {
    const spec = draftSpec('关于某区临时救助的通知', '一、补助标准', '一般困难的，可给予每人不超过当地低保标准3倍的一次性救助，特别困难的，不超过当地低保标准10倍。');
    expect((spec.reward as { table?: { rows: string[][] } } | undefined)?.table?.rows).toEqual([['一般困难', '每人不超过当地低保标准3倍'], ['特别困难', '不超过当地低保标准10倍']]);
  });
});

describe('a run-on copy of a 办法 whose articles are joined by commas', () => {
  const texts = (text: string): string[] => rewardClauses([{ text, lines: [] }]).map((item) => item.text);

  it('gives each paying clause as a case, with the clause before it when it has no subject', () => {
    const paragraph =
      '某市科技企业培育扶持办法第一条为贯彻落实《某省科技创新若干措施》精神，鼓励企业申报科技企业认定或整体迁入本市，一次性给予30万元的扶持奖励，（二）对当年通过复审的企业一次性给予10万元的扶持奖励，一次性给予30万元的扶持奖励，（四）对企业通过认定的省级名优产品给予扶持奖励3000元/项，按照技术交易额给予不超过3‰的一次性奖补，如获得上级补助超出本办法所确定的额度，则我市按本办法所确定的额度给予扶持奖励，第九条申请单位应当对其申报材料的真实性负责。';
    expect(texts(paragraph)).toEqual([
      '鼓励企业申报科技企业认定或整体迁入本市，一次性给予30万元的扶持奖励',
      '对当年通过复审的企业一次性给予10万元的扶持奖励',
      '对企业通过认定的省级名优产品给予扶持奖励3000元/项',
      '按照技术交易额给予不超过3‰的一次性奖补',
    ]);
  });

  // The articles of a 科技创新 办法 run together; each condition is two or more clauses, joined by 且/并且/或.
  const article =
    '某区促进科技创新若干政策，为加快建设创新型城区，鼓励企业加大研发投入，对首次认定为高新技术企业，且在本区依法纳税的，给予一次性奖励30万元，对通过高新技术企业重新认定，并且近三年研发费用年均增长10%以上的，给予一次性奖励10万元，凡新认定为省级工程技术研究中心，或省级企业技术中心的，给予20万元奖励，对新获批国家级科技企业孵化器，在本区注册满一年，且孵化面积达到1万平方米的，一次性给予50万元的奖励，以上奖励资金由区财政承担，同一企业同一年度按就高原则享受，不重复奖励。';

  it.each([
    ['after 且', '对首次认定为高新技术企业，且在本区依法纳税的，给予一次性奖励30万元'],
    ['after 并且', '对通过高新技术企业重新认定，并且近三年研发费用年均增长10%以上的，给予一次性奖励10万元'],
    ['after 或, opened by 凡', '凡新认定为省级工程技术研究中心，或省级企业技术中心的，给予20万元奖励'],
    ['three clauses back, where 对 opens it', '对新获批国家级科技企业孵化器，在本区注册满一年，且孵化面积达到1万平方米的，一次性给予50万元的奖励'],
  ])('starts a case at the start of its condition, not %s', (_, item) => {
    expect(texts(article)).toContain(item);
    expect(texts(article).filter((text) => /^(?:且|并且|或)/u.test(text))).toEqual([]);
  });

  it('drafts the reward items of such a copy from the start of each condition', () => {
    expect(draftSpec('某区促进科技创新若干政策', '一、奖励标准', article).reward?.items[0]).toBe('对首次认定为高新技术企业，且在本区依法纳税的，给予一次性奖励30万元');
  });

  it('starts a case whose paying clause opens with 且 at the condition before it', () => {
    const paragraph =
      '某县招商引资奖励办法，为进一步优化营商环境，吸引优质项目落户，对新引进的制造业项目，固定资产投资额达到1亿元，且当年竣工投产的企业奖励50万元，对新引进的总部企业，在本县实缴注册资本达到5000万元，且当年纳税额超过1000万元的企业奖励100万元，奖励资金分两年兑现，首年兑现60%，次年兑现40%，企业在享受奖励后五年内迁离本县的，应退回全部奖励资金，具体兑现细则由县商务局会同县财政局另行制定，本办法自印发之日起施行。';
    expect(texts(paragraph)).toEqual([
      '对新引进的制造业项目，固定资产投资额达到1亿元，且当年竣工投产的企业奖励50万元',
      '对新引进的总部企业，在本县实缴注册资本达到5000万元，且当年纳税额超过1000万元的企业奖励100万元',
    ]);
  });

  it('keeps a reward of ordinary length whole', () => {
    const sentence = '对首次认定的企业，给予一次性奖励20万元，对复审通过的企业，给予一次性奖励10万元。';
    expect(texts(sentence)).toEqual([sentence]);
  });
});

describe('a condition run into its grant, the amounts told after it', () => {
  it.each([
    ['补贴标准不低于1.2万元', false],
    ['奖励金额不少于5000元', false],
    ['营业收入不低于1000万元', true],
  ])('%s: threshold %s', (text, threshold) => {
    expect(amountsIn(text)[0]?.threshold).toBe(threshold);
  });

  it.each([
    [
      '2024年1月1日以后在本区首次登记注册、正常经营6个月以上、按规定缴纳社会保险的创业人员给予一次性补贴，补贴标准不低于8000元，符合条件的网店经营者，补贴标准不低于3000元。',
      ['补贴标准不低于8000元', '符合条件的网店经营者，补贴标准不低于3000元。'],
    ],
  ])('%s', (text, clauses) => {
    expect(amountClausesAfterGrant(text)).toEqual(clauses);
  });

  it.each([
    // The grant opens the sentence: the whole sentence is the reward, as before.
    ['对符合条件的企业给予一次性补贴，补贴标准为5000元。'],
    // No amount after the grant.
    ['2024年1月1日以后在本区首次登记注册、正常经营6个月以上、按规定缴纳社会保险的创业人员给予一次性补贴，具体标准另行公布。'],
  ])('%s gives no clauses', (text) => {
    expect(amountClausesAfterGrant(text)).toBeUndefined();
  });

  it('keeps the condition and drafts the amounts as the reward', () => {
    const text = ['某区一次性创业补贴申领流程', '一、办理条件', '2024年1月1日以后在本区首次登记注册、正常经营6个月以上、按规定缴纳社会保险的创业人员给予一次性补贴，补贴标准不低于8000元，符合条件的网店经营者，补贴标准不低于3000元。', '二、申请材料', '1.申领表；', '2.营业执照。'].join('\n');
    const { spec } = draftCard(readTxt('sheet.txt', new TextEncoder().encode(text)));
    expect(spec['conditions']).toHaveLength(1);
    expect(spec['reward']).toMatchObject({ headline: '8000元', items: ['补贴标准不低于8000元', '符合条件的网店经营者，补贴标准不低于3000元。'] });
  });
});

describe('a sum settled case by case (一事一议) is paid, as a grant in words is', () => {
  it.each([
    ['重大项目的支持比例和金额实行一事一议。', true],
    ['对新引进的总部项目，给予“一事一议”综合扶持政策。', true],
    ['项目分为三类，申报指南另行发布。', false],
  ])('%s → %s', (text, paid) => {
    expect(namesPayment(text)).toBe(paid);
    expect(isCaseByCase(text)).toBe(paid);
  });

  it('keeps such an item beside the items that name amounts', () => {
    const { spec } = draft('某区产业项目资助通知', '一、资助标准', '1. 按项目投资额的10%给予资助，最高500万元。', '2. 经区政府批准的重大项目，资助金额实行一事一议。', '二、申报条件', '1. 在本区注册的企业。');
    expect(spec.reward?.items).toEqual(['按项目投资额的10%给予资助，最高500万元。', '经区政府批准的重大项目，资助金额实行一事一议。']);
  });

  it('reads it in prose where no section gives the reward', () => {
    const { spec } = draft('某区关于推进制造业发展的意见', '（一）鼓励引进总部', '对新引进的世界500强企业设立的区域总部，给予“一事一议”综合扶持政策。', '（二）培育骨干企业', '对年销售收入首次突破10亿元的企业，给予50万元奖励。');
    expect(spec.reward?.items).toEqual(['对新引进的世界500强企业设立的区域总部，给予“一事一议”综合扶持政策。', '对年销售收入首次突破10亿元的企业，给予50万元奖励。']);
  });
});

describe('amounts inside condition paragraphs', () => {
  const guide = (conditions: string) =>
    draftCard(readTxt('guide.txt', new TextEncoder().encode(['某某补贴办理指南', '一、补贴对象', '在本市首次创办小微企业的高校毕业生。', '二、补贴条件', conditions, '三、办理渠道', '向区人社部门申请。'].join('\n')))).spec;

  it('takes kinds of applicant paid a sum in a 条件 section as the reward, with its headline and a table by kind', () => {
    const spec = guide('创办小微企业的须缴纳社会保险费满1年，给予标准为1.5万元的一次性创业补贴；创办个体工商户的须缴纳社会保险费满6个月，给予标准为3000元的一次性创业补贴。每人只能领取一次。');
    const reward = spec['reward'] as { headline: string; items: string[]; table: { rows: string[][] } };
    expect(reward.items).toHaveLength(2);
    expect(reward.headline).toBe('1.5万元');
    expect(reward.table.rows).toEqual([
      ['创办小微企业', '1.5万元'],
      ['创办个体工商户', '3000元'],
    ]);
    expect(spec['conditions']).toEqual(['每人只能领取一次。']);
  });

  it.each([
    [
      ['大型企业按企业及其职工上年度缴纳失业保险费的30%返还；', '中小微企业按企业及其职工上年度缴纳失业保险费的60%返还；'],
      [
        ['大型企业', '企业及其职工上年度缴纳失业保险费的30%'],
        ['中小微企业', '企业及其职工上年度缴纳失业保险费的60%'],
      ],
    ],
    // A case of the terms, not a kind of applicant, makes no such table.
    [['无息的，按引资额的3%进行奖励。', '低息的，按引资额的2%进行奖励。'], undefined],
    // Different words after the figure: two rewards, not one by kind.
    [['大型企业按缴费的30%返还；', '中小微企业按工资的60%补贴；'], undefined],
  ])('reads rates or sums by kind of applicant as a table: %j', (items, rows) => {
    expect(parallelItemsTable(items.map((text) => ({ text })))?.table.rows).toEqual(rows);
  });
});

describe('a floor on what is paid', () => {
  it.each([
    ['由市、县（区）财政给予不低于300万元奖励', false],
    ['补贴标准不低于1.2万元', false],
    ['上年度营业收入不低于300万元的企业', true],
  ])('%s → threshold %s', (text, threshold) => {
    expect(amountsIn(text)[0]?.threshold).toBe(threshold);
  });
});

describe('reward items written in parallel with a note after the amount', () => {
  it.each([
    [
      ['货物类展会，每平方米展位费支持上限4000元，每家单位可申报的最大面积见附件1；', '服务类展会，每平方米展位费支持上限6000元，每家单位可申报的最大面积见附件2。'],
      [
        ['货物类展会', '4000元'],
        ['服务类展会', '6000元'],
      ],
    ],
    [
      ['企业在境内成功首发上市，奖励600万元，申请奖励需提交的材料：（1）请示', '企业递交境内首发上市申报材料并得到证券交易所受理的，奖励600万元，若企业主动撤回的，须退还奖励资金。'],
      [
        ['企业在境内成功首发上市', '600万元'],
        ['企业递交境内首发上市申报材料并得到证券交易所受理', '600万元'],
      ],
    ],
  ])('reads a table by case: %j', (items, rows) => {
    expect(parallelItemsTable(items.map((text) => ({ text })))?.table.rows).toEqual(rows);
  });
});
