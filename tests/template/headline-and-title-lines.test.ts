/**
 * How the big type of a card breaks into lines, read back from whole cards as they render.
 * Drafted from real notices, cards often have no headline figure, so their first reward item (a
 * whole clause) is promoted to the headline; and a 16–40 character title often left one
 * character alone on its last line (关于受理天河区人才公寓申请的公 / 告).
 */
import { describe, expect, it, vi } from 'vitest';
import { renderCard } from '../../src/render/render-card.js';
import { longPolicy, validCard } from '../helpers/cards.js';
import { laidOutParagraphs, paragraphStarting } from '../helpers/laid-out-text.js';

// Hoisted above the imports, so the helper is imported inside.
vi.mock('satori', async (importOriginal) => (await import('../helpers/laid-out-text.js')).textAsElements(await importOriginal()));

const TEMPLATES = ['phone', 'a4', 'a5', 'a6', 'square'] as const;

// From a drafted 天河区人才公寓 notice: the rents, no "最高…" figure anywhere.
const RENTS = '富力大厦32.5元/平方米/月、珠江嘉苑18元/平方米/月、棠雅苑38元/平方米/月、誉城苑50元/平方米/月（上述费用不含物业管理费）。';
const CONDITIONS = [
  '申请租赁人才公寓的人才一般应具有大学本科及以上学历或中级及以上职称；不符合学历或职称条件的，上年度年薪应当在30万元以上',
  '申请人及其配偶、未成年子女没有在广州市通过购买、受赠、继承或其他途径获得自有产权住房所有权',
  '在上述基地内企业就业的申请人在申请日前应当已在该企业连续缴纳职工基本养老保险3个月以上',
];

describe('a reward sentence promoted to the headline', () => {
  it.each(TEMPLATES)('is set near body size on %s, in a few lines, not as a figure filling the card', async (template) => {
    const card = validCard({ conditions: CONDITIONS, reward: { items: [RENTS, '租期一般为一年'] } });
    const rendered = await renderCard(card, { template, skipPng: true });
    const svg = rendered.pages[0]!.svg;
    const headline = paragraphStarting(svg, '富力大厦');
    const body = paragraphStarting(svg, '在苏州参保的企业');
    expect(headline, 'headline laid out').toBeDefined();
    expect(body, 'who can apply laid out').toBeDefined();
    // Bold and a little larger than the body, never the 56–120 px of a figure.
    expect(headline!.fontSize / body!.fontSize, `${template}: headline ${headline!.fontSize}px, body ${body!.fontSize}px`).toBeLessThanOrEqual(1.5);
    expect(headline!.lines.length, headline!.lines.join(' | ')).toBeLessThanOrEqual(4);
  });

  it.each([
    ['最高500万元', 'xl'],
    ['单个项目最高300万元', 'l'],
    ['按设备投入的10%给予奖补，最高500万元', 'm'],
  ])('leaves a real headline figure (%s) at its figure size', async (headline, size) => {
    const card = validCard({ reward: { headline, items: ['按投入给予补助'] } });
    const { buildCardView } = await import('../../src/template/card-view.js');
    expect(buildCardView(card, { qr: [{ size: 1 }] }).reward.headlineSize).toBe(size);
  });
});

// Titles that real notices carry, 14 to 36 characters.
const TITLES = [
  '关于受理天河区人才公寓申请的公告',
  '广州市高校毕业生创业补贴，请查收',
  '关于组织开展2024年度贵州省黔医疾产业资金申报工作的通知',
  '苏州市关于组织申报2025年度工业企业技术改造综合奖补项目的通知',
  '关于开展2026年度广州市城乡居民基本医疗保险集中参保缴费工作的通告',
  '关于印发《广州市灵活就业人员参加企业职工基本养老保险办法》的通知',
];

describe('a title', () => {
  const cases = TEMPLATES.flatMap((template) => TITLES.map((title) => [template, title] as const));
  it.each(cases)('on %s never leaves one character alone on its last line: %s', async (template, title) => {
    const rendered = await renderCard(validCard({ title }), { template, skipPng: true });
    const paragraph = laidOutParagraphs(rendered.pages[0]!.svg).find((found) => found.lines.join('') === title);
    expect(paragraph, 'title laid out as one paragraph').toBeDefined();
    const last = paragraph!.lines.at(-1)!.replace(/[，。、；：？！）》」』】〕”’]+$/u, '');
    expect([...last].length, paragraph!.lines.join(' | ')).toBeGreaterThan(1);
  });
});

// Items drafted from real notices that ended in a line of one character on the phone card.
const ITEMS = [
  '特困人员基本生活标准按本市最低生活保障标准的1.6倍且不低于所在区现行特困人员基本生活标准确定',
  '在本市办理且在有效期内的《广东省居住证》的持有人',
  '纳税人的子女接受全日制学历教育的相关支出，按照每个子女每月1000元的标准定额扣除',
];

