/**
 * A policy list as staff really keep it: a merged title row above the headers, a 序号 and a
 * 备注 column the cards do not use, an issuer merged over two rows, multi-line and numbered
 * cells, `；` separators, dates as a date cell, a bare serial number, 2026/3/31 and
 * 2026年3月31日, an empty row, a hyperlink cell and one invalid row (row 7). A 填写说明 sheet
 * comes first, as in many office workbooks.
 */
import type { TestSheet } from '../helpers/sheets.js';

export const HEADERS = ['序号', '政策名称', '发文单位', '申报条件', '适用对象', '申报流程', '奖补标准', '奖补金额', '申报开始', '申报截止', '受理时间', '咨询部门', '咨询电话', '政策链接', '申报入口', '备注'];

/** Row `n` of the sheet as an array A…P, from a partial record of header → value. */
function row(values: Record<string, unknown>): unknown[] {
  return HEADERS.map((header) => (header in values ? values[header] : null));
}

export const POLICY_SHEETS: TestSheet[] = [
  { name: '填写说明', rows: [['本表由企业服务中心维护，每季度更新'], ['联系人：张三']] },
  {
    name: '政策清单',
    merges: ['A1:P1', 'C3:C4'],
    rows: [
      ['2026年苏州市惠企政策清单'],
      HEADERS,
      row({
        序号: 1,
        政策名称: '智能化改造数字化转型项目奖补',
        发文单位: '苏州市工业和信息化局、苏州市财政局',
        申报条件: '项目于2025年度完成并投入使用\r\n设备（含软件）投入不低于300万元\n\n近三年无重大安全生产事故',
        适用对象: '1. 在苏州市注册的工业企业\n2. 软件和信息技术服务企业',
        申报流程: '网上申报→属地初审→专家评审→公示下达',
        奖补标准: '1、按设备投入的10%给予奖补；\n2、最高500万元。',
        奖补金额: '最高500万元',
        申报开始: new Date(Date.UTC(2026, 2, 1)),
        申报截止: '2026/4/30',
        咨询部门: '市工信局技术改造处',
        咨询电话: '0512-68616000',
        政策链接: 'https://gxj.suzhou.gov.cn/szeic/zcwj/2026/zgsz.html',
        备注: '重点推荐',
      }) as never,
      row({
        序号: 2,
        政策名称: '苏州市人才安居补贴',
        申报条件: '（1）与苏州市用人单位签订3年以上劳动合同（2）连续缴纳社会保险满6个月；（3）本人及配偶在苏州市区无自有住房',
        适用对象: '①经认定的A、B、C、D类人才②在苏州市全职工作的人才',
        申报流程: '1.人才层次认定\n2.单位网上推荐\n3.人才办审核：审核材料，5个工作日\n4.公示发放',
        奖补标准: '购房补贴与租房补贴不可同时享受；购房补贴分5年发放；租房补贴按年发放',
        奖补金额: '最高300万元',
        申报开始: 46082,
        申报截止: '2026年3月31日',
        咨询部门: '市人才服务中心',
        咨询电话: '0512-65221000',
        申报入口: { text: '点击申报', hyperlink: 'https://rsj.suzhou.gov.cn/szrsj/rcaj/index.html' },
      }) as never,
      undefined,
      row({
        序号: 3,
        政策名称: '稳岗补贴',
        发文单位: '苏州市人力资源和社会保障局',
        申报条件: '上年度足额缴纳失业保险费满12个月\n裁员率不高于5.5%，或30人以下企业裁员不超过参保职工总数的20%',
        适用对象: '在苏州市参加失业保险的企业',
        申报流程: '系统比对\n短信通知\n网上确认',
        奖补标准: '中小微企业返还60%\n大型企业返还30%',
        受理时间: '常年受理',
        咨询部门: '市失业保险管理中心\n市人社局失业保险处',
        咨询电话: '12333\n0512-65220000',
        政策链接: '扫码查看政策原文 https://hrss.suzhou.gov.cn/wg/zcwj.html',
        申报入口: 'https://hrss.suzhou.gov.cn/wg/sb.html',
      }) as never,
      row({
        序号: 4,
        政策名称: '首台（套）重大装备保险补偿',
        发文单位: '苏州市工业和信息化局',
        适用对象: '首台（套）装备制造企业',
        申报流程: '企业申报→属地审核',
        奖补标准: '按保费的80%补贴',
        申报截止: '常年受理',
        政策链接: 'https://gxj.suzhou.gov.cn/stt.html',
      }) as never,
    ],
  },
];

