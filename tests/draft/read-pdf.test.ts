import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { readDocument } from '../../src/draft/read-document.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { documentFolder, NOTO_SANS_SC, pdfBytes } from '../helpers/document-folder.js';
import { nestedFormsPdf } from '../helpers/hostile-pdf.js';

const CONDITION_1 =
  '（一）申报企业应在苏州市相城区内依法登记注册，具有独立法人资格，财务管理制度健全，会计核算规范，近三年内无重大违法违规行为和严重失信记录，未被列入经营异常名录；';
const CONDITION_2 =
  '（二）企业上一年度研发投入占营业收入的比例不低于百分之三，且拥有有效期内的发明专利、实用新型专利或者软件著作权等自主知识产权，知识产权与主营产品相关联。';
const REWARD =
  '对符合条件的企业，按照其上一年度研发投入增量部分的百分之十给予奖励，单个企业年度奖励金额最高不超过100万元，同一项目不得重复享受区级同类政策支持。';

/**
 * A notice laid out like a printed one: body text wrapped by the layout at the right margin,
 * a running header and a page number on every page.
 */
function notice(doc: PDFKit.PDFDocument, repeat: number): void {
  doc.font(NOTO_SANS_SC).fontSize(12);
  doc.fontSize(16).text('关于组织申报2026年度研发投入奖励的通知', { align: 'center' });
  doc.fontSize(12).moveDown();
  for (let round = 1; round <= repeat; round++) {
    doc.text(`${round === 1 ? '一' : '二'}、申报条件`);
    doc.text(CONDITION_1);
    doc.text(CONDITION_2);
    doc.text('奖励标准：');
    doc.text(REWARD, { indent: 24 });
    doc.text('联系电话：0512-66181234');
    if (round < repeat) doc.addPage();
  }
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text('苏州市相城区科学技术局文件', 72, 30, { width: doc.page.width - 144, align: 'center', lineBreak: false });
    doc.fontSize(10).text(`- ${index + 1} -`, 72, doc.page.height - 40, { width: doc.page.width - 144, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

describe('readDocument on .pdf', () => {
  it('rebuilds lines, joins lines wrapped mid-sentence and drops the running header and page numbers', async () => {
    const { write } = await documentFolder();
    const file = await write('notice.pdf', await pdfBytes({ margin: 72, bufferPages: true, info: { Title: '研发投入奖励通知' } }, (doc) => notice(doc, 2)));
    const document = await readDocument(file);
    expect(document.format).toBe('pdf');
    expect(document.metaTitle).toBe('研发投入奖励通知');
    const page = (number: number, first: number) => [
      { text: number === 1 ? '一、申报条件' : '二、申报条件', line: first, page: number },
      { text: CONDITION_1, line: first + 1, page: number },
      { text: CONDITION_2, line: first + 4, page: number },
      { text: '奖励标准：', line: first + 7, page: number },
      { text: REWARD, line: first + 8, page: number },
      { text: '联系电话：0512-66181234', line: first + 11, page: number },
    ];
    const lines = document.lines;
    // The title, set larger than the text, is a heading.
    expect(lines[0]).toEqual({ text: '关于组织申报2026年度研发投入奖励的通知', line: 2, page: 1, kind: 'heading', level: 1 });
    expect(lines.slice(1)).toEqual([...page(1, 3), ...page(2, 2)]);
  });

  it('reads the cells of a table row by the gaps between them', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({}, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12).text('三、奖励标准', 72, 100);
      for (const [index, row] of [['档次', '年营业收入', '奖励金额'], ['一档', '1亿元以上', '50万元'], ['二档', '5000万元以上', '20万元']].entries()) {
        row.forEach((cell, column) => doc.text(cell, 72 + column * 150, 130 + index * 24, { lineBreak: false }));
      }
    });
    const document = await readDocument(await write('table.pdf', bytes));
    expect(document.lines).toEqual([
      { text: '三、奖励标准', line: 1, page: 1 },
      { text: '档次 | 年营业收入 | 奖励金额', kind: 'table-row', cells: ['档次', '年营业收入', '奖励金额'], line: 2, page: 1 },
      { text: '一档 | 1亿元以上 | 50万元', kind: 'table-row', cells: ['一档', '1亿元以上', '50万元'], line: 3, page: 1 },
      { text: '二档 | 5000万元以上 | 20万元', kind: 'table-row', cells: ['二档', '5000万元以上', '20万元'], line: 4, page: 1 },
    ]);
  });

  it('reads all 20 pages of a long notice, without its running header and page numbers (its speed is measured in npm run bench:draft)', async () => {
    const { write } = await documentFolder();
    const file = await write('long.pdf', await pdfBytes({ margin: 72, bufferPages: true }, (doc) => notice(doc, 20)));
    const document = await readDocument(file);
    expect(new Set(document.lines.map((line) => line.page)).size).toBe(20);
    expect(document.lines).toHaveLength(1 + 20 * 6);
    expect(document.lines.filter((line) => /^- \d+ -$|科学技术局文件/.test(line.text))).toEqual([]);
  });

  it('does not join a full line to the next across a paragraph gap', async () => {
    const { write } = await documentFolder();
    // 36 characters of 12 pt: one line that reaches the right margin of A4 with 1-inch margins.
    const full = '对当年新认定的国家级专精特新小巨人企业另行给予一次性奖励并优先推荐申报省';
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text(`${full}。`);
      doc.text(full);
      doc.moveDown(2);
      doc.text('联系电话：0512-66181234');
    });
    const document = await readDocument(await write('gap.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual([`${full}。`, full, '联系电话：0512-66181234']);
  });

  it('reads text drawn twice to fake bold type once', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(16);
      doc.text('一、申报条件', 72, 100, { lineBreak: false });
      doc.text('一、申报条件', 72.4, 100, { lineBreak: false });
      doc.fontSize(12).text('在本区注册的企业。', 72, 130, { lineBreak: false });
    });
    const document = await readDocument(await write('bold.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['一、申报条件', '在本区注册的企业。']);
  });

  it('puts the text of a cell that wraps onto a second line back into its cell', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      const rows = [
        [['档次'], ['条件'], ['奖励金额']],
        [['一档'], ['年营业收入1亿元以上且', '研发投入占比3%以上'], ['50万元']],
        [['二档'], ['年营业收入5000万元以上'], ['20万元']],
      ];
      let y = 100;
      for (const row of rows) {
        const height = Math.max(...row.map((cell) => cell.length));
        row.forEach((cell, column) => cell.forEach((text, line) => doc.text(text, 72 + column * 170, y + line * 16, { lineBreak: false })));
        y += height * 16 + 8;
      }
      doc.text('注：同一企业不重复享受奖励，本条款由区科技局负责解释并组织实施。', 72, y + 8, { lineBreak: false });
    });
    const document = await readDocument(await write('wrapped-cells.pdf', bytes));
    expect(document.lines).toEqual([
      { text: '档次 | 条件 | 奖励金额', kind: 'table-row', cells: ['档次', '条件', '奖励金额'], line: 1, page: 1 },
      { text: '一档 | 年营业收入1亿元以上且研发投入占比3%以上 | 50万元', kind: 'table-row', cells: ['一档', '年营业收入1亿元以上且研发投入占比3%以上', '50万元'], line: 2, page: 1 },
      { text: '二档 | 年营业收入5000万元以上 | 20万元', kind: 'table-row', cells: ['二档', '年营业收入5000万元以上', '20万元'], line: 4, page: 1 },
      { text: '注：同一企业不重复享受奖励，本条款由区科技局负责解释并组织实施。', line: 5, page: 1 },
    ]);
  });
});

