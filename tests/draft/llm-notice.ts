/**
 * A notice whose rule-based draft has gaps a second reader can fill: no 申报流程 section (the
 * rules leave a placeholder), no materials, and a condition under a heading that is no card
 * field (四、温馨提示). With the model answers the tests give.
 */

export const LLM_NOTICE = [
  '苏州市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知',
  '苏科规〔2026〕2号',
  '一、申报对象',
  '在苏州市注册、具有独立法人资格的企业。',
  '二、申报条件',
  '1.2025年度列入高新技术企业培育库；',
  '2.近三年无严重失信记录。',
  '三、奖励标准',
  '对新认定的培育企业给予10万元奖励。',
  '四、温馨提示',
  '企业须在苏州市依法纳税，且上年度研发费用不低于200万元。',
  '请企业先在线填写申请表，再由区科技局审核推荐。',
].join('\n');

/** The fields of ANSWER_SCHEMA, all empty: what a model answers for a field it does not find. */
export const EMPTY_ANSWER = {
  title: '',
  issuer: '',
  docNo: '',
  parties: [] as string[],
  conditions: [] as string[],
  process: [] as string[],
  materials: [] as string[],
  reward: { headline: '', items: [] as string[], table: { columns: [] as string[], rows: [] as string[][] } },
  period: { start: '', end: '', note: '', quote: '' },
  contacts: [] as Array<{ name: string; phone: string; address: string }>,
};

/** A careful model: every value copied from LLM_NOTICE (two conditions the rules have, one they missed). */
export const GOOD_ANSWER = {
  ...EMPTY_ANSWER,
  title: '苏州市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知',
  issuer: '苏州市科学技术局',
  conditions: ['2025年度列入高新技术企业培育库', '近三年无严重失信记录', '企业须在苏州市依法纳税，且上年度研发费用不低于200万元'],
  process: ['企业在线填写申请表', '区科技局审核推荐'],
  materials: ['申请表'],
};

/** A model that invents: a condition that is nowhere in the notice, and a reward with its amount changed. */
export const INVENTED_ANSWER = {
  ...GOOD_ANSWER,
  conditions: [...GOOD_ANSWER.conditions, '企业上年度营业收入不低于5000万元'],
  reward: { ...EMPTY_ANSWER.reward, items: ['对新认定的培育企业给予50万元奖励。'] },
};