/** The specs rows 3, 4 and 6 must give, exactly. */
export const EXPECTED_SPECS = [
  {
    id: 'zhi-neng-hua-gai-zao-shu-zi-hua-zhuan-xing-xiang-mu-jiang-bu',
    title: '智能化改造数字化转型项目奖补',
    issuer: '苏州市工业和信息化局、苏州市财政局',
    parties: ['在苏州市注册的工业企业', '软件和信息技术服务企业'],
    conditions: ['项目于2025年度完成并投入使用', '设备（含软件）投入不低于300万元', '近三年无重大安全生产事故'],
    process: ['网上申报', '属地初审', '专家评审', '公示下达'],
    reward: { headline: '最高500万元', items: ['按设备投入的10%给予奖补', '最高500万元。'] },
    period: { start: '2026-03-01', end: '2026-04-30' },
    contacts: [{ name: '市工信局技术改造处', phone: '0512-68616000' }],
    qr: { url: 'https://gxj.suzhou.gov.cn/szeic/zcwj/2026/zgsz.html', purpose: '原文' },
  },
  {
    id: 'su-zhou-shi-ren-cai-an-ju-bu-tie',
    title: '苏州市人才安居补贴',
    issuer: '苏州市工业和信息化局、苏州市财政局',
    parties: ['经认定的A、B、C、D类人才', '在苏州市全职工作的人才'],
    conditions: ['与苏州市用人单位签订3年以上劳动合同', '连续缴纳社会保险满6个月', '本人及配偶在苏州市区无自有住房'],
    process: ['人才层次认定', '单位网上推荐', { title: '人才办审核', detail: '审核材料，5个工作日' }, '公示发放'],
    reward: { headline: '最高300万元', items: ['购房补贴与租房补贴不可同时享受', '购房补贴分5年发放', '租房补贴按年发放'] },
    period: { start: '2026-03-01', end: '2026-03-31' },
    contacts: [{ name: '市人才服务中心', phone: '0512-65221000' }],
    qr: { url: 'https://rsj.suzhou.gov.cn/szrsj/rcaj/index.html', purpose: '申报入口' },
  },
  {
    id: 'wen-gang-bu-tie',
    title: '稳岗补贴',
    issuer: '苏州市人力资源和社会保障局',
    parties: ['在苏州市参加失业保险的企业'],
    conditions: ['上年度足额缴纳失业保险费满12个月', '裁员率不高于5.5%，或30人以下企业裁员不超过参保职工总数的20%'],
    process: ['系统比对', '短信通知', '网上确认'],
    reward: { items: ['中小微企业返还60%', '大型企业返还30%'] },
    period: { note: '常年受理' },
    contacts: [
      { name: '市失业保险管理中心', phone: '12333' },
      { name: '市人社局失业保险处', phone: '0512-65220000' },
    ],
    qr: [
      { url: 'https://hrss.suzhou.gov.cn/wg/zcwj.html', caption: '扫码查看政策原文', purpose: '原文' },
      { url: 'https://hrss.suzhou.gov.cn/wg/sb.html', purpose: '申报入口' },
    ],
  },
];

/** What row 7 must report, in Chinese and in English. */
export const ROW_7_ERRORS = {
  zh: [
    '政策清单!D7 申报条件: 不能为空',
    '政策清单!J7 申报截止: 应为日期（如 2026/3/31、2026-03-31 或 2026年3月31日），收到文本 "常年受理"（4字）；“常年受理”等文字请写在“受理时间”列',
  ],
  en: [
    '政策清单!D7 申报条件: must not be empty',
    '政策清单!J7 申报截止: expected a date (e.g. 2026/3/31, 2026-03-31 or 2026年3月31日), received text "常年受理" (4 characters); words such as 常年受理 go in the “受理时间” column',
  ],
};
