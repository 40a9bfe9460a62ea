/**
 * Field and list lengths as configuration: every configurable limit, when hit, names itself
 * (`limits.fieldChars.title`) and the value; raising it lets a longer field through, lowering
 * it refuses one that the defaults accept.
 */
import { describe, expect, it } from 'vitest';
import { resolveLimits, type LimitsConfig } from '../../src/limits.js';
import { cardJsonSchema } from '../../src/schema/card-json-schema.js';
import { cardSchema, cardSchemaFor, FIELD_CHAR_KEYS, LIMITS, LIST_ITEM_KEYS, type FieldCharKey, type ListItemKey } from '../../src/spec/card-schema.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { minimalSpec } from '../helpers/cards.js';

type Key = FieldCharKey | ListItemKey;

/** Where each limit applies: the field it sets, the JSON pointer and label of the message. */
const WHERE: Record<Key, { put: (spec: Record<string, unknown>, size: number) => void; at: string }> = {
  title: { put: (spec, size) => (spec['title'] = chars(size)), at: '/title (政策名称)' },
  issuer: { put: (spec, size) => (spec['issuer'] = chars(size)), at: '/issuer (发文单位)' },
  docNo: { put: (spec, size) => (spec['docNo'] = chars(size)), at: '/docNo (文号)' },
  category: { put: (spec, size) => (spec['category'] = chars(size)), at: '/category (政策类别)' },
  summary: { put: (spec, size) => (spec['summary'] = chars(size)), at: '/summary (一句话解读)' },
  listItem: { put: (spec, size) => (spec['conditions'] = ['条件一', chars(size)]), at: '/conditions/1 (申报条件 第2项)' },
  stepTitle: { put: (spec, size) => (spec['process'] = [chars(size)]), at: '/process/0 (申报流程 第1步)' },
  stepDetail: { put: (spec, size) => (spec['process'] = [{ title: '网上申请', detail: chars(size) }]), at: '/process/0/detail (申报流程 第1步 说明)' },
  headline: { put: (spec, size) => (spec['reward'] = { items: ['按比例补贴'], headline: chars(size) }), at: '/reward/headline (奖补标准 最高奖补)' },
  tableCell: { put: (spec, size) => (spec['reward'] = { items: ['按比例补贴'], table: { columns: [chars(size)], rows: [['100万元']] } }), at: '/reward/table/columns/0 (奖补标准 档次表 表头 第1项)' },
  periodNote: { put: (spec, size) => (spec['period'] = { note: chars(size) }), at: '/period/note (申报时间 说明)' },
  contactName: { put: (spec, size) => (spec['contacts'] = [{ name: chars(size) }]), at: '/contacts/0/name (咨询方式 第1项 名称)' },
  phone: { put: (spec, size) => (spec['contacts'] = [{ name: '人社局', phone: chars(size) }]), at: '/contacts/0/phone (咨询方式 第1项 电话)' },
  address: { put: (spec, size) => (spec['contacts'] = [{ name: '人社局', address: chars(size) }]), at: '/contacts/0/address (咨询方式 第1项 地址)' },
  caption: { put: (spec, size) => (spec['qr'] = { url: 'https://hrss.suzhou.gov.cn/wg', caption: chars(size) }), at: '/qr/caption (二维码 说明文字)' },
  parties: { put: (spec, size) => (spec['parties'] = items(size)), at: '/parties (适用对象)' },
  conditions: { put: (spec, size) => (spec['conditions'] = items(size)), at: '/conditions (申报条件)' },
  materials: { put: (spec, size) => (spec['materials'] = items(size)), at: '/materials (申报材料)' },
  process: { put: (spec, size) => (spec['process'] = items(size)), at: '/process (申报流程)' },
  rewardItems: { put: (spec, size) => (spec['reward'] = { items: items(size) }), at: '/reward/items (奖补标准 明细)' },
  tableColumns: { put: (spec, size) => (spec['reward'] = { items: ['按比例补贴'], table: { columns: items(size), rows: [items(size)] } }), at: '/reward/table/columns (奖补标准 档次表 表头)' },
  tableRows: { put: (spec, size) => (spec['reward'] = { items: ['按比例补贴'], table: { columns: ['档次'], rows: items(size).map((cell) => [cell]) } }), at: '/reward/table/rows (奖补标准 档次表 表格行)' },
  contacts: { put: (spec, size) => (spec['contacts'] = items(size).map((name) => ({ name }))), at: '/contacts (咨询方式)' },
};

function chars(size: number): string {
  return '长'.repeat(size);
}

function items(size: number): string[] {
  return Array.from({ length: size }, (_, index) => `第${index + 1}项`);
}

const group = (key: Key): 'fieldChars' | 'listItems' => ((FIELD_CHAR_KEYS as readonly string[]).includes(key) ? 'fieldChars' : 'listItems');

function specWith(key: Key, size: number): Record<string, unknown> {
  const spec = minimalSpec();
  WHERE[key].put(spec, size);
  return spec;
}

