/**
 * Which headings of a policy document feed which card field: data, not code. A heading maps
 * to the field whose synonym it contains (the longest synonym found wins, so 申报材料 beats
 * 申报). Add the wording of a new office here; no rule needs to change.
 */

export type DraftField = 'parties' | 'conditions' | 'reward' | 'process' | 'materials' | 'contacts' | 'period';

/** Synonyms per card field, in the width-normalised spelling (`：` `（` `）` full-width). */
export const FIELD_SYNONYMS: Readonly<Record<DraftField, readonly string[]>> = {
  parties: [
    '申报对象',
    '支持对象',
    '申报主体',
    '适用范围',
    '适用对象',
    '扶持对象',
    '奖励对象',
    '补贴对象',
    '资助对象',
    '申请对象',
    '申请主体',
    '实施对象',
    '服务对象',
    '享受对象',
    '认定对象',
    '申报范围',
    '支持范围',
    // 推荐/征集 notices (an office nominates firms, a fund calls for projects) name their applicants so.
    '推荐范围',
    '推荐对象',
    '征集范围',
    '征集对象',
    // The kinds of people or firms that may apply (高层次人才、重点企业人才…).
    '申请类别',
    '人才类别',
  ],
  conditions: [
    '申报条件',
    '基本条件',
    '申报要求',
    '支持条件',
    '申请条件',
    '认定条件',
    '具体条件',
    '资格条件',
    '必备条件',
    '申报资格',
    '补贴条件',
    '奖励条件',
    '享受条件',
    '扶持条件',
    '资助条件',
    '认定标准',
    '评审条件',
    '评审标准',
    '入库标准',
    '准入标准',
    // What is required of the applicant is a condition, though the heading names the applicant.
    '申报主体要求',
    '申请主体要求',
    '申报对象要求',
    // A service portal's 受理标准 is what an application must meet to be accepted: its conditions.
    '受理标准',
    '受理条件',
  ],
  reward: [
    '支持标准',
    '奖励标准',
    '奖励事项',
    '扶持政策',
    '扶持标准',
    '资助标准',
    '奖励范围及额度',
    '支持内容',
    '支持方式',
    '奖补标准',
    '补贴标准',
    '奖励内容',
    '资助内容',
    '扶持内容',
    '支持政策',
    '奖励政策',
    '政策内容',
    '补助标准',
    '奖励办法',
    '资金支持',
    '支持额度',
    '奖励额度',
    '资助额度',
    '补贴额度',
    '奖励金额',
    '扶持方式',
    '资助方式',
    '奖补方式',
    '补贴内容',
    '政策标准',
    // How money is paid is the reward, not a way to apply (方式 alone is the process).
    '补贴方式',
    '奖励方式',
    '补助方式',
    '发放方式',
  ],
  process: [
    '申报程序',
    '申报流程',
    '申报方式',
    '办理流程',
    '审批程序',
    '申请流程',
    '申请程序',
    '申请方式',
    '办理程序',
    '工作流程',
    '评审程序',
    '评审流程',
    '受理方式',
    '审核流程',
    '申报步骤',
    '兑现流程',
    '兑现程序',
    '操作流程',
    '办理方式',
    '申报途径',
    '申领程序',
    '缴费方式',
    '缴费渠道',
    '受理渠道',
    '登记渠道',
    '参保方式',
    '申请渠道',
    '申报渠道',
    '办理渠道',
    '申领流程',
    '办理步骤',
    '申请步骤',
    // 四、申领方法, 二、推荐申报方法: how to apply (not 计算方法, how a figure is computed).
    '申报方法',
    '申领方法',
    '申请方法',
    '办理方法',
  ],
  materials: ['申报材料', '提交材料', '所需材料', '申请材料', '报送材料', '材料清单', '申报资料', '提供材料', '需提供材料', '佐证材料', '证明材料', '申请资料', '所需资料', '提交资料', '资料清单'],
  contacts: ['联系方式', '咨询电话', '联系人', '联系咨询方式', '业务部门科室', '咨询方式', '联系电话', '咨询联系', '业务咨询', '政策咨询', '联系地址', '咨询单位', '受理部门', '咨询部门', '受理单位', '受理机构', '受理地点', '办理地点'],
  period: ['申报时间', '受理时间', '申报期限', '申报日期', '申请时间', '截止时间', '截止日期', '申报截止', '受理期限', '办理时间', '申报时限', '受理时限'],
};

/**
 * Words that name a field without being a full synonym (申请奖励需提交的材料, 申报范围和条件). A
 * heading names every field whose synonym or word it holds; FIELD_PRECEDENCE picks one.
 */
export const FIELD_KEYWORDS: ReadonlyArray<readonly [string, DraftField]> = [
  ['条件', 'conditions'],
  ['材料', 'materials'],
  // Not 程序 alone: 考核程序 and 资金拨付程序 are the office's procedures, not how to apply.
  ['流程', 'process'],
  ['联系', 'contacts'],
  ['咨询', 'contacts'],
  ['对象', 'parties'],
  ['奖励标准', 'reward'],
  ['补贴标准', 'reward'],
  ['资助标准', 'reward'],
  ['奖补', 'reward'],
  ['时间', 'period'],
  ['期限', 'period'],
];

