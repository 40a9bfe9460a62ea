import { describe, expect, it } from 'vitest';
import { validateCard } from '../../src/spec/validate-card.js';
import { minimalSpec } from '../helpers/cards.js';

function errorsOf(spec: unknown, lang: 'zh' | 'en' = 'zh'): string[] {
  const result = validateCard(spec, { file: 'cards/test.json', defaultId: 'test' });
  return result.ok ? [] : result.errors.map((error) => error.format(lang));
}

function withField(path: string[], value: unknown): Record<string, unknown> {
  const spec = minimalSpec();
  let node: Record<string, unknown> = spec;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
  return spec;
}

describe('validateCard', () => {
  it('accepts a minimal card, defaults the id to the file name and always gives qr as a list', () => {
    const result = validateCard(minimalSpec(), { defaultId: 'wengang' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.card.id).toBe('wengang');
      expect(result.card.qr).toEqual([{ url: 'https://hrss.suzhou.gov.cn/wg' }]);
    }
  });

  it('ignores $schema and keeps an explicit id', () => {
    const result = validateCard({ ...minimalSpec(), $schema: '../schema/card.schema.json', id: 'rencai-2026' }, { defaultId: 'x' });
    expect(result.ok && result.card.id).toBe('rencai-2026');
  });

  it.each([
    ['a number in a list of text', withField(['conditions'], ['a', 'b', 5]), 'cards/test.json: /conditions/2 (申报条件 第3项): 应为文本，收到数字 5'],
    ['a missing required field', (() => { const spec = minimalSpec(); delete spec['title']; return spec; })(), 'cards/test.json: /title (政策名称): 缺少必填项，请填写'],
    ['a misspelt field name', { ...minimalSpec(), tittle: 'x' }, 'cards/test.json: /tittle: 不认识的字段 "tittle"；你是不是想写 title？'],
    ['an empty list', withField(['parties'], []), 'cards/test.json: /parties (适用对象): 列表不能为空，至少填写 1 项'],
    ['a blank string', withField(['issuer'], '   '), 'cards/test.json: /issuer (发文单位): 不能为空白'],
    ['an impossible date', withField(['edition'], '2026-02-30'), 'cards/test.json: /edition (版本日期): 没有这一天：2026 年 2 月没有 30 日，收到文本 "2026-02-30"（10字）'],
    ['a date in no known form', withField(['period'], { end: '3月31日' }), 'cards/test.json: /period/end (申报时间 截止日期): 日期应写成 2026-03-31（也可以写 2026/3/31、2026.3.31 或 2026年3月31日），收到文本 "3月31日"（5字）'],
    ['a javascript: QR URL', withField(['qr'], { url: 'javascript:alert(1)' }), 'cards/test.json: /qr/url (二维码 链接): 应为完整的 https:// 或 http:// 网址（不含空格），收到文本 "javascript:alert(1)"（19字）'],
    ['a QR URL typed with a full-width colon', withField(['qr'], { url: 'https：//a.cn/x' }), 'cards/test.json: /qr/url (二维码 链接): 应为完整的 https:// 或 http:// 网址（不含空格），收到文本 "https：//a.cn/x"（14字）；第 6 个字符“：”是中文输入法的全角字符，请改为英文半角 :'],
    ['a QR URL with a full-width slash and full stop', withField(['qr'], { url: 'https:／／a。cn/x' }), 'cards/test.json: /qr/url (二维码 链接): 应为完整的 https:// 或 http:// 网址（不含空格），收到文本 "https:／／a。cn/x"（14字）；第 7 个字符“／”是中文输入法的全角字符，请改为英文半角 /'],
    ['a step object with a typo', withField(['process'], [{ title: '申报', detial: 'x' }]), 'cards/test.json: /process/0/detial (申报流程 第1步): 不认识的字段 "detial"；你是不是想写 detail？'],
    ['a phone number without quotes', withField(['contacts'], [{ name: '人社局', phone: 13812345678 }]), 'cards/test.json: /contacts/0/phone (咨询方式 第1项 电话): 应为文本，收到数字 13812345678；电话号码要加英文双引号写成文字，如 "13812345678"（区号开头的 0 也要写上）'],
    ['a step that is a number', withField(['process'], [3]), 'cards/test.json: /process/0 (申报流程 第1步): 应为文本（不超过40字），或 {"title": "…", "detail": "…"}，收到数字 3'],
    ['an unknown QR purpose', withField(['qr'], { url: 'https://a.cn/x', purpose: '下载' }), 'cards/test.json: /qr/purpose (二维码 用途): 只能是 "原文" / "申报入口" / "咨询" / "其他"，收到文本 "下载"（2字）'],
    ['three QR codes', withField(['qr'], [{ url: 'https://a.cn/1' }, { url: 'https://a.cn/2' }, { url: 'https://a.cn/3' }]), 'cards/test.json: /qr (二维码): 最多 2 项，收到列表（3项）；请合并或删减条目'],
    ['an uppercase id', { ...minimalSpec(), id: 'RenCai' }, 'cards/test.json: /id (编号): 编号只能包含小写字母、数字、- 和 _，长度 1–64，收到文本 "RenCai"（6字）'],
    ['a table row of the wrong width', withField(['reward'], { items: ['x'], table: { columns: ['档次', '金额'], rows: [['A类', '100万元', '多余']] } }), 'cards/test.json: /reward/table/rows/0 (奖补标准 档次表 表格行 第1行): 这一行有 3 格，表头有 2 列；每行的格数应与表头一致'],
    ['an end date before the start date', withField(['period'], { start: '2026-05-01', end: '2026-04-30' }), 'cards/test.json: /period/end (申报时间 截止日期): 截止日期 2026-04-30 早于开始日期 2026-05-01'],
    ['a bidi override in the title', withField(['title'], '补贴\u202E元万005'), 'cards/test.json: /title (政策名称): 含有看不见的控制字符 U+202E（第 3 个字符）；这类字符（控制符、双向文字控制符、零宽字符、残缺的字符编码）会让内容显示得与实际不同。请删除后重新输入'],
  ])('reports %s with its path, label and fix', (_case, spec, message) => {
    expect(errorsOf(spec)).toContain(message);
  });

  it('rejects a title over the limit before any rendering, with the count', () => {
    const [message] = errorsOf(withField(['title'], '长'.repeat(121)));
    expect(message).toMatch(/^cards\/test\.json: \/title \(政策名称\): 最多 120 字（limits\.fieldChars\.title），收到文本 "长{40}…"（121字）；请精简文字/);
  });

  it('reports every problem at once, not only the first', () => {
    expect(errorsOf({ ...minimalSpec(), title: 1, parties: [], tittle: 'x' })).toHaveLength(3);
  });

  it.each([
    [[1, 2], 'cards/test.json: /: 卡片文件应为一个 JSON 对象 {…}，收到列表（2项）；每个文件只写一张卡片'],
    ['text', 'cards/test.json: /: 卡片文件应为一个 JSON 对象 {…}，收到文本 "text"（4字）；每个文件只写一张卡片'],
    [null, 'cards/test.json: /: 卡片文件应为一个 JSON 对象 {…}，收到空值 null；每个文件只写一张卡片'],
  ])('rejects a top level that is not an object: %j', (json, message) => {
    expect(errorsOf(json)).toEqual([message]);
  });

  it('treats __proto__ and constructor keys as unknown fields, without polluting prototypes', () => {
    const spec = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": "x", ${JSON.stringify(minimalSpec()).slice(1)}`);
    const messages = errorsOf(spec);
    expect(messages).toEqual([
      'cards/test.json: /__proto__: 不认识的字段 "__proto__"；这里可以写的字段：id、title、issuer、docNo、category、summary、edition、parties、conditions、materials、process、reward、period、contacts、qr、logo、template、theme（见 schema/card.schema.json）',
      'cards/test.json: /constructor: 不认识的字段 "constructor"；这里可以写的字段：id、title、issuer、docNo、category、summary、edition、parties、conditions、materials、process、reward、period、contacts、qr、logo、template、theme（见 schema/card.schema.json）',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('explains a bad default id from the file name', () => {
    const result = validateCard(minimalSpec(), { file: 'cards/人才.json', defaultId: '人才' });
    expect(result.ok ? [] : result.errors.map((error) => error.format('zh'))).toEqual([
      'cards/人才.json: /id (编号): 文件名 "人才" 不能直接作为编号（只能用小写字母、数字、- 和 _，最长 64 字）；请在卡片中写 "id"，或改文件名',
    ]);
  });

  it.each([
    ['Summary', [], 'summary'],
    ['contact', [], 'contacts'],
    ['doc_no', [], 'docNo'],
    ['政策名称', [], 'title'],
    ['isuer', [], 'issuer'],
    ['Phone', ['contacts', 0], 'phone'],
    ['adress', ['contacts', 0], 'address'],
    ['Logo', ['qr'], 'logo'],
    ['captoin', ['qr', 0], 'caption'],
    ['headlines', ['reward'], 'headline'],
    ['ending', ['period'], 'end'],
    ['colums', ['reward', 'table'], 'columns'],
    ['tittle', ['process', 0], 'title'],
  ] as const)('suggests the known field for "%s" at %j: %s', (key, at, known) => {
    const spec = withField(['contacts'], [{ name: '人社局' }]);
    spec['qr'] = at[1] === 0 ? [{ url: 'https://a.cn/x' }] : { url: 'https://a.cn/x' };
    spec['reward'] = { items: ['x'], table: { columns: ['档次'], rows: [['A']] } };
    spec['period'] = { end: '2026-03-31' };
    spec['process'] = [{ title: '申报' }];
    let node = spec as Record<string | number, unknown>;
    for (const part of at) node = node[part] as Record<string | number, unknown>;
    node[key] = 'x';
    const pointer = ['', ...at, key].join('/');
    const [zh] = errorsOf(spec);
    const [en] = errorsOf(spec, 'en');
    expect(zh).toMatch(new RegExp(`^cards/test\\.json: ${pointer}( \\(.*\\))?: 不认识的字段 "${key}"；你是不是想写 ${known}？$`));
    expect(en).toMatch(new RegExp(`^cards/test\\.json: ${pointer}( \\(.*\\))?: unknown field "${key}"; did you mean ${known}\\?$`));
  });

  it('points at a full-width character in a URL in English too', () => {
    expect(errorsOf(withField(['qr'], { url: 'https：//a.cn/x' }), 'en')).toEqual([
      'cards/test.json: /qr/url (QR code URL): expected a full https:// or http:// URL without spaces, received text "https：//a.cn/x" (14 characters); character 6 “：” is a full-width character from a Chinese keyboard: type : instead',
    ]);
  });

  it('lists the allowed fields when no known field is close', () => {
    expect(errorsOf(withField(['period'], { foo: 'x' }), 'en')).toEqual([
      'cards/test.json: /period/foo (application period): unknown field "foo"; the fields allowed here are: start, end, note (see schema/card.schema.json)',
    ]);
  });

  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026 年 3 月 1 日', '2026-03-01'],
    ['２０２６／３／１', '2026-03-01'],
    ['2026-3-1', '2026-03-01'],
    ['20260301', '2026-03-01'],
  ])('accepts the date %s in edition and period and normalises it to %s', (written, iso) => {
    const result = validateCard({ ...minimalSpec(), edition: written, period: { start: written, end: written } }, { defaultId: 't' });
    expect(result.ok && [result.card.edition, result.card.period?.start, result.card.period?.end]).toEqual([iso, iso, iso]);
  });

  it.each([
    ['2026-02-30', '没有这一天：2026 年 2 月没有 30 日，收到文本 "2026-02-30"（10字）', 'there is no such day: 2026-02 has no day 30, received text "2026-02-30" (10 characters)'],
    ['2026年2月29日', '没有这一天：2026 年 2 月没有 29 日，收到文本 "2026年2月29日"（10字）', 'there is no such day: 2026-02 has no day 29, received text "2026年2月29日" (10 characters)'],
    ['2026/13/1', '没有这一天：一年只有 1–12 月，这里写的是 13 月，收到文本 "2026/13/1"（9字）', 'there is no such day: months run from 1 to 12, this one is 13, received text "2026/13/1" (9 characters)'],
    ['2026年0月5日', '没有这一天：一年只有 1–12 月，这里写的是 0 月，收到文本 "2026年0月5日"（9字）', 'there is no such day: months run from 1 to 12, this one is 0, received text "2026年0月5日" (9 characters)'],
    ['下月底', '日期应写成 2026-03-31（也可以写 2026/3/31、2026.3.31 或 2026年3月31日），收到文本 "下月底"（3字）', 'a date must be written 2026-03-31 (or 2026/3/31, 2026.3.31, 2026年3月31日), received text "下月底" (3 characters)'],
    ['', '日期应写成 2026-03-31（也可以写 2026/3/31、2026.3.31 或 2026年3月31日），收到文本 ""（0字）', 'a date must be written 2026-03-31 (or 2026/3/31, 2026.3.31, 2026年3月31日), received text "" (0 characters)'],
  ])('gives exactly one true message for the bad date %j', (written, zh, en) => {
    expect(errorsOf(withField(['edition'], written))).toEqual([`cards/test.json: /edition (版本日期): ${zh}`]);
    expect(errorsOf(withField(['edition'], written), 'en')).toEqual([`cards/test.json: /edition (edition date): ${en}`]);
  });

  it.each([
    ['申報入口', '申报入口'],
    ['諮詢', '咨询'],
    ['原文', '原文'],
  ])('accepts the Traditional QR purpose %s as %s', (written, simplified) => {
    const result = validateCard({ ...minimalSpec(), qr: [{ url: 'https://a.cn/x', purpose: written }] }, { defaultId: 't' });
    expect(result.ok && result.card.qr[0]?.purpose).toBe(simplified);
  });

  it('gives an empty required field one message', () => {
    expect(errorsOf(withField(['title'], ''))).toEqual(['cards/test.json: /title (政策名称): 不能为空，请填写内容']);
    expect(errorsOf(withField(['title'], ''), 'en')).toEqual(['cards/test.json: /title (title): must not be empty; fill it in']);
  });

  it('speaks English when asked', () => {
    expect(errorsOf(withField(['conditions'], ['a', 'b', 5]), 'en')).toEqual(['cards/test.json: /conditions/2 (conditions item 3): expected text, received number 5']);
    expect(errorsOf(withField(['contacts'], [{ name: '人社局', phone: 51268751234 }]), 'en')).toEqual([
      'cards/test.json: /contacts/0/phone (contacts item 1 phone): expected text, received number 51268751234; put a phone number in ASCII double quotes, e.g. "51268751234" (with the leading 0 of an area code)',
    ]);
  });
});

describe('QR codes that lead to the detail site', () => {
  const site = { baseUrl: 'https://example.gov.cn/policies/' };

  it('requires a URL when no site is configured', () => {
    const spec = minimalSpec();
    delete spec['qr'];
    expect(errorsOf(spec)).toEqual([
      'cards/test.json: /qr (二维码): 缺少二维码网址：请填写 "url"，或在 policy-card.config.json 中设置 site.baseUrl（也可用 --base-url），让二维码指向本工具生成的政策详情页',
    ]);
  });

  it('leads a card without qr to its detail page, with the tracking query', () => {
    const spec = minimalSpec();
    delete spec['qr'];
    const result = validateCard(spec, { defaultId: 'wengang', site: { ...site, utm: 'src=card' } });
    expect(result.ok && result.card.qr).toEqual([{ url: 'https://example.gov.cn/policies/p/wengang/?src=card', purpose: '其他' }]);
  });

  it('fills only the entries without a URL, unless --qr-target site', () => {
    const spec = { ...minimalSpec(), qr: [{ url: 'https://a.cn/x', purpose: '原文' }, { purpose: '申报入口' }] };
    const kept = validateCard(spec, { defaultId: 'a', site });
    expect(kept.ok && kept.card.qr.map((qr) => qr.url)).toEqual(['https://a.cn/x', 'https://example.gov.cn/policies/p/a/']);
    const forced = validateCard(spec, { defaultId: 'a', site: { ...site, qrTarget: 'site' } });
    expect(forced.ok && forced.card.qr.map((qr) => qr.url)).toEqual(['https://example.gov.cn/policies/p/a/']);
  });
});