function messagesOf(spec: unknown, config?: LimitsConfig, lang: 'zh' | 'en' = 'zh'): string[] {
  const result = validateCard(spec, { file: 'cards/test.json', defaultId: 'test', ...(config ? { limits: resolveLimits(config) } : {}) });
  return result.ok ? [] : result.errors.map((error) => error.format(lang));
}

const ALL_KEYS: Key[] = [...FIELD_CHAR_KEYS, ...LIST_ITEM_KEYS];

describe('configurable field and list limits', () => {
  it('cover every limit of the card format except the fixed ones (id, URL, logo path, names)', () => {
    expect(Object.keys(WHERE).sort()).toEqual([...ALL_KEYS].sort());
    expect(Object.keys(LIMITS).filter((key) => !ALL_KEYS.includes(key as Key)).sort()).toEqual(['id', 'logoPath', 'name', 'url']);
  });

  it.each(ALL_KEYS)('%s, when hit, names itself and the default value', (key) => {
    const limit = LIMITS[key];
    const isList = group(key) === 'listItems';
    const received = isList ? `列表（${limit + 1}项）` : `文本 "${chars(Math.min(limit + 1, 40))}${limit + 1 > 40 ? '…' : ''}"（${limit + 1}字）`;
    const fix = isList ? '请合并或删减条目' : '请精简文字，完整内容可放在二维码指向的详情页';
    const expected = `cards/test.json: ${WHERE[key].at}: 最多 ${limit} ${isList ? '项' : '字'}（limits.${group(key)}.${key}），收到${received}；${fix}`;
    expect(messagesOf(specWith(key, limit + 1))).toContain(expected);
    expect(messagesOf(specWith(key, limit))).toEqual([]);
  });

  it.each(ALL_KEYS)('%s, raised in the config, lets a longer value through', (key) => {
    const longer = specWith(key, LIMITS[key] + 5);
    expect(messagesOf(longer, { [group(key)]: { [key]: LIMITS[key] + 5 } })).toEqual([]);
  });

  it.each(ALL_KEYS.filter((key) => LIMITS[key] > 1))('%s, lowered in the config, refuses a value the default allows and quotes the new limit', (key) => {
    const lowered = LIMITS[key] - 1;
    const [message] = messagesOf(specWith(key, LIMITS[key]), { [group(key)]: { [key]: lowered } });
    expect(message).toContain(`${WHERE[key].at}: 最多 ${lowered} ${group(key) === 'listItems' ? '项' : '字'}（limits.${group(key)}.${key}），收到`);
  });

  it('names the limit in English too', () => {
    expect(messagesOf(specWith('conditions', 25), undefined, 'en')).toEqual([
      'cards/test.json: /conditions (conditions): at most 20 items (limits.listItems.conditions), received a list of 25; merge or remove entries',
    ]);
    expect(messagesOf(specWith('title', 130), { fieldChars: { title: 125 } }, 'en')).toEqual([
      `cards/test.json: /title (title): at most 125 characters (limits.fieldChars.title), received text "${chars(40)}…" (130 characters); shorten it; the full text belongs on the page the QR code opens`,
    ]);
  });

  it('quotes the configured step length when a step is neither text nor an object', () => {
    expect(messagesOf({ ...minimalSpec(), process: [3] }, { fieldChars: { stepTitle: 50 } })).toEqual([
      'cards/test.json: /process/0 (申报流程 第1步): 应为文本（不超过50字），或 {"title": "…", "detail": "…"}，收到数字 3',
    ]);
  });

  it('leaves the fixed limits unnamed: they are not configuration', () => {
    const three = [1, 2, 3].map((index) => ({ url: `https://a.cn/${index}` }));
    expect(messagesOf({ ...minimalSpec(), qr: three })).toEqual(['cards/test.json: /qr (二维码): 最多 2 项，收到列表（3项）；请合并或删减条目']);
  });
});

describe('the card schema of a set of limits', () => {
  it('is the prebuilt default schema when the config changes no field or list limit', () => {
    expect(cardSchemaFor(LIMITS)).toBe(cardSchema);
    expect(resolveLimits(undefined).spec).toBe(LIMITS);
    expect(resolveLimits({ specFileKb: 10, fieldChars: {}, listItems: {} }).spec).toBe(LIMITS);
  });

  it('is built once per limits object', () => {
    const { spec } = resolveLimits({ fieldChars: { title: 200 } });
    expect(spec).toEqual({ ...LIMITS, title: 200 });
    expect(cardSchemaFor(spec)).toBe(cardSchemaFor(spec));
    expect(cardSchemaFor(spec)).not.toBe(cardSchema);
  });

  it('gives the studio a JSON Schema with the configured lengths, the published file keeps the defaults', () => {
    const { spec } = resolveLimits({ fieldChars: { title: 200 }, listItems: { conditions: 40 } });
    const properties = (cardJsonSchema(spec) as { properties: Record<string, { maxLength?: number; maxItems?: number }> }).properties;
    expect([properties['title']?.maxLength, properties['conditions']?.maxItems]).toEqual([200, 40]);
    const published = (cardJsonSchema() as { properties: Record<string, { maxLength?: number; maxItems?: number }> }).properties;
    expect([published['title']?.maxLength, published['conditions']?.maxItems]).toEqual([120, 20]);
  });
});
