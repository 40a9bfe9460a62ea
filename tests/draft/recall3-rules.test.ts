/**
 * Mechanisms from the misses of the third held-out set (issue 13), written to generalise rather
 * than to list phrases: each test drafts a small notice written for it; none copies a corpus
 * document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftResult } from '../../src/draft/draft-card.js';
import { fieldForHeading, headNounField } from '../../src/draft/field-for-heading.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { latestStandards, onlyBudgets, rewardHeadline } from '../../src/draft/find-reward.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftResult => draftCard({ file: '指南.txt', format: 'txt', lines: lines(...texts) });

describe('a heading by the class of its head noun', () => {
  it.each([
    ['政策惠及人群范围', 'parties'],
    ['参保人员', 'parties'],
    ['参保要求', 'conditions'],
    ['领取要求', 'conditions'],
    ['办理指引', 'process'],
    ['网上办理途径', 'process'],
    // 方法 costs precision on the corpus (a guide's 方法1…4 are ways, not steps): no class.
    ['办理渠道及办理指引', 'process'],
    ['备案期限', 'period'],
  ])('%s → %s', (heading, field) => {
    expect(headNounField(heading)).toBe(field);
  });

  it.each([
    // Other words before the noun: the office's side, or a topic of its own.
    ['其他要求'],
    ['工作要求'],
    ['考核程序'],
    ['服务银行'],
    ['计算方法'],
    // A bare noun says too little.
    ['程序'],
    ['要求'],
  ])('%s stays unclassed', (heading) => {
    expect(fieldForHeading(heading)).toBeUndefined();
  });

  it('drafts the items under such headings', () => {
    const { spec } = draft(
      '某市居民参加医疗保险简介',
      '一、政策惠及人群范围',
      '以下人员可按规定参加居民医疗保险：',
      '本市户籍未就业居民；',
      '在本市就读的大中专学生。',
      '二、参保要求',
      '（一）本市户籍居民凭本人有效身份证件参保；',
      '（二）非本市户籍居民凭居住证参保。',
    );
    expect(spec.parties).toEqual(['本市户籍未就业居民', '在本市就读的大中专学生。']);
    expect(spec.conditions).toEqual(['本市户籍居民凭本人有效身份证件参保', '非本市户籍居民凭居住证参保。']);
  });
});

describe('steps numbered 第X步 / 步骤X, and the notes between them', () => {
  it('drafts each step with its name as the title and its text and ways as the detail, without the ★小贴士 notes', () => {
    const { spec } = draft(
      '如何申领某市居民服务卡',
      '一、申领流程',
      '第一步：准备电子照片',
      '请申领人通过某市政务APP上传1张白底彩色电子照片，审核通过后获得照片回执号。',
      '★小贴士',
      '1.照片须为近期正面免冠照片。',
      '2.照片可由他人代为上传。',
      '第二步：提交申请',
      '（一）网上办理',
      '在某市政务APP的“居民服务卡”栏目提交申请。',
      '（二）现场办理',
      '携带身份证到任一服务网点提交申请。',
      '第三步：领取卡片',
      '收到领卡短信后到所选网点领卡。',
    );
    expect(spec.process).toEqual([
      { title: '准备电子照片', detail: '请申领人通过某市政务APP上传1张白底彩色电子照片，审核通过后获得照片回执号。' },
      { title: '提交申请', detail: '（一）网上办理在某市政务APP的“居民服务卡”栏目提交申请。（二）现场办理携带身份证到任一服务网点提交申请。' },
      // A short step stays one line (toStep).
      '领取卡片：收到领卡短信后到所选网点领卡。',
    ]);
  });

  it('reads 步骤1：… lines as steps and leaves a 温馨提示 list after them out', () => {
    const { spec } = draft(
      '某事项网上办理指南',
      '办理指引',
      '步骤1：打开某市政务APP，选择“备案”专栏。',
      '步骤2：填写表单信息并上传材料。',
      '步骤3：点击提交，完成申请。',
      '温馨提示',
      '（1）备案通过后即可在备案地就医。',
      '（2）遇到问题可拨打服务热线咨询。',
    );
    expect(spec.process).toEqual(['打开某市政务APP，选择“备案”专栏。', '填写表单信息并上传材料。', '点击提交，完成申请。']);
  });

  it('keeps the notes out of a material they follow', () => {
    const { spec } = draft('某卡申领指南', '一、申领所需材料', '（一）本人有效身份证件原件。', '（二）照片回执号。', '★小贴士', '有效身份证件如下：', '1.中国公民：居民身份证。', '2.外国居民：护照。', '二、申领方法', '登录某市政务APP提交申请。');
    expect(spec.materials).toEqual(['本人有效身份证件原件。', '照片回执号。']);
  });
});

describe('page chrome', () => {
  it('keeps a step that names a photo’s 分辨率 while a footer’s 最佳分辨率 line is chrome', () => {
    const { spec } = draft(
      '某证件申领指南',
      '一、申领流程',
      '1.上传照片：拍摄或上传1张白底彩色电子照片（规格为358像素*441像素，分辨率350DPI），审核通过的可获取回执号。',
      '2.提交申请：在某市政务APP提交申请。',
      '建议使用IE9以上浏览器，最佳分辨率1366*768',
    );
    expect(spec.process).toEqual([
      { title: '上传照片', detail: '拍摄或上传1张白底彩色电子照片（规格为358像素*441像素，分辨率350DPI），审核通过的可获取回执号。' },
      '提交申请：在某市政务APP提交申请。',
    ]);
  });
});

describe('materials listed inline and closed by 等资料', () => {
  it.each([
    ['申请人需到窗口办理，提供《住房补贴申请表》、申请人身份证件和婚姻证明、租赁合同、租金支付银行流水等资料。', ['《住房补贴申请表》', '申请人身份证件和婚姻证明', '租赁合同', '租金支付银行流水']],
    ['请携带户口簿、出生医学证明、预防接种证等材料到学校报名。', ['户口簿', '出生医学证明', '预防接种证']],
  ])('%s', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });

  it.each([
    // One paper and its kind: no list.
    ['提供身份证等材料。'],
    // An office's own reporting.
    ['区人社部门应于每月底前提交汇总表、审核意见等材料。'],
    // Generic kinds are no papers of their own.
    ['提供相关材料、其他材料等资料。'],
  ])('%s gives no papers', (sentence) => {
    expect(materialsInProse(sentence)).toEqual([]);
  });

  it('drafts them as the materials of a guide without a materials heading', () => {
    const { spec } = draft('某补贴办理指引', '一、办理方式', '符合条件的申请人可通过区人社局窗口申请，提供《补贴申请表》、本人身份证件、劳动合同等资料。');
    expect(spec.materials).toEqual(['《补贴申请表》', '本人身份证件', '劳动合同']);
  });
});

describe('numbered steps without a heading', () => {
  it('drafts a run of acts (1.登录… 2.填写… 3.提交…) as the process, and not the 特别提醒 list after it', () => {
    const { spec } = draft(
      '某区居住证网上申请流程',
      '1.先登录某市政务小程序，搜索“居住证”服务',
      '2.点击进入“居住证申领”',
      '3.填写居住信息并上传照片',
      '4.提交申请',
      '特别提醒：1.审核结果将以短信通知。2.如需帮助请拨打服务热线。',
    );
    expect(spec.process).toEqual(['先登录某市政务小程序，搜索“居住证”服务', '点击进入“居住证申领”', '填写居住信息并上传照片', '提交申请']);
  });

  it('leaves a numbered list of things that are not acts alone', () => {
    const { spec } = draft('某区关于企业发展的若干措施', '1.企业研发投入持续增长', '2.重点项目加快落地', '3.营商环境不断优化');
    expect(spec.process).toEqual(['待补充：申报流程']);
  });
});

describe('a Q&A after the guide', () => {
  it('ends the section of the label before it: the answers are not steps', () => {
    const { spec } = draft(
      '某证件网上申领指南',
      '办理方式',
      '线上办理：',
      '登录某市政务小程序进行申领。',
      '线下办理：',
      '可带齐资料到街道政务服务中心窗口，在工作人员指引下办理。',
      '旧证件还能用吗？',
      '有效期内的旧证件可以继续使用。',
      '老人怎么办理？',
      '可由其近亲属登录小程序，代为办理。',
    );
    expect(spec.process).toEqual(['登录某市政务小程序进行申领。', '可带齐资料到街道政务服务中心窗口，在工作人员指引下办理。']);
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
    const { spec } = draft('某区青年创业扶持办法', '一、扶持内容', '（一）对新落户企业给予每家最高30万元补贴。', '（二）每年安排最高200万元经费支持区创业服务中心建设。');
    expect(spec.reward).toMatchObject({ headline: '最高30万元', items: ['对新落户企业给予每家最高30万元补贴。'] });
  });
});

describe('a date from which a cited policy applies', () => {
  it('is not the period', () => {
    const { spec } = draft('某市居民参保简介', '一、参保对象', '本市户籍居民。', '二、关系转移', '根据《某省关于调整参保登记的通知》（某社函〔2024〕12号），自2024年7月1日起，不再办理省内参保关系转移手续。');
    expect(spec.period).toBeUndefined();
  });

  it('still opens the period when the sentence is the notice’s own', () => {
    const { spec } = draft('关于开展2026年度补贴申报的通知', '自2026年3月1日起受理申请，请符合条件的企业及时申报。');
    expect(spec.period).toEqual({ start: '2026-03-01' });
  });
});

describe('steps named by a short heading, with times in them', () => {
  it('takes the heading as the title and does not cut at the colon of a time', () => {
    const { spec } = draft(
      '某区学位申请指引',
      '一、申请流程',
      '（一）填报志愿',
      '6月2日10：00—6月5日15:00，申请人登录区学位申请系统填报1-2个志愿，逾期系统将自动关闭，视为放弃申请。',
      '（二）招生录取',
      '区教育局按照申请人积分排名从高到低顺序依次录取，直至招生计划完成。',
    );
    expect(spec.process).toEqual([
      { title: '填报志愿', detail: '6月2日10：00—6月5日15:00，申请人登录区学位申请系统填报1-2个志愿，逾期系统将自动关闭，视为放弃申请。' },
      // Short enough to stay one line (toStep).
      '招生录取：区教育局按照申请人积分排名从高到低顺序依次录取，直至招生计划完成。',
    ]);
  });
});

describe('who may apply, said as the subject of a sentence', () => {
  it.each([
    ['经公示无异议的外区户籍随迁子女可登录系统填报志愿。', ['经公示无异议的外区户籍随迁子女']],
    ['在本区连续缴纳社保满一年的灵活就业人员可以申请一次性补贴。', ['在本区连续缴纳社保满一年的灵活就业人员']],
  ])('%s', (sentence, parties) => {
    const { spec } = draft('某区补贴申请指引', '一、办理方式', '登录区政务服务网提交申请。', '二、说明', sentence);
    expect(spec.parties).toEqual(parties);
  });

  it.each([
    // 符合条件的 names no one; a clause of time before the subject; a short name defined elsewhere.
    ['符合条件的企业可登录系统申请补贴。'],
    ['在办理业务需要出示证件时，来区人员可登录小程序亮证。'],
    ['待遇领取人员可按规定领取补贴。'],
  ])('%s names no party', (sentence) => {
    const { spec } = draft('某区补贴申请指引', '一、办理方式', '登录区政务服务网提交申请。', '二、说明', sentence);
    expect(spec.parties).toEqual(['待补充：适用对象']);
  });
});

describe('standards given for several years', () => {
  it('keeps the latest standard on the card, not the past year’s', () => {
    const { spec } = draft(
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

describe('a page headed by the policy its 印发 notice issues', () => {
  it('takes the notice’s title', () => {
    const { spec } = draft(
      '某区支持青年创业实施办法',
      '某天科规字〔2026〕2号',
      '关于印发某区支持青年创业实施办法的通知',
      '区属各单位：',
      '《某区支持青年创业实施办法》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '第一条 对新落户的青年企业给予每家10万元补贴。',
    );
    expect(spec.title).toBe('关于印发某区支持青年创业实施办法的通知');
  });

  it('keeps a title that no notice below issues', () => {
    const { spec } = draft('某区支持青年创业实施办法', '第一条 对新落户的青年企业给予每家10万元补贴。', '关于印发另一办法的通知');
    expect(spec.title).toBe('某区支持青年创业实施办法');
  });
});

describe('a 办法 that defines those it serves and what it requires of them, in prose', () => {
  const notice = [
    '某区支持青年人才发展办法',
    '第一条 为支持青年人才在本区发展，制定本办法。',
    '第二条 本办法所称青年人才，是指35周岁以下，具有全日制本科以上学历的人员。本办法所称人才项目包括创业团队、初创企业。其中，创业团队是指青年人才占比达50%以上的团队。本办法所称孵化载体，是指为创业者提供场地的机构。',
    '本办法适用对象应当遵守法律法规，无违法犯罪记录。',
    '补贴对象应于毕业前向所在学校提出补贴申请。',
    '第三条 对新落户的初创企业给予每家10万元补贴。',
  ];

  it('drafts the definitions of people and projects as parties, and not that of a place', () => {
    const { spec } = draft(...notice);
    expect(spec.parties).toEqual(['本办法所称青年人才，是指35周岁以下，具有全日制本科以上学历的人员。', '本办法所称人才项目包括创业团队、初创企业。其中，创业团队是指青年人才占比达50%以上的团队。']);
  });

  it('drafts what is required of them as conditions, and not when they apply', () => {
    const { spec } = draft(...notice);
    expect(spec.conditions).toEqual(['本办法适用对象应当遵守法律法规，无违法犯罪记录。']);
  });
});

describe('a flow line of longer step names', () => {
  it('is one step per name, while a path through an app’s menus stays one step', () => {
    const { spec } = draft(
      '某市灵活就业人员参保指引',
      '一、办理流程',
      '申请办理灵活就业人员参保登记和险种核定→签订电子缴费协议→灵活就业人员自行申报→按月清缴社保费。',
      '二、办理渠道',
      '搜索“某市社保”小程序→注册→我的社保→缴费。',
    );
    expect(spec.process).toEqual(['申请办理灵活就业人员参保登记和险种核定', '签订电子缴费协议', '灵活就业人员自行申报', '按月清缴社保费。', '搜索“某市社保”小程序→注册→我的社保→缴费。']);
  });
});

describe('a condition and its papers in one sentence', () => {
  it('drafts the clause before the papers as the condition and the papers as materials', () => {
    const { spec } = draft(
      '某证件申领指南',
      '申领条件',
      '在本市居住登记满半年，符合合法稳定住所、合法稳定就业等条件之一的，提供居民身份证、相片和居住地址证明材料，可以申领居住证。',
      '办理方式',
      '登录某市政务小程序进行申领，审核期限为5个工作日。',
    );
    expect(spec.conditions).toEqual(['在本市居住登记满半年，符合合法稳定住所、合法稳定就业等条件之一的']);
    expect(spec.materials).toEqual(['居民身份证', '相片', '居住地址证明材料']);
  });
});

describe('a standard per category inside 按照…的标准', () => {
  it('becomes a tier table of two rows or more', () => {
    const { spec } = draft(
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
    const { spec } = draft('某区学位补贴指引', '一、补贴标准', '幼儿园学生每学年可领取3000元，小学学生每学年可领取4000元。');
    expect((spec.reward as { table?: unknown }).table).toBeUndefined();
  });
});
