/**
 * Summary cards (a6, square) show as many list items as fit: one long item is skipped rather
 * than hiding every item after it, a list heading never stands over nothing, and W_ABRIDGED
 * says how many items of which list were left out and names an item too long to fit at all.
 * The cards are real renders of specs made here; what is shown is read from the laid-out text.
 */
import { describe, expect, it } from 'vitest';
import { chooseShownItems, type SizedPiece } from '../../src/render/abridged-items.js';
import { renderCard, type RenderedCard } from '../../src/render/render-card.js';
import type { ContentPiece } from '../../src/template/slice-view.js';
import { validCard } from '../helpers/cards.js';

// A drafted notice's first condition (the 广州 one was 238 characters): several groups of people in one item.
const LONG_CONDITION =
  '初创企业的法定代表人或个体户经营者（女性不超过55周岁、男性不超过60周岁）符合以下条件之一：①普通高等学校、中等职业学校、技工院校学生（在校及毕业5年内）和出国（境）留学回国人员（领取毕业证5年内）；②军转干部、退役军人；③登记失业人员、就业困难人员、本省脱贫人口；④返乡创业人员：广州户籍人员离开户籍所在地外出求学、务工后返回原户籍地所辖乡镇创业的劳动者（以营业执照所载地址为准）；⑤创办驿道客栈、民宿、农家乐的人员。';
const SHORT_CONDITIONS = ['获得创业大赛优胜奖及以上奖次', '已办理税务、社保登记等手续', '吸纳就业3人或以上', '在本市领取营业执照', '申请时未列入经营异常名录', '场地非本人自有物业', '连续3个月正常缴纳社保', '招用员工签订1年以上合同'];

const card = (overrides: Record<string, unknown>) =>
  validCard({
    title: '高校毕业生创业补贴',
    parties: ['符合条件的创业者', '符合条件的用人单位'],
    conditions: [LONG_CONDITION, ...SHORT_CONDITIONS],
    process: ['网上提交申请', '区人社局审核', '公示后拨付资金'],
    reward: { headline: '最高20万元', items: ['一次性创业资助1万元'] },
    ...overrides,
  });

/** The laid-out lines of the card's only page. */
const linesOf = (rendered: RenderedCard): string[] => rendered.pages[0]!.textRuns!.map((run) => run.text.replace(/\u2060/gu, ''));
const shows = (rendered: RenderedCard, text: string): boolean => linesOf(rendered).some((line) => line.includes(text.slice(0, 8)));
const abridgedWarning = (rendered: RenderedCard) => rendered.warnings.find((warning) => warning.code === 'W_ABRIDGED')?.text;

