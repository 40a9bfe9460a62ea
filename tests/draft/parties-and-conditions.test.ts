/**
 * Who may apply and on what conditions: parties told in prose or inline, requirements filed under
 * a parties heading, alternatives, and what is not the applicant's (duties, aims, pointers). Each
 * test reads a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { isGrantSentence } from '../../src/draft/find-reward.js';
import { isPapersOnly } from '../../src/draft/materials-in-prose.js';
import { caseAndGrant, inlinePartyList, isApplicantRequirement, isFieldsPointer, isOfficeDuty, isOnlyPointer, isPartyLead, isPolicyAim, isPolicyNotParty, isProjectRequirement, isRequirementOfParty, partyAndRequirement } from '../../src/draft/party-items.js';
import { conditionSentences, partySentences } from '../../src/draft/prose-items.js';
import { lines, draft, draftGuide, draftSpec, split } from './small-document.js';

describe('alternatives numbered under their lead-in', () => {
  it('keeps 符合以下条件之一：（一）（二）（三） as one item, and the note after them out of it', () => {
    const spec = draftSpec(
      '关于2026年第二批人才公寓配租的通告',
      '二、配租对象',
      '本次配租的对象为已在轮候册内，且符合以下条件之一的家庭：',
      '（一）家庭人口为3人及以上；',
      '（二）家庭成员中有60周岁以上老人；',
      '（三）家庭成员中有残疾人。',
      '家庭情况发生变化的，应先办理变更。',
      '三、办理方式',
      '登录市住房保障平台提交申请。',
    );
    expect(spec.parties).toEqual(['本次配租的对象为已在轮候册内，且符合以下条件之一的家庭：（一）家庭人口为3人及以上；（二）家庭成员中有60周岁以上老人；（三）家庭成员中有残疾人。']);
  });
});

describe('parties told in prose', () => {
  it.each([
    ['本计划重点支持新材料、生物医药等领域来本区创业的高层次人才（团队）。', ['新材料、生物医药等领域来本区创业的高层次人才（团队）']],
    ['按月领取失业保险金的人员（以下简称“领金人员”）应每月进行一次身份确认。', ['按月领取失业保险金的人员（以下简称“领金人员”）']],
    // A defined name that is no kind of person or firm, and backing with no one named.
    ['设立产业集群培育专项资金（以下简称专项资金）。', []],
    ['对符合条件的项目应给予重点支持。', []],
  ])('%s', (text, parties) => {
    expect(partySentences(lines(text)).map((item) => item.text)).toEqual(parties);
  });
});

describe('keyed cases under a section', () => {
  it('keeps each keyed case whole, all its sentences and its note', () => {
    const { spec } = draft('某某待遇申领指南', '一、受理条件', '（一）年龄条件：达到规定的领取年龄。', '（二）缴费条件：累计缴费满10年。选择延缓领取的，缴费满10年即可。（注：适用于本市参保人）', '二、办理流程', '登录网上服务大厅提交申请。');
    expect(spec.conditions).toEqual(['达到规定的领取年龄。', '累计缴费满10年。选择延缓领取的，缴费满10年即可。（注：适用于本市参保人）']);
  });

  it('still lists one item per sentence under a key that names the section', () => {
    const { spec } = draft('关于组织申报专项资金的通知', '一、申报要求', '（一）基本条件：在本区注册的独立法人企业。近三年无失信记录。', '二、申报流程', '登录网上服务大厅提交申请。');
    expect(spec.conditions).toEqual(['在本区注册的独立法人企业。', '近三年无失信记录。']);
  });
});

describe('who may apply, said as the subject of a sentence', () => {
  it.each([
    ['经公示无异议的外区户籍随迁子女可登录系统填报志愿。', ['经公示无异议的外区户籍随迁子女']],
    ['在本区连续缴纳社保满一年的灵活就业人员可以申请一次性补贴。', ['在本区连续缴纳社保满一年的灵活就业人员']],
  ])('%s', (sentence, parties) => {
    const { spec } = draftGuide('某区补贴申请指引', '一、办理方式', '登录区政务服务网提交申请。', '二、说明', sentence);
    expect(spec.parties).toEqual(parties);
  });

  it.each([
    // 符合条件的 names no one; a clause of time before the subject; a short name defined elsewhere.
    ['符合条件的企业可登录系统申请补贴。'],
    ['在办理业务需要出示证件时，来区人员可登录小程序亮证。'],
    ['待遇领取人员可按规定领取补贴。'],
  ])('%s names no party', (sentence) => {
    const { spec } = draftGuide('某区补贴申请指引', '一、办理方式', '登录区政务服务网提交申请。', '二、说明', sentence);
    expect(spec.parties).toEqual(['待补充：适用对象']);
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
    const { spec } = draftGuide(...notice);
    expect(spec.parties).toEqual(['本办法所称青年人才，是指35周岁以下，具有全日制本科以上学历的人员。', '本办法所称人才项目包括创业团队、初创企业。其中，创业团队是指青年人才占比达50%以上的团队。']);
  });

  it('drafts what is required of them as conditions, and not when they apply', () => {
    const { spec } = draftGuide(...notice);
    expect(spec.conditions).toEqual(['本办法适用对象应当遵守法律法规，无违法犯罪记录。']);
  });
});

describe('an inline list of the kinds of people or firms who may apply', () => {
  it.each([
    ['退役军人、残疾人员、低保家庭人员、登记失业的高校毕业生', ['退役军人', '残疾人员', '低保家庭人员', '登记失业的高校毕业生']],
    ['失业人员（含就业困难人员）、农村转移劳动力、随军家属，以及刑满释放人员。', ['失业人员（含就业困难人员）', '农村转移劳动力', '随军家属', '刑满释放人员']],
    ['科技型中小企业、高新技术企业、民办非企业单位等', ['科技型中小企业', '高新技术企业', '民办非企业单位']],
  ])('%s → one kind each', (text, kinds) => {
    expect(inlinePartyList(text)).toEqual(kinds);
  });

  it.each([
    // Clauses, not names.
    ['注册满1年、纳税信用良好、近三年无违法记录'],
    // A sentence whose list is one part of it.
    ['申请人须为退役军人、残疾人员或低保家庭人员，并在本市居住满1年。'],
    // Two kinds are not a list to break up.
    ['退役军人、残疾人员'],
    // A modifier in the first part only is shared by every kind.
    ['通过市级认定的雏鹰企业、瞪羚企业和独角兽企业、牛羚企业'],
    // A part too long to be a name.
    ['在本市依法登记注册并连续经营满三年以上的各类中小微企业、个体工商户、农民专业合作社'],
  ])('%s stays one item', (text) => {
    expect(inlinePartyList(text)).toBeUndefined();
  });

  it('drafts one party per kind under a parties heading', () => {
    const { spec } = draft('关于做好某市一次性就业补贴申领工作的通知', '一、补贴对象', '退役军人、残疾人员、低保家庭人员、登记失业的高校毕业生。', '二、补贴标准', '每人1000元。');
    expect(spec.parties).toEqual(['退役军人', '残疾人员', '低保家庭人员', '登记失业的高校毕业生']);
  });

  it('takes such a list out of the conditions, with the line that leads into it', () => {
    const { spec } = draft(
      '某市灵活就业社保补贴怎么申请',
      '申请条件',
      '在本市以灵活就业形式参保并按时缴费。',
      '目前本市就业困难人员有',
      '大龄失业人员、低保家庭人员、残疾人员，以及连续失业满1年的人员。',
      '所需材料',
      '（1）身份证原件。',
    );
    expect(spec.parties).toEqual(['大龄失业人员', '低保家庭人员', '残疾人员', '连续失业满1年的人员']);
    expect(spec.conditions).toEqual(['在本市以灵活就业形式参保并按时缴费。']);
  });
});

describe('a 申报范围 of programmes, and a pointer to the attachment', () => {
  it.each([
    ['《某市促进海洋产业发展实施细则》中第五条设备购置奖补政策。', true],
    ['请参见《2026年某区专项资金申报指南》（附件1）。', true],
    ['在本区注册的海洋工业企业。', false],
    ['符合《某市促进海洋产业发展实施细则》规定的企业。', false],
  ])('%s names a policy, not a party: %s', (text, policy) => {
    expect(isPolicyNotParty(text)).toBe(policy);
  });

  it.each([
    ['符合上述政策的，具体申报条件、奖补标准、申报材料等内容详见附件。', true],
    ['各项目的申报要求和申报程序参见《申报指南》。', true],
    ['申报单位必须符合项目指南规定的申报要求（详见附件）。', false],
    ['企业上年度研发投入不低于500万元。', false],
  ])('%s is a pointer to where the fields are: %s', (text, pointer) => {
    expect(isFieldsPointer(text)).toBe(pointer);
  });

  it('drafts neither as parties or conditions', () => {
    const { spec } = draft(
      '某市海洋局关于开展海洋工业奖补资金申报的通知',
      '一、申报范围',
      '（一）《某市促进海洋产业发展实施细则》中第五条设备购置奖补政策。',
      '（二）《某市海水淡化项目奖补实施细则》海水淡化项目奖补政策。',
      '二、申报条件',
      '（一）在本市注册的海洋工业企业。',
      '（二）符合上述政策的，具体申报条件、奖补标准、申报材料等内容详见附件。',
    );
    expect(spec.parties).toEqual(['待补充：适用对象']);
    expect(spec.conditions).toEqual(['在本市注册的海洋工业企业。']);
  });
});

describe('what is not the applicant\'s: the offices\' duties, the policy\'s aims, and a grant among the conditions', () => {
  it.each([
    ['各区（园区）负责通知辖区内的企业。', true],
    ['每县（区）限报2项。', true],
    ['各市科技局要做好审核推荐工作。', true],
    ['各申报单位须对材料真实性负责。', false],
    ['每家企业限报1项。', false],
    ['各区企业须在3月底前完成填报。', false],
    ['申报企业应在本市注册。', false],
  ])('%s is the offices\' duty or quota: %s', (text, duty) => {
    expect(isOfficeDuty(text)).toBe(duty);
  });

  it.each([
    ['鼓励企业改造提升技术水平，延伸产业链。', true],
    ['引导中小企业走专精特新发展道路。', true],
    ['在本市注册的中小企业。', false],
  ])('%s is an aim, not a party: %s', (text, aim) => {
    expect(isPolicyAim(text)).toBe(aim);
  });

  it.each([
    ['按其缴纳社会保险费的50%给予社保补贴。', true],
    ['对认定的企业给予一次性奖励5万元。', true],
    ['申请人须在本市缴纳社会保险满6个月。', false],
    ['对认定的企业给予通报表扬。', false],
  ])('%s grants a sum or a share: %s', (text, grant) => {
    expect(isGrantSentence(text)).toBe(grant);
  });

  it('drafts a grant found among the conditions as the reward when no section gives one', () => {
    const { spec } = draft(
      '某市灵活就业社保补贴申领指南',
      '申请条件',
      '在本市登记失业并以灵活就业形式参保的人员。',
      '按其缴纳社会保险费的50%给予社保补贴。',
      '各区（街道）负责受理辖区内的申请。',
    );
    expect(spec.conditions).toEqual(['在本市登记失业并以灵活就业形式参保的人员。']);
    expect(spec.reward?.items).toEqual(['按其缴纳社会保险费的50%给予社保补贴。']);
  });
});

describe('a requirement written under the parties heading', () => {
  it('is a condition when it follows the party', () => {
    const { spec } = draft(
      '关于组织申报2026年某某创新中心的通知',
      '一、申报对象',
      '三年内在本市新注册的独立法人。牵头单位在该领域长期从事研发，具备较强的科研实力和经济实力。',
      '二、申报材料',
      '《创新中心建设申报书》。',
    );
    expect(spec.parties).toEqual(['三年内在本市新注册的独立法人。']);
    expect(spec.conditions).toEqual(['牵头单位在该领域长期从事研发，具备较强的科研实力和经济实力。']);
  });

  it('stays the party when it is the only item', () => {
    const { spec } = draft('关于组织申报2026年某某企业认定的通知', '一、申报对象', '申报企业须为在本市注册的中小企业。', '二、申报材料', '《认定申请表》。');
    expect(spec.parties).toEqual(['申报企业须为在本市注册的中小企业。']);
  });
});

describe('party items that are not who applies', () => {
  it('reads items that grant a sum or a share under a scope heading as the reward', () => {
    const { spec } = draft(
      '关于申报2026年某区服务业扶持资金的通知',
      '一、支持范围及标准',
      '1.检验检测项目。对符合条件的检验检测项目，按实际完成投资额的5%给予补助，单个项目最高不超过200万元。',
      '2.工业设计项目。对符合条件的工业设计项目，按实际完成投资额的3%给予补助，单个项目最高不超过100万元。',
      '二、申报条件',
      '1.在本区注册的企业；',
      '2.项目已竣工投产。',
    );
    expect(spec.parties).toEqual([expect.stringMatching(/^待补充/u)]);
    const reward = spec.reward as { items: string[]; headline?: string };
    expect(reward.items).toHaveLength(2);
    expect(reward.items[0]).toContain('按实际完成投资额的5%给予补助');
    expect(reward.headline).toBe('最高200万元');
  });

  it.each([
    ['支持招大引强。指与《某某政策意见》第一条所对应的项目。', true],
    ['专项资金的支持范围应当符合《2026年某市专项资金支持指南》（见附件1）。', true],
    ['符合《某某办法》第三条规定的企业。', false],
    ['本次征集主要面向符合《专项资金管理办法》规定的项目。', false],
    ['申报单位的支持范围应当符合《某某指南》。', false],
  ])('%s → not a party: %s', (text, notParty) => {
    expect(isPolicyNotParty(text)).toBe(notParty);
  });
});

describe('an item that only says where to look', () => {
  it.each([
    ['详见附件1《2026年某区循环经济专项资金申报指南》。', true],
    ['政策依据请申报单位认真研读《办法》及其《申报指南》（见附件）', true],
    ['名单详见《关于下达2026年度科技计划资金的通知》', true],
    ['具体申报条件见附件2', true],
    ['申报单位须符合《申报指南》规定的条件（详见附件1）。', false],
    ['在本区注册的企业，详见附件。', false],
    // 意见 ends in 见 and points nowhere.
    ['征求相关部门意见', false],
    ['申报单位须听取职工意见', false],
  ])('%s → %s', (text, pointer) => {
    expect(isOnlyPointer(text)).toBe(pointer);
  });

  it('is no condition', () => {
    const { spec } = draft('关于申报2026年某区循环经济专项资金的通知', '一、申报条件', '详见附件1《2026年某区循环经济专项资金申报指南》。', '二、申报程序', '请于10月25日前在平台提交申报材料。');
    expect(spec.conditions).toEqual([expect.stringMatching(/^待补充/u)]);
  });
});

describe('requirements in prose where no section lists conditions', () => {
  it.each([
    // What is required of the applicant, named as the applicant (申报主体, 申报单位, 项目负责人).
    ['1.申报主体须获评市级设计中心，且已填报运营监测表；', ['申报主体须获评市级设计中心，且已填报运营监测表；']],
    ['项目负责人须无科研失信记录。', ['项目负责人须无科研失信记录。']],
    // A sentence that bars a kind of applicant or project.
    ['已获得省级资金支持尚未验收的企业不得参与项目申报。', ['已获得省级资金支持尚未验收的企业不得参与项目申报。']],
    ['已享受市级补助的项目，不得重复申报。', ['已享受市级补助的项目，不得重复申报。']],
    // When and how to send is a step, not a condition.
    ['申报单位须于5月8日前将申报表报送至区科技局。', []],
    ['申报单位须登录系统填报申报信息。', []],
    ['逾期不得申报。', []],
  ])('%s', (text, conditions) => {
    expect(conditionSentences([{ text, line: 1 }]).map((item) => item.text)).toEqual(conditions);
  });
});

describe('a scope that says what the project must be', () => {
  it.each([
    ['2020年1月1日以后开工的投资额500万元（含）以上的工业技术改造项目（以备案时间为准）。', true],
    ['已享受市级补助的项目，不得重复申报。', true],
    // Who applies, a bare programme name, a definition, or a call's addressees: a party as written.
    ['在本区注册的工业企业。', false],
    ['智能化改造项目', false],
    ['本次征集主要面向符合《资金管理办法》规定的项目。', false],
    ['相关项目是指2021年1月起启动的项目。', false],
    ['支持产业平台建设。指与《政策意见》第三条所对应的项目。', false],
  ])('%s → %s', (text, requirement) => {
    expect(isProjectRequirement(text)).toBe(requirement);
  });

  it('drafts such sentences under 申报范围 as conditions, and leaves no party', () => {
    const { spec } = draft(
      '关于某技改项目申报的通知',
      '一、申报范围',
      '2020年1月1日以后开工的投资额500万元（含）以上的工业技术改造项目。其中，跨年度项目须由属地部门出具核查意见。已享受市级补助的项目，不得重复申报。',
    );
    expect(spec.conditions).toEqual(['2020年1月1日以后开工的投资额500万元（含）以上的工业技术改造项目。', '其中，跨年度项目须由属地部门出具核查意见。', '已享受市级补助的项目，不得重复申报。']);
    expect(spec.parties ?? []).toEqual(['待补充：适用对象']);
  });
});

describe('the one line before a conditions list that names whom they are for', () => {
  it('is the party, not a condition', () => {
    const { spec } = draft(
      '某市见习补贴办事指南',
      '办理条件',
      '离校两年内未就业且自愿参加见习的高校毕业生（见习期间不参加社会保险）',
      '（1）已在本市进行失业登记；',
      '（2）在认定的见习基地参加见习。',
    );
    expect(spec.parties).toEqual(['离校两年内未就业且自愿参加见习的高校毕业生（见习期间不参加社会保险）']);
    expect(spec.conditions).toEqual(['已在本市进行失业登记', '在认定的见习基地参加见习。']);
  });

  it.each([
    ['在本区注册的科技型中小企业', true],
    ['申请人须符合以下条件：', false],
    ['同时满足下列条件的企业', false],
    ['申报单位应具备独立法人资格。', false],
  ])('%s → %s', (text, lead) => {
    expect(isPartyLead(text)).toBe(lead);
  });
});

describe('a sentence that is only the applicants, named by where they are registered', () => {
  it.each([
    ['某某度假区管辖范围内注册的非公企业，有特别说明的除外。', ['某某度假区管辖范围内注册的非公企业，有特别说明的除外。']],
    ['在本市依法登记的科技型中小企业。', ['在本市依法登记的科技型中小企业。']],
    // A sentence that goes on to say what they do is not only the applicants.
    ['在本区注册的企业，可于5月1日前登录系统提交申请。', []],
  ])('%s', (text, parties) => {
    expect(partySentences([{ text, line: 1 }]).map((item) => item.text)).toEqual(parties);
  });
});

describe('a parties section led by 对…的，给予…: the case is the party, the grant the reward, its numbered cases conditions', () => {
  it('splits the lead and moves the 某某的，应为… items to the conditions', () => {
    const { spec } = draftGuide(
      '某县就业补贴申领指南',
      '一、补贴对象',
      '对毕业3年内的高校毕业生、退役军人，在本县首次创办企业且正常经营6个月以上的，给予一次性创业补贴，标准为3000元。',
      '（一）高校毕业生创业的，应为毕业3年内在本县创办企业的普通高校毕业生。',
      '（二）退役军人创业的，应为退役后在本县创办企业的退役军人。',
    );
    expect(spec.parties).toEqual(['毕业3年内的高校毕业生、退役军人，在本县首次创办企业且正常经营6个月以上的']);
    expect(spec.conditions).toEqual(['高校毕业生创业的，应为毕业3年内在本县创办企业的普通高校毕业生。', '退役军人创业的，应为退役后在本县创办企业的退役军人。']);
    expect(spec.reward?.items).toEqual(['给予一次性创业补贴，标准为3000元。']);
  });

  it('keeps a later 对…的，给予… whole: one case of the reward among others, not the lead', () => {
    const { spec } = draftGuide(
      '某市奖励申报通知',
      '一、申报对象',
      '在本市注册的制造业企业。',
      '对获得国家级称号的企业，给予50万元奖励。',
    );
    expect(spec.parties).toEqual(['在本市注册的制造业企业。']);
  });

  it.each([
    ['对在本市首次创办企业的高校毕业生的，给予一次性补贴2000元。', { party: '在本市首次创办企业的高校毕业生的', grant: '给予一次性补贴2000元。' }],
    ['对退役军人创办企业且带动就业3人以上的，可给予最高10万元资助。', { party: '退役军人创办企业且带动就业3人以上的', grant: '可给予最高10万元资助。' }],
    // The case is the clause that ends in 的; a sentence that names its party otherwise stays whole.
    ['对符合条件的企业，可给予最高10万元资助。', undefined],
    // Nobody named in the case: no party to cut out.
    ['对新建项目的，给予10万元补助。', undefined],
    ['在本市注册的企业，给予10万元补助。', undefined],
  ])('caseAndGrant(%s)', (text, expected) => {
    expect(caseAndGrant(text)).toEqual(expected);
  });

  it.each([
    ['高校毕业生创业的，应为离校2年内的高校毕业生。', true],
    ['返乡农民工创业的，需自办理营业执照之日起正常运营1年以上。', true],
    ['申报企业须具有独立法人资格。', true],
    ['在本市注册的高新技术企业。', false],
    ['注册在本区的企业，应用场景包括制造业。', false],
  ])('isRequirementOfParty(%s) → %s', (text, expected) => {
    expect(isRequirementOfParty(text)).toBe(expected);
  });
});

describe('the offices\' duties under a 申报要求 heading are no conditions, also under a short name of their own', () => {
  it.each([
    ['加强组织领导。各板块科技部门要认真做好项目的组织推荐工作。', true],
    ['规范推荐程序。各板块要完善申报项目推荐程序。', true],
    ['各区科技部门负责审核本辖区申报材料。', true],
    // The applicants' own requirement, a quota of the offices said alone, and a name over the applicants stay as they were.
    ['严守诚信。申报单位须对材料的真实性负责。', false],
    ['每县（区）限报1项。', true],
    ['基本要求。企业应在本区注册。', false],
  ])('%s → %s', (text, duty) => {
    expect(isOfficeDuty(text)).toBe(duty);
  });

  it('drafts only the applicants\' conditions of such a section', () => {
    const { spec } = draft('某区科技资金申报通知', '一、申报条件', '1. 在本区注册的企业。', '2. 上年度研发投入不低于100万元。', '二、申报要求', '（一）加强组织领导。各板块科技部门要认真做好项目的组织推荐工作。', '（二）规范推荐程序。各板块要完善申报项目推荐程序。');
    expect(spec.conditions).toEqual(['在本区注册的企业。', '上年度研发投入不低于100万元。']);
  });
});

describe('a sentence that only asks for papers sets no condition', () => {
  it.each([
    ['申报单位需编制项目实施方案，并填写《项目申报表》。', true],
    ['上传材料包括项目申请表（盖章扫描件）和营业执照副本（原件扫描件）。', true],
    ['委托他人办理的，须同时提供《委托书》及代办人身份证件。', true],
    ['申报单位均需填写《某市科技项目申报书》（详见附件1）', true],
    // What the applicant must be or have done, and a ban on false papers, are conditions.
    ['申报主体须获评市级设计中心，且已于去年填报《运营监测表》；', false],
    ['申报单位必须自主申请，不得提供虚假材料。', false],
    ['申报单位应在本市注册，具有独立法人资格。', false],
  ])('%s → %s', (text, papers) => {
    expect(isPapersOnly(text)).toBe(papers);
  });

  it('moves such a sentence to the materials where nothing else names them', () => {
    const { spec } = draft('某省征集重点产业项目', '本报讯 某省发改委面向全省征集重点产业项目。', '申报单位应在本省注册，具有独立法人资格。', '各项目申报单位需编写项目建设方案，并填写《项目汇总表》。');
    expect(spec.conditions).toEqual(['申报单位应在本省注册，具有独立法人资格。']);
    expect(spec.materials).toEqual(['各项目申报单位需编写项目建设方案，并填写《项目汇总表》。']);
  });

  it('drops it from the conditions where a materials section lists the papers', () => {
    const { spec } = draft('某市奖励资金申报通知', '一、申报材料', '（一）奖励资金申请表；', '（二）营业执照。', '二、申报要求', '（一）申报单位须在本市注册。', '（二）上传附件包括奖励资金申请表（盖章扫描件）和营业执照副本（原件扫描件）。');
    expect(spec.conditions).toEqual(['申报单位须在本市注册。']);
    expect(spec.materials).toEqual(['奖励资金申请表', '营业执照。']);
  });
});

describe('a requirement run into the party\'s item is a condition; the party keeps its own words', () => {
  it.each([
    ['某区范围内注册企业，申报省级工程中心的企业应建有市级工程中心。', { party: '某区范围内注册企业', requirement: '申报省级工程中心的企业应建有市级工程中心。' }],
    ['本办法适用于在本区注册的氢能企业或机构。申请本办法扶持的氢能企业或机构必须依法经营。', { party: '本办法适用于在本区注册的氢能企业或机构。', requirement: '申请本办法扶持的氢能企业或机构必须依法经营。' }],
    // A party named by its requirement alone, and a deadline of the applicant, stay whole.
    ['申报“一区多园”政策的企业，其注册地应在分园范围内。', undefined],
    ['在本市注册的企业，申报的企业须于3月1日前提交申请。', undefined],
  ])('%s', (text, split) => {
    expect(partyAndRequirement(text)).toEqual(split);
  });

  it('drafts the two parts into the parties and the conditions', () => {
    const { spec } = draft('某区工程中心申报通知', '一、申报对象', '某区范围内注册企业，申报省级工程中心的企业应建有已验收的市级工程中心。', '二、申报材料', '1. 企业基本信息表。');
    expect(spec.parties).toEqual(['某区范围内注册企业']);
    expect(spec.conditions).toEqual(['申报省级工程中心的企业应建有已验收的市级工程中心。']);
  });
});

describe('where no section lists conditions, a sentence that holds the applicant to a cited document\'s conditions is one', () => {
  const conditionsOf = (...texts: string[]) => conditionSentences(lines(...texts)).map((item) => item.text);
  it.each([
    ['一、符合《通知》申报范围和申报条件的中小企业可按自愿原则申报复核。', ['符合《通知》申报范围和申报条件的中小企业可按自愿原则申报复核。']],
    ['申报示范企业应符合《实施细则》规定的条件，并按要求编写申报书。', ['申报示范企业应符合《实施细则》规定的条件，并按要求编写申报书。']],
    ['根据《某省企业技术中心认定管理办法》（某工信〔2020〕9号）规定的基本条件及要求申报。', ['根据《某省企业技术中心认定管理办法》（某工信〔2020〕9号）规定的基本条件及要求申报。']],
    ['拟申请项目必须满足《某某发展规划》等相关政策规划要求。', ['拟申请项目必须满足《某某发展规划》等相关政策规划要求。']],
    // A request to the addressees, and how to fill in the forms, are no conditions.
    ['请各有关单位按照《通知》的要求，认真组织好申报工作。', []],
    ['（二）请各申报单位根据《某区申报指南》要求认真填报。', []],
  ])('%s', (text, conditions) => {
    expect(conditionsOf(text)).toEqual(conditions);
  });
});

describe('a bar or a requirement under a parties heading is a condition, not a party', () => {
  it.each([
    ['参展单位近三年无严重失信行为。', true],
    ['评价为D级的企业及列入严重失信名单企业不得享受该政策。', true],
    ['未被列入经营异常名录。', true],
    // Who applies, said plainly, stays a party.
    ['在本市注册的中小企业。', false],
    ['本市高新技术企业和专精特新企业。', false],
  ])('%s → %s', (text, bar) => {
    expect(isRequirementOfParty(text)).toBe(bar);
  });

  it.each([
    ['资金申报企业应在我市注册纳税，具有独立法人资格。', true],
    ['申报单位须具备独立法人资格。', true],
    // 须为 / 应是 say who the applicant is.
    ['申报企业须为本市中小企业。', false],
    ['申报单位应是在本区注册的企业。', false],
    ['在本市注册的企业。', false],
  ])('%s → %s', (text, requirement) => {
    expect(isApplicantRequirement(text)).toBe(requirement);
  });

  it('drafts the party sentence as the party and the bar after it as a condition', () => {
    const { spec } = draft('某某展会项目申报通知', '一、申报主体', '在本省注册且参加本批展会的单位。', '参展单位近三年无严重失信行为。', '二、支持内容', '按展位费的50%给予支持。');
    expect(spec.parties).toEqual(['在本省注册且参加本批展会的单位。']);
    expect(spec.conditions).toEqual(['参展单位近三年无严重失信行为。']);
  });

  it('moves a first item that opens with the applicant and what it must do to the conditions', () => {
    const { spec } = draft('某某资金申报通知', '一、申报范围', '（一）资金申报企业应在我市注册纳税，具有独立法人资格，正常经营一年以上。', '二、支持内容', '按项目投资额的10%给予补助。');
    expect(spec.conditions).toEqual(['资金申报企业应在我市注册纳税，具有独立法人资格，正常经营一年以上。']);
    expect(spec.parties).toEqual(['待补充：适用对象']);
  });
});
