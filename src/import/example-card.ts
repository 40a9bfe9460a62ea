/**
 * The example row of the sheet template: a complete, valid card that shows every way of filling
 * a cell. Its id, `shili-…` (示例), marks it: a sheet imported with the example row still in it
 * would print a card that nobody meant to publish, so import warns about it (rows-to-specs.ts).
 */
import type { CardSpec } from '../spec/card-schema.js';

/** The example row: a complete, valid card that shows every way of filling a cell. */
export const EXAMPLE_CARD: CardSpec = {
  id: 'shili-wengang-butie',
  title: '稳岗补贴（示例，请改写或删除本行）',
  issuer: '苏州市人力资源和社会保障局、苏州市财政局',
  docNo: '苏人社规〔2026〕3号',
  category: '稳岗',
  summary: '参保企业不裁员或少裁员，就能拿回一部分失业保险费。',
  edition: '2026-01-20',
  parties: ['在苏州市参加失业保险的企业、社会组织和个体工商户'],
  conditions: ['上年度足额缴纳失业保险费满12个月', '上年度未裁员或裁员率不高于控制目标', '申请时处于正常生产经营状态，未被列入严重失信名单'],
  materials: ['无需提交材料，系统自动比对'],
  process: [{ title: '系统比对', detail: '人社部门比对参保和裁员数据' }, '短信通知', '网上确认', '资金到账'],
  reward: {
    headline: '最高返还60%',
    items: ['大型企业按上年度实际缴纳失业保险费的30%返还', '中小微企业按60%返还'],
    table: { columns: ['企业类型', '返还比例'], rows: [['大型企业', '30%'], ['中小微企业', '60%']] },
  },
  period: { start: '2026-03-01', end: '2026-12-31', note: '常年受理，按季度集中审核' },
  contacts: [
    { name: '市失业保险管理中心', phone: '12333' },
    { name: '市人社局就业促进处', phone: '0512-65220000', address: '苏州市姑苏区三香路120号' },
  ],
  qr: [
    { url: 'https://hrss.suzhou.gov.cn/wgfh/zcwj.html', caption: '扫码查看政策原文', purpose: '原文' },
    { url: 'https://hrss.suzhou.gov.cn/wgfh/index.html', purpose: '申报入口' },
  ],
};

/** Key order does not matter when comparing a row with the example. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

/**
 * Whether a spec read from a sheet row is the template's example: `unchanged` when it is the
 * example as written, `id` when the row was rewritten but still carries the example's id.
 */
export function exampleRowKind(spec: Record<string, unknown>): 'unchanged' | 'id' | undefined {
  if (spec['id'] !== EXAMPLE_CARD.id) return undefined;
  return stableJson(spec) === stableJson(EXAMPLE_CARD) ? 'unchanged' : 'id';
}