describe('readDocument on a PDF that keeps pdfjs busy', () => {
  it('stops reading after limits.documentSeconds with E_DOCUMENT naming the file, and the parse stops with it', async () => {
    const { write } = await documentFolder();
    const file = await write('hostile.pdf', nestedFormsPdf(8, 10));
    const started = performance.now();
    const error = await readDocument(file, { limits: { ...DEFAULT_LIMITS, documentTimeoutMs: 1000 } }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(CardError);
    const cardError = error as CardError;
    expect([cardError.code, cardError.file, cardError.text]).toEqual([
      'E_DOCUMENT',
      file,
      {
        zh: '读取超时：超过 1 秒仍未读完，已停止（limits.documentSeconds）；这个 PDF 的结构异常复杂或已损坏，请用 Word 原稿，或重新导出 PDF 后再试',
        en: 'reading timed out: not done after 1 s and stopped (limits.documentSeconds); this PDF is unusually complex or damaged: use the Word original, or export the PDF again and retry',
      },
    ]);
    expect(elapsed).toBeLessThan(5000);
    // The worker thread is gone: the process (all its threads) spends almost no CPU in the next second.
    const cpu = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const spent = process.cpuUsage(cpu);
    expect((spent.user + spent.system) / 1000).toBeLessThan(300);
  });
});

/** A list item long enough to wrap over several lines. */
const ITEM_TEXT =
  '申报单位须是科技部、科技厅和省领导牵头定点扶贫县、重点联系县、送科技下乡集中活动县、民族乡对口帮扶县，并在本区依法登记注册，具有独立法人资格，财务管理制度健全，会计核算规范。';

describe('readDocument on .pdf made by other producers', () => {
  it('joins the lines of a list item whose number hangs left of its text, and reads a number set apart by a tab as part of its text', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text('一、申报范围和条件', 96, 100);
      // Word's list: the number at the indent, a tab, the text and its wrapped lines further right.
      doc.text('1、', 84, 130, { lineBreak: false });
      doc.text(ITEM_TEXT, 126, 130, { width: doc.page.width - 72 - 126 });
      doc.text('2、', 84, doc.y + 4, { lineBreak: false });
      doc.text('项目技术成果先进、成熟、适用。', 126, doc.y);
    });
    const document = await readDocument(await write('hanging.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['一、申报范围和条件', `1、${ITEM_TEXT}`, '2、项目技术成果先进、成熟、适用。']);
  });

  it('drops what a browser prints in the margins of a one-page document (date and title, address and page 1/1)', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(8);
      doc.text('11/27/26, 10:59 AM', 20, 14, { lineBreak: false });
      doc.text('关于组织申报科技项目的通知', 250, 14, { lineBreak: false });
      doc.text('file:///tmp/notice.html', 20, doc.page.height - 22, { lineBreak: false });
      doc.text('1/1', doc.page.width - 40, doc.page.height - 22, { lineBreak: false });
      doc.fontSize(16).text('关于组织申报科技项目的通知', 72, 72, { align: 'center', width: doc.page.width - 144 });
      doc.fontSize(12).text('联系电话：0551-62658791', 72, 110);
    });
    const document = await readDocument(await write('browser.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['关于组织申报科技项目的通知', '联系电话：0551-62658791']);
  });

  it('drops a header that repeats a line of its page, even on a document of one page', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(10).text('各镇工业和科技环保服务中心、开发区经发局:', 72, 30, { align: 'center', width: doc.page.width - 144 });
      doc.fontSize(12).text('各镇工业和科技环保服务中心、开发区经发局:', 96, 90);
      doc.text('一、请各镇经发科按照通知要求开展摸排。', 96, 114);
    });
    const document = await readDocument(await write('echo.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['各镇工业和科技环保服务中心、开发区经发局:', '一、请各镇经发科按照通知要求开展摸排。']);
  });

  it('reads radicals as characters, without the gaps set between Chinese and digits, and a letter-spaced line as one text', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text('⼀、于 7 ⽉ 1 ⽇前报送⾄区⼯信局。', 72, 100, { lineBreak: false });
      [...'转载请保留本文网址链接'].forEach((char, index) => doc.text(char, 72 + index * 32, 130, { lineBreak: false }));
    });
    const document = await readDocument(await write('producer-text.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['一、于7月1日前报送至区工信局。', '转载请保留本文网址链接']);
  });

  it('joins the lines of a centred title whose last line stands in the middle, and no further', async () => {
    const { write } = await documentFolder();
    const title = '2023年苏州工业园区制造业高质量发展专项资金项目(第三批)申报工作通知【智为铭略转发】';
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(22).text(title, { align: 'center' });
      doc.fontSize(15).text('来源:智为铭略 浏览次数:37 发表日期:2023-10-07', { indent: 30 });
      doc.text('按照《苏州工业园区关于推进制造业高质量发展的若干措施》要求，现组织申报，有关事项通知如下：', { indent: 30 });
    });
    const document = await readDocument(await write('centred.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual([
      title,
      '来源:智为铭略 浏览次数:37发表日期:2023-10-07',
      '按照《苏州工业园区关于推进制造业高质量发展的若干措施》要求，现组织申报，有关事项通知如下：',
    ]);
  });

  it('goes on past a sentence that ends at the right margin when the document begins its paragraphs indented', async () => {
    const { write } = await documentFolder();
    // 12 pt characters: 35 from the indent or 37 from the margin reach the right margin of A4 with 1-inch margins.
    const chars = (count: number, end = '') => '本市对具备本科及以上学历的人才设有明确的入户通道本文将为您详细解读学历型人才入户的申报条件'.slice(0, count - end.length) + end;
    const first = chars(35);
    const second = chars(37, '。');
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text(first, 96, 100, { lineBreak: false });
      doc.text(second, 72, 120, { lineBreak: false });
      doc.text('助您高效完成落户。', 72, 140, { lineBreak: false });
      ['根据政策，学历型人才入户无需积分。', '申报人在广州人社微信公众号提交申请。', '符合条件的可享受智能审批服务。'].forEach((text, index) =>
        doc.text(text, 96, 160 + 20 * index, { lineBreak: false }),
      );
    });
    const document = await readDocument(await write('sentence-at-margin.pdf', bytes));
    expect(document.lines.map((line) => line.text).slice(0, 2)).toEqual([`${first}${second}助您高效完成落户。`, '根据政策，学历型人才入户无需积分。']);
  });

  it('ends a title printed by Chromium at its centred last line, which reaches near the right margin', async () => {
    const document = await readDocument(path.resolve(import.meta.dirname, '../fixtures/documents-other-producers/sip-zhizao-gaozhiliang-2023.chromium.pdf'));
    expect(document.lines.slice(0, 2).map((line) => line.text)).toEqual([
      '2023年苏州工业园区制造业高质量发展专项资金项目(第三批)申报工作通知【智为铭略转发】',
      '来源:智为铭略 浏览次数:37发表日期:2023-10-07',
    ]);
  });

  it('drops a browser\'s date and address lines set close to the text of every page', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 30, bufferPages: true }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text('一、申请条件', 40, 40, { lineBreak: false });
      doc.addPage();
      doc.text('二、申请材料', 40, 40, { lineBreak: false });
      for (const [index, number] of [1, 2].entries()) {
        doc.switchToPage(index);
        doc.fontSize(8).text('11/27/26, 11:17 AM', 24, 26, { lineBreak: false });
        doc.text('关于受理人才公寓申请的公告', 250, 26, { lineBreak: false });
        doc.text('http://www.thnet.gov.cn/post_1.html', 24, doc.page.height - 30, { lineBreak: false });
        doc.text(`${number}/2`, doc.page.width - 40, doc.page.height - 30, { lineBreak: false });
      }
    });
    const document = await readDocument(await write('narrow.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['一、申请条件', '二、申请材料']);
  });

  it('marks a line in larger type, and a line that reads as the title in the metadata, as a heading', async () => {
    const { write } = await documentFolder();
    const sized = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(22).text('关于受理天河区人才公寓申请的公告', 72, 80, { lineBreak: false });
      doc.fontSize(12).text('根据有关规定，现受理天河区人才公寓申请。', 72, 130, { lineBreak: false });
      doc.text('一、申请类别及条件', 72, 150, { lineBreak: false });
    });
    const titled = await pdfBytes({ margin: 72, info: { Title: '广州市高校毕业生创业补贴，请查收' } }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12).text('广州市高校毕业生创业补贴，请查收', 72, 80, { lineBreak: false });
      doc.text('1、一次性创业资助', 72, 100, { lineBreak: false });
    });
    const heading = async (name: string, bytes: Buffer) => (await readDocument(await write(name, bytes))).lines.map((line) => [line.text, line.kind, line.level]);
    expect(await heading('sized.pdf', sized)).toEqual([
      ['关于受理天河区人才公寓申请的公告', 'heading', 1],
      ['根据有关规定，现受理天河区人才公寓申请。', undefined, undefined],
      ['一、申请类别及条件', undefined, undefined],
    ]);
    expect(await heading('titled.pdf', titled)).toEqual([
      ['广州市高校毕业生创业补贴，请查收', 'heading', 1],
      ['1、一次性创业资助', undefined, undefined],
    ]);
  });

  it('parts paragraphs at a gap wider than the spacing inside the paragraph above, whatever the type size', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(24);
      // Two full lines of a breadcrumb in large type, then the title after a wider gap.
      doc.text('您当前所在的位置：首页>天河区重点领域信息公', 72, 100, { lineBreak: false });
      doc.text('开专栏>住房保障>保障性住房分配和退出信息公', 72, 130, { lineBreak: false });
      doc.text('关于受理天河区人才公寓申请的公告', 72, 175, { lineBreak: false });
      doc.fontSize(12);
      ['一、申请类别及条件', '（一）申请类别', '1.高层次人才。'].forEach((text, index) => doc.text(text, 72, 240 + 45 * index, { lineBreak: false }));
    });
    const document = await readDocument(await write('gaps.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['关于受理天河区人才公寓申请的公告', '一、申请类别及条件', '（一）申请类别', '1.高层次人才。']);
  });

  it.each([
    ['yuexiu-chuangye-butie.chromium.pdf', '广州市高校毕业生创业补贴，请查收', '补贴期限：一次性。'],
    ['tianhe-rencai-gongyu.chromium.pdf', '关于受理天河区人才公寓申请的公告', '2025年8月11日'],
  ])('reads the article of the saved web page %s as Chromium prints it, without the site around it', async (name, title, last) => {
    const document = await readDocument(path.resolve(import.meta.dirname, '../fixtures/documents-other-producers', name));
    expect(document.lines[0]).toMatchObject({ text: title, kind: 'heading', level: 1 });
    expect(document.lines.at(-1)?.text).toBe(last);
    expect(document.lines.filter((line) => /首页|网站地图|浏览|AM|位访客|\d+\/\d+$/.test(line.text))).toEqual([]);
  });

  it('does not take a short paragraph right under a table for the rest of its first cell', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      // LibreOffice's cells: text a padding right of the margin; the paragraph after the table starts at the margin.
      [['类别', '档次', '奖励金额'], ['人才引进', '一档', '10万元']].forEach((row, index) =>
        row.forEach((cell, column) => doc.text(cell, 75 + column * 150, 100 + index * 24, { lineBreak: false })),
      );
      doc.text('联系电话：0512-66181234', 72, 144, { lineBreak: false });
    });
    const document = await readDocument(await write('after-table.pdf', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['类别 | 档次 | 奖励金额', '人才引进 | 一档 | 10万元', '联系电话：0512-66181234']);
  });

  it('reads a table as LibreOffice and Word print it: cells written one after another, text filling its column, a category merged down', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 56 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      const cell = (text: string, column: number, y: number) => doc.text(text, [60, 220, 381][column]!, y, { lineBreak: false });
      cell('类别', 0, 100), cell('档次', 1, 100), cell('奖励金额', 2, 100);
      // Cell by cell: the second cell's three lines are written before the third cell, which stands 5 pt to its right.
      cell('研发投入', 0, 124), cell('一档：年营业收入1亿元以上', 1, 124), cell('且研发投入占营业收入比例', 1, 141), cell('3%以上的企业', 1, 158), cell('50万元', 2, 124);
      // 研发投入 is merged down over this row.
      cell('二档：年投入5000万元以上', 1, 182), cell('20万元', 2, 182);
      cell('人才引进', 0, 206), cell('一档', 1, 206), cell('10万元', 2, 206);
      doc.text('联系电话：0512-66181234', 57, 230, { lineBreak: false });
    });
    const document = await readDocument(await write('office-table.pdf', bytes));
    expect(document.lines.map((line) => line.cells ?? line.text)).toEqual([
      ['类别', '档次', '奖励金额'],
      ['研发投入', '一档：年营业收入1亿元以上且研发投入占营业收入比例3%以上的企业', '50万元'],
      ['研发投入', '二档：年投入5000万元以上', '20万元'],
      ['人才引进', '一档', '10万元'],
      '联系电话：0512-66181234',
    ]);
  });

  it('reads a heading spaced out with ideographic spaces (第一章　总　　则), drawn by a browser as gaps, as one line', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text('第一章', 72, 100, { lineBreak: false });
      doc.text('总', 120, 100, { lineBreak: false });
      doc.text('则', 156, 100, { lineBreak: false });
      doc.text('是否需要提交原件', 72, 130, { lineBreak: false });
      doc.text('是', 240, 130, { lineBreak: false });
    });
    const document = await readDocument(await write('spaced-heading.pdf', bytes));
    expect(document.lines.map((line) => line.cells ?? line.text)).toEqual(['第一章 总 则', ['是否需要提交原件', '是']]);
  });

  it('takes out the spaces pdfjs reads into a justified Chinese line, and keeps those of a short line', async () => {
    const { write } = await documentFolder();
    const bytes = await pdfBytes({ margin: 72 }, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      doc.text(`${REWARD}${REWARD}`, 72, 60, { width: 451 });
      // As LibreOffice stretches a line to the margin: gaps that pdfjs reads as spaces.
      doc.text('除按 上述规 定 提交申 请外，本实施办法第一条第一项规定的对象申请困难残疾人补', 72, 160, { lineBreak: false, width: 451, align: 'justify' });
      doc.text('贴的，还应提交核对报告。', 72, 178, { lineBreak: false });
      doc.text('广州市民政局 广州市财政局', 72, 210, { lineBreak: false });
    });
    const document = await readDocument(await write('justified.pdf', bytes));
    expect(document.lines.map((line) => line.text).slice(1)).toEqual(['除按上述规定提交申请外，本实施办法第一条第一项规定的对象申请困难残疾人补贴的，还应提交核对报告。', '广州市民政局 广州市财政局']);
  });

  // Files LibreOffice and Chromium made (tests/fixtures/documents-other-producers/, see its script).
  it.each([
    ['wujin-zhineng-chejian.pdf', 'LibreOffice'],
    ['wujin-zhineng-chejian.chromium.pdf', 'Chromium'],
  ])('reads %s as printed by %s: items whole, dates without gaps, no header or footer', async (name) => {
    const document = await readDocument(path.resolve(import.meta.dirname, '../fixtures/documents-other-producers', name));
    const texts = document.lines.map((line) => line.text);
    expect(texts[0]).toBe('各镇工业和科技环保服务中心、开发区经发局:');
    expect(texts).toContain(
      '一、请各镇经发科、开发区经发局按照通知内示范智能车间申报条件要求开展摸排,积极组织符合条件的企业进行申报,于6月18日前将拟申报企业名单报送至区工信局产业投资科。常州市工信局、财政局将组织业内专家,对拟申报车间进行现场诊断、初审,并向省工信厅择优推荐。',
    );
    expect(texts.filter((line) => /file:|AM|—\s*1\s*—|1\/1/.test(line))).toEqual([]);
    expect(texts.at(-1)).toBe('常州市武进区工业和信息化局办公室2019年6月14日印发');
  });
});

