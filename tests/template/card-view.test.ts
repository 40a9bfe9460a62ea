import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/render/render-card.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { buildCardView } from '../../src/template/card-view.js';
import { columnStyles } from '../../src/template/table-columns.js';
import { WORD_JOINER } from '../../src/template/typeset.js';
import { minimalSpec } from '../helpers/cards.js';

const plain = (text: string | null): string | null => (text === null ? null : text.split(WORD_JOINER).join(''));

function card(overrides: Record<string, unknown> = {}) {
  const result = validateCard({ ...minimalSpec(), ...overrides }, { defaultId: 'test' });
  if (!result.ok) throw new Error('invalid');
  return result.card;
}

describe('the card view', () => {
  it('shows a deadline badge with the window beneath it', () => {
    const view = buildCardView(card({ period: { start: '2026-03-01', end: '2026-04-30' } }), { qr: [{ size: 300 }] });
    expect(plain(view.period!.badge)).toBe('申报截止 2026年4月30日');
    expect(plain(view.period!.text)).toBe('2026年3月1日 至 2026年4月30日');
    expect(view.period!.badgeKind).toBe('deadline');
  });

  it('prefers the note (常年受理) when there is no end date', () => {
    const view = buildCardView(card({ period: { start: '2026-01-01', note: '常年受理' } }), { qr: [{ size: 300 }] });
    expect([plain(view.period!.badge), plain(view.period!.text)]).toEqual(['常年受理', '2026年1月1日 起受理']);
  });

  it('prints phones by one rule, each number unbroken, a list free to wrap after 、', () => {
    const view = buildCardView(card({ contacts: [{ name: '市商务局', phone: '051268615300' }, { name: '信保', phone: '13800000000、4008208820' }, { name: '热线', phone: '12333' }] }), { qr: [{ size: 1 }] });
    expect(view.contacts!.map((contact) => plain(contact.phone))).toEqual(['0512-6861 5300', '138 0000 0000、400-820-8820', '12333']);
    expect(view.contacts![1]!.phone!.split(WORD_JOINER)).toHaveLength('138 0000 0000、400-820-8820'.length - 1);
    expect(view.contacts![1]!.phone).toContain(`、4`);
  });

  it('prints digits and Latin letters typed in full width (IME 全角) as ordinary ones, so 最高５００万元 does not read 最高５ ０ ０万元', () => {
    const view = buildCardView(
      card({ title: 'ＡＩ＋制造　专项', docNo: '某工信〔２０２６〕５号', conditions: ['设备投入不低于３００万元，占比１５．５％'], reward: { headline: '最高５００万元', items: ['按１０％给予奖补'] } }),
      { qr: [{ size: 1 }] },
    );
    expect([view.title, view.docNo, view.conditions[0]!, view.reward.headline, view.reward.items[0]!].map(plain)).toEqual([
      'AI+制造　专项',
      '某工信〔2026〕5号',
      '设备投入不低于300万元，占比15.5%',
      '最高500万元',
      '按10%给予奖补',
    ]);
    expect(view.reward.headlineSize).toBe('xl');
  });

  it.each([
    ['6月27日10：00—7月1日15:00', '6月27日10:00—7月1日15:00'],
    ['按１：１比例配套', '按1:1比例配套'],
    ['申报截止：2026年6月30日', '申报截止：2026年6月30日'],
  ])('prints a time or ratio typed with a full-width colon (%s) with an ordinary one, and leaves other colons alone', (note, shown) => {
    const view = buildCardView(card({ period: { note } }), { qr: [{ size: 1 }] });
    expect(plain(view.period!.badge)!.replaceAll('\u200B', '')).toBe(shown);
  });

  it('drops the stray ，。、；： a list item starts with (left over from splitting pasted text), so no line starts with one', () => {
    const view = buildCardView(
      card({ parties: ['，在本市注册的工业企业', '。以句号开头的条目'], conditions: ['、 ；条件一', '（一）括号照旧'], materials: [': 营业执照'], reward: { items: ['；按10%奖补', '，另奖5万元'] }, process: ['，网上申报', { title: '：审核', detail: '，说明' }] }),
      { qr: [{ size: 1 }] },
    );
    expect([...view.parties, ...view.conditions, ...view.materials!, view.reward.headline, ...view.reward.items, ...view.steps.map((step) => step.title), view.steps[1]!.detail].map(plain)).toEqual([
      '在本市注册的工业企业',
      '以句号开头的条目',
      '条件一',
      '（一）括号照旧',
      '营业执照',
      '按10%奖补',
      '另奖5万元',
      '网上申报',
      '审核',
      '说明',
    ]);
  });

  it.each([
    ['0512-68001234/13912345678', '0512-6800 1234 / 139 1234 5678', ['0512-6800 1234 / ', '139 1234 5678']],
    ['0512-68001234 / 13912345678', '0512-6800 1234 / 139 1234 5678', ['0512-6800 1234 / ', '139 1234 5678']],
    ['0512-68001234,13912345678', '0512-6800 1234, 139 1234 5678', ['0512-6800 1234, ', '139 1234 5678']],
    ['0512-68001234;13912345678', '0512-6800 1234; 139 1234 5678', ['0512-6800 1234; ', '139 1234 5678']],
  ])('lets phones written %s wrap between the numbers (no line break is allowed between / and a digit)', (written, shown, pieces) => {
    const view = buildCardView(card({ contacts: [{ name: '人社局', phone: written }] }), { qr: [{ size: 1 }] });
    const phone = view.contacts![0]!.phone!;
    expect(plain(phone)).toBe(shown);
    // Unbreakable pieces: joined inside by word joiners, nothing joining one to the next.
    expect(phone.split(new RegExp(`(?<=[^${WORD_JOINER}])(?=[^${WORD_JOINER}])`, 'u')).map(plain)).toEqual(pieces);
  });

  it('names where the QR leads from its purpose', () => {
    const view = buildCardView(card({ qr: [{ url: 'https://a.cn/1', purpose: '申报入口' }, { url: 'https://a.cn/2' }] }), { qr: [{ size: 1 }, { size: 1 }] });
    expect(view.qr.map((qr) => qr.caption)).toEqual(['扫码进入申报入口', '扫码了解详情']);
    expect(view.qrLayout).toBe('double');
  });

  it('converts text and labels to Traditional characters for zh-TW', () => {
    const view = buildCardView(card({ title: '软件企业奖补', reward: { headline: '最高500万元', items: ['按投入给予补贴'] } }), { qr: [{ size: 1 }] }, 'zh-TW');
    expect(view.labels.parties).toBe('適用對象');
    expect(view.labels.reward).toBe('獎補標準');
    expect(plain(view.title)).toBe('軟件企業獎補');
    expect(plain(view.reward.headline)).toBe('最高500萬元');
    expect(view.reward.headline).toContain(`5${WORD_JOINER}0${WORD_JOINER}0${WORD_JOINER}萬${WORD_JOINER}元`);
    expect(view.qr[0]!.caption).toBe('掃碼了解詳情');
  });

  it('uses English labels for en and leaves the policy text as written', () => {
    const view = buildCardView(card({ edition: '2026-03-01' }), { qr: [{ size: 1 }] }, 'en');
    expect(view.labels.conditions).toBe('Conditions');
    expect(plain(view.title)).toBe('稳岗补贴');
    expect(plain(view.edition)).toBe('Edition 2026-03-01');
  });

  it('renders a zh-TW card (every converted character is in the fonts)', async () => {
    const rendered = await renderCard(card({ title: '软件和信息技术服务业发展专项资金' }), { locale: 'zh-TW' });
    expect(rendered.width).toBe(1080);
    expect(rendered.height).toBeGreaterThan(1000);
  });
});

describe('the reward table’s column styles', () => {
  it('are weighed on the printed text: the word joiners that keep 500万元 whole take no width', () => {
    const table = { columns: ['档次', '奖励金额'], rows: [['一档', '500万元'], ['二档', '2026年1月1日至2026年12月31日']] };
    const view = buildCardView(card({ reward: { headline: '最高500万元', items: ['按档次奖励'], table } }), { qr: [{ size: 300 }] });
    expect(view.reward.table?.rows[0]![1]).toContain(WORD_JOINER);
    expect(view.reward.table?.styles).toEqual(columnStyles(table));
  });
});
