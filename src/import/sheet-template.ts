/**
 * The workbook an office hands to staff: the 政策清单 sheet with every column, one filled
 * example row, a note on each header saying how to fill it, data validation where Excel
 * supports it (dates, text length, a category list), and a 填写说明 sheet. Importing the
 * template as it is gives one valid card: the example.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { CardSpec } from '../spec/card-schema.js';
import { cardToRow } from './card-to-row.js';
import { shownPath } from './sheet-cards.js';
import { SHEET_COLUMNS } from './sheet-columns.js';
import { columnLetter } from './sheet-table.js';
import { assertWritable, buildWorkbook, columnsFor, csvBytes, sheetFormatOf, workbookBytes, writeBytes, SHEET_NAME } from './write-sheet.js';

/** Offered in the 政策类别 drop-down; other categories may still be typed. */
export const CATEGORY_SUGGESTIONS = ['智改数转', '科技创新', '专精特新', '人才', '稳岗', '就业创业', '外贸', '首台套', '税收优惠', '金融支持', '社会保障'];

/** Rows below the header that carry the data validation. */
const VALIDATED_ROWS = 1000;

/** The example row: a complete, valid card that shows every way of filling a cell. */
export const EXAMPLE_CARD: CardSpec = {
  id: 'shili-wengang-butie',
  title: '稳岗补贴（示例，请改写或删除本行）',
  issuer: '苏州市人力资源和社会保障局、苏州市财政局',
  docNo: '苏人社规〔2026〕3号',
  category: '稳岗',
  summary: '参保企业不裁员或少裁员，就能拿回一部分失业保险费。',
  edition: '2026-01-20',
  parties: ['在苏州市参加失业保险的企业、社会组织和个体工商户'],
  conditions: ['上年度足额缴纳失业保险费满12个月', '上年度未裁员或裁员率不高于控制目标', '申请时处于正常生产经营状态，未被列入严重失信名单'],
  materials: ['无需提交材料，系统自动比对'],
  process: [{ title: '系统比对', detail: '人社部门比对参保和裁员数据' }, '短信通知', '网上确认', '资金到账'],
  reward: {
    headline: '最高返还60%',
    items: ['大型企业按上年度实际缴纳失业保险费的30%返还', '中小微企业按60%返还'],
    table: { columns: ['企业类型', '返还比例'], rows: [['大型企业', '30%'], ['中小微企业', '60%']] },
  },
  period: { start: '2026-03-01', end: '2026-12-31', note: '常年受理，按季度集中审核' },
  contacts: [
    { name: '市失业保险管理中心', phone: '12333' },
    { name: '市人社局就业促进处', phone: '0512-65220000', address: '苏州市姑苏区三香路120号' },
  ],
  qr: [
    { url: 'https://hrss.suzhou.gov.cn/wgfh/zcwj.html', caption: '扫码查看政策原文', purpose: '原文' },
    { url: 'https://hrss.suzhou.gov.cn/wgfh/index.html', purpose: '申报入口' },
  ],
};

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

