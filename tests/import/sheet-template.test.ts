/**
 * The template staff fill in: every column with a note, validation where Excel has it, an
 * example row that imports as a valid card, and a 填写说明 sheet.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { EXAMPLE_CARD, sheetTemplateBytes, writeSheetTemplate } from '../../src/import/sheet-template.js';
import { tempDir } from '../helpers/sheets.js';

const TEMPLATE_HEADERS = ['编号', '政策名称', '发文单位', '文号', '政策类别', '一句话解读', '适用对象', '申报条件', '申报材料', '申报流程', '奖补金额', '奖补标准', '奖补档次表', '申报开始', '申报截止', '受理时间', '咨询部门', '咨询电话', '咨询地址', '政策链接', '申报入口', '版本日期'];

describe('sheet template (.xlsx)', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  const column = (header: string): number => TEMPLATE_HEADERS.indexOf(header) + 1;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sheetTemplateBytes('xlsx')) as unknown as ExcelJS.Buffer);
    sheet = workbook.getWorksheet('政策清单')!;
  });

  it('has the list sheet and an instructions sheet', () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['政策清单', '填写说明']);
  });

  it('writes every template column, frozen header, widths', () => {
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(column('申报条件')).width).toBe(48);
  });

  it('explains each column in a header note', () => {
    const note = (header: string): unknown => {
      const value = sheet.getCell(1, column(header)).note;
      return typeof value === 'string' ? value : value?.texts?.map((part) => part.text).join('');
    };
    expect(note('政策名称')).toBe('【必填】最长 120 字');
    expect(note('申报条件')).toBe('【必填】每行一条（单元格内按 Alt+Enter 换行），也可写 1. 1、（1）① 编号或用“；”分隔');
    expect(note('申报截止')).toBe('【选填】日期，如 2026/3/31、2026-03-31 或 2026年3月31日；“常年受理”等文字请写在“受理时间”列');
    expect(note('申报入口')).toBe('【选填】二维码，用途“申报入口”。完整网址，以 https:// 开头；可在网址前写二维码下方的说明文字，如“扫码在线申报 https://…”；超链接单元格取其链接地址');
    expect(note('政策链接')).toContain('如“扫码查看政策原文 https://…”');
  });

  it('validates dates, text length and offers a category list', () => {
    expect(sheet.getCell(5, column('申报截止')).dataValidation).toMatchObject({ type: 'date', operator: 'greaterThan', allowBlank: true, showErrorMessage: true });
    expect(sheet.getCell(5, column('政策名称')).dataValidation).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [120] });
    expect(sheet.getCell(5, column('政策类别')).dataValidation).toMatchObject({
      type: 'list',
      errorStyle: 'information',
      formulae: ['"智改数转,科技创新,专精特新,人才,稳岗,就业创业,外贸,首台套,税收优惠,金融支持,社会保障"'],
    });
  });

  it('lists every column in 填写说明', () => {
    const instructions = workbook.getWorksheet('填写说明')!;
    expect(instructions.getRow(3).values).toEqual([undefined, 'B', '政策名称', '是', '最长 120 字', '政策标题、名称、标题、政策项目、title']);
    expect(instructions.getColumn(2).values.slice(2, 2 + TEMPLATE_HEADERS.length)).toEqual(TEMPLATE_HEADERS);
  });

  it('imports as it is: the example row is one valid card', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, 'template.xlsx'), await sheetTemplateBytes('xlsx'));
    const read = await readSheetCards('template.xlsx', { cwd: work });
    expect(read.rows.map((row) => row.errors)).toEqual([[]]);
    expect(read.rows[0]!.card).toStrictEqual(EXAMPLE_CARD);
  });
});

describe('writeSheetTemplate', () => {
  it('writes a CSV template with BOM, header and example row', async () => {
    const work = await tempDir();
    expect(await writeSheetTemplate({ out: '模板.csv', cwd: work })).toBe('模板.csv');
    const read = await readSheetCards('模板.csv', { cwd: work });
    expect(read.rows.map((row) => row.card)).toStrictEqual([EXAMPLE_CARD]);
  });

  it('does not replace an existing file unless forced', async () => {
    const work = await tempDir();
    await writeSheetTemplate({ cwd: work });
    await expect(writeSheetTemplate({ cwd: work })).rejects.toThrow('政策清单模板.xlsx: 文件已存在；要覆盖请加 --force');
    await expect(writeSheetTemplate({ cwd: work, force: true })).resolves.toBe('政策清单模板.xlsx');
  });
});
