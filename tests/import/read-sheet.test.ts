/**
 * What a cell holds in an .xlsx file, as the import sees it; and files that cannot be read.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellFromValue, readSheetFile } from '../../src/import/read-sheet.js';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { cellAddress, columnLetter } from '../../src/import/sheet-table.js';
import { loadCards } from '../../src/spec/load-cards.js';
import { rejectedCardError } from '../helpers/errors.js';
import { buildTestWorkbook, tempDir } from '../helpers/sheets.js';

describe('cell values', () => {
  it.each([
    ['empty', null, undefined, { text: '' }],
    ['text', '申报条件', undefined, { text: '申报条件' }],
    ['a number', 12333, undefined, { text: '12333', number: 12333 }],
    ['a percentage', 0.6, '0%', { text: '60%', number: 0.6 }],
    ['a percentage with a decimal', 0.055, '0.0%', { text: '5.5%', number: 0.055 }],
    ['a percentage in a format not laid out (an exponent)', 0.055, '0.0E+00%', { text: '5.5%', number: 0.055 }],
    ['a number in General format', 12333, 'General', { text: '12333', number: 12333 }],
    ['an amount whose unit is in its format', 500, '0"万元"', { text: '500万元', number: 500 }],
    ['an amount with a unit after a thousands separator', 3000000, '#,##0"元"', { text: '3,000,000元', number: 3000000 }],
    ['thousands separators', 1000000, '#,##0', { text: '1,000,000', number: 1000000 }],
    ['two decimals and a unit', 1.5, '0.00"倍"', { text: '1.50倍', number: 1.5 }],
    ['a currency sign and a locale tag', 300, '[$-804]"¥"#,##0', { text: '¥300', number: 300 }],
    ['a colour for negatives', 20, '0"万元";[Red]-0"万元"', { text: '20万元', number: 20 }],
    ['an escaped unit', 12, '0\\个\\月', { text: '12个月', number: 12 }],
    ['a date', new Date(Date.UTC(2026, 2, 31)), 'yyyy/m/d', { text: '2026-03-31', date: '2026-03-31' }],
    ['rich text', { richText: [{ text: '最高' }, { text: '500万元', font: { bold: true } }] }, undefined, { text: '最高500万元' }],
    ['a hyperlink', { text: '点击查看', hyperlink: 'https://a.gov.cn/x' }, undefined, { text: '点击查看', hyperlink: 'https://a.gov.cn/x' }],
    ['a formula with its result', { formula: 'A1&B1', result: '稳岗补贴' }, undefined, { text: '稳岗补贴' }],
  ])('%s', (_name, value, numFmt, cell) => {
    expect(cellFromValue(value as never, numFmt)).toEqual(cell);
  });

  it.each([
    ['a formula never calculated', { formula: 'A1&B1' }, '单元格是公式，但文件里没有保存计算结果；请在 Excel 中打开并保存一次，或把公式换成内容'],
    ['an Excel error value', { error: '#N/A' }, '单元格是 Excel 错误值 #N/A；请改正公式或直接填写内容'],
  ])('%s is a problem to report', (_name, value, problem) => {
    expect(cellFromValue(value as never).problem?.zh).toBe(problem);
  });
});

describe('cell addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it('quotes sheet names as Excel does', () => {
    expect(cellAddress('政策清单', 3, 7)).toBe('政策清单!D7');
    expect(cellAddress('2026 人才', 0, 2)).toBe("'2026 人才'!A2");
  });
});

describe('merged cells', () => {
  it('give their value to every row they span, but not to the other columns', async () => {
    const bytes = await buildTestWorkbook([{ name: 'S', rows: [['a', 'b', 'c'], ['块', null, 'x'], [null, null, 'y']], merges: ['A2:B3'] }]);
    const work = await tempDir();
    await writeFile(path.join(work, 'm.xlsx'), bytes);
    const [table] = await readSheetFile(path.join(work, 'm.xlsx'), 'm.xlsx');
    expect(table!.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['a', 'b', 'c'],
      ['块', '', 'x'],
      ['块', '', 'y'],
    ]);
  });
});

describe('hidden rows', () => {
  it('are still imported, with a warning naming the row: a hidden row is often a withdrawn policy', async () => {
    const header = ['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'];
    const row = (title: string) => [title, '市人社局', '企业', '条件一', '网上申请', '返还60%', 'https://a.gov.cn/x'];
    const bytes = await buildTestWorkbook([{ name: '政策清单', rows: [header, row('稳岗补贴'), row('已废止的补贴'), row('人才补贴')], hiddenRows: [3] }]);
    const work = await tempDir();
    await writeFile(path.join(work, 'h.xlsx'), bytes);
    const sheet = await readSheetCards('h.xlsx', { cwd: work });
    expect(sheet.rows.map((entry) => [entry.row, entry.card?.title, entry.warnings.map((warning) => [warning.code, warning.text.zh, warning.text.en])])).toEqual([
      [2, '稳岗补贴', []],
      [
        3,
        '已废止的补贴',
        [[
          'W_HIDDEN_ROW',
          '政策清单!A3 政策名称: 第3行在 Excel 中是隐藏的（或被筛选掉了），仍已导入，会生成卡片“已废止的补贴”；不需要这张卡片时请删除这一行',
          '政策清单!A3 政策名称: row 3 is hidden in Excel (or filtered out) and was imported all the same, as the card “已废止的补贴”; delete the row if that card is not wanted',
        ]],
      ],
      [4, '人才补贴', []],
    ]);
  });
});

/** A zip holding the given entries, as Numbers, LibreOffice or Word write them. */
async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const OLE2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('files that cannot be read', () => {
  const workbook = (): Promise<Buffer> => buildTestWorkbook([{ name: '政策清单', rows: [['政策名称', '发文单位'], ['甲', '乙']] }]);
  it.each<[string, () => Promise<Buffer> | Buffer, string, string]>([
    ['old.xls', () => OLE2, '[E_SHEET] old.xls: 不支持 .xls（Excel 97-2003）格式；请在 Excel 中“另存为” .xlsx 或 CSV UTF-8 后再导入', '[E_SHEET] old.xls: .xls (Excel 97-2003) is not supported; save the file as .xlsx or CSV UTF-8 in Excel'],
    [
      '改名的.xlsx',
      () => OLE2,
      '[E_SHEET] 改名的.xlsx: 扩展名是 .xlsx，内容却是Excel 97-2003 工作簿（.xls），或设了打开密码的工作簿；请在 Excel 中打开（有密码先去掉密码），“另存为” .xlsx 或 CSV UTF-8 后再导入',
      '[E_SHEET] 改名的.xlsx: the file is named .xlsx but holds an Excel 97-2003 workbook (.xls), or a password-protected workbook; open it in Excel (remove the password, if any) and save it as .xlsx or CSV UTF-8',
    ],
    [
      '损坏.xlsx',
      async () => (await workbook()).subarray(0, 900),
      '[E_SHEET] 损坏.xlsx: Excel 文件已损坏，无法打开（可能没有下载或复制完整）；请在 Excel 中打开并“另存为” .xlsx，Excel 也打不开时请找回原文件',
      '[E_SHEET] 损坏.xlsx: the Excel file is damaged and cannot be opened (perhaps not downloaded or copied completely); open it in Excel and save it as .xlsx, or get the original file again',
    ],
    [
      '导出.xlsx',
      () => zipOf({ 'Index/Document.iwa': 'x', 'Metadata/DocumentIdentifier': 'y' }),
      '[E_SHEET] 导出.xlsx: 扩展名是 .xlsx，内容却是Numbers 表格；请在 Numbers 中选“文件 → 导出为 → Excel…”或“CSV…”，再导入导出的文件',
      '[E_SHEET] 导出.xlsx: the file is named .xlsx but holds a Numbers document; in Numbers, choose File → Export To → Excel… or CSV…, and import that file',
    ],
    [
      '表格.numbers',
      () => zipOf({ 'Index/Document.iwa': 'x' }),
      '[E_SHEET] 表格.numbers: Numbers 表格不能直接导入；请在 Numbers 中选“文件 → 导出为 → Excel…”或“CSV…”，再导入导出的文件',
      '[E_SHEET] 表格.numbers: Numbers documents cannot be imported; in Numbers, choose File → Export To → Excel… or CSV…, and import that file',
    ],
    [
      'ods.xlsx',
      () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      '[E_SHEET] ods.xlsx: 扩展名是 .xlsx，内容却是OpenDocument 表格（.ods）；请在 WPS、LibreOffice 或 Excel 中“另存为” .xlsx 后再导入',
      '[E_SHEET] ods.xlsx: the file is named .xlsx but holds an OpenDocument spreadsheet (.ods); save it as .xlsx in WPS, LibreOffice or Excel',
    ],
    [
      '系统导出.xls',
      () => Buffer.from('<html><body><table><tr><td>政策名称</td></tr></table></body></html>'),
      '[E_SHEET] 系统导出.xls: 扩展名是 .xls，内容却是网页（HTML）或 XML 格式的表格（业务系统导出的“Excel”常是这样）；请在 Excel 中打开后“另存为” .xlsx 或 CSV UTF-8 再导入',
      '[E_SHEET] 系统导出.xls: the file is named .xls but holds an HTML or XML table (as business systems often export “Excel” files); open it in Excel and save it as .xlsx or CSV UTF-8',
    ],
    [
      'text.xlsx',
      () => Buffer.from('政策名称,发文单位\n甲,乙\n'),
      '[E_SHEET] text.xlsx: 扩展名是 .xlsx，内容却是纯文本（可能是 CSV）；若是 CSV，请把扩展名改为 .csv 再导入',
      '[E_SHEET] text.xlsx: the file is named .xlsx but holds plain text (CSV, perhaps); if it is CSV, rename it to .csv',
    ],
    [
      '图片.csv',
      () => PNG,
      '[E_SHEET] 图片.csv: 扩展名是 .csv，内容却是二进制数据，不是表格；请确认选对了文件；表格请保存为 .xlsx 或 CSV UTF-8',
      '[E_SHEET] 图片.csv: the file is named .csv but holds binary data, not a spreadsheet; check that this is the right file; save spreadsheets as .xlsx or CSV UTF-8',
    ],
    [
      '工作簿.csv',
      workbook,
      '[E_SHEET] 工作簿.csv: 扩展名是 .csv，内容却是Excel 工作簿（.xlsx）；请把扩展名改为 .xlsx 再导入',
      '[E_SHEET] 工作簿.csv: the file is named .csv but holds an Excel workbook (.xlsx); rename it to .xlsx',
    ],
    [
      '文档.xlsx',
      () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      '[E_SHEET] 文档.xlsx: 扩展名是 .xlsx，内容却是Word 文档；这里需要政策清单表格（.xlsx 或 .csv）；可用 policy-card sheet-template 生成模板',
      '[E_SHEET] 文档.xlsx: the file is named .xlsx but holds a Word document; a policy list (.xlsx or .csv) is needed here; policy-card sheet-template writes one to start from',
    ],
    [
      '空.xlsx',
      () => Buffer.alloc(0),
      '[E_SHEET] 空.xlsx: 扩展名是 .xlsx，内容却是空文件（0 字节）；请确认文件已保存完整，或重新导出',
      '[E_SHEET] 空.xlsx: the file is named .xlsx but holds an empty file (0 bytes); check that the file was saved completely, or export it again',
    ],
  ])('%s is named for what it is', async (name, bytes, zh, en) => {
    const work = await tempDir();
    await writeFile(path.join(work, name), await bytes());
    const error = await rejectedCardError(readSheetCards(name, { cwd: work }));
    expect([`[${error.code}] ${error.format('zh')}`, `[${error.code}] ${error.format('en')}`]).toEqual([zh, en]);
    expect(error.format('zh')).not.toMatch(/zip|Corrupted|End of data/i);
  });

  it.each([
    ['a Numbers package (a folder)', '表格.numbers', '[E_SHEET] 表格.numbers: Numbers 表格不能直接导入；请在 Numbers 中选“文件 → 导出为 → Excel…”或“CSV…”，再导入导出的文件'],
    ['a folder named .xlsx', '文件夹.xlsx', '[E_IO] 文件夹.xlsx: 这是一个文件夹，不是表格文件'],
  ])('%s', async (_name, name, message) => {
    const work = await tempDir();
    await mkdir(path.join(work, name, 'Index'), { recursive: true });
    const error = await rejectedCardError(readSheetCards(name, { cwd: work }));
    expect(`[${error.code}] ${error.format('zh')}`).toBe(message);
  });

  it('a missing file is named, in words', async () => {
    const work = await tempDir();
    const error = await rejectedCardError(readSheetCards('没有.xlsx', { cwd: work }));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual(['E_IO', '没有.xlsx: 找不到这个文件；请检查文件名和所在文件夹', '没有.xlsx: no such file; check the name and the folder']);
  });

  it('become one failed entry when built, naming the file', async () => {
    const work = await tempDir();
    await writeFile(path.join(work, 'empty.csv'), '\uFEFF你好,世界\r\n');
    const cards = await loadCards(['empty.csv'], work);
    expect(cards.map((card) => [card.file, card.id, card.card, card.errors.map((error) => `[${error.code}] ${error.format('zh')}`)])).toEqual([
      [
        'empty.csv',
        undefined,
        undefined,
        ['[E_SHEET] empty.csv: 在工作表“empty”的前 20 行中找不到表头（应有“政策名称”“发文单位”“申报条件”等列名）；第 1 行是：A 你好、B 世界。可用 policy-card sheet-template 生成模板，或用 --map 指定列名'],
      ],
    ]);
  });
});
