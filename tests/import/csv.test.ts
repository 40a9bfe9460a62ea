/**
 * CSV in the encodings Excel writes (UTF-8 with BOM, GBK, UTF-16 tab-separated), through a
 * real parser; and CSV export that Excel opens safely.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exportCards } from '../../src/import/export-cards.js';
import { readSheetCards } from '../../src/import/sheet-cards.js';
import { minimalSpec } from '../helpers/cards.js';
import { rejectedCardError } from '../helpers/errors.js';
import { tempDir } from '../helpers/sheets.js';

const CSV = [
  '政策名称,发文单位,适用对象,申报条件,申报流程,奖补标准,政策链接',
  '"专精特新""小巨人""奖励",苏州市工业和信息化局,"1. 中小企业',
  '2. 小巨人企业","条件A，含逗号, 和半角逗号',
  '条件B",申报→审核,最高100万元,https://gxj.suzhou.gov.cn/zjtx.html',
  ',,,,,,',
  '缺条件的政策,苏州市商务局,外贸企业,,申报,按比例补贴,https://sw.suzhou.gov.cn/x.html',
].join('\r\n');

const EXPECTED = {
  id: 'zhuan-jing-te-xin-xiao-ju-ren-jiang-li',
  title: '专精特新"小巨人"奖励',
  issuer: '苏州市工业和信息化局',
  parties: ['中小企业', '小巨人企业'],
  conditions: ['条件A，含逗号, 和半角逗号', '条件B'],
  process: ['申报', '审核'],
  reward: { items: ['最高100万元'] },
  qr: { url: 'https://gxj.suzhou.gov.cn/zjtx.html', purpose: '原文' },
};

async function readCsv(bytes: Uint8Array, name = '政策清单.csv') {
  const work = await tempDir();
  await writeFile(path.join(work, name), bytes);
  return readSheetCards(name, { cwd: work });
}

describe('CSV import', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
    ['UTF-8 without BOM', Buffer.from(CSV, 'utf8')],
    ['GBK (older Excel on Chinese Windows)', iconv.encode(CSV, 'gbk')],
    ['UTF-16 with tabs (Excel “Unicode text”)', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV.replace(/,/g, '\t').replace('含逗号\t 和半角逗号', '含逗号, 和半角逗号'), 'utf-16le')])],
  ])('reads %s: quotes, line breaks inside cells, an empty record', async (_name, bytes) => {
    const sheet = await readCsv(bytes);
    expect(sheet.sheet).toBe('政策清单');
    expect(sheet.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(sheet.rows[0]!.errors).toEqual([]);
    expect(sheet.rows[0]!.spec).toStrictEqual(EXPECTED);
  });

  it('counts rows as Excel shows them (records, not lines) and names the sheet after the file', async () => {
    const sheet = await readCsv(Buffer.from(CSV, 'utf8'));
    expect(sheet.rows[1]!.errors.map((error) => error.format('zh'))).toEqual(['政策清单!D4 申报条件: 不能为空']);
  });

  it.each([
    ['UTF-8', (text: string) => Buffer.from(text, 'utf8')],
    ['Big5 (Excel on Traditional Chinese Windows)', (text: string) => iconv.encode(text, 'big5')],
  ])('reads Traditional headers and text in %s', async (_name, encode) => {
    const traditional = [
      '政策名稱,發文單位,適用對象,申報條件,申報流程,獎補標準,諮詢電話,政策連結',
      '穩崗補貼,蘇州市人力資源和社會保障局,參保企業,"1. 上年度足額繳納失業保險費',
      '2. 未裁員",網上申請→審核,返還60%,0512-65220000,https://hrss.suzhou.gov.cn/wg',
    ].join('\r\n');
    const sheet = await readCsv(encode(traditional));
    expect(sheet.rows[0]!.errors.map((error) => error.format('zh'))).toEqual([]);
    expect(sheet.rows[0]!.spec).toMatchObject({
      title: '穩崗補貼',
      issuer: '蘇州市人力資源和社會保障局',
      conditions: ['上年度足額繳納失業保險費', '未裁員'],
      process: ['網上申請', '審核'],
      contacts: [{ name: '蘇州市人力資源和社會保障局', phone: '0512-65220000' }],
      qr: { url: 'https://hrss.suzhou.gov.cn/wg', purpose: '原文' },
    });
  });

  it('still reads GBK as GBK when a few rare characters could pass for Big5', async () => {
    const sheet = await readCsv(iconv.encode(`${CSV.split('\r\n')[0]}\r\n稳岗补贴α,苏州市人社局,参保企业,条件,申报,返还60%,https://hrss.suzhou.gov.cn/wg`, 'gbk'));
    expect(sheet.rows[0]!.spec['title']).toBe('稳岗补贴α');
  });

  it('refuses bytes that are neither UTF-8 nor GBK', async () => {
    await expect(readCsv(Buffer.concat([Buffer.from('政策名称,发文单位\n', 'utf8'), Buffer.from([0x80, 0xff, 0xff, 0x41])]))).rejects.toThrow(
      '政策清单.csv: 无法识别 CSV 文件的编码（既不是 UTF-8，也不是 GBK 或 Big5）；请在 Excel 中“另存为” → “CSV UTF-8（逗号分隔）”',
    );
  });

  it('names an unclosed quote', async () => {
    const error = await rejectedCardError(readCsv(Buffer.from('政策名称,发文单位\n"没有结尾的引号,x\n', 'utf8')));
    expect([error.code, error.format('zh'), error.format('en')]).toEqual([
      'E_SHEET',
      '政策清单.csv: CSV 格式错误（第 2 行附近）：单元格里的引号 " 没有成对；单元格内容里的引号要写成两个（""），或在 Excel 中打开后重新“另存为” CSV UTF-8',
      '政策清单.csv: invalid CSV (near line 2): a quote " inside a cell is not paired; write a quote inside a cell as two (""), or open the file in Excel and save it as CSV UTF-8 again',
    ]);
  });
});

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, neutralises = + - @, and reads back the original text', async () => {
    const work = await tempDir();
    await mkdir(path.join(work, 'cards'));
    const spec = { ...minimalSpec(), id: 'formula', title: '=HYPERLINK("http://evil.example","补贴")', issuer: '+86 单位', summary: '-1 元起', docNo: '@文号', conditions: ['=1+1', '正常条件'] };
    await writeFile(path.join(work, 'cards', 'formula.json'), JSON.stringify(spec));
    const report = await exportCards({ out: 'out.csv', cwd: work });
    expect(report.warnings).toEqual([]);

    const bytes = await readFile(path.join(work, 'out.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('编号,政策名称,发文单位,文号,政策类别,一句话解读,适用对象,申报条件,申报材料,申报流程,奖补金额,奖补标准,奖补档次表,申报开始,申报截止,受理时间,咨询部门,咨询电话,咨询地址,政策链接,申报入口,二维码链接,版本日期\r\n')).toBe(true);
    expect(text).toContain(`formula,"'=HYPERLINK(""http://evil.example"",""补贴"")",'+86 单位,'@文号,,'-1 元起,在苏州参保的企业,"'=1+1\n正常条件",`);
    // No cell starts with a formula character once the quotes are taken off.
    const sheet = await readSheetCards('out.csv', { cwd: work });
    expect(sheet.rows[0]!.spec).toMatchObject({ title: spec.title, issuer: spec.issuer, summary: spec.summary, docNo: spec.docNo, conditions: spec.conditions });
  });
});
