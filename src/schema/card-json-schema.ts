/**
 * The published JSON Schema of card spec v1, derived from the zod schema so the two never
 * disagree. Field descriptions carry the Chinese labels, which editors show on hover.
 */
import { z } from 'zod';
import { configSchema } from '../config/load-config.js';
import { cardSchemaFor, type SpecLimits } from '../spec/card-schema.js';

const DESCRIPTIONS: Record<string, string> = {
  id: '编号：输出文件名，小写字母、数字、- 和 _（默认取文件名）',
  title: '政策名称',
  issuer: '发文单位',
  docNo: '文号，如 苏工信规〔2026〕1号',
  category: '政策类别，如 智改数转、人才、稳岗',
  summary: '一句话解读',
  edition: '版本日期，如 2026-03-31（也可写 2026/3/31、2026.3.31、2026年3月31日，生成时统一为 YYYY-MM-DD）',
  parties: '适用对象',
  conditions: '申报条件',
  materials: '申报材料',
  process: '申报流程：每步为文字，或 {"title","detail"}',
  reward: '奖补标准：headline 最高奖补，items 明细，table 档次表',
  period: '申报时间：start/end 为日期（如 2026-03-31 或 2026年3月31日），note 如 常年受理',
  contacts: '咨询方式',
  qr: '二维码：一个或两个 {"url","caption","purpose"}，可选 errorCorrection（L/M/Q/H）、dark/light（#rrggbb，对比度 ≥ 4:1）、logo（中心标志，强制 H）',
  logo: '发文单位标志图片（PNG/JPEG，相对卡片文件的路径）',
  template: '模板名（覆盖批量默认值）',
  theme: '主题名（覆盖批量默认值）',
};

/** The JSON Schema of card specs; `schema/card.schema.json` is the one of the default limits. */
export function cardJsonSchema(limits?: SpecLimits): Record<string, unknown> {
  const schema = z.toJSONSchema(cardSchemaFor(limits), { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const [key, description] of Object.entries(DESCRIPTIONS)) {
    const property = schema.properties[key];
    if (property) property['description'] = description;
  }
  return {
    $schema: schema['$schema'],
    $id: 'https://policy-card.local/schema/card.schema.json',
    title: '政策明白卡 card spec v1',
    ...schema,
  };
}

const CONFIG_DESCRIPTIONS: Record<string, string> = {
  template: '默认模板 default template',
  theme: '默认主题 default theme: default, red, green, elder',
  brandColor: '品牌色 #rrggbb，替换主题主色',
  logo: '默认标志图片（PNG/JPEG，相对配置文件）',
  locale: '标签语言 zh-CN / zh-TW / en',
  formats: '输出格式 png / svg',
  out: '输出文件夹（相对配置文件）',
  templatesDir: '自定义模板文件夹（相对配置文件）',
  cards: '未指定路径时生成的卡片文件或文件夹',
  qr: '二维码默认样式：errorCorrection（L/M/Q/H）、dark/light（#rrggbb，对比度 ≥ 4:1）、logo（中心标志，相对配置文件，强制 H）、caption（说明文字，或按用途分别设置）',
  site: '详情站点：baseUrl（build 与 site 共用）、utm（二维码网址追加的查询串）、qrTarget（spec / site）',
  limits:
    '安全限值，超限时信息写明是哪一项：specFileKb 卡片文件、logoKb/logoPixels 标志图片、renderTimeoutSec 单张渲染时限、fieldChars 各字段字数、listItems 各列表项数、outputMegapixels 输出图片和打印页的像素（百万）、documentMb draft 读取的政策文件大小（MB）、documentSeconds draft 读取一个 PDF 或 .docx 的时限（秒）、documentMemoryMb draft 读取一个 PDF 或 .docx 可用的内存（MB）、pageHeight 手机长图每页的最大高度（像素，更长时分页）',
};

/** JSON Schema of policy-card.config.json. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const [key, description] of Object.entries(CONFIG_DESCRIPTIONS)) {
    const property = schema.properties[key];
    if (property) property['description'] = description;
  }
  return { $schema: schema['$schema'], $id: 'https://policy-card.local/schema/config.schema.json', title: 'policy-card.config.json', ...schema };
}
