/**
 * How to apply: steps numbered, labelled or unheaded, told under other headings or in prose,
 * arrows and dashes between acts, and what is no step. Each test reads a small document written
 * for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { type DraftResult, toStep } from '../../src/draft/draft-card.js';
import { sectionsOf } from '../../src/draft/field-sections.js';
import { buildHeadingTree } from '../../src/draft/heading-tree.js';
import { matchingText } from '../../src/draft/normalise-text.js';
import { isHowToApply, processSentences, sentencesOf } from '../../src/draft/prose-items.js';
import { sectionItems } from '../../src/draft/section-items.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import { lines, draft, draftGuide, draftSpec, stepTexts } from './small-document.js';

describe('how to apply, told under 申报要求', () => {
  it('drafts platform steps as the process when the notice has no process section', () => {
    const spec = draftSpec('关于开展2026年度研发机构建设项目申报的通知', '一、申报要求', '1、申报单位应为在本市注册的企业。', '2、请申报单位登录市企业服务平台填报申报书并上传附件。');
    expect(spec.conditions).toEqual(['申报单位应为在本市注册的企业。']);
    expect(spec.process).toEqual(['请申报单位登录市企业服务平台填报申报书并上传附件。']);
  });

  it('keeps them as conditions when the notice says how to apply elsewhere', () => {
    const spec = draftSpec('关于开展2026年度研发机构建设项目申报的通知', '一、申报要求', '1、申报单位应为在本市注册的企业。', '2、申报单位须登录市企业服务平台完成注册。', '二、申报流程', '1、网上填报。', '2、区级初审。');
    expect(spec.conditions).toEqual(['申报单位应为在本市注册的企业。', '申报单位须登录市企业服务平台完成注册。']);
    expect(spec.process).toEqual(['网上填报。', '区级初审。']);
  });
});

describe('arrows in a process', () => {
  const stepsOf = (...body: string[]) => {
    const tree = buildHeadingTree(lines('四、办理流程', ...body));
    return (sectionsOf(tree).get('process') ?? []).flatMap((node) => sectionItems(node, 'process', { arrows: true })).map((item) => item.text);
  };

  it('splits a flow line of step names into steps', () => {
    expect(stepsOf('网上申报→区级初审→市级复核→公示拨付。')).toEqual(['网上申报', '区级初审', '市级复核', '公示拨付。']);
  });

  it.each([
    ['微信内搜索“某某办”小程序→注册并实名认证→我的社保→选择缴费。'],
    ['登录服务平台，点击“政策直达->科技服务”进入申报页面，填写申报书。'],
  ])('keeps the clicks of one step together: %s', (text) => {
    expect(stepsOf(text)).toEqual([text]);
  });
});

describe('a list of separate policies, each with its own way to apply', () => {
  const programme = (number: string, name: string, amount: string) => [
    `${number}、${name}`,
    `补贴标准：按每人${amount}元给予补贴。`,
    `申领方式：登录市就业服务平台，选择${name}进行申领。`,
  ];
  const list = (count: number) => ['市就业创业扶持政策清单', ...['一', '二', '三', '四', '五', '六'].slice(0, count).flatMap((number, index) => programme(number, `第${index + 1}项补贴`, String(1000 * (index + 1))))];

  it('drafts no merged process from five or more of them, and says why', () => {
    const { spec, report } = draft(...list(5));
    expect(spec.process).toEqual(['待补充：申报流程']);
    const doubt = report.doubts.find((entry) => entry.kind === 'dropped' && entry.path === '/process');
    expect(doubt?.from).toHaveLength(5);
    expect(doubt?.text.zh).toBe('5 处各有自己的申报流程，像是多项政策的清单，未合并为一张卡片的流程；请按所选政策填写');
    expect(doubt?.text.en).toBe('5 sections each give their own process, as in a list of separate policies; not merged into one card\'s process, fill it in for the policy chosen');
    // Not also "merged" by the doubt about several sections of one field: they were not merged.
    expect(report.doubts.filter((entry) => entry.from.some((place) => doubt?.from.some((other) => other.line === place.line))).map((entry) => entry.kind)).toEqual(['dropped']);
  });

  it('still merges the steps of a few programmes of one notice', () => {
    const { spec } = draft(...list(2));
    expect(spec.process).toEqual(['登录市就业服务平台，选择第1项补贴进行申领。', '登录市就业服务平台，选择第2项补贴进行申领。']);
  });
});

describe('steps numbered 第X步 / 步骤X, and the notes between them', () => {
  it('drafts each step with its name as the title and its text and ways as the detail, without the ★小贴士 notes', () => {
    const { spec } = draftGuide(
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
    const { spec } = draftGuide(
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
    const { spec } = draftGuide('某卡申领指南', '一、申领所需材料', '（一）本人有效身份证件原件。', '（二）照片回执号。', '★小贴士', '有效身份证件如下：', '1.中国公民：居民身份证。', '2.外国居民：护照。', '二、申领方法', '登录某市政务APP提交申请。');
    expect(spec.materials).toEqual(['本人有效身份证件原件。', '照片回执号。']);
  });
});

describe('numbered steps without a heading', () => {
  it('drafts a run of acts (1.登录… 2.填写… 3.提交…) as the process, and not the 特别提醒 list after it', () => {
    const { spec } = draftGuide(
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
    const { spec } = draftGuide('某区关于企业发展的若干措施', '1.企业研发投入持续增长', '2.重点项目加快落地', '3.营商环境不断优化');
    expect(spec.process).toEqual(['待补充：申报流程']);
  });
});

describe('a Q&A after the guide', () => {
  it('ends the section of the label before it: the answers are not steps', () => {
    const { spec } = draftGuide(
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

describe('steps named by a short heading, with times in them', () => {
  it('takes the heading as the title and does not cut at the colon of a time', () => {
    const { spec } = draftGuide(
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

describe('a flow line of longer step names', () => {
  it('is one step per name, while a path through an app’s menus stays one step', () => {
    const { spec } = draftGuide(
      '某市灵活就业人员参保指引',
      '一、办理流程',
      '申请办理灵活就业人员参保登记和险种核定→签订电子缴费协议→灵活就业人员自行申报→按月清缴社保费。',
      '二、办理渠道',
      '搜索“某市社保”小程序→注册→我的社保→缴费。',
    );
    expect(spec.process).toEqual(['申请办理灵活就业人员参保登记和险种核定', '签订电子缴费协议', '灵活就业人员自行申报', '按月清缴社保费。', '搜索“某市社保”小程序→注册→我的社保→缴费。']);
  });
});

describe('a numbered step that mentions another field inside its sentence', () => {
  it('stays a step of the list it stands in', () => {
    const { spec } = draft(
      '某某补贴办事指南',
      '办理流程',
      '1.申请 申请人在系统提交申请信息。',
      '2.审核 审核人审核补贴申报资料后提交审批',
      '3.材料提交及受理 申请人提交纸质材料，窗口受理。',
      '4.拨付 财政部门拨付资金。',
    );
    expect(spec.process).toHaveLength(4);
    expect(JSON.stringify(spec.process)).toContain('审核人审核补贴申报资料后提交审批');
    expect(spec.materials ?? []).toEqual([]);
  });

  it('leaves a numbered heading that ends in a field noun its own section', () => {
    const { spec } = draft('某某通知', '一、申报程序', '1.网上申报。企业登录系统填报。', '2.申报材料', '（1）申请表；', '（2）营业执照复印件。', '3.审核。区科技局审核。');
    expect(spec.materials).toEqual(['申请表', '营业执照复印件。']);
  });
});

describe('a numbered step keyed by its time', () => {
  it('is a step of the process, and its dates still give the period', () => {
    const { spec } = draft(
      '关于申报2026年某市工程技术研究中心的通知',
      '二、申报程序',
      '1.企业网上申报时间：2026年5月11日8:00—2026年5月20日17:30。',
      '2.区科技局审核提交时间：2026年5月21日—5月25日，区科技局负责审核。',
      '3.审核完成后，申报单位将纸质材料报送至市民中心窗口。',
    );
    expect(spec.process).toHaveLength(3);
    expect(JSON.stringify(spec.process)).toContain('2026年5月11日8:00');
    expect((spec.period as { end?: string }).end).toBe('2026-05-20');
  });
});

describe('how to apply, said under a requirements or a time heading', () => {
  it('drafts 向…报送 and a time heading\'s sending sentence as steps when no section lists them', () => {
    const { spec } = draft(
      '关于征集2026年某市海洋产业专项资金项目的通知',
      '一、申报要求。请有意向申报的单位根据《某市专项资金管理办法》要求，如实填写项目信息，向市海洋局报送项目可行性研究报告。',
      '二、申报时间。常年接受申报，请有意向申报的单位将申报材料报送至我局。',
    );
    expect(spec.process).toHaveLength(2);
    expect(JSON.stringify(spec.process)).toContain('向市海洋局报送项目可行性研究报告');
    expect(JSON.stringify(spec.process)).toContain('常年接受申报');
    expect(spec.conditions).toEqual([expect.stringMatching(/^待补充/u)]);
  });

  it('leaves a lead-in to a list of papers out of the steps', () => {
    const { spec } = draft('某某项目申报材料', '申报材料', '项目申报单位应向受理单位提交纸质材料及电子文档，主要包括：', '（一）申请表；', '（二）营业执照复印件。');
    expect(spec.process).toEqual([expect.stringMatching(/^待补充/u)]);
  });
});

describe('a piece that opens with 或', () => {
  it('stays with the piece before it, as the other way of doing it', () => {
    const { spec } = draft('某某补贴办事指南', '办理流程', '申请人填写申请表。打印后签名，持材料到窗口提出申请；或将申请表拍照上传系统，在网上提交。', '审核通过后发放补贴。');
    expect(spec.process).toEqual(['申请人填写申请表。', '打印后签名，持材料到窗口提出申请；或将申请表拍照上传系统，在网上提交。', '审核通过后发放补贴。']);
  });
});

describe('numbered parts without a heading that tell the procedure', () => {
  it('drafts each part of a forwarding notice as a step when one says how to send and all are acts of the procedure', () => {
    const { spec } = draft(
      '关于转发某省某项目申报通知的通知',
      '各有关单位：',
      '现将省厅通知转发给你们，请认真组织申报。',
      '一、由各园区负责辖区内企业的组织推荐，推荐名额不限。',
      '二、区工信局将对申报材料进行初审，择优向市工信局推荐。',
      '三、请各申报单位于2026年5月8日前将申报表纸质版一式两份报送至区工信局302室。',
      '四、联系人：王老师，电话：12345678',
      '某市某区工业和信息化局',
      '2026年4月20日',
    );
    expect(stepTexts({ spec } as DraftResult)).toEqual([
      '由各园区负责辖区内企业的组织推荐，推荐名额不限。',
      '区工信局将对申报材料进行初审，择优向市工信局推荐。',
      '请各申报单位于2026年5月8日前将申报表纸质版一式两份报送至区工信局302室。',
    ]);
  });

  it.each([
    // Requirements on the applicant: not a procedure; only the sentence that sends is a step.
    [['1.申报单位须在本区注册满一年，并于2026年5月8日前将申报表报送至区科技局。', '2.申报项目不得重复申报。'], ['申报单位须在本区注册满一年，并于2026年5月8日前将申报表报送至区科技局。']],
    // No part says how to send the application: not a procedure run; only the office's review told in prose is a step.
    [['1.区科技局对项目进行初审。', '2.市科技局组织专家评审并公示。'], ['区科技局对项目进行初审']],
  ])('leaves numbered parts that are not a procedure: %j', (parts, steps) => {
    const result = draft('关于某项目的通知', '各有关单位：', ...parts);
    expect(stepTexts(result)).toEqual(steps);
  });
});

describe('a web address written with 。 for its dots', () => {
  it('is one sentence, and its 。 match as dots', () => {
    const line = { text: '请登录某市科技局网站(网址:www。abkj。gov。cn)填报。再提交纸质材料。', line: 1 };
    expect(sentencesOf(line)).toEqual(['请登录某市科技局网站(网址:www。abkj。gov。cn)填报。', '再提交纸质材料。']);
    expect(matchingText('www。abkj。gov。cn')).toBe('www.abkj.gov.cn');
    // A sentence that ends after a Latin word or a number still ends.
    expect(sentencesOf({ text: '上传PDF。提交后等待审核。', line: 1 })).toEqual(['上传PDF。', '提交后等待审核。']);
  });

  it('titles a step at its first clause outside brackets, not at the colon of （网址：…）', () => {
    expect(toStep('请申报者登录某市科技局网站（网址：www。abkj。gov。cn），进入项目管理系统填写相关信息，并以附件形式提交研究报告。', LIMITS)).toEqual({
      title: '请申报者登录某市科技局网站（网址：www。abkj。gov。cn）',
      detail: '进入项目管理系统填写相关信息，并以附件形式提交研究报告。',
    });
  });

  it('drafts both numbered parts of a heading that names no field, with a contact label under the last', () => {
    const result = draft(
      '各有关单位：',
      '一、方法步骤',
      '1、请项目申报者登录某市科学技术局网站(网址:www。abkj。gov。cn),进入“科技项目管理系统”填写信息,并以附件形式提交研究报告。',
      '2、市科技局将组织专家,对提交的研究报告进行网络评审并公示。',
      '联系人:王老师',
      '联系电话:12345678',
    );
    expect(stepTexts(result)).toEqual([
      '请项目申报者登录某市科学技术局网站（网址：www。abkj。gov。cn） 进入“科技项目管理系统”填写信息，并以附件形式提交研究报告。',
      '市科技局将组织专家，对提交的研究报告进行网络评审并公示。',
    ]);
  });
});

describe('a chain of acts joined by dashes', () => {
  it.each([
    [
      '企业网上填报—区工信局审核申报材料—项目评审——社会公示—下达资金计划',
      ['企业网上填报', '区工信局审核申报材料', '项目评审', '社会公示', '下达资金计划'],
    ],
    // A range of dates, a span of attachments or a pair of names is no chain.
    ['申报时间为2026年9月8日—9月25日，逾期不予受理。', ['申报时间为2026年9月8日—9月25日，逾期不予受理。']],
    ['项目实行“储备库—项目库”双库管理。', ['项目实行“储备库—项目库”双库管理。']],
    ['按附件2—7的模板填写申报书—加盖公章—报送区科技局', ['按附件2—7的模板填写申报书—加盖公章—报送区科技局']],
  ])('%s', (line, steps) => {
    const result = draft('关于某项目申报的通知', '一、申报流程', line);
    expect(stepTexts(result)).toEqual(steps);
  });
});

describe('the last section of a forwarding notice', () => {
  it('takes no condition from a line of names and a phone number, and reads 通过…系统申报 as how to apply', () => {
    const result = draft(
      '各有关单位：',
      '一、相关申报要求',
      '申报材料经属地部门初审后，通过“某市科技服务”系统（https://kj.example.cn/）申报，截止时间2026年2月19日。',
      '??? 高新科 ?王某某 12345678',
      '某市科学技术局',
      '2026年1月24日',
    );
    expect(result.spec.conditions).toEqual(['待补充：申报条件']);
    expect(stepTexts(result)).toHaveLength(1);
    expect(stepTexts(result)[0]).toContain('系统');
  });

  it.each([
    ['通过“某市科技服务”系统（https://kj.example.cn/）申报。', true],
    ['通过市政务服务平台进行申请。', true],
    // A platform that only informs is no way to apply.
    ['通过平台发布的政策信息了解详情。', false],
  ])('%s → %s', (text, how) => {
    expect(isHowToApply({ text, lines: [] })).toBe(how);
  });
});

describe('an office reviewing the applications, told in prose', () => {
  it.each([
    ['本次申报截止日期为4月15日，我委将组织专家对申报材料进行综合评审并择优推荐。', ['我委将组织专家对申报材料进行综合评审并择优推荐']],
    ['如获得上级补助超出额度的，区科技局对申请企业名单、奖励金额等材料进行审核，由区科技局报区政府审批，则按上级标准执行。', ['区科技局对申请企业名单、奖励金额等材料进行审核']],
    // An office that only publishes or explains is no step.
    ['市科技局负责政策解读和宣传工作。', []],
  ])('%s', (text, steps) => {
    expect(processSentences([{ text, line: 1 }]).map((item) => item.text)).toEqual(steps);
  });
});

describe('a sentence that says the application combines online and paper', () => {
  it.each([
    ['省级设计中心为线上和线下申报相结合。', true],
    ['本次申报采取网上与纸质相结合的方式。', true],
    ['推动线上线下融合发展。', false],
  ])('%s → %s', (text, how) => {
    expect(isHowToApply({ text, lines: [] })).toBe(how);
  });
});

describe('label steps under a procedure heading the field words do not know (四、工作程序)', () => {
  const stepTitles = (result: DraftResult): string[] => (result.spec.process ?? []).map((step) => (typeof step === 'string' ? step : step.title));

  it('drafts (一)申请。… (二)审核。… as steps titled by their labels', () => {
    const result = draftGuide(
      '某市技能补贴申领指南',
      '一、申领条件',
      '（一）依法参加失业保险满12个月。',
      '二、工作程序',
      '（一）申请。符合条件的职工在取得证书之日起12个月内到经办机构提出申请。',
      '（二）审核。经办机构在10个工作日内完成审核并发放补贴。',
    );
    // Short steps stay whole, their label first (a long one is cut into title and detail at the label).
    expect(stepTitles(result)).toEqual(['申请。符合条件的职工在取得证书之日起12个月内到经办机构提出申请。', '审核。经办机构在10个工作日内完成审核并发放补贴。']);
  });

  it.each([
    // Sentences, not label steps: the procedure may be the office's alone.
    ['二、考核程序', '（一）市局每年组织一次考核。', '（二）考核结果报市政府备案。'],
    // Label steps under a heading that names no procedure.
    ['二、工作安排', '（一）申请。符合条件的职工到经办机构提出申请。', '（二）审核。经办机构完成审核。'],
  ])('drafts no steps from %s over %s', (heading, first, second) => {
    expect(stepTitles(draftGuide('某市技能补贴申领指南', '一、申领条件', '（一）依法参加失业保险满12个月。', heading, first, second))).toEqual(['待补充：申报流程']);
  });
});

describe('a step named by an act of handing in stays a step, though it names the papers', () => {
  it('reads （二）材料提交。 under a procedure heading as the second step', () => {
    const { spec } = draft('某区设计项目申报通知', '一、申报条件', '1. 在本区注册的企业。', '二、申报程序及要求', '（一）网上申报。', '申报单位在申报平台上按要求填报，区经济局进行网上初审。', '（二）材料提交。', '网上初审通过后，申报单位打印申报材料并装订成册。');
    expect(spec.process).toEqual(['网上申报。申报单位在申报平台上按要求填报，区经济局进行网上初审。', '材料提交。网上初审通过后，申报单位打印申报材料并装订成册。']);
    expect(spec.materials).toBeUndefined();
  });

  it('reads 2.申请提交…材料 among numbered steps as a step', () => {
    const { spec } = draft('某县创业补贴办事指南', '一、办理条件', '在本县创办企业的人员。', '二、办理流程', '1.申请人提交申请。', '2.申请提交申领一次性创业补贴材料。', '3.人社部门审核后发放补贴。');
    expect(spec.process).toEqual(['申请人提交申请。', '申请提交申领一次性创业补贴材料。', '人社部门审核后发放补贴。']);
  });

  it('keeps a part named by a noun over its own list as that field\'s section', () => {
    const { spec } = draft('某区设计项目申报通知', '一、申报程序及要求', '（一）网上申报。', '申报单位在申报平台上按要求填报。', '（二）申报材料', '1. 申请表；', '2. 营业执照复印件。');
    expect(spec.materials).toEqual(['申请表', '营业执照复印件。']);
  });
});

describe('a deadline and where to send, outside the process section, is one more step of it', () => {
  it('adds the districts\' deadline under 相关事项 to the steps of 申报程序', () => {
    const { spec } = draft('某市规上企业奖励申报通知', '一、申报程序', '（一）各区经信部门组织辖区内企业进行申报。', '（二）各区经信部门进行初审并公示结果。', '二、相关事项', '（一）请各区经信部门于2020年4月20日前将公示后无异议的企业情况行文，并附《奖励申报汇总表》（附件3）一并上报至市经信局。', '（二）各区可结合实际给予配套奖励。');
    // A long step is shown as its first clause over the rest (toStep).
    expect(spec.process).toEqual([
      '各区经信部门组织辖区内企业进行申报。',
      '各区经信部门进行初审并公示结果。',
      { title: '请各区经信部门于2020年4月20日前将公示后无异议的企业情况行文', detail: '并附《奖励申报汇总表》（附件3）一并上报至市经信局。' },
    ]);
  });

  it('adds nothing from a sentence that sends without a deadline, or names a deadline without sending', () => {
    const { spec } = draft('某市规上企业奖励申报通知', '一、申报程序', '（一）企业向所在区提交申请。', '（二）区经信部门初审后报市经信局。', '二、相关事项', '（一）奖励资金于2020年6月30日前拨付到位。', '（二）以上资料由各区经信部门留存备查。');
    expect(spec.process).toEqual(['企业向所在区提交申请。', '区经信部门初审后报市经信局。']);
  });
});

describe('a part named by an act done with the papers is a step, not the field its words name', () => {
  it('reads （二）审核报送 over its numbered acts as the steps, under a conditions heading', () => {
    const { spec } = draft(
      '某市示范企业申报通知',
      '一、申报条件',
      '（一）基本条件',
      '在本市注册的工业企业，近三年无重大安全事故。',
      '（二）审核报送',
      '1、各县区主管部门审核企业材料；',
      '2、各县区主管部门汇总推荐名单；',
      '3、在10月20日前将推荐名单报送市局。',
    );
    expect(spec.conditions).toEqual(['在本市注册的工业企业，近三年无重大安全事故。']);
    expect(spec.process).toEqual(['各县区主管部门审核企业材料', '各县区主管部门汇总推荐名单', '在10月20日前将推荐名单报送市局。']);
  });

  it('reads 三、按时报送材料。请各地于…前…报送… as a step, not as the materials', () => {
    const { spec } = draft(
      '关于征集某某项目的通知',
      '一、不重复申报。已获得其他省级资金支持的项目不得申报。',
      '二、按时报送材料。请各地于8月5日前，将推荐报告报送省厅。',
    );
    expect(spec.process).toEqual(['请各地于8月5日前，将推荐报告报送省厅。']);
    // The report the offices send on is none of the applicant's papers.
    expect(spec.materials).toBeUndefined();
  });

  it('keeps a materials label over a list of papers as the materials', () => {
    const { spec } = draft('某某通知', '一、申报条件', '在本市注册。', '二、报送材料。（1）申请表；（2）营业执照复印件。');
    expect(spec.materials).toEqual(['申请表', '营业执照复印件。']);
  });
});
