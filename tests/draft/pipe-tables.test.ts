/**
 * Tables that reach the text as text: rows kept with their pipes, cells set one per line, and a
 * guide's criteria kept as a table. Each test reads a small document written for it; none copies a
 * corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { readTxt, withoutCellBorder } from '../../src/draft/read-txt.js';
import { lines, draft, txt } from './small-document.js';

describe('a portal guide\'s acceptance criteria kept as a table', () => {
  it('reads 受理标准 as the conditions, not a reward standard', () => {
    expect(fieldForHeading('受理标准')).toBe('conditions');
    expect(fieldForHeading('受理条件')).toBe('conditions');
  });

  it('keeps each lead-in with its own numbered list in one row, and drops the rule and word-only rows', () => {
    const { spec } = draft(
      '某某补贴办事指南',
      '受理标准',
      '可申请人群 | 法人 | ||',
      '---|---|---|---|',
      '具体条件 | 甲地区受理条件为：1.企业在本市注册满一年。2.上年度纳税额不低于50万元。乙地区受理条件为：1.企业在本区注册。2.上年度营业收入不低于1000万元。 |',
      '办理流程',
      '1.申请 企业在系统提交申请。',
      '2.审核 区人社局审核申请材料。',
    );
    expect(spec.conditions).toEqual(['甲地区受理条件为：1.企业在本市注册满一年。2.上年度纳税额不低于50万元。', '乙地区受理条件为：1.企业在本区注册。2.上年度营业收入不低于1000万元。']);
  });

  it('still splits a single lead-in\'s list into items', () => {
    const { spec } = draft('某某通知', '一、申报条件', '申报企业应符合以下条件：1.在本市注册满一年。2.上年度纳税额不低于50万元。');
    expect(spec.conditions).toEqual(['在本市注册满一年。', '上年度纳税额不低于50万元。']);
  });
});

describe('a table flattened to one cell per line under its 序号 header gives no items', () => {
  it('drops the header, the row numbers and the short cells, and keeps the sentences around them', () => {
    const { spec } = draft('某区专项资金申报通知', '一、申报对象', '在本区注册并正常经营的服务业企业。', '序号', '申报类别', '1', '总部落户项目', '2', '平台建设项目', '上年度营业收入不低于1000万元的企业优先。', '二、申报条件', '1. 依法纳税。', '2. 无失信记录。');
    expect(spec.parties).toEqual(['在本区注册并正常经营的服务业企业。', '上年度营业收入不低于1000万元的企业优先。']);
  });

  it.each([['序号', '项目'], ['12', '3']])('keeps nothing of a lone cell run (%s, %s)', (first, second) => {
    const { spec } = draft('某区专项资金申报通知', '一、申报对象', '在本区注册的企业。', first, second, '二、申报条件', '1. 依法纳税。');
    expect(spec.parties).toEqual(['在本区注册的企业。']);
  });
});

describe("a page laid out in a table keeps its cells' right borders as pipes", () => {
  it.each([
    ['关于组织申报2026年某某奖励的通知 |', '关于组织申报2026年某某奖励的通知'],
    ['关于组织申报2026年某某奖励的通知 | ||||||||', '关于组织申报2026年某某奖励的通知'],
    ['某区科学技术局 2026年3月1日 |', '某区科学技术局 2026年3月1日'],
    ['|', ''],
    ['||||||||', ''],
    // A row with a pipe between its cells is a table's row.
    ['编号 | 计划名称 |', '编号 | 计划名称 |'],
    ['可办理人群 | 自然人 | ||', '可办理人群 | 自然人 | ||'],
    ['没有竖线的一行', '没有竖线的一行'],
  ])('%s → %s', (line, text) => {
    expect(withoutCellBorder(line)).toBe(text);
  });

  it('reads the title above a body run into one cell, and drops rows of borders', () => {
    const document = txt('|', '||||||||', '关于组织申报2026年某某奖励的通知 | ||||||||', '各区经信局：现将有关事项通知如下：一、申报范围 本市新增的小微企业。二、申报材料 1.资金申请表。 |', '|');
    expect(document.lines.map((line) => line.text)).not.toContain('|');
    const { spec } = draftCard(document);
    expect(spec['title']).toBe('关于组织申报2026年某某奖励的通知');
  });
});

describe('a table that a page\'s text kept with its pipes', () => {
  const notice = (...table: string[]) =>
    readTxt(
      'notice.txt',
      new TextEncoder().encode(
        ['关于组织申报2026年某某中心的通知', '一、申报对象', '本区注册的企业。', '二、组织方式', '1、各街道组织企业择优推荐，区科技局组织初审。', '各街道择优推荐，名额分配如下。', ...table, '2026年8月12日前，将申报材料报送至区科创中心。', '区科技局组织初审后向市科技局推荐。'].join('\n'),
      ),
    );

  it.each([
    [['序号 | 区域 | 推荐名额 |', '1 | 甲街道 | 1 |', '2 | 乙镇 | 2 |']],
    [['| 序号 | 区域 | 推荐名额 |', '| --- | --- | --- |', '| 1 | 甲街道 | 1 |']],
  ])('ends the item above it, adds no pipes, and leaves the lines after it items of their own: %j', (table) => {
    const process = draftCard(notice(...table)).spec['process'] as Array<string | { title: string; detail: string }>;
    const texts = process.map((step) => (typeof step === 'string' ? step : `${step.title}：${step.detail}`));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('名额分配如下。');
    expect(texts.join('')).not.toContain('|');
    expect(texts[1]).toContain('2026年8月12日前');
    expect(texts[2]).toContain('区科技局组织初审后');
  });
});