/**
 * Words that name a field only when the heading ends with them and names nothing else: 社会救助标准
 * and 租金标准 state what the policy pays or charges, while 标准执行时间 is about dates; 认证方式 and
 * 线上办理 say how to do what the notice asks, while 联系方式 and 支持方式 name their own field.
 */
export const FIELD_ENDINGS: ReadonlyArray<readonly [string, DraftField]> = [
  ['标准', 'reward'],
  // A notice without 申报 headings (a 通告 on 认证方式, 如何办理) still says how to do it.
  ['方式', 'process'],
  ['办理', 'process'],
  // 补助额度, 贷款额度: how much the policy gives (not 金额: 经费总金额 names an indicator).
  ['额度', 'reward'],
];

/**
 * Word classes: the head noun a short heading ends with names its field (政策惠及人群范围 → parties,
 * 参保要求 → conditions, 办理指引 → process), once the words before it are only the verbs of applying
 * (VERB_PREFIXES) or other nouns of the same class. Read after the synonyms, keywords and endings,
 * and only when they name nothing: a general rule for wordings no table lists. Classes that cost
 * precision on the corpus are left out (标准/金额/补贴/奖励 → reward drafted the standards of
 * other things; 电话 is read by the phone finder; 申请资格 of a school-place guide heads who may
 * apply mixed with the places on offer; 方法 added 3 matched of 5 drafted items, below the corpus's
 * precision). Measured by dropping each field's class over the corpus of 58: parties +4/+4,
 * conditions +4/+4, process (指引, 途径…) +4/+4 matched/drafted.
 */
export const HEAD_NOUN_CLASSES: ReadonlyArray<readonly [string, DraftField]> = [
  ['对象', 'parties'],
  ['人群', 'parties'],
  ['人员', 'parties'],
  ['范围', 'parties'],
  ['主体', 'parties'],
  ['条件', 'conditions'],
  ['要求', 'conditions'],
  ['方向', 'conditions'],
  ['材料', 'materials'],
  ['资料', 'materials'],
  ['证件', 'materials'],
  ['清单', 'materials'],
  ['流程', 'process'],
  ['程序', 'process'],
  ['步骤', 'process'],
  ['指引', 'process'],
  ['方式', 'process'],
  ['渠道', 'process'],
  ['途径', 'process'],
  ['办理', 'process'],
  ['申领', 'process'],
  ['时间', 'period'],
  ['期限', 'period'],
  ['咨询', 'contacts'],
  ['联系', 'contacts'],
];

/**
 * The verbs and set phrases that stand before a head noun without changing what it names: 申报,
 * 参保, 享受, 政策惠及, 所需. Anything else before the noun (其他要求, 工作要求, 考核程序) keeps the
 * heading unclassed.
 */
export const VERB_PREFIXES: readonly string[] = ['征集', '支持', '政策惠及', '政策适用', '政策享受', '适用', '惠及', '申报', '申领', '申请', '办理', '参保', '享受', '领取', '缴费', '补缴', '备案', '登记', '认定', '入库', '受理', '所需', '需要', '必备', '网上', '线上', '线下', '具体'];

/**
 * Verbs of applying that make the words before them a sentence's subject, not a heading run into
 * its text: （一）申报主体登录平台在线填报… is a step of the process, done by the applicant.
 */
export const SUBJECT_VERBS: readonly string[] = ['登录', '登陆', '提交', '填报', '报送', '上传', '下载', '携带'];

/**
 * Labels of a page's asides: notes for the reader (★小贴士, 温馨提示) between or after the steps.
 * What they hold explains a step or a special case; it is neither a step nor a paper to bring.
 */
export const ASIDE_LABELS: readonly string[] = ['温馨提示', '温馨提醒', '小贴士', '小提示', '特别提醒', '特别提示', '友情提示', '友情提醒'];

/**
 * Headings about the paperwork or the office's own duties rather than the policy: they name a
 * field word (申报材料制作要求) but hold no card content.
 */
// A guide's fee (收费标准：不收费, 是否收费) is what the office charges, never a reward; its 办理时限 is the office's term.
export const NOT_A_FIELD: readonly string[] = ['收费', '办理时限', '承诺时限', '法定时限', '制作要求', '装订', '格式要求', '注意事项', '工作要求', '有关要求', '组织实施', '保障措施', '工作职责', '职责分工', '监督管理', '附则', '总则', '责任追究', '资金管理', '绩效评价', '评分标准'];

/**
 * When one heading names both fields of a pair, the first of the pair wins over the field named
 * first: under 申报对象及条件 or 申报范围和条件 the items are conditions, under 申报时间和程序 steps.
 */
export const FIELD_PRECEDENCE: ReadonlyArray<readonly [DraftField, DraftField]> = [
  ['conditions', 'parties'],
  // Under 申报时间和程序 the items are steps (申报时间为…, 申报方式…); the dates are found in any section.
  ['process', 'period'],
];
