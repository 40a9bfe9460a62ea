import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/draft/draft-document.js';
import { readDocument } from '../../src/draft/read-document.js';
import { documentFolder, NOTO_SANS_SC, pdfBytes } from '../helpers/document-folder.js';

const CONDITION_1 = '（一）申报企业应在苏州市相城区内依法登记注册，具有独立法人资格，财务管理制度健全，会计核算规范；';
const CONDITION_2 = '（二）企业上一年度研发投入占营业收入的比例不低于百分之三，且拥有有效期内的自主知识产权。';
const REWARD = '按照企业上一年度研发投入增量部分的百分之十给予奖励，单个企业年度奖励金额最高不超过100万元。';
const MATERIALS_3 = '3.上一年度经审计的财务报告及研发费用专项审计报告。';
const LEFT = ['一、申报条件', CONDITION_1, CONDITION_2, '二、奖励标准', REWARD];
const RIGHT = ['三、申报材料', '1.项目申报书；', '2.企业营业执照复印件；', MATERIALS_3, '四、咨询电话', '区科技局产业科', '联系人：王老师，电话：0512-66181234'];

/** Paragraphs set in two columns of A4 with 56 pt margins and a 24 pt gutter, from `top` down, the left column drawn first. */
function twoColumns(doc: PDFKit.PDFDocument, top: number, left: string[], right: string[]): void {
  const gutter = 24;
  const width = (doc.page.width - 112 - gutter) / 2;
  for (const [x, texts] of [[56, left], [56 + width + gutter, right]] as const) {
    doc.y = top;
    for (const text of texts) doc.text(text, x, doc.y, { width });
  }
}

async function readPdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = { margin: 56 }) {
  const { write } = await documentFolder();
  return readDocument(await write('columns.pdf', await pdfBytes(options, draw)));
}

/** The lines as the review report places them: text, page and line. */
const placed = (lines: Array<{ text: string; line: number; page?: number }>) => lines.map(({ text, line, page }) => ({ text, page, line }));

