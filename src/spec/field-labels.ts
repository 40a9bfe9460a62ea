/**
 * Human names of card fields, so that an error points at 申报条件 第3项 rather than only at
 * `/conditions/2`. Index words depend on the list: steps are 第N步, everything else 第N项.
 */
import type { Localized } from '../errors.js';

const FIELD_LABELS: Record<string, Localized> = {
  $schema: { zh: '$schema', en: '$schema' },
  id: { zh: '编号', en: 'id' },
  title: { zh: '政策名称', en: 'title' },
  issuer: { zh: '发文单位', en: 'issuer' },
  docNo: { zh: '文号', en: 'document number' },
  category: { zh: '政策类别', en: 'category' },
  summary: { zh: '一句话解读', en: 'summary' },
  edition: { zh: '版本日期', en: 'edition date' },
  parties: { zh: '适用对象', en: 'eligible parties' },
  conditions: { zh: '申报条件', en: 'conditions' },
  materials: { zh: '申报材料', en: 'materials' },
  process: { zh: '申报流程', en: 'process' },
  reward: { zh: '奖补标准', en: 'reward' },
  headline: { zh: '最高奖补', en: 'headline' },
  items: { zh: '明细', en: 'items' },
  table: { zh: '档次表', en: 'tier table' },
  columns: { zh: '表头', en: 'columns' },
  rows: { zh: '表格行', en: 'rows' },
  period: { zh: '申报时间', en: 'application period' },
  start: { zh: '开始日期', en: 'start date' },
  end: { zh: '截止日期', en: 'end date' },
  note: { zh: '说明', en: 'note' },
  contacts: { zh: '咨询方式', en: 'contacts' },
  name: { zh: '名称', en: 'name' },
  phone: { zh: '电话', en: 'phone' },
  address: { zh: '地址', en: 'address' },
  qr: { zh: '二维码', en: 'QR code' },
  url: { zh: '链接', en: 'URL' },
  caption: { zh: '说明文字', en: 'caption' },
  purpose: { zh: '用途', en: 'purpose' },
  logo: { zh: '标志图片', en: 'logo' },
  errorCorrection: { zh: '纠错等级', en: 'error correction' },
  dark: { zh: '深色', en: 'dark colour' },
  light: { zh: '浅色', en: 'light colour' },
  template: { zh: '模板', en: 'template' },
  theme: { zh: '主题', en: 'theme' },
  detail: { zh: '说明', en: 'detail' },
  // Keys of policy-card.config.json that cards do not have.
  limits: { zh: '安全限值', en: 'limits' },
  fieldChars: { zh: '文字长度', en: 'field length' },
  listItems: { zh: '列表项数', en: 'list length' },
  draft: { zh: '起草', en: 'draft' },
  defaults: { zh: '默认值', en: 'defaults' },
  llm: { zh: '模型服务', en: 'language model' },
  model: { zh: '模型名称', en: 'model name' },
  apiKeyEnv: { zh: '密钥环境变量', en: 'key variable' },
};

/** The field whose Chinese label is `label` (政策名称 → title), for suggesting a key written in Chinese. */
export function fieldForChineseLabel(label: string): string | undefined {
  return Object.keys(FIELD_LABELS).find((key) => FIELD_LABELS[key]?.zh === label && key !== '$schema');
}

/** JSON Pointer for a path, `/conditions/2`; the whole document is `/`. */
export function toPointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '/';
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `申报条件 第3项` / `conditions item 3` for `['conditions', 2]`. */
export function labelForPath(path: readonly PropertyKey[]): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  let listName: string | undefined;
  for (const part of path) {
    if (typeof part === 'number') {
      const isStep = listName === 'process';
      const isRow = listName === 'rows';
      zh.push(isStep ? `第${part + 1}步` : isRow ? `第${part + 1}行` : `第${part + 1}项`);
      en.push(isStep ? `step ${part + 1}` : isRow ? `row ${part + 1}` : `item ${part + 1}`);
      listName = isRow ? 'row' : undefined;
    } else {
      const key = String(part);
      // hasOwn: a key such as `__proto__` must not find Object.prototype.
      const label = Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined;
      zh.push(label ? label.zh : key);
      en.push(label ? label.en : key);
      listName = key;
    }
  }
  return { zh: zh.join(' '), en: en.join(' ') };
}