describe('a list item', () => {
  const cases = (['phone', 'a4', 'a6'] as const).flatMap((template) => ITEMS.map((item) => [template, item] as const));
  it.each(cases)('on %s never ends in a line of one character, and keeps its full width: %s', async (template, item) => {
    const rendered = await renderCard(validCard({ parties: [item], conditions: [item] }), { template, skipPng: true });
    const paragraph = laidOutParagraphs(rendered.pages[0]!.svg).find((found) => found.lines.join('') === item);
    expect(paragraph, 'item laid out as one paragraph').toBeDefined();
    expect([...paragraph!.lines.at(-1)!].length, paragraph!.lines.join(' | ')).toBeGreaterThan(1);
  });
});

describe('the labels in the title band of a4 and a5', () => {
  // 天河区港澳青年 notice: three issuing offices; the 发文单位 chip was squeezed to 发文单 / 位.
  const ISSUER = '广州市天河区科技工业和信息化局、广州市天河区人力资源和社会保障局、中共广州市天河区委统战部';
  it.each([
    ['a4', 'elder'],
    ['a5', 'default'],
    ['a5', 'elder'],
  ])('stay on one line on %s (%s theme) beside a long issuer and document number', async (template, theme) => {
    const rendered = await renderCard(validCard({ issuer: ISSUER, docNo: '穗天科工信规字〔2023〕1号' }), { template, theme, skipPng: true });
    const paragraphs = laidOutParagraphs(rendered.pages[0]!.svg);
    for (const label of ['发文单位', '文号']) {
      const chip = paragraphs.find((found) => found.lines.join('') === label);
      expect(chip?.lines, `${label}: ${chip?.lines.join(' | ')}`).toEqual([label]);
    }
  });
});

describe('the fine print of an a6 card shrunk to fit', () => {
  // 300 dpi: 8 pt = 33.3 px. A long card set at 80 % printed its edition date at 25.6 px (6.2 pt).
  it.each(['default', 'elder'])('keeps the edition date at 8 pt or more (%s theme)', async (theme) => {
    const rendered = await renderCard(longPolicy({ edition: '2026-03-01' }), { template: 'a6', theme, skipPng: true });
    expect(rendered.scale).toBeLessThan(1);
    const edition = paragraphStarting(rendered.pages[0]!.svg, '2026年3月1日版');
    expect(edition, 'edition laid out').toBeDefined();
    expect(edition!.fontSize).toBeGreaterThanOrEqual(33.3);
  });
});

describe('large type (elder) on a summary card', () => {
  // From the 广州市困难残疾人两项补贴 card: square elder set its 适用对象 at 71 % of the
  // standard size (24 px) rather than leave one out; a4/a5 elder already use a back side instead.
  const PARTIES = [
    '困难残疾人生活补贴对象为具有本市户籍且持有在有效期限内的《中华人民共和国残疾人证》的低保家庭、低收家庭成员',
    '持有在有效期限内的《中华人民共和国残疾人证》残疾等级被评为一、二级的重度残疾人和非重度智力、精神残疾人',
    '持有在有效期限内的《中华人民共和国残疾军人证》《中华人民共和国伤残人民警察证》且残疾等级被评为一至四级的人员',
    '本人前12个月的月均经济收入低于当前困难残疾人生活补贴标准的其他重度残疾人',
  ];
  it.each([
    ['square', 34, PARTIES, PARTIES.slice(0, 1)],
    ['a6', 42, PARTIES.slice(3), PARTIES],
  ])('on %s leaves items out rather than set them below the standard size (%i px)', async (template, standard, parties, conditions) => {
    const rendered = await renderCard(validCard({ parties, conditions }), { template, theme: 'elder', skipPng: true });
    expect(rendered.warnings.map((warning) => warning.code)).toContain('W_ABRIDGED');
    // Which items: the shortest that fit (tests/render/abridged-items.test.ts); here, their size.
    const shown = laidOutParagraphs(rendered.pages[0]!.svg).filter((found) => parties.includes(found.lines.join('')));
    expect(shown.length, 'parties laid out').toBeGreaterThan(0);
    for (const party of shown) expect(party.fontSize).toBeGreaterThanOrEqual(standard);
  });

  it('still goes below the standard size when at that size a whole list would be left out', async () => {
    // Its only party: with a shorter one beside it, the card would show that one at the standard size.
    const long = PARTIES.join('；');
    const rendered = await renderCard(validCard({ parties: [long] }), { template: 'square', theme: 'elder', skipPng: true });
    const shown = laidOutParagraphs(rendered.pages[0]!.svg).find((found) => found.lines.join('') === long);
    expect(shown, 'the long party laid out').toBeDefined();
    expect(shown!.fontSize).toBeLessThan(34);
  });
});
