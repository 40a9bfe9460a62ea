/**
 * draftCard as a whole: a complete notice drafts to the spec a person would write and validates
 * as it stands; gaps become 待补充 placeholders that validation refuses; config defaults fill
 * gaps and say so; limits split or shorten items; a text with no card field is E_DRAFT_EMPTY.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftOptions } from '../../src/draft/draft-card.js';
import type { SourceDocument } from '../../src/draft/source-document.js';
import { draftIdFromTitle } from '../../src/draft/draft-id.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { SAMPLE_NOTICE, SAMPLE_SPEC } from './sample-notice.js';

const URL = 'https://kjj.suzhou.gov.cn/notice/2026-2.html';

function documentOf(text: string, file = '通知.txt'): SourceDocument {
  return { file, format: 'txt', lines: text.split('\n').map((line, index) => ({ text: line, line: index + 1 })).filter((line) => line.text.trim() !== '') };
}

const draft = (text: string, options: DraftOptions = {}) => draftCard(documentOf(text), options);

describe('draftCard', () => {
  it('drafts a complete notice as a person would, and the draft validates as it stands', () => {
    const { spec, report } = draft(SAMPLE_NOTICE, { url: URL });
    expect(spec).toEqual({ ...SAMPLE_SPEC, id: draftIdFromTitle(SAMPLE_SPEC.title) });
    expect(report.missing).toEqual([]);
    const validated = validateCard(spec, { file: 'cards/x.json' });
    expect(validated.ok).toBe(true);
  });

  it('says where every value came from', () => {
    const { report } = draft(SAMPLE_NOTICE, { url: URL });
    const from = Object.fromEntries(report.sources.map((source) => [source.path, source.from.map((place) => place.line)]));
    expect(from).toMatchObject({
      '/title': [1],
      '/issuer': [24],
      '/docNo': [2],
      '/parties/0': [6],
      '/conditions/2': [10, 11, 12],
      '/reward/items/0': [14],
      '/reward/headline': [14],
      '/reward/table': [14],
      '/materials/1': [17],
      '/process/3': [19],
      '/period': [21],
      '/contacts/0/name': [23],
    });
    expect(report.sources.find((source) => source.path === '/conditions/2')).toMatchObject({ label: { zh: '申报条件 第3项', en: 'conditions item 3' } });
  });

  it('writes 待补充 placeholders for required fields it did not find, and validation refuses each by name', () => {
    const { spec, report } = draft(['各有关单位：', '一、申报条件', '1.在苏州市注册', '2.依法纳税'].join('\n'));
    expect(spec).toMatchObject({
      title: '待补充：政策名称',
      issuer: '待补充：发文单位',
      parties: ['待补充：适用对象'],
      conditions: ['在苏州市注册', '依法纳税'],
      process: ['待补充：申报流程'],
      reward: { items: ['待补充：奖补标准'] },
      qr: { url: '待补充：二维码网址' },
    });
    expect(report.missing.filter((missing) => missing.required).map((missing) => missing.path)).toEqual(['/title', '/issuer', '/parties', '/process', '/reward/items', '/qr/url']);
    const validated = validateCard(spec, { file: 'cards/x.json' });
    expect(validated.ok).toBe(false);
    if (validated.ok) return;
    expect(validated.errors.map((error) => [error.code, error.format('zh')])).toEqual([
      ['E_PLACEHOLDER', 'cards/x.json: /title (政策名称): 还是草稿占位“待补充：政策名称”；请填写后再生成'],
      ['E_PLACEHOLDER', 'cards/x.json: /issuer (发文单位): 还是草稿占位“待补充：发文单位”；请填写后再生成'],
      ['E_PLACEHOLDER', 'cards/x.json: /parties/0 (适用对象 第1项): 还是草稿占位“待补充：适用对象”；请填写后再生成'],
      ['E_PLACEHOLDER', 'cards/x.json: /process/0 (申报流程 第1步): 还是草稿占位“待补充：申报流程”；请填写后再生成'],
      ['E_PLACEHOLDER', 'cards/x.json: /reward/items/0 (奖补标准 明细 第1项): 还是草稿占位“待补充：奖补标准”；请填写后再生成'],
      ['E_PLACEHOLDER', 'cards/x.json: /qr/url (二维码 链接): 还是草稿占位“待补充：二维码网址”；请填写后再生成'],
    ]);
    expect(validated.errors[0]!.format('en')).toBe('cards/x.json: /title (title): still holds the draft placeholder "待补充：政策名称"; fill it in before generating');
  });

  it('fills gaps from draft.defaults and reports which values came from there', () => {
    const dropped = new Set(['七、联系方式', '市科技局高新处，联系电话：0512-68615000', '苏州市科学技术局', '2026年2月15日']);
    const text = SAMPLE_NOTICE.split('\n').filter((line) => !dropped.has(line)).join('\n').replace('苏州市科学技术局关于', '关于');
    const { spec, report } = draft(text, {
      defaults: { issuer: '苏州市科学技术局', category: '科技创新', contacts: [{ name: '企业服务中心', phone: '0512-12345678' }], qr: { url: URL, caption: '扫码查看原文', purpose: '原文' } },
    });
    expect(spec).toMatchObject({ issuer: '苏州市科学技术局', category: '科技创新', contacts: [{ name: '企业服务中心', phone: '0512-12345678' }], qr: { url: URL, caption: '扫码查看原文', purpose: '原文' } });
    expect(report.fromDefaults.map((value) => [value.path, value.value])).toEqual([
      ['/issuer', '苏州市科学技术局'],
      ['/category', '科技创新'],
      ['/contacts/0', '企业服务中心 0512-12345678'],
      ['/qr/url', URL],
      ['/qr/caption', '扫码查看原文'],
    ]);
    expect(validateCard(spec).ok).toBe(true);
  });

  it('splits or shortens items longer than limits.fieldChars.listItem and caps lists, and the report says so', () => {
    const limits = { spec: { ...LIMITS, listItem: 12, conditions: 3 } };
    const text = ['申报条件', '1.企业在苏州市注册登记。依法纳税满三年。', '2.研发投入占营业收入的比例不低于百分之三以上', '3.无失信记录'].join('\n');
    const { spec, report } = draft(text, { limits });
    expect(spec.conditions).toEqual(['企业在苏州市注册登记。', '依法纳税满三年。', '研发投入占营业收入的比…']);
    expect(report.doubts.map((doubt) => [doubt.kind, doubt.path, doubt.text.zh])).toEqual([
      ['split', '/conditions/0', '这一项超过 12 字（limits.fieldChars.listItem），已在句末拆成 2 项'],
      ['shortened', '/conditions/2', '这一项有 21 字，超过 12 字（limits.fieldChars.listItem），已截短；请对照原文改写'],
      ['dropped', '/conditions', '共 4 项，超过上限 3 项（limits.listItems.conditions），后 1 项未写入，从第 4 项“无失信记录”起；请挑选要保留的项，合并或删减，或提高上限'],
    ]);
  });

  it('names an item the limit left out once, by the doubt that says so, not again as shortened', () => {
    const limits = { spec: { ...LIMITS, listItem: 12, conditions: 2 } };
    const text = ['申报条件', '1.企业在苏州市注册登记。依法纳税满三年。', '2.研发投入占营业收入的比例不低于百分之三以上', '3.无失信记录'].join('\n');
    const { report } = draft(text, { limits });
    expect(report.doubts.map((doubt) => [doubt.kind, doubt.path, doubt.from, doubt.text.en])).toEqual([
      ['split', '/conditions/0', [{ line: 2 }], 'this item is longer than 12 characters (limits.fieldChars.listItem); split at sentence ends into 2 items'],
      ['dropped', '/conditions', [{ line: 3 }, { line: 4 }], '4 items, more than the limit of 2 (limits.listItems.conditions); the last 2 were left out, from item 3 "研发投入占营业收入的比…". Choose the ones to keep, merge or trim them, or raise the limit'],
    ]);
  });

  it('names a line once where two items of it made one value', () => {
    const text = ['关于组织申报2026年度智能制造专项的通知', '三、支持标准', '“甲类专项”，单个项目最高支持50万元；“乙类专项”，单个项目最高支持30万元。'].join('\n');
    const { spec, report } = draft(text);
    expect(spec.reward?.table?.rows).toHaveLength(2);
    expect(report.sources.find((source) => source.path === '/reward/table')).toMatchObject({ from: [{ line: 3 }], text: '“甲类专项”，单个项目最高支持50万元；“乙类专项”，单个项目最高支持30万元。' });
  });

  it('reports headings that match no field, and sub-programmes', () => {
    const text = [
      '关于兑现2026年度工业企业奖励的通知',
      '一、研发奖励',
      '（一）申报条件',
      '1.研发投入增长20%以上',
      '（二）奖励标准',
      '给予最高50万元奖励。',
      '二、技改奖励',
      '（一）申报条件',
      '1.技改投入1000万元以上',
      '（二）奖励标准',
      '按投入的10%给予补助，最高200万元。',
      '三、纪律要求',
      '1.严禁弄虚作假',
    ].join('\n');
    const { spec, report } = draft(text);
    expect(spec.reward).toMatchObject({ headline: '最高200万元', items: ['给予最高50万元奖励。', '按投入的10%给予补助，最高200万元。'] });
    expect(report.subProgrammes).toEqual([
      { title: '研发奖励', from: { line: 2 }, fields: ['conditions', 'reward'] },
      { title: '技改奖励', from: { line: 7 }, fields: ['conditions', 'reward'] },
    ]);
    expect(report.doubts.filter((doubt) => doubt.kind === 'unmatched-heading').map((doubt) => doubt.text.zh)).toEqual(['标题“三、纪律要求”没有对应的卡片字段，其下内容未写入']);
  });

  it('reads the groups of 扶持对象应符合以下条件： as the parties', () => {
    const text = [
      '第二条 扶持对象应符合以下条件：',
      '（一）经营主体（企业、平台、组织类）：',
      '1.具有独立法人资格、有健全的财务制度。',
      '2.在本区从事生产经营活动。',
      '（二）经营主体（农户个体类）：在本区从事农业生产经营活动的人员。',
    ].join('\n');
    const { spec } = draft(text);
    expect(spec.parties).toEqual(['经营主体（企业、平台、组织类）', '经营主体（农户个体类）：在本区从事农业生产经营活动的人员。']);
    expect(spec.conditions).toEqual(['具有独立法人资格、有健全的财务制度。', '在本区从事生产经营活动。']);
  });

  it('refuses a text with no card field: E_DRAFT_EMPTY with the headings seen', () => {
    let caught: unknown;
    try {
      draft(['会议纪要', '一、参会人员', '1.张三', '二、会议内容', '讨论了明年的工作安排。'].join('\n'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'E_DRAFT_EMPTY' });
    expect((caught as { format(lang: string): string }).format('zh')).toBe(
      '通知.txt: 找不到任何卡片字段（政策名称、文号、适用对象、申报条件、申报流程、奖补标准、申报材料、申报时间、咨询方式）；看到的标题：一、参会人员、二、会议内容。请确认这是政策通知或申报指南，或手工填写卡片',
    );
  });

  it('drops web chrome; the card takes Chinese punctuation while the report quotes the source as it is', () => {
    const text = ['首页 > 政策文件', '关于开展稳岗补贴申报的通知', '发布时间：2026-03-01 浏览次数：120', '【字体：大 中 小】', '申报对象:在苏参保企业(含个体工商户)', '打印本页 关闭窗口'].join('\n');
    const { spec, report } = draft(text);
    expect(spec.title).toBe('关于开展稳岗补贴申报的通知');
    expect(spec.parties).toEqual(['在苏参保企业（含个体工商户）']);
    expect(report.sources.find((source) => source.path === '/parties/0')?.text).toBe('在苏参保企业(含个体工商户)');
  });
});