describe('which items an abridged card shows', () => {
  it.each([
    ['default', ['获得创业大赛优胜奖及以上奖次', '已办理税务、社保登记等手续', '吸纳就业3人或以上', '在本市领取营业执照', '申请时未列入经营异常名录'], [2, 3, 4, 5, 6], {
      zh: '模板 "a6" 放不下全部条目，已省略申报条件 9 项中的 4 项（第 1、7–9 项）；卡片上注明了省略的条数，并提示扫码查看全文',
      en: 'template "a6" cannot hold every item; left out 4 of 9 items of "Conditions" (1, 7–9). The card says how many and points to the QR code for the full text',
    }],
    ['elder', ['获得创业大赛优胜奖及以上奖次', '已办理税务、社保登记等手续'], [2, 3], {
      zh: '模板 "a6" 放不下全部条目，已省略申报条件 9 项中的 7 项（第 1、4–9 项）；卡片上注明了省略的条数，并提示扫码查看全文。申报条件第 1 项（211 字）太长，这张卡片单独放它一项也放不下，请精简',
      en: 'template "a6" cannot hold every item; left out 7 of 9 items of "Conditions" (1, 4–9). The card says how many and points to the QR code for the full text. Too long to fit this card even on its own: item 1 of "Conditions" (211 characters); shorten it',
    }],
  ] as const)('a6 × %s: a long first condition is skipped, the short ones after it are shown with their own numbers', async (theme, shown, numbers, warning) => {
    const rendered = await renderCard(card({}), { template: 'a6', theme, skipPng: true, textLayer: true });
    const lines = linesOf(rendered);
    const conditions = lines.slice(lines.indexOf('申报条件') + 1, lines.indexOf('申报流程'));
    expect(conditions).toEqual(shown.flatMap((text, at) => [String(numbers[at]), text]));
    expect(shows(rendered, LONG_CONDITION)).toBe(false);
    expect(lines).toContain(`另有 ${9 - shown.length} 项申报条件，扫码查看全文`);
    expect(abridgedWarning(rendered)).toEqual(warning);
  });

  it('square × elder: a long first party is skipped for the shorter ones after it, and named as too long', async () => {
    const longParty = '在本市登记注册、具有独立法人资格、近三年无重大违法违规记录、上年度营业收入不低于2000万元且研发投入占比不低于3%的规模以上工业企业、软件和信息技术服务业企业，以及经认定的专精特新中小企业和高新技术企业'.repeat(2);
    const rendered = await renderCard(card({ parties: [longParty, '小微企业', '个体工商户', '农民专业合作社'] }), { template: 'square', theme: 'elder', skipPng: true, textLayer: true });
    const lines = linesOf(rendered);
    expect(shows(rendered, longParty)).toBe(false);
    expect(lines.slice(lines.indexOf('适用对象') + 1, lines.indexOf('适用对象') + 4)).toEqual(['小微企业', '个体工商户', '农民专业合作社']);
    expect(lines).toContain('另有 1 项适用对象，扫码查看全文');
    expect(abridgedWarning(rendered)).toEqual({
      zh: '模板 "square" 放不下全部条目，已省略适用对象 4 项中的 1 项（第 1 项）；卡片上注明了省略的条数，并提示扫码查看全文。适用对象第 1 项（204 字）太长，这张卡片单独放它一项也放不下，请精简',
      en: 'template "square" cannot hold every item; left out 1 of 4 items of "Who can apply" (1). The card says how many and points to the QR code for the full text. Too long to fit this card even on its own: item 1 of "Who can apply" (204 characters); shorten it',
    });
  });

  it('square × elder: a list whose only item never fits loses its heading too, and the warning names the item', async () => {
    const party = '在本市登记注册的企业'.repeat(29);
    const rendered = await renderCard(card({ title: '广州市高校毕业生、退役军人、返乡创业人员及就业困难人员一次性创业资助和创业带动就业补贴申领指南', parties: [party] }), { template: 'square', theme: 'elder', skipPng: true, textLayer: true });
    const lines = linesOf(rendered);
    expect(lines).not.toContain('适用对象');
    expect(lines).toContain('另有 1 项适用对象，扫码查看全文');
    expect(abridgedWarning(rendered)).toEqual({
      zh: '模板 "square" 放不下全部条目，已省略适用对象全部 1 项；卡片上注明了省略的条数，并提示扫码查看全文。适用对象第 1 项（290 字）太长，这张卡片单独放它一项也放不下，请精简',
      en: 'template "square" cannot hold every item; left out all 1 item of "Who can apply". The card says how many and points to the QR code for the full text. Too long to fit this card even on its own: item 1 of "Who can apply" (290 characters); shorten it',
    });
  });
});

describe('chooseShownItems, against a budget of characters', () => {
  const pieces = (section: 'parties' | 'conditions', lengths: number[]): SizedPiece[] => lengths.map((length, index) => ({ piece: { section, index }, length }));
  const within = (budget: number, sized: readonly SizedPiece[]) => async (shown: readonly ContentPiece[]): Promise<boolean> =>
    shown.reduce((sum, piece) => sum + sized.find((item) => item.piece === piece)!.length, 0) <= budget;
  const label = (shown: readonly ContentPiece[]): string[] => shown.map((piece) => `${piece.section[0]}${piece.index + 1}`);

  it.each([
    ['a long first item is skipped, not stopped at', pieces('conditions', [10, 2, 2, 2]), 7, ['c2', 'c3', 'c4']],
    ['among equal counts, the earliest items', pieces('conditions', [3, 3, 3, 3]), 7, ['c1', 'c2']],
    ['a middling first item is kept when the count allows it', pieces('conditions', [4, 1, 5, 1]), 6, ['c1', 'c2', 'c4']],
    ['an item that takes the room of two is kept, one fewer shown', pieces('conditions', [2, 1, 1, 1]), 3, ['c1', 'c2']],
    ['an item that takes the room of three is skipped', pieces('conditions', [3, 1, 1, 1]), 3, ['c2', 'c3', 'c4']],
    ['one item of each list before more of one list', [...pieces('parties', [1, 1, 1]), ...pieces('conditions', [3, 9])], 5, ['p1', 'p2', 'c1']],
    ['nothing when not even the shortest fits', pieces('conditions', [8, 9]), 5, []],
  ] as const)('%s', async (_name, sized, budget, expected) => {
    expect(label(await chooseShownItems(sized, within(budget, sized)))).toEqual(expected);
  });
});
