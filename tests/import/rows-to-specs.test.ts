/**
 * What import fixes or notices in a row without refusing it, in real .xlsx files: a phone that
 * Excel stored as a number, a phone without a department, the template's example row. Each
 * warning names its cell, in Chinese and in English.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { EXAMPLE_CARD, sheetTemplateBytes } from '../../src/import/sheet-template.js';
import { buildTestWorkbook, tempDir } from '../helpers/sheets.js';

const HEADERS = ['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'];
const ROW = ['稳岗补贴', '苏州市人社局、苏州市财政局', '参保企业', '足额缴费', '网上申请', '返还60%', 'https://hrss.suzhou.gov.cn/wg'];

async function readRows(headers: string[], rows: Array<Array<ExcelJS.CellValue>>) {
  const work = await tempDir();
  await writeFile(path.join(work, '政策清单.xlsx'), await buildTestWorkbook([{ name: '政策清单', rows: [headers, ...rows] }]));
  return (await readSheetCards('政策清单.xlsx', { cwd: work })).rows;
}

const warningTexts = (row: { warnings: Array<{ code: string; text: { zh: string; en: string } }> }) => row.warnings.map((warning) => [warning.code, warning.text.zh, warning.text.en]);

describe('a phone Excel stored as a number', () => {
  it.each<[string, ExcelJS.CellValue, string, string[] | undefined]>([
    [
      'a Suzhou landline lost its 0',
      51268751234,
      '051268751234',
      [
        'W_PHONE_FIXED',
        '政策清单!I2 咨询电话: 电话 51268751234 开头的 0 被 Excel 去掉了（单元格是数字格式），已按 051268751234 导入；请把这一列设为“文本”格式后重新填写',
        '政策清单!I2 咨询电话: the phone 51268751234 lost its leading 0 (Excel stored it as a number); imported as 051268751234. Format the column as text and type the number again',
      ],
    ],
    [
      'a Shanghai landline (10 digits left)',
      2168751234,
      '02168751234',
      [
        'W_PHONE_FIXED',
        '政策清单!I2 咨询电话: 电话 2168751234 开头的 0 被 Excel 去掉了（单元格是数字格式），已按 02168751234 导入；请把这一列设为“文本”格式后重新填写',
        '政策清单!I2 咨询电话: the phone 2168751234 lost its leading 0 (Excel stored it as a number); imported as 02168751234. Format the column as text and type the number again',
      ],
    ],
    ['a mobile stays', 13800000000, '13800000000', undefined],
    ['a service number stays', 12333, '12333', undefined],
    ['a local number without area code stays', 68751234, '68751234', undefined],
    ['a phone typed as text stays', '0512-68751234', '0512-68751234', undefined],
  ])('%s', async (_name, phone, imported, warning) => {
    const [row] = await readRows([...HEADERS, '咨询部门', '咨询电话'], [[...ROW, '市人社局', phone]]);
    expect(row!.errors).toEqual([]);
    expect(row!.card?.contacts).toEqual([{ name: '市人社局', phone: imported }]);
    expect(warningTexts(row!)).toEqual(warning ? [warning] : []);
  });

  it('puts the 0 back line by line in a cell of several phones', async () => {
    const [row] = await readRows([...HEADERS, '咨询部门', '咨询电话'], [[...ROW, '市人社局\n市财政局', '12333\n51268751234']]);
    expect(row!.card?.contacts).toEqual([
      { name: '市人社局', phone: '12333' },
      { name: '市财政局', phone: '051268751234' },
    ]);
    expect(row!.warnings.map((warning) => warning.code)).toEqual(['W_PHONE_FIXED']);
  });
  it('puts the 0 back in a CSV file too, where Excel dropped it when saving', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, '政策清单.csv'), `${[...HEADERS, '咨询部门', '咨询电话'].join(',')}\r\n${[...ROW, '市人社局', '51268751234'].join(',')}\r\n`);
    const [row] = (await readSheetCards('政策清单.csv', { cwd: work })).rows;
    expect(row!.card?.contacts).toEqual([{ name: '市人社局', phone: '051268751234' }]);
    expect(warningTexts(row!)).toEqual([
      [
        'W_PHONE_FIXED',
        '政策清单!I2 咨询电话: 电话 51268751234 开头的 0 被 Excel 去掉了（Excel 把它当作数字保存了），已按 051268751234 导入；请把这一列设为“文本”格式后重新填写',
        '政策清单!I2 咨询电话: the phone 51268751234 lost its leading 0 (Excel saved it as a number); imported as 051268751234. Format the column as text and type the number again',
      ],
    ]);
  });
});

describe('a phone without a department', () => {
  it('takes the first issuer as the contact name, naming the phone cell when there is no 咨询部门 column', async () => {
    const [row] = await readRows([...HEADERS, '咨询电话'], [[...ROW, '0512-65220000']]);
    expect(row!.errors).toEqual([]);
    expect(row!.card?.contacts).toEqual([{ name: '苏州市人社局', phone: '0512-65220000' }]);
    expect(warningTexts(row!)).toEqual([
      [
        'W_CONTACT_NAME',
        '政策清单!H2 咨询电话: 没有填写咨询部门，已用发文单位“苏州市人社局”作为咨询部门；如需其他部门，请填写“咨询部门”列',
        '政策清单!H2 咨询电话: no contact name given; the issuer “苏州市人社局” is used as the contact name. Fill the “咨询部门” column to name another department',
      ],
    ]);
  });

  it('names the empty 咨询部门 cell when the column is there', async () => {
    const [row] = await readRows([...HEADERS, '联系部门', '咨询电话', '咨询地址'], [[...ROW, null, '12333\n0512-65220000', '无\n三香路120号']]);
    expect(row!.card?.contacts).toEqual([
      { name: '苏州市人社局', phone: '12333' },
      { name: '苏州市人社局', phone: '0512-65220000', address: '三香路120号' },
    ]);
    expect(warningTexts(row!)).toEqual([
      [
        'W_CONTACT_NAME',
        '政策清单!H2 联系部门: 没有填写咨询部门，已用发文单位“苏州市人社局”作为咨询部门；如需其他部门，请填写“联系部门”列',
        '政策清单!H2 联系部门: no contact name given; the issuer “苏州市人社局” is used as the contact name. Fill the “联系部门” column to name another department',
      ],
    ]);
  });

  it('still refuses a phone line without a name when other lines have names (the lines do not line up)', async () => {
    const [row] = await readRows([...HEADERS, '咨询部门', '咨询电话'], [[...ROW, '市人社局', '12333\n0512-65220000']]);
    expect(row!.card).toBeUndefined();
    expect(row!.errors.map((error) => error.format('zh'))).toEqual([
      '政策清单!H2 咨询部门: 第2个咨询方式没有部门名称；请在“咨询部门”单元格内的第2行填写（部门、电话、地址在单元格内按行一一对应）',
    ]);
    expect(row!.warnings).toEqual([]);
  });
});

describe("the template's example row", () => {
  it('imports unchanged with a warning that names it', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, '模板.xlsx'), await sheetTemplateBytes('xlsx'));
    const [row] = (await readSheetCards('模板.xlsx', { cwd: work })).rows;
    expect(row!.card).toStrictEqual(EXAMPLE_CARD);
    expect(warningTexts(row!)).toEqual([
      [
        'W_EXAMPLE_ROW',
        '政策清单!A2 编号: 这是模板自带的示例行，内容未改，会生成示例卡片“稳岗补贴（示例，请改写或删除本行）”；请改写或删除这一行',
        "政策清单!A2 编号: this is the template's example row, unchanged: it makes the example card “稳岗补贴（示例，请改写或删除本行）”. Rewrite or delete the row",
      ],
    ]);
  });

  it('warns when a rewritten row keeps the example id', async () => {
    const [row] = await readRows(['编号', ...HEADERS], [[EXAMPLE_CARD.id, ...ROW]]);
    expect(row!.errors).toEqual([]);
    expect(warningTexts(row!)).toEqual([
      [
        'W_EXAMPLE_ROW',
        '政策清单!A2 编号: 这一行仍使用示例行的编号 shili-wengang-butie；请换成这项政策自己的编号，或清空后由政策名称生成',
        "政策清单!A2 编号: this row still uses the example row's id shili-wengang-butie; give it an id of its own, or clear it to make one from the title",
      ],
    ]);
  });

  it('says nothing about other rows', async () => {
    const [row] = await readRows(HEADERS, [ROW]);
    expect(row!.warnings).toEqual([]);
  });
});

describe('a lone date in the 申报时间 / 受理时间 column', () => {
  it.each<[string, ExcelJS.CellValue, ExcelJS.CellValue, Record<string, string>]>([
    ['an Excel date is the deadline', new Date(Date.UTC(2026, 5, 30)), null, { end: '2026-06-30' }],
    ['a date typed as text is the deadline', '2026年6月30日', null, { end: '2026-06-30' }],
    ['words stay the note', '常年受理', null, { note: '常年受理' }],
    ['a window is the start and the deadline', '2026年3月1日至4月30日', null, { start: '2026-03-01', end: '2026-04-30' }],
    ['a window with words after it stays the note', '2026年3月1日至4月30日（工作日）', null, { note: '2026年3月1日至4月30日（工作日）' }],
    ['a window ending on another day than 申报截止 stays the note', '2026年3月1日至4月30日', '2026/5/31', { end: '2026-05-31', note: '2026年3月1日至4月30日' }],
    ['the same date as 申报截止 is said once', new Date(Date.UTC(2026, 5, 30)), '2026/6/30', { end: '2026-06-30' }],
    ['a date other than 申报截止 stays beside it as the note', '2026/5/31', '2026/6/30', { end: '2026-06-30', note: '2026/5/31' }],
  ])('%s', async (_name, when, end, period) => {
    const [row] = await readRows([...HEADERS, '申报时间', '申报截止'], [[...ROW, when, end]]);
    expect(row!.errors).toEqual([]);
    expect(row!.card?.period).toEqual(period);
  });

  it('is checked against 申报开始 at its own cell', async () => {
    const [row] = await readRows([...HEADERS, '申报开始', '申报时间'], [[...ROW, '2026/7/1', new Date(Date.UTC(2026, 5, 30))]]);
    expect(row!.errors.map((error) => [error.code, error.format('zh'), error.format('en')])).toEqual([
      ['E_SCHEMA', '政策清单!I2 申报时间: 截止日期 2026-06-30 早于开始日期 2026-07-01', '政策清单!I2 申报时间: end date 2026-06-30 is before start date 2026-07-01'],
    ]);
  });
});
