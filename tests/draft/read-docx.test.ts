import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, SoftHyphen, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/draft/read-document.js';
import { CardError } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { documentFolder } from '../helpers/document-folder.js';

/**
 * A notice as Word writes one: the title in a heading style, and 一、 （一） 1. ① as Word's
 * automatic numbering (the labels are not in the text), a tier table, a signature block.
 */
async function noticeDocx(): Promise<Buffer> {
  const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: index, format, text, alignment: AlignmentType.LEFT });
  const numbered = (text: string, index: number, reference = 'policy', instance?: number) =>
    new Paragraph({ children: [new TextRun(text)], numbering: { reference, level: index, ...(instance !== undefined ? { instance } : {}) } });
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    title: '商务专项资金申报通知',
    numbering: {
      config: [
        {
          reference: 'policy',
          levels: [
            level(0, LevelFormat.CHINESE_COUNTING, '%1、'),
            level(1, LevelFormat.CHINESE_COUNTING, '（%2）'),
            level(2, LevelFormat.DECIMAL, '%3.'),
            level(3, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%4'),
          ],
        },
        { reference: 'steps', levels: [level(0, LevelFormat.DECIMAL, '%1、')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '关于组织申报2026年度商务发展专项资金的通知', heading: HeadingLevel.TITLE }),
          new Paragraph('各有关企业：'),
          numbered('申报条件', 0),
          numbered('基本条件', 1),
          numbered('在苏州市依法登记注册；', 2),
          numbered('近三年无严重失信记录。', 2),
          numbered('专项条件', 1),
          numbered('年进出口额1亿美元以上；', 2),
          numbered('以下条件满足其一：', 2),
          numbered('获得省级以上认定；', 3),
          numbered('拥有发明专利。', 3),
          numbered('奖励标准', 0),
          new Table({
            rows: [
              new TableRow({ children: [cell('档次'), cell('奖励金额')] }),
              new TableRow({ children: [cell('一档'), cell('50万元')] }),
            ],
          }),
          numbered('申报流程', 0),
          new Paragraph({ text: '网上申报', heading: HeadingLevel.HEADING_2 }),
          numbered('登录系统填报；', 0, 'steps'),
          numbered('提交纸质材料。', 0, 'steps'),
          new Paragraph({ text: '现场申报', heading: HeadingLevel.HEADING_2 }),
          // A second instance of the same list restarts its count, as in Word.
          numbered('到窗口领取表格；', 0, 'steps', 2),
          numbered('现场提交。', 0, 'steps', 2),
          new Paragraph('苏州市商务局'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('readDocument on .docx', () => {
  it('restores Word automatic numbering (一、 （一） 1. ①), heading styles, list levels and table rows', async () => {
    const { write } = await documentFolder();
    const file = await write('通知.docx', await noticeDocx());
    const document = await readDocument(file);
    expect(document.format).toBe('docx');
    expect(document.metaTitle).toBe('商务专项资金申报通知');
    expect(document.lines).toEqual([
      { text: '关于组织申报2026年度商务发展专项资金的通知', kind: 'heading', level: 1, line: 1 },
      { text: '各有关企业：', line: 2 },
      { text: '一、申报条件', kind: 'list-item', level: 1, line: 3 },
      { text: '（一）基本条件', kind: 'list-item', level: 2, line: 4 },
      { text: '1.在苏州市依法登记注册；', kind: 'list-item', level: 3, line: 5 },
      { text: '2.近三年无严重失信记录。', kind: 'list-item', level: 3, line: 6 },
      { text: '（二）专项条件', kind: 'list-item', level: 2, line: 7 },
      { text: '1.年进出口额1亿美元以上；', kind: 'list-item', level: 3, line: 8 },
      { text: '2.以下条件满足其一：', kind: 'list-item', level: 3, line: 9 },
      { text: '①获得省级以上认定；', kind: 'list-item', level: 4, line: 10 },
      { text: '②拥有发明专利。', kind: 'list-item', level: 4, line: 11 },
      { text: '二、奖励标准', kind: 'list-item', level: 1, line: 12 },
      { text: '档次 | 奖励金额', kind: 'table-row', cells: ['档次', '奖励金额'], line: 13 },
      { text: '一档 | 50万元', kind: 'table-row', cells: ['一档', '50万元'], line: 14 },
      { text: '三、申报流程', kind: 'list-item', level: 1, line: 15 },
      { text: '网上申报', kind: 'heading', level: 2, line: 16 },
      { text: '1、登录系统填报；', kind: 'list-item', level: 1, line: 17 },
      { text: '2、提交纸质材料。', kind: 'list-item', level: 1, line: 18 },
      { text: '现场申报', kind: 'heading', level: 2, line: 19 },
      { text: '1、到窗口领取表格；', kind: 'list-item', level: 1, line: 20 },
      { text: '2、现场提交。', kind: 'list-item', level: 1, line: 21 },
      { text: '苏州市商务局', line: 22 },
    ]);
  });

  it('numbers paragraphs whose style carries the numbering, through a list style (w:numStyleLink), as Word saves them', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const paragraph = (text: string, style?: string, numbering?: string) =>
      `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbering ?? ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
    zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
    zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/></Relationships>`);
    // 标题 1 (styleId "1", as Chinese Word names it) is numbered by its style; its body paragraphs use a list defined by a list style.
    zip.file('word/styles.xml', `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Item"><w:name w:val="条目"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="numbering" w:styleId="PolicyList"><w:name w:val="Policy List"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
    </w:styles>`);
    zip.file('word/numbering.xml', `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PolicyList"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PolicyList"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>`);
    const list = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>';
    zip.file('word/document.xml', `<w:document ${W}><w:body>
      ${paragraph('申报条件', '1')}${paragraph('基本条件', 'Item')}${paragraph('注册满一年；', undefined, list)}${paragraph('纳税信用B级以上。', undefined, list)}
      <w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml">
        <mc:Choice Requires="wps"><w:drawing><w:txbxContent>${paragraph('在框内注明。', undefined, list)}</w:txbxContent></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox><w:txbxContent>${paragraph('在框内注明。', undefined, list)}</w:txbxContent></v:textbox></w:pict></mc:Fallback>
      </mc:AlternateContent></w:r></w:p>
      ${paragraph('奖励标准', '1')}${paragraph('最高50万元。')}
    </w:body></w:document>`);
    const { write } = await documentFolder();
    const document = await readDocument(await write('styled.docx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })));
    expect(document.lines.map((line) => [line.text, line.kind, line.level])).toEqual([
      ['一、申报条件', 'heading', 1],
      // mammoth makes list items only of paragraphs numbered directly; the label is there all the same.
      ['（一）基本条件', undefined, undefined],
      ['①注册满一年；', 'list-item', 1],
      ['②纳税信用B级以上。', 'list-item', 1],
      // A text box is stored twice (for new and old Word); it is read and counted once.
      ['③在框内注明。', 'list-item', 1],
      ['二、奖励标准', 'heading', 1],
      ['最高50万元。', undefined, undefined],
    ]);
  });

  // Saved by LibreOffice (tests/fixtures/documents-other-producers/): 一、 and （一） numbered through the
  // Heading 1 / 2 styles (taiwaneseCountingThousand), 1. as a list restarted by w:lvlOverride, text split over runs.
  it.each([
    ['wujin-zhineng-chejian.docx', ['一、请各镇经发科、开发区经发局按照通知内示范智能车间申报条件要求开展摸排', '二、经市级初审符合申报要求的企业', '联系电话:86312103']],
    ['yinzi-jiangli-banfa.docx', ['第一条引进建设资金的奖励', '(一)引进资金使用期限三年以上按以下标准奖励:', '3、与银行现行贷款基准利率相同的', '第二条向上级争取资金、物资的奖励', '(一)凡争取上级无偿资金', '(三)以上奖励的50%由单位直接奖励有功人员。']],
    ['guangzhou-xueli-ruhu.docx', ['一、分梯度申报条件：找准您的定位', '博士研究生 | 50周岁以下 | 拥有博士研究生学历或博士学位即可。', '3.社会保险：', '（一）智能审批（快捷通道）', '（1）流程：']],
  ])('reads %s as LibreOffice saves it, numbering and tables included', async (name, starts) => {
    const document = await readDocument(path.resolve(import.meta.dirname, '../fixtures/documents-other-producers', name));
    const texts = document.lines.map((line) => line.text);
    let from = 0;
    for (const start of starts) {
      const index = texts.findIndex((text, at) => at >= from && text.startsWith(start));
      expect(index, start).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
  });

  it('counts a restarted list from one again when its instance overrides the start of a level above (（一） in each 第X条), and reads %1.%2 labels, tabs and runs split mid-word', async () => {
    const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: index, format, text, alignment: AlignmentType.LEFT });
    const item = (runs: string[], reference: string, index: number, instance?: number) =>
      new Paragraph({ children: runs.map((text) => new TextRun(text)), numbering: { reference, level: index, ...(instance !== undefined ? { instance } : {}) } });
    const bytes = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            { reference: 'articles', levels: [level(0, LevelFormat.CHINESE_COUNTING, '%1、'), level(1, LevelFormat.CHINESE_COUNTING, '（%2）')] },
            { reference: 'legal', levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.DECIMAL, '%1.%2')] },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph('第一条 引进建设资金的奖励'),
              item(['引进资金使', '用期限三年以上'], 'articles', 1, 1),
              item(['引进资金使用期限一年以上'], 'articles', 1, 1),
              new Paragraph('第二条 争取资金的奖励'),
              // The docx package writes this instance as w:lvlOverride/w:startOverride on level 0 only.
              item(['凡争取上级无偿资金'], 'articles', 1, 2),
              item(['申报条件'], 'legal', 0),
              item(['注册满一年'], 'legal', 1),
              item(['纳税信用B级以上'], 'legal', 1),
              new Paragraph({ children: [new TextRun('联系人：'), new Tab(), new TextRun('王一'), new Tab(), new TextRun('电话：0512-66181234')] }),
            ],
          },
        ],
      }),
    );
    const { write } = await documentFolder();
    const document = await readDocument(await write('restart.docx', bytes));
    expect(document.lines.map((line) => line.text)).toEqual([
      '第一条 引进建设资金的奖励',
      '（一）引进资金使用期限三年以上',
      '（二）引进资金使用期限一年以上',
      '第二条 争取资金的奖励',
      '（一）凡争取上级无偿资金',
      '1.申报条件',
      '1.1 注册满一年',
      '1.2 纳税信用B级以上',
      '联系人： 王一 电话：0512-66181234',
    ]);
  });

  it('drops soft hyphens and zero-width spaces that Word and WPS leave inside words', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph({ children: [new TextRun('申\u200b报条件：Pro'), new SoftHyphen(), new TextRun('gramme\ufeff企业')] })] }],
      }),
    );
    const { write } = await documentFolder();
    const document = await readDocument(await write('invisible.docx', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['申报条件：Programme企业']);
  });

  it('keeps mammoth’s footnote marks out of the text: no [1] in the sentence, no ↑ after the note', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('办法全文见市财政局网站。')] } },
        sections: [
          {
            children: [
              new Paragraph('二、申报条件'),
              new Paragraph({ children: [new TextRun('1.符合《苏州市工业和信息化专项资金管理办法》'), new FootnoteReferenceRun(1), new TextRun('规定的企业；')] }),
            ],
          },
        ],
      }),
    );
    const { write } = await documentFolder();
    const document = await readDocument(await write('footnote.docx', bytes));
    expect(document.lines.map((line) => line.text)).toEqual(['二、申报条件', '1.符合《苏州市工业和信息化专项资金管理办法》规定的企业；', '办法全文见市财政局网站。']);
  });

  it('reads a cell Word merges over rows (w:vMerge) in each of its rows, and one merged across columns (w:gridSpan) in its first', async () => {
    const cell = (text: string, extra: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...extra });
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('三、奖励标准'),
              new Table({
                rows: [
                  new TableRow({ children: [cell('类别'), cell('档次'), cell('奖励金额')] }),
                  new TableRow({ children: [cell('研发投入', { rowSpan: 2 }), cell('一档'), cell('50万元')] }),
                  new TableRow({ children: [cell('二档'), cell('20万元')] }),
                  new TableRow({ children: [cell('合计', { columnSpan: 2 }), cell('70万元')] }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const { write } = await documentFolder();
    const document = await readDocument(await write('merged.docx', bytes));
    expect(document.lines.map((line) => line.cells ?? line.text)).toEqual(['三、奖励标准', ['类别', '档次', '奖励金额'], ['研发投入', '一档', '50万元'], ['研发投入', '二档', '20万元'], ['合计', '', '70万元']]);
  });
});


/**
 * A .docx that passes the zip-bomb checks (stored, not compressed: nothing expands) and still
 * makes mammoth work: `paragraphs` numbered paragraphs of about 110 bytes of XML each.
 */
async function longDocx(paragraphs: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = Array.from({ length: paragraphs }, (_, index) => `<w:p><w:r><w:t>${index + 1}、申报单位须在本区依法登记注册，具有独立法人资格。</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

describe('readDocument on a .docx that keeps mammoth busy', () => {
  it.each([
    {
      limit: 'documentSeconds',
      limits: { ...DEFAULT_LIMITS, documentTimeoutMs: 1000 },
      zh: '读取超时：超过 1 秒仍未读完，已停止（limits.documentSeconds）；这个 .docx 异常庞大或结构异常复杂，请用 Word 打开后只保留政策正文，另存为新的 .docx 再试',
      en: 'reading timed out: not done after 1 s and stopped (limits.documentSeconds); this .docx is unusually large or complex: open it in Word, keep only the policy text, save it as a new .docx and retry',
    },
    {
      limit: 'documentMemoryMb',
      limits: { ...DEFAULT_LIMITS, documentMemoryMb: 128, documentTimeoutMs: 60_000 },
      zh: '读取时占用内存超过 128 MB，已停止（limits.documentMemoryMb）；这个 .docx 异常庞大或结构异常复杂，请用 Word 打开后只保留政策正文，另存为新的 .docx 再试',
      en: 'reading took more than 128 MB of memory and was stopped (limits.documentMemoryMb); this .docx is unusually large or complex: open it in Word, keep only the policy text, save it as a new .docx and retry',
    },
  ])('is refused past limits.$limit with E_DOCUMENT naming the file, and the next document is read', async ({ limits, zh, en }) => {
    const { write } = await documentFolder();
    // 90 000 paragraphs: 10 MB of XML, which mammoth takes about 2 s and 700 MB to parse.
    const file = await write('long.docx', await longDocx(90_000));
    const error = await readDocument(file, { limits }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CardError);
    expect([(error as CardError).code, (error as CardError).file, (error as CardError).text]).toEqual(['E_DOCUMENT', file, { zh, en }]);
    // The worker that was ended is not reused: the next document reads within the same limits.
    const next = await readDocument(await write('short.docx', await longDocx(3)), { limits });
    expect(next.lines.map((line) => line.text)).toEqual(['1、申报单位须在本区依法登记注册，具有独立法人资格。', '2、申报单位须在本区依法登记注册，具有独立法人资格。', '3、申报单位须在本区依法登记注册，具有独立法人资格。']);
  });
});
