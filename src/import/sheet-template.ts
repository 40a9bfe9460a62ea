/**
 * The workbook an office hands to staff: the 政策清单 sheet with every column, one filled
 * example row, a note on each header saying how to fill it, data validation where Excel
 * supports it (dates, text length, a category list), and a 填写说明 sheet. Importing the
 * template as it is gives one valid card, the example, with a warning that it is the example.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { cardToRow } from './card-to-row.js';
import { EXAMPLE_CARD } from './example-card.js';
import { shownPath } from './sheet-cards.js';
import { SHEET_COLUMNS } from './sheet-columns.js';
import { columnLetter } from './sheet-table.js';
import { assertWritable, buildWorkbook, columnsFor, csvBytes, sheetFormatOf, workbookBytes, writeBytes, SHEET_NAME } from './write-sheet.js';

export { EXAMPLE_CARD } from './example-card.js';

/** Offered in the 政策类别 drop-down; other categories may still be typed. */
export const CATEGORY_SUGGESTIONS = ['智改数转', '科技创新', '专精特新', '人才', '稳岗', '就业创业', '外贸', '首台套', '税收优惠', '金融支持', '社会保障'];

/** Rows below the header that carry the data validation. */
const VALIDATED_ROWS = 1000;

function addNotesAndValidation(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet(SHEET_NAME)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  headers.forEach((header, index) => {
    const column = SHEET_COLUMNS.find((entry) => entry.header === header);
    if (!column) return;
    const cell = sheet.getCell(1, index + 1);
    cell.note = `${column.required ? '【必填】' : '【选填】'}${column.note.zh}`;
    const validation: ExcelJS.DataValidation | undefined =
      column.kind === 'date'
        ? {
            type: 'date',
            operator: 'greaterThan',
            allowBlank: true,
            formulae: [new Date(Date.UTC(2000, 0, 1))],
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: '请填写日期',
            error: `${header}应为日期，如 2026/3/31${column.field === 'period.end' ? '；“常年受理”请写在“受理时间”列' : ''}`,
          }
        : column.field === 'category'
          ? {
              type: 'list',
              allowBlank: true,
              formulae: [`"${CATEGORY_SUGGESTIONS.join(',')}"`],
              // information: the list suggests, other categories may still be typed.
              showErrorMessage: true,
              errorStyle: 'information',
              errorTitle: '政策类别',
              error: '不在常用类别中；如确需新类别，点“确定”保留',
            }
          : column.maxLength
            ? {
                type: 'textLength',
                operator: 'lessThanOrEqual',
                allowBlank: true,
                formulae: [column.maxLength],
                showErrorMessage: true,
                errorStyle: 'stop',
                errorTitle: '文字太长',
                error: `${header}最长 ${column.maxLength} 字；完整内容可放在二维码指向的详情页`,
              }
            : undefined;
    if (!validation) return;
    for (let row = 2; row <= VALIDATED_ROWS + 1; row++) sheet.getCell(row, index + 1).dataValidation = validation;
  });
  const example = sheet.getRow(2);
  example.font = { color: { argb: 'FF7F7F7F' }, italic: true };
  sheet.getCell(2, 1).note = '示例行：请直接改写，或删除这一行后从这里开始填写';
}

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('填写说明');
  sheet.columns = [
    { header: '列', key: 'letter', width: 6 },
    { header: '列名', key: 'header', width: 14 },
    { header: '必填', key: 'required', width: 6 },
    { header: '怎么填', key: 'note', width: 80 },
    { header: '也认这些列名', key: 'aliases', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  const headers = ((workbook.getWorksheet(SHEET_NAME)!.getRow(1).values as unknown[]) ?? []).slice(1).map(String);
  headers.forEach((header, index) => {
    const column = SHEET_COLUMNS.find((entry) => entry.header === header)!;
    const row = sheet.addRow({ letter: columnLetter(index), header, required: column.required ? '是' : '', note: column.note.zh, aliases: [...column.aliases, column.field].join('、') });
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.addRow({});
  sheet.addRow({ note: '填好后运行：policy-card import 政策清单.xlsx（写出卡片文件），或 policy-card build 政策清单.xlsx（直接生成图片）。出错时会指出是哪个单元格，如“政策清单!H7 申报条件: 不能为空”。' });
  sheet.addRow({ note: `没有用到的列可以删除（${SHEET_COLUMNS.filter((column) => column.required).map((column) => column.header).join('、')} 和至少一个链接列除外），也可以加“序号”“备注”等自己的列，导入时会忽略。` });
}

/** The template as bytes: .xlsx with notes and validation, or a .csv with the header and example row. */
export async function sheetTemplateBytes(format: 'xlsx' | 'csv'): Promise<Uint8Array> {
  const rows = [cardToRow(EXAMPLE_CARD)];
  const columns = columnsFor([]);
  if (format === 'csv') return csvBytes(rows, columns);
  const workbook = buildWorkbook(rows, columns);
  addNotesAndValidation(workbook);
  addInstructions(workbook);
  return workbookBytes(workbook);
}

export interface SheetTemplateOptions {
  /** The file to write. @default '政策清单模板.xlsx' */
  out?: string | undefined;
  /** Replace the file when it exists. @default false */
  force?: boolean | undefined;
  /** Working directory that relative paths resolve against. @default process.cwd() */
  cwd?: string | undefined;
}

/** Write the template; returns the file as shown to the user. */
export async function writeSheetTemplate(options: SheetTemplateOptions = {}): Promise<string> {
  const cwd = options.cwd ?? process.cwd();
  const out = options.out ?? '政策清单模板.xlsx';
  const format = sheetFormatOf(out);
  const target = path.resolve(cwd, out);
  const file = shownPath(target, cwd);
  await assertWritable(target, file, options.force ?? false);
  await writeBytes(target, await sheetTemplateBytes(format));
  return file;
}