describe('readDocument on a PDF page set in two columns', () => {
  it('reads the left column, then the right, counting lines down the left column and on down the right', async () => {
    const document = await readPdf((doc) => {
      doc.font(NOTO_SANS_SC).fontSize(11);
      twoColumns(doc, 56, LEFT, RIGHT);
    });
    // 11 pt characters: 20 to a line of the column, so CONDITION_1 and CONDITION_2 take three lines, REWARD three, MATERIALS_3 two.
    expect(placed(document.lines)).toEqual([
      { text: '一、申报条件', page: 1, line: 1 },
      { text: CONDITION_1, page: 1, line: 2 },
      { text: CONDITION_2, page: 1, line: 5 },
      { text: '二、奖励标准', page: 1, line: 8 },
      { text: REWARD, page: 1, line: 9 },
      { text: '三、申报材料', page: 1, line: 12 },
      { text: '1.项目申报书；', page: 1, line: 13 },
      { text: '2.企业营业执照复印件；', page: 1, line: 14 },
      { text: MATERIALS_3, page: 1, line: 15 },
      { text: '四、咨询电话', page: 1, line: 17 },
      { text: '区科技局产业科', page: 1, line: 18 },
      { text: '联系人：王老师，电话：0512-66181234', page: 1, line: 19 },
    ]);
    expect(document.lines.filter((line) => line.kind === 'table-row')).toEqual([]);
  });

  it('reads a title and a paragraph across both columns first, then the columns under them', async () => {
    const intro = '各镇（街道）、各有关单位：为鼓励企业加大研发投入，根据区政府有关文件精神，现将2026年度研发投入奖励申报工作有关事项通知如下：';
    const document = await readPdf((doc) => {
      doc.font(NOTO_SANS_SC).fontSize(16).text('关于组织申报2026年度研发投入奖励的通知', { align: 'center' });
      doc.moveDown();
      doc.fontSize(11).text(intro);
      twoColumns(doc, doc.y + 11, LEFT, RIGHT);
    });
    expect(placed(document.lines)).toEqual([
      { text: '关于组织申报2026年度研发投入奖励的通知', page: 1, line: 1 },
      { text: intro, page: 1, line: 2 },
      ...['一、申报条件', CONDITION_1, CONDITION_2, '二、奖励标准', REWARD].map((text, index) => ({ text, page: 1, line: [4, 5, 8, 11, 12][index] })),
      ...RIGHT.map((text, index) => ({ text, page: 1, line: [15, 16, 17, 18, 20, 21, 22][index] })),
    ]);
    expect(document.lines[0]).toMatchObject({ kind: 'heading', level: 1 });
  });

  it('joins a paragraph that pdfkit flows from the foot of the left column to the top of the right, and reads the one-column page after it as before', async () => {
    const rule = '本通知自发布之日起施行，由区科技局负责解释。对弄虚作假骗取奖励资金的企业，将追回奖励资金并取消其三年内申报资格。';
    const document = await readPdf(
      (doc) => {
        doc.font(NOTO_SANS_SC).fontSize(11);
        // Five lines to a column: CONDITION_2 goes on at the top of the right column after its first line.
        doc.text(LEFT.slice(0, 4).join('\n'), { columns: 2, columnGap: 18, height: 5 * doc.currentLineHeight(true) + 2 });
        doc.addPage();
        doc.text('五、其他事项');
        doc.text(rule);
        const range = doc.bufferedPageRange();
        for (let index = range.start; index < range.start + range.count; index++) {
          doc.switchToPage(index);
          const margin = doc.page.margins.bottom;
          doc.page.margins.bottom = 0;
          doc.fontSize(10).text(`- ${index + 1} -`, 72, doc.page.height - 40, { width: doc.page.width - 144, align: 'center', lineBreak: false });
          doc.page.margins.bottom = margin;
        }
      },
      { margin: 56, bufferPages: true },
    );
    expect(placed(document.lines)).toEqual([
      { text: '一、申报条件', page: 1, line: 1 },
      { text: CONDITION_1, page: 1, line: 2 },
      { text: CONDITION_2, page: 1, line: 5 },
      { text: '二、奖励标准', page: 1, line: 8 },
      { text: '五、其他事项', page: 2, line: 1 },
      { text: rule, page: 2, line: 2 },
    ]);
  });
  it('reads the columns, then a table drawn row by row under them as rows', async () => {
    const tiers = [
      ['年研发投入增量1000万元以上', '奖励100万元'],
      ['年研发投入增量500万元以上', '奖励50万元'],
    ];
    const document = await readPdf((doc) => {
      doc.font(NOTO_SANS_SC).fontSize(11);
      twoColumns(doc, 56, LEFT, RIGHT);
      // The table's cells part where the columns do; its first cell starts at the left column's edge.
      doc.text('附表', 56, 330, { lineBreak: false });
      tiers.forEach(([first, second], index) => {
        doc.text(first!, 56, 360 + 24 * index, { lineBreak: false });
        doc.text(second!, 56 + (doc.page.width - 112 + 24) / 2, 360 + 24 * index, { lineBreak: false });
      });
    });
    expect(document.lines.map((line) => line.cells ?? line.text)).toEqual([...LEFT, ...RIGHT, '附表', ...tiers]);
    expect(document.lines.slice(-3).map((line) => line.line)).toEqual([20, 21, 22]);
  });

  it.each([
    ['column after column', [1, 2, 3, 4, 5, 6, 7, 8], ['1.项目申报书；', '2.企业营业执照复印件；', '3.研发费用专项审计报告；', '4.企业信用承诺书。', '5.知识产权证书复印件；', '6.高新技术企业证书；', '7.上一年度纳税证明；', '8.其他证明材料。']],
    ['row by row', [1, 5, 2, 6, 3, 7, 4, 8], ['1.项目申报书； | 5.知识产权证书复印件；', '2.企业营业执照复印件； | 6.高新技术企业证书；', '3.研发费用专项审计报告； | 7.上一年度纳税证明；', '4.企业信用承诺书。 | 8.其他证明材料。']],
  ])('reads a list of one-line items set side by side in the order they were written: %s', async (_order, drawn, expected) => {
    const items = ['1.项目申报书；', '2.企业营业执照复印件；', '3.研发费用专项审计报告；', '4.企业信用承诺书。', '5.知识产权证书复印件；', '6.高新技术企业证书；', '7.上一年度纳税证明；', '8.其他证明材料。'];
    const document = await readPdf((doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12).text('三、申报材料', 56, 80, { lineBreak: false });
      for (const number of drawn) {
        const index = number - 1;
        doc.text(items[index]!, index < 4 ? 56 : 310, 110 + 26 * (index % 4), { lineBreak: false });
      }
    });
    expect(document.lines.map((line) => line.text)).toEqual(['三、申报材料', ...expected]);
  });

  it('reads a page that Chromium prints with CSS columns, a paragraph going on from the foot of the left column to the top of the right', async () => {
    const { write } = await documentFolder();
    const title = '关于组织申报2026年度研发投入奖励的通知';
    const paragraphs = [...LEFT, ...RIGHT];
    // The project's font, so that the lines break where they do on any machine.
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
      @font-face { font-family: Noto; src: url('${pathToFileURL(NOTO_SANS_SC).href}'); }
      body { font: 16px Noto; margin: 0; } h1 { font-size: 24px; text-align: center; }
      .columns { column-count: 2; column-gap: 32px; height: 330px; } p { margin: 0 0 6px; }
    </style></head><body><h1>${title}</h1><div class="columns">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></body></html>`;
    const page = pathToFileURL(await write('columns.html', html)).href;
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    let bytes: Buffer;
    try {
      const tab = await browser.newPage();
      await tab.goto(page);
      await tab.evaluate(() => document.fonts.ready);
      bytes = await tab.pdf({ format: 'A4', margin: { top: '40px', bottom: '40px', left: '40px', right: '40px' } });
    } finally {
      await browser.close();
    }
    const read = await readDocument(await write('columns.pdf', bytes));
    // REWARD's last line, 100万元。, stands at the top of the right column.
    expect(placed(read.lines)).toEqual(
      [title, ...paragraphs].map((text, index) => ({ text, page: 1, line: [1, 2, 3, 6, 9, 10, 13, 14, 15, 16, 18, 19, 20][index] })),
    );
  });
});

describe('draftDocument on a notice with a page set in two columns', () => {
  it('drafts the right column\'s materials and contact, and the report places them at their page and line', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 56 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(16).text('关于组织申报2026年度研发投入奖励的通知', { align: 'center' });
      doc.moveDown();
      doc.fontSize(11).text('各镇（街道）、各有关单位：为鼓励企业加大研发投入，现将2026年度研发投入奖励申报工作有关事项通知如下：');
      twoColumns(doc, doc.y + 11, LEFT, RIGHT);
    });
    const { spec, report } = await draftDocument(await write('notice.pdf', bytes));
    expect(spec['materials']).toEqual(['项目申报书', '企业营业执照复印件', MATERIALS_3.slice(2)]);
    expect(spec['contacts']).toEqual([{ name: '区科技局产业科 王老师', phone: '0512-66181234' }]);
    // The intro takes lines 2–3; the left column lines 4–14, the right column 15–22.
    const from = (pointer: string) => report.sources.find((source) => source.path === pointer)?.from;
    expect(['/conditions/0', '/reward/items/0', '/materials/0', '/materials/2', '/contacts/0/name'].map(from)).toEqual([
      [{ page: 1, line: 5 }],
      [{ page: 1, line: 12 }],
      [{ page: 1, line: 16 }],
      [{ page: 1, line: 18 }],
      [
        { page: 1, line: 21 },
        { page: 1, line: 22 },
      ],
    ]);
  });
});

describe('readDocument on a PDF page in one column, or with a table', () => {
  it('reads a one-column page across as before: a list of attachments beside a signature block, a contact and a phone on one line', async () => {
    const intro = '上述提交的复印件，须经申请人签名确认，并提供原件由双创基地核对。双创基地经营管理单位负责收集并初审每一位申请人材料，汇总报区委统战部审核。';
    const attachments = ['附件：1.天河区人才公寓申请表（个人）', '2.诚信承诺书（高层次人才、企业人才）', '3.天河区人才公寓申请表（企业）', '4.办理居住证承诺书'];
    const document = await readPdf((doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12).text(intro, 56, 60, { width: doc.page.width - 112 });
      attachments.forEach((text, index) => doc.text(text, 80, 140 + 33 * index, { lineBreak: false }));
      doc.text('联系人：王老师', 56, 290, { lineBreak: false });
      doc.text('联系电话：0512-66181234', 320, 290, { lineBreak: false });
      doc.text('广州市天河区住房建设和园林局', 370, 340, { lineBreak: false });
      doc.text('2025年8月11日', 455, 373, { lineBreak: false });
    });
    expect(placed(document.lines)).toEqual([
      { text: intro, page: 1, line: 1 },
      ...attachments.map((text, index) => ({ text, page: 1, line: 3 + index })),
      { text: '联系人：王老师 | 联系电话：0512-66181234', page: 1, line: 7 },
      { text: '广州市天河区住房建设和园林局', page: 1, line: 8 },
      { text: '2025年8月11日', page: 1, line: 9 },
    ]);
  });

  /** Rows of cells drawn row by row at the columns' x, each row `pitch` below the last, or `padding` below the foot of a cell that wraps. */
  const table = (columns: number[], rows: string[][], width: number, pitch: number, padding = 0) => (doc: PDFKit.PDFDocument) => {
    doc.font(NOTO_SANS_SC).fontSize(11).text('三、奖励标准', 56, 70, { lineBreak: false });
    let y = 100;
    for (const row of rows) {
      let bottom = y;
      row.forEach((cell, column) => {
        doc.text(cell, columns[column], y, { width });
        bottom = Math.max(bottom, doc.y);
      });
      y = Math.max(bottom + padding, y + pitch);
    }
  };
  const TIERS = [
    ['档次', '年营业收入', '奖励金额'],
    ['一档', '1亿元以上', '50万元'],
    ['二档', '5000万元以上', '20万元'],
    ['三档', '2000万元以上', '10万元'],
    ['四档', '1000万元以上', '5万元'],
    ['五档', '500万元以上', '2万元'],
  ];
  const READING = [
    ['原文：在本区依法登记注册，具有独立法人资格，财务管理制度健全的工业企业。', '解读：注册地和税收户管地都要在本区，分公司不能单独申报。'],
    ['原文：上一年度研发投入占营业收入的比例不低于百分之三，且拥有有效期内的发明专利。', '解读：研发投入以研发费用专项审计报告为准，专利须在有效期内。'],
    ['原文：按照上一年度研发投入增量部分的百分之十给予奖励，最高不超过100万元。', '解读：只奖励增量部分，与上一年相比没有增长的企业不能获得奖励。'],
  ];
  it.each([
    ['a table of three columns of short cells', table([56, 200, 360], TIERS, 130, 24), TIERS.length],
    ['a table of two columns of text, each row set apart from the next', table([56, 310], READING, 220, 0, 8), 6],
  ])('keeps the rows of %s', async (_name, draw, rows) => {
    const document = await readPdf(draw);
    expect(document.lines[0]?.text).toBe('三、奖励标准');
    expect(document.lines.slice(1).map((line) => line.kind)).toEqual(Array.from({ length: rows }, () => 'table-row'));
  });

  it('keeps the cells of each row of a table of short cells', async () => {
    const document = await readPdf(table([56, 200, 360], TIERS, 130, 24));
    expect(document.lines.slice(1).map((line) => line.cells)).toEqual(TIERS);
  });
});
