import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/draft/draft-document.js';
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

  describe('a text of one paragraph a line with a few lines hard-wrapped (pasted from a PDF)', () => {
    const PARTY = '在相城区依法登记注册、具有独立法人资格、财务管理制度健全，且上年度研发费用占营业收入比例不低于百分之三的工业企业和科技型中小企业，近三年内无严重失信记录，未享受过同类奖励。';
    const REWARD = '对符合条件的企业，按其上年度研发费用增量的百分之十给予一次性奖励，单个企业最高不超过五十万元。';
    /** The text cut every 38 characters, as a PDF's column wraps it. */
    const wrapAt38 = (text: string) => Array.from({ length: Math.ceil([...text].length / 38) }, (_, index) => [...text].slice(index * 38, index * 38 + 38).join(''));
    const notice = [
      '关于组织申报2026年度相城区企业研发投入奖励的通知',
      '各有关企业：',
      '为鼓励企业加大研发投入，提升自主创新能力，根据《相城区关于推动科技创新的若干政策》，现就2026年度企业研发投入奖励申报工作通知如下。',
      '一、申报对象',
      ...wrapAt38(PARTY),
      '二、申报条件',
      '（一）企业上年度研发费用不低于200万元，已按规定向税务部门办理研发费用加计扣除，并建立研发费用辅助账；',
      '（二）企业设有专门的研发机构，配备稳定的研发团队，研发人员占当年职工总数的比例不低于百分之十；',
      '（三）企业近三年内未发生重大安全、环保、质量事故。',
      '三、奖励标准',
      ...wrapAt38(REWARD),
      '四、申报材料',
      '（一）企业研发投入奖励申请表；',
      '（二）具有资质的中介机构出具的上年度研发费用专项审计报告，以及研发费用加计扣除优惠明细表；',
      '（三）营业执照复印件。',
      '五、申报流程',
      '请于2026年5月31日前登录相城区惠企政策服务平台在线填报，并将纸质材料一式两份报送区科技局。',
      '六、联系方式',
      '区科技局产业科，联系电话：0512-66181234。',
    ];

    it('joins each wrapped paragraph, of three lines or two, and leaves the other lines as they are', async () => {
      const { write } = await documentFolder();
      const document = await readDocument(await write('wrapped-party.txt', notice.join('\n')));
      expect(document.lines.map((line) => [line.line, line.text])).toEqual([
        [1, notice[0]],
        [2, '各有关企业：'],
        [3, notice[2]],
        [4, '一、申报对象'],
        [5, PARTY],
        ...notice.slice(7, 12).map((text, index) => [8 + index, text]),
        [13, REWARD],
        ...notice.slice(14).map((text, index) => [15 + index, text]),
      ]);
    });

    it('drafts the wrapped party as one item', async () => {
      const { write } = await documentFolder();
      const { spec } = await draftDocument(await write('wrapped-party.txt', notice.join('\n')));
      expect([spec.parties, spec.reward?.items]).toEqual([[PARTY], [REWARD]]);
    });

    it.each([
      ['offices and phones of one width', ['市科技局高新技术处联系人王明 0512-65227947', '吴中区科技局高新科联系人李华 0512-67682292', '对逾期申报的项目不予受理。']],
      ['a title over its first sentence', ['相城区2026年度企业研发投入奖励实施细则', '为鼓励企业加大研发投入，制定本细则。']],
      ['a heading over its text', ['二、申报项目、奖励补助标准及申报材料', '2026年度企业上市奖励资金。']],
      ['the offices of a signature over its date', ['苏州市相城区科学技术局 苏州市相城区财政局', '2026年3月1日']],
      ['an item without its full stop over a wider one', ['在相城区依法登记注册、具有独立法人资格的工业企业和服务业企业', '近三年内无严重失信记录，财务管理制度健全，上年度研发费用占营业收入比例不低于百分之三。']],
      ['a line set apart by a blank line', ['在相城区依法登记注册、具有独立法人资格、财务管理制度健全的企业', '', '近三年内无严重失信记录。']],
    ])('keeps real separate lines apart: %s', async (_case, lines) => {
      const { write } = await documentFolder();
      const text = ['关于组织申报2026年度相城区企业研发投入奖励的通知', '为鼓励企业加大研发投入，提升自主创新能力，根据有关政策，现就2026年度企业研发投入奖励申报工作通知如下。', ...lines].join('\n');
      const document = await readDocument(await write('separate.txt', text));
      expect(document.lines.slice(2).map((line) => line.text)).toEqual(lines.filter((line) => line !== ''));
    });
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
