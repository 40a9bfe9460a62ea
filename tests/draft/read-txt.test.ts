import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/draft/read-document.js';
import { documentFolder } from '../helpers/document-folder.js';

const NOTICE = ['关于组织申报2026年度苏州市商务发展专项资金的通知', '', '一、申报条件', '（一）在苏州市注册登记的企业；', '（二）近三年无严重失信记录。', '二、联系方式', '联系电话：0512-68612345'];

describe('readDocument on .txt', () => {
  it.each([
    ['UTF-8', (text: string) => Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['GB18030', (text: string) => iconv.encode(text, 'gb18030')],
    ['UTF-16 with a BOM', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('reads %s with CRLF line ends, numbering physical lines', async (_name, encode) => {
    const { write } = await documentFolder();
    const file = await write('notice.txt', encode(NOTICE.join('\r\n')));
    const document = await readDocument(file);
    expect(document).toEqual({
      file,
      format: 'txt',
      lines: [
        { text: NOTICE[0], line: 1 },
        { text: '一、申报条件', line: 3 },
        { text: '（一）在苏州市注册登记的企业；', line: 4 },
        { text: '（二）近三年无严重失信记录。', line: 5 },
        { text: '二、联系方式', line: 6 },
        { text: '联系电话：0512-68612345', line: 7 },
      ],
    });
  });

  it('reads a Big5 file from Taiwan or Hong Kong as Big5, not as GBK', async () => {
    const traditional = ['關於組織申報2026年度產業發展專項資金的通知', '一、申報條件', '（一）在本市註冊登記的企業；', '（二）近三年無嚴重失信記錄。', '聯絡電話：02-2345-6789'];
    const { write } = await documentFolder();
    const file = await write('notice.txt', iconv.encode(traditional.join('\r\n'), 'big5'));
    expect((await readDocument(file)).lines.map((line) => line.text)).toEqual(traditional);
  });

  it('joins text hard-wrapped at a fixed width (copied from a PDF), keeping the first physical line', async () => {
    const { write } = await documentFolder();
    const wrapped = [
      '一、申报条件',
      '（一）申报企业应在苏州市相城区内依法登记注册，具有独立',
      '法人资格，财务管理制度健全，近三年内无重大违法违规行为',
      '和严重失信记录；',
      '（二）企业上一年度研发投入占营业收入比例不低于百分之三，',
      '且拥有有效期内的发明专利或者软件著作权等自主知识产权。',
      '二、奖励标准',
      '对符合条件的企业，按照其上一年度研发投入增量部分给予奖',
      '励，最高不超过100万元。',
      '',
      '对当年新认定的国家级专精特新小巨人企业另行给予一次性奖',
      '',
      '联系电话：0512-66181234',
    ];
    const document = await readDocument(await write('wrapped.txt', wrapped.join('\n')));
    expect(document.lines.map((line) => [line.line, line.text])).toEqual([
      [1, '一、申报条件'],
      [2, '（一）申报企业应在苏州市相城区内依法登记注册，具有独立法人资格，财务管理制度健全，近三年内无重大违法违规行为和严重失信记录；'],
      [5, '（二）企业上一年度研发投入占营业收入比例不低于百分之三，且拥有有效期内的发明专利或者软件著作权等自主知识产权。'],
      [7, '二、奖励标准'],
      [8, '对符合条件的企业，按照其上一年度研发投入增量部分给予奖励，最高不超过100万元。'],
      // A blank line ends the paragraph: nothing is joined across it.
      [11, '对当年新认定的国家级专精特新小巨人企业另行给予一次性奖'],
      [13, '联系电话：0512-66181234'],
    ]);
  });

  it('leaves a file with one paragraph per line as it is', async () => {
    const { write } = await documentFolder();
    const paragraphs = [
      '为进一步加快我区现代服务业发展，根据有关文件精神，结合我区实际，制定本办法',
      '本办法适用于在相城区依法登记注册的服务业企业',
      '对新认定的市级以上服务业集聚区给予一次性奖励50万元，对新认定的省级以上服务业创新示范企业给予奖励20万元',
      '联系电话：0512-66181234',
    ];
    const document = await readDocument(await write('plain.txt', paragraphs.join('\n')));
    expect(document.lines.map((line) => line.text)).toEqual(paragraphs);
  });

  it('drops the chrome that text copied from a web page brings along', async () => {
    const { write } = await documentFolder();
    const copied = ['来源:相城区工信局 浏览次数:37 发表日期:2025-11-17', '【字体：大 中 小】', '各镇(街道、区)经发局:', '一、基本条件', '【打印本页】【关闭窗口】'];
    const document = await readDocument(await write('copied.txt', copied.join('\n')));
    expect(document.lines).toEqual([
      { text: '各镇(街道、区)经发局:', line: 3 },
      { text: '一、基本条件', line: 4 },
    ]);
  });

  it('reads a page\'s HTML source saved as .txt as the page, also when the copy ran attributes into tag names', async () => {
    const html = '<divstyle="font-size:16px;"><pstyle="text-indent:0em;">各有关单位：</p><p class="x">一、申报条件</p><pstyle="text-indent:2em;">1.在本市注册的企业，</p><script>alert(1)</script></div>';
    const { write } = await documentFolder();
    const file = await write('page.txt', Buffer.from(html, 'utf8'));
    const document = await readDocument(file);
    expect([document.format, document.lines.map((line) => line.text)]).toEqual(['txt', ['各有关单位：', '一、申报条件', '1.在本市注册的企业，']]);
  });

  it('reads HTML source after a copier\'s title line as the page', async () => {
    const html = '某市关于申报的通知\n<div style="font-size:16px;"><p style="text-indent:2em;">一、申报条件</p><p style="text-indent:2em;">1.在本市注册的企业。</p><p style="text-indent:2em;">2.近三年无失信记录。</p></div>';
    const { write } = await documentFolder();
    const file = await write('page.txt', Buffer.from(html, 'utf8'));
    expect((await readDocument(file)).lines.map((line) => line.text)).toEqual(['某市关于申报的通知', '一、申报条件', '1.在本市注册的企业。', '2.近三年无失信记录。']);
  });

  it('keeps plain text that mentions a tag as text', async () => {
    const { write } = await documentFolder();
    const file = await write('notice.txt', Buffer.from('<附件>申报表</附件>说明\n一、申报条件\n1.在本市注册的企业。', 'utf8'));
    expect((await readDocument(file)).lines.map((line) => line.text)).toEqual(['<附件>申报表</附件>说明', '一、申报条件', '1.在本市注册的企业。']);
  });
});
