/**
 * Finding the sheet, its header row and which column fills which field; the whole-sheet errors
 * say what was found and how to fix it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { buildTestWorkbook, tempDir } from '../helpers/sheets.js';
import { parseHeaderMap, selectSheet } from '../../src/import/map-columns.js';
import { rowsToSpecs } from '../../src/import/rows-to-specs.js';
import { fieldForHeader, SHEET_COLUMNS } from '../../src/import/sheet-columns.js';
import type { SheetTable } from '../../src/import/sheet-table.js';

function table(name: string, rows: string[][]): SheetTable {
  return { file: 'list.xlsx', name, rows: rows.map((cells, index) => ({ number: index + 1, cells: cells.map((text) => ({ text })) })) };
}

const GOOD_ROW = ['稳岗补贴', '苏州市人社局', '参保企业', '条件一', '网上申请', '返还60%', 'https://hrss.suzhou.gov.cn/wg'];

describe('mapping columns', () => {
  it('understands header variants, a * marker, notes in brackets and English field names', () => {
    const sheet = table('Sheet1', [['*政策标题', '主管部门', 'Parties', '申报条件（每行一条）', 'process', 'reward.items', '原文链接', '序号'], GOOD_ROW]);
    const { columns } = selectSheet([sheet]);
    expect(columns.columns.map((column) => [column.header, column.field])).toEqual([
      ['*政策标题', 'title'],
      ['主管部门', 'issuer'],
      ['Parties', 'parties'],
      ['申报条件（每行一条）', 'conditions'],
      ['process', 'process'],
      ['reward.items', 'reward.items'],
      ['原文链接', 'qr.原文'],
    ]);
    expect(columns.ignored).toEqual(['H 序号']);
    expect(rowsToSpecs(sheet, columns)[0]!.errors).toEqual([]);
  });

  it('reads Traditional headers, Taiwan and Hong Kong wording included', async () => {
    const headers = ['編號', '政策名稱', '發文單位', '政策類別', '一句話解讀', '適用對象', '申報條件', '申報材料', '申報流程', '獎補金額', '獎補標準', '申報截止', '受理時間', '諮詢部門', '聯絡電話', '諮詢地址', '政策連結', '申報網址', '版本日期'];
    const sheet = table('政策清單', [headers, ['wengang', '穩崗補貼', '蘇州市人社局', '穩崗', '不裁員就返還', '參保企業', '條件一', '無需材料', '網上申請', '最高返還60%', '返還60%', '2026/12/31', '常年受理', '市人社局', '0512-65220000', '三香路120號', 'https://hrss.suzhou.gov.cn/wg', 'https://hrss.suzhou.gov.cn/sb', '2026/1/20']]);
    const { columns } = selectSheet([sheet]);
    expect(columns.ignored).toEqual([]);
    expect(columns.columns.map((column) => column.field)).toEqual([
      'id', 'title', 'issuer', 'category', 'summary', 'parties', 'conditions', 'materials', 'process', 'reward.headline', 'reward.items', 'period.end', 'period.note',
      'contacts.name', 'contacts.phone', 'contacts.address', 'qr.原文', 'qr.申报入口', 'edition',
    ]);
    const [row] = rowsToSpecs(sheet, columns);
    expect(row!.errors).toEqual([]);
    // The cells keep the text as written: only the headers are read in Simplified form.
    expect(row!.card?.title).toBe('穩崗補貼');
    expect(row!.card?.qr).toEqual([{ url: 'https://hrss.suzhou.gov.cn/wg', purpose: '原文' }, { url: 'https://hrss.suzhou.gov.cn/sb', purpose: '申报入口' }]);
  });

  it.each([
    ['奖励标准', 'reward.items'],
    ['补贴标准', 'reward.items'],
    ['资助标准', 'reward.items'],
    ['最高奖励', 'reward.headline'],
    ['最高补贴', 'reward.headline'],
    ['最高资助', 'reward.headline'],
  ])('reads the reward header offices write as %s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('gives every header and alias its own field once simplified (no two fields collide)', () => {
    for (const column of SHEET_COLUMNS) {
      for (const name of [column.header, ...column.aliases, column.field]) expect([name, fieldForHeader(name)]).toEqual([name, column.field]);
    }
  });

  it('lets --map name columns, and ignore one', () => {
    const map = parseHeaderMap({ 项目名称: 'title', 牵头处室: 'issuer', 政策标题: null }, 'map.json');
    const sheet = table('Sheet1', [['项目名称', '牵头处室', '政策标题', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'], [GOOD_ROW[0]!, GOOD_ROW[1]!, '旧标题', ...GOOD_ROW.slice(2)]]);
    const { columns } = selectSheet([sheet], { map });
    expect(columns.columns.slice(0, 2).map((column) => column.field)).toEqual(['title', 'issuer']);
    expect(columns.ignored).toEqual(['C 政策标题']);
    expect(rowsToSpecs(sheet, columns)[0]!.spec['title']).toBe('稳岗补贴');
  });

  it('reads a two-row header: a merged group (联系方式) over its columns (联系人, 联系电话), the other headers merged down', async () => {
    const header = ['序号', '政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '联系方式', null, '政策链接'];
    const sub = [null, null, null, null, null, null, null, '联系人', '联系电话', null];
    const row = [1, '稳岗返还', '区人社局', '参保企业', '不裁员', '申请→审核', '返还50%', '就业科', '0512-68001234', 'https://a.example.gov.cn/x'];
    const merges = ['A1:J1', ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J'].map((column) => `${column}2:${column}3`), 'H2:I2'];
    const work = await tempDir();
    await writeFile(path.join(work, 'two.xlsx'), await buildTestWorkbook([{ name: '清单', rows: [['2026年政策清单'], header, sub, row], merges }]));
    const sheet = await readSheetCards('two.xlsx', { cwd: work });
    expect(sheet.headerRow).toBe(3);
    expect(sheet.ignoredColumns).toEqual(['A 序号']);
    expect(sheet.rows.map((entry) => [entry.row, entry.errors.map((error) => error.format('zh')), entry.card?.contacts])).toEqual([
      [4, [], [{ name: '就业科', phone: '0512-68001234' }]],
    ]);
  });

  it('leaves out a hidden column that names the same field as a visible one (an old column kept out of sight)', async () => {
    const work = await tempDir();
    const header = ['政策名称（旧）', '政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'];
    const row = ['旧名', '稳岗返还', '区人社局', '参保企业', '不裁员', '申请→审核', '返还50%', 'https://a.example.gov.cn/x'];
    await writeFile(path.join(work, 'hidden.xlsx'), await buildTestWorkbook([{ name: '清单', rows: [header, row], hiddenColumns: [1] }]));
    const sheet = await readSheetCards('hidden.xlsx', { cwd: work });
    expect([sheet.ignoredColumns, sheet.hiddenIgnoredColumns]).toEqual([['A 政策名称（旧）'], ['A 政策名称（旧）']]);
    expect(sheet.rows.map((entry) => [entry.errors, entry.card?.title])).toEqual([[[], '稳岗返还']]);
  });

  it('says which columns are hidden when two hidden columns fill one field', () => {
    const both = table('清单', [['政策名称（旧）', '政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接']]);
    both.hiddenColumns = [0, 1];
    expect(() => selectSheet([both])).toThrow('list.xlsx: 工作表“清单”的 A 列“政策名称（旧）”（隐藏的列）和 B 列“政策名称”（隐藏的列）都对应“政策名称”；请删去或改名其中一列，或用 --map 指定');
  });

  it('does not take the first data row for a second header row', () => {
    const sheet = table('Sheet1', [['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'], GOOD_ROW]);
    expect(selectSheet([sheet]).columns.headerRow).toBe(1);
  });

  it('picks the sheet named with --sheet', () => {
    const list = table('人才', [['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'], GOOD_ROW]);
    expect(selectSheet([table('科技', [['x']]), list], { sheet: '人才' }).table.name).toBe('人才');
  });

  it.each([
    [
      'a sheet named with --sheet that does not exist',
      [table('政策清单', [['政策名称']])],
      { sheet: '人才' },
      'list.xlsx: 没有名为“人才”的工作表；现有工作表：“政策清单”',
    ],
    [
      'no header row',
      [table('Sheet1', [['你好', '世界'], ['a', 'b']])],
      {},
      'list.xlsx: 在工作表“Sheet1”的前 20 行中找不到表头（应有“政策名称”“发文单位”“申报条件”等列名）；第 1 行是：A 你好、B 世界。可用 policy-card sheet-template 生成模板，或用 --map 指定列名',
    ],
    [
      'required columns missing',
      [table('政策清单', [['政策名称', '发文单位', '申报条件', '备注']])],
      {},
      'list.xlsx: 工作表“政策清单”第 1 行的表头中缺少必填的列：“适用对象”（也可写作 支持对象、申报对象、扶持对象、parties），“申报流程”（也可写作 办理流程、申请流程、process），“奖补标准”（也可写作 支持标准、扶持标准、奖励标准、补贴标准、资助标准、reward、reward.items）。现有表头：A 政策名称、B 发文单位、C 申报条件、D 备注。请补上这些列，或用 --map 指定哪一列对应哪个字段',
    ],
    [
      'two columns for one field',
      [table('政策清单', [['政策名称', '政策标题', '发文单位']])],
      {},
      'list.xlsx: 工作表“政策清单”的 A 列“政策名称”和 B 列“政策标题”都对应“政策名称”；请删去或改名其中一列，或用 --map 指定',
    ],
  ])('reports %s', (_name, tables, options, message) => {
    expect(() => selectSheet(tables, options)).toThrow(message);
  });

  it('checks --map field names', () => {
    expect(() => parseHeaderMap({ 名称: 'titel' }, 'map.json')).toThrow(/^map\.json: --map 中“名称”对应的字段 "titel" 不存在；可用字段：id、title、issuer/);
    expect(() => parseHeaderMap(['title'], 'map.json')).toThrow('map.json: --map 文件应为 JSON 对象：{"表头": "字段"}');
  });
});

describe('cell errors point at the cell', () => {
  const header = ['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '咨询部门', '咨询电话', '政策链接', '申报入口', '申报开始', '申报截止'];
  it.each([
    ['an item too long', { 申报条件: `条件一\n${'长'.repeat(301)}` }, `政策清单!D2 申报条件 第2项: 最多 300 字（limits.fieldChars.listItem），收到文本 "${'长'.repeat(40)}…"（301字）；请精简文字，完整内容可放在二维码指向的详情页`],
    ['a step name too long', { 申报流程: `网上申请\n${'审'.repeat(41)}：说明` }, `政策清单!E2 申报流程 第2步 名称: 最多 40 字（limits.fieldChars.stepTitle），收到文本 "${'审'.repeat(40)}…"（41字）；请精简文字，完整内容可放在二维码指向的详情页`],
    ['a bad URL on the second line of a link cell', { 政策链接: '', 申报入口: 'https://a.gov.cn/1\n见附件' }, '政策清单!J2 申报入口 第2项: 应为完整的 https:// 或 http:// 网址（不含空格），收到文本 "见附件"（3字）'],
    ['three QR codes', { 政策链接: 'https://a.gov.cn/1', 申报入口: 'https://a.gov.cn/2\nhttps://a.gov.cn/3' }, '政策清单!I2 政策链接: 最多 2 项，收到列表（3项）；请合并或删减条目'],
    ['no link at all', { 政策链接: '' }, '政策清单!I2 政策链接: 请填写政策链接或申报入口（完整网址，以 https:// 开头），或在 policy-card.config.json 中设置 site.baseUrl，让二维码指向政策详情页'],
    ['a phone without a department', { 咨询部门: '市人社局', 咨询电话: '12333\n0512-1' }, '政策清单!G2 咨询部门: 第2个咨询方式没有部门名称；请在“咨询部门”单元格内的第2行填写（部门、电话、地址在单元格内按行一一对应）'],
    ['an end before the start', { 申报开始: '2026/5/1', 申报截止: '2026/4/1' }, '政策清单!L2 申报截止: 截止日期 2026-04-01 早于开始日期 2026-05-01'],
    ['a date that does not exist', { 申报截止: '2026/2/30' }, '政策清单!L2 申报截止: 没有这一天：2026 年 2 月没有 30 日，收到文本 "2026/2/30"（9字）'],
    ['a month that does not exist', { 申报截止: '2026/13/1' }, '政策清单!L2 申报截止: 没有这一天：一年只有 1–12 月，这里写的是 13 月，收到文本 "2026/13/1"（9字）'],
  ])('%s', (_name, values, message) => {
    const base: Record<string, string> = { 政策名称: '稳岗补贴', 发文单位: '市人社局', 适用对象: '企业', 申报条件: '条件一', 申报流程: '网上申请', 奖补标准: '返还60%', 政策链接: 'https://a.gov.cn/x' };
    const merged: Record<string, string> = { ...base, ...values };
    const sheet = table('政策清单', [header, header.map((name) => merged[name] ?? '')]);
    const rows = rowsToSpecs(sheet, selectSheet([sheet]).columns);
    expect(rows[0]!.errors.map((error) => error.format('zh'))).toEqual([message]);
  });

  it('reports an Excel error value and a formula without a result at their cells', () => {
    const sheet = table('政策清单', [header, ['稳岗补贴', '市人社局', '企业', '条件一', '网上申请', '返还60%', '', '', 'https://a.gov.cn/x', '', '', '']]);
    sheet.rows[1]!.cells[1] = { text: '', problem: { zh: '单元格是 Excel 错误值 #N/A；请改正公式或直接填写内容', en: 'x' } };
    const rows = rowsToSpecs(sheet, selectSheet([sheet]).columns);
    expect(rows[0]!.errors.map((error) => error.format('zh'))).toEqual(['政策清单!B2 发文单位: 单元格是 Excel 错误值 #N/A；请改正公式或直接填写内容']);
  });
});
