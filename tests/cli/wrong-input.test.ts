/**
 * What the CLI says when it is given nothing to do or the wrong kind of file: an empty folder
 * is a failure (exit 1) that says where it looked, and a spreadsheet, document or image named
 * as a card is called what it is, with the command that takes it. Files are made for real here
 * (jszip, docx, pdfkit, pngjs); the Office 97-2003 files are only their compound-file header.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalSpec } from '../helpers/cards.js';
import { cli } from '../helpers/cli.js';
import { logoPng } from '../helpers/logo.js';

const OLE_HEADER = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

async function pdfBytes(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.text('policy');
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function numbersBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('Index/Document.iwa', Buffer.from([0, 1, 2, 3]));
  zip.file('Metadata/Properties.plist', '<plist/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

const docxBytes = (): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('关于开展2026年度人才安居补贴申报工作的通知')] }] }));

describe('nothing to do is an error', () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-empty-'));
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', '说明.txt'), '这里放卡片');
    await mkdir(path.join(work, 'sheets'));
    await writeFile(path.join(work, 'sheets', '政策清单.xlsx'), await numbersBytes());
  });

  it.each([
    [['build']],
    [['validate']],
    [['print', '--out', 'cards.pdf']],
    [['site', '--base-url', 'https://example.gov.cn/p']],
  ])('%j on an empty folder exits 1, says where it looked and writes nothing', async (args) => {
    const result = await cli(work, ...args, 'cards');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '[E_NO_CARDS] 没有找到任何卡片：在 "cards" 中查找 .json 卡片文件（含子文件夹，跳过以 . 开头的文件和 node_modules），一个也没有。请把卡片 JSON 放进去，或在命令行写出卡片文件、文件夹或表格（.xlsx、.csv）的路径\n',
    );
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(work, 'output'))).toBe(false);
    expect(existsSync(path.join(work, 'cards.pdf'))).toBe(false);
  });

  it('says so in English, and points at a spreadsheet lying in the folder', async () => {
    const result = await cli(work, '--lang', 'en', 'validate', 'sheets');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `[E_NO_CARDS] no card found: looked for .json card files in "sheets" (sub-folders included, names starting with . and node_modules skipped) and found none; spreadsheets there (${path.join('sheets', '政策清单.xlsx')}) are read only when named on the command line (or turned into cards with policy-card import). Put card JSON files there, or name card files, folders or spreadsheets (.xlsx, .csv) on the command line\n`,
    );
  });

  it('in a catalogue made with init --sheet, names cards/ as written and points at the list to import', async () => {
    const bare = await mkdtemp(path.join(os.tmpdir(), 'policy-card-sheet-catalogue-'));
    expect((await cli(bare, 'init', '政策卡片', '--sheet', '--name', '测试中心')).code).toBe(0);
    const result = await cli(path.join(bare, '政策卡片'), 'build');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '[E_NO_CARDS] 没有找到任何卡片：在 "cards" 中查找 .json 卡片文件（含子文件夹，跳过以 . 开头的文件和 node_modules），一个也没有；那里的表格 政策清单.xlsx 要在命令行写出文件名才会读取（或先用 policy-card import 转成卡片）。请把卡片 JSON 放进去，或在命令行写出卡片文件、文件夹或表格（.xlsx、.csv）的路径\n',
    );
  });

  it('looks in cards/ by default and says so', async () => {
    const bare = await mkdtemp(path.join(os.tmpdir(), 'policy-card-empty-'));
    await mkdir(path.join(bare, 'cards'));
    const result = await cli(bare, 'build');
    expect([result.code, result.stderr]).toEqual([1, expect.stringMatching(/^\[E_NO_CARDS\] 没有找到任何卡片：在 "cards" 中查找/)]);
    expect(existsSync(path.join(bare, 'output'))).toBe(false);
  });
});

describe('a file that is not a card is named for what it is', () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-wrong-file-'));
    const files: Record<string, Buffer | string> = {
      '表格.numbers': await numbersBytes(),
      '通知.docx': await docxBytes(),
      '通知.pdf': await pdfBytes(),
      '通知.doc': OLE_HEADER,
      '通知.wps': OLE_HEADER,
      '通知.txt': '关于开展2026年度人才安居补贴申报工作的通知\n一、申报对象',
      '标志.png': logoPng(),
      '改了名.json': await pdfBytes(),
      '卡片.txt': JSON.stringify({ ...minimalSpec(), id: 'ka-pian' }),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(work, name), bytes);
  });

  it.each([
    ['表格.numbers', '这不是卡片 JSON，而是Numbers 表格；请在 Numbers 中选“文件 → 导出为 → Excel”存成 .xlsx，再用 policy-card import 导入', 'this is not a card JSON file but a Numbers spreadsheet; in Numbers choose File → Export To → Excel to save an .xlsx, then run policy-card import on it'],
    ['通知.docx', '这不是卡片 JSON，而是Word 文档；这是政策原文：用 policy-card draft 从中起草卡片 JSON，核对后再生成', 'this is not a card JSON file but a Word document; this is a policy document: run policy-card draft on it to draft a card JSON, check it, then build'],
    ['通知.pdf', '这不是卡片 JSON，而是PDF 文件；这是政策原文：用 policy-card draft 从中起草卡片 JSON，核对后再生成', 'this is not a card JSON file but a PDF file; this is a policy document: run policy-card draft on it to draft a card JSON, check it, then build'],
    ['通知.txt', '这不是卡片 JSON，而是文本文件；这是政策原文：用 policy-card draft 从中起草卡片 JSON，核对后再生成', 'this is not a card JSON file but a text file; this is a policy document: run policy-card draft on it to draft a card JSON, check it, then build'],
    ['通知.doc', '这不是卡片 JSON，而是Word 97-2003 文档（.doc）；这是旧格式的文档：先另存为 .docx，再用 policy-card draft 从中起草卡片 JSON', 'this is not a card JSON file but a Word 97-2003 document (.doc); this is an old document format: save it as .docx first, then run policy-card draft on it to draft a card JSON'],
    ['通知.wps', '这不是卡片 JSON，而是WPS 文字文档；这是旧格式的文档：先另存为 .docx，再用 policy-card draft 从中起草卡片 JSON', 'this is not a card JSON file but a WPS Writer document; this is an old document format: save it as .docx first, then run policy-card draft on it to draft a card JSON'],
    ['标志.png', '这不是卡片 JSON，而是图片；图片不能作为卡片；要把它用作发文单位标志，请放在卡片旁边并在卡片中写 "logo": "文件名"', 'this is not a card JSON file but an image; an image is not a card; to use it as the issuer logo, put it next to the card and write "logo": "<file name>" in the card'],
    ['改了名.json', '这不是卡片 JSON，而是PDF 文件（扩展名虽是 .json）；这是政策原文：用 policy-card draft 从中起草卡片 JSON，核对后再生成', 'this is not a card JSON file but a PDF file (despite its .json extension); this is a policy document: run policy-card draft on it to draft a card JSON, check it, then build'],
  ])('validate %s', async (name, zh, en) => {
    const chinese = await cli(work, 'validate', name);
    expect(chinese.code).toBe(1);
    expect(chinese.stdout).toContain(`✘ ${name}\n    [E_FILE_TYPE] ${name}: ${zh}\n`);
    const english = await cli(work, '--lang', 'en', 'validate', name);
    expect(english.stdout).toContain(`✘ ${name}\n    [E_FILE_TYPE] ${name}: ${en}\n`);
  });

  it('build names the Numbers file instead of calling it GBK, and writes no card', async () => {
    const result = await cli(work, 'build', '表格.numbers', '--out', 'out');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[E_FILE_TYPE] 表格.numbers: 这不是卡片 JSON，而是Numbers 表格；');
    expect(result.stdout).not.toMatch(/GBK|UTF-8/);
  });

  it('still reads a card saved with a .txt extension', async () => {
    const result = await cli(work, 'validate', '卡片.txt');
    expect([result.code, result.stdout]).toEqual([0, expect.stringContaining('✔ 卡片.txt')]);
  });
});
