/**
 * Fact mechanisms from the misses of the ninth held-out set (issue 13), kept only where the same
 * kind of miss shows in documents of two different sites: each test reads a small notice written
 * for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { readTxt, withoutCellBorder, withoutDoubledMarks } from '../../src/draft/read-txt.js';
import { findRunInSignature } from '../../src/draft/signature-block.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { isFooterRecord } from '../../src/draft/page-chrome.js';
import { findPeriod } from '../../src/draft/find-period.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

const txt = (...texts: string[]) => readTxt('page.txt', new TextEncoder().encode(texts.join('\n')));

describe("a page laid out in a table keeps its cells' right borders as pipes", () => {
  it.each([
    ['关于组织申报2026年某某奖励的通知 |', '关于组织申报2026年某某奖励的通知'],
    ['关于组织申报2026年某某奖励的通知 | ||||||||', '关于组织申报2026年某某奖励的通知'],
    ['某区科学技术局 2026年3月1日 |', '某区科学技术局 2026年3月1日'],
    ['|', ''],
    ['||||||||', ''],
    // A row with a pipe between its cells is a table's row.
    ['编号 | 计划名称 |', '编号 | 计划名称 |'],
    ['可办理人群 | 自然人 | ||', '可办理人群 | 自然人 | ||'],
    ['没有竖线的一行', '没有竖线的一行'],
  ])('%s → %s', (line, text) => {
    expect(withoutCellBorder(line)).toBe(text);
  });

  it('reads the title above a body run into one cell, and drops rows of borders', () => {
    const document = txt('|', '||||||||', '关于组织申报2026年某某奖励的通知 | ||||||||', '各区经信局：现将有关事项通知如下：一、申报范围 本市新增的小微企业。二、申报材料 1.资金申请表。 |', '|');
    expect(document.lines.map((line) => line.text)).not.toContain('|');
    const { spec } = draftCard(document);
    expect(spec['title']).toBe('关于组织申报2026年某某奖励的通知');
  });
});

describe('a signature run into the last of the attachments listed under 附件：', () => {
  it.each([
    [['二、联系方式 区科技局 张三 12345678', '附件：', '1.某某项目表', '2.某某申报书某区科学技术局 2026年8月6日'], '某区科学技术局', '2026-08-06'],
    [['三、申报要求 请于2026年10月25日前报送。附件:', '1.某某申报表2.某某获奖名单某市科学技术局2026年10月19日,。'], '某市科学技术局', '2026-10-19'],
  ])('%j → %s', (texts, office, date) => {
    const found = findRunInSignature(lines(...texts));
    expect(found?.offices).toEqual([office]);
    expect(found?.date).toBe(date);
  });

  it.each([
    // A numbered item that is no attachment: a deadline sentence, not a signature.
    [['二、申报要求', '1.某某表', '2.申报截止2026年8月6日']],
    // An item under a heading that is not 附件.
    [['二、申报材料：', '1.某某申报书某区科学技术局 2026年8月6日']],
  ])('%j gives no signature', (texts) => {
    expect(findRunInSignature(lines(...texts))).toBeUndefined();
  });
});

describe('a contact named by the desk before 联系人', () => {
  it.each([
    ['市科技局高新科联系人：张三 12345678', '市科技局高新科 张三'],
    ['某区科学技术局产学研合作科联系人:李四 电话:87654321', '某区科学技术局产学研合作科 李四'],
    ['某某中心联系人: 王 五 联系电话:65241080', '某某中心 王 五'],
    // Words before 联系人 that are a sentence, not an office, stay out of the name.
    ['如有疑问可与园区联系 联系人 赵六 66112233', '赵六'],
  ])('%s → %s', (text, name) => {
    expect(findContacts([], lines(text))[0]?.name).toBe(name);
  });
});

describe('a key narrowed by the word glued before it', () => {
  it.each([
    ['（五）政策咨询电话：0512-66881234。', '政策咨询电话'],
    ['查询、咨询电话：020-12345', '查询、咨询电话'],
    ['材料受理地点：某市某区某路8号，6号楼1层。电话：68518787，68518762。', '材料受理地点'],
    // An office glued to its key names itself.
    ['就业促进科电话：0512-66881234', '就业促进科'],
    // A person after 联系人 is a person, whatever key follows.
    ['联系人：张三、李四联系电话：0512-66881234', '张三 李四'],
  ])('%s → %s', (text, name) => {
    expect(findContacts([], lines(text))[0]?.name).toBe(name);
  });
});

describe('a 联系人 key inside a sentence that lost its line breaks', () => {
  it.each([
    ['汇总后于3月25日前报送市经信委。 联系人:张三、李四, 联系电话:85681228、85681230。 附件:某某申请表', '张三、李四'],
    ['2.需提供营业执照复印件,联系人:市科技局某某处王五联系电话:85681519受理地点:市科技局某某处', '市科技局某某处王五'],
    ['请于5月1日前报送材料，某区科技局成果科联系人：赵六，联系电话：52776926。', '某区科技局成果科 赵六'],
  ])('%s → %s', (text, name) => {
    expect(findContacts([], lines(text))[0]?.name).toBe(name);
  });
});

describe('an address that a line goes on after', () => {
  it.each([
    ['联系电话：85681519受理地点：市科技局某某处（行政中心1号楼7楼721室）附件：1.申报表', '市科技局某某处（行政中心1号楼7楼721室）'],
    ['地址：某市某区某路1号某中心H座7楼712室 联系人：王五 联系电话：22831310', '某市某区某路1号某中心H座7楼712室'],
    ['受理地点：某市高新区某路与某路十字，某科技园，6号楼1层。电话：68518787', '某市高新区某路与某路十字，某科技园，6号楼1层'],
    ['联系电话：0512-66881234，地址：某市某区某路8号', '某市某区某路8号'],
  ])('%s → %s', (text, address) => {
    expect(findContacts([], lines(text))[0]?.address).toBe(address);
  });
});

describe('the desk on the line just above a phone line', () => {
  it.each([
    [['四、联系方式', '某市某区科技局', '联系人:张三,', '联系电话:89863162'], ['某市某区科技局 张三']],
    [['联系人：工业经济发展科', '李四 027-81568157'], ['工业经济发展科 李四']],
    [['某省经济和信息化委联系人及电话：', '王五 (028)86264841 赵六 (028)86264874'], ['某省经济和信息化委 王五', '某省经济和信息化委 赵六']],
    [['三、受理地址', '1.某市劳动就业服务中心创业指导科', '联系电话:3308602 地址:某市站前街2号', '2.某县人力资源服务中心、劳动就业工作部', '联系电话:4850008'], ['某市劳动就业服务中心创业指导科', '某县人力资源服务中心、劳动就业工作部']],
    // A line above that is no office leaves the name as it was.
    [['请按时报送材料', '联系人：张三 电话：0512-66881234'], ['张三']],
  ])('%j → %j', (texts, names) => {
    // The lines as a contacts section gives them, and as the document's lines.
    const all = lines(...texts);
    expect(findContacts(all, all).map((contact) => contact.name)).toEqual(names);
  });
});

describe("the site's own contacts around the notice", () => {
  it('takes no contact from a header above the title', () => {
    const { spec } = draftCard(
      txt('通知公告', '联系我们', '某省某行业协会', '协会地址 : 某市某路58号', '咨询热线 : 025-84490768、84487588', '关于组织申报2026年度某某专项资金项目的通知', '各有关单位：', '一、申报条件', '在本省注册的企业。', '二、联系方式', '联系人：张三，电话：025-83331234'),
    );
    expect((spec['contacts'] as Array<{ phone: string }>).map((contact) => contact.phone)).toEqual(['025-83331234']);
  });

  it("keeps the contacts of a PDF's later page, whose lines are numbered from 1 again", () => {
    const document = {
      file: 'notice.pdf',
      format: 'pdf' as const,
      lines: [
        { text: '关于组织申报2026年度某某专项资金项目的通知', line: 15, page: 1 },
        { text: '各有关单位：', line: 16, page: 1 },
        { text: '一、申报条件', line: 17, page: 1 },
        { text: '在本省注册的企业。', line: 18, page: 1 },
        { text: '二、联系方式', line: 2, page: 2 },
        { text: '联系人：张三，电话：025-83331234', line: 3, page: 2 },
      ],
    };
    expect((draftCard(document).spec['contacts'] as Array<{ phone: string }>).map((contact) => contact.phone)).toEqual(['025-83331234']);
  });

  it.each([
    ['社址:某市某路155号 邮编:710003 电话/编辑部:029-87345421', '广告部:029-87347875 投稿信箱:abc@example.com 版权所有:某某报社', true],
    ['社址:某市某路155号 邮编:710003', '© 2017-2022 某某网', true],
    // One pair, a sentence, or no footer below: the text's own.
    ['联系电话:029-87345421', '版权所有:某某报社', false],
    ['地址:某路1号，电话:029-87345421。', '版权所有:某某报社', false],
    ['社址:某市某路155号 邮编:710003', '附件：申报表', false],
  ])('%s above %s is the footer: %s', (text, next, footer) => {
    expect(isFooterRecord(text, next)).toBe(footer);
  });

  it("drops the footer's record and its number from a copied page", () => {
    const document = txt('某省征集某某产业项目', '本报讯 9月15日，省某委面向全省征集项目。', '项目须于9月30日前报送。', '社址:某市某路155号 邮编:710003 电话/编辑部:029-87345421', '广告部:029-87347875 版权所有:某某报社');
    expect(document.lines.map((line) => line.text).join('\n')).not.toContain('社址');
  });
});

describe("a mirror's doubled marks", () => {
  it.each([
    ['（某发〔2021〕23号）,,拟对我市获奖单位开展奖励', '（某发〔2021〕23号）,拟对我市获奖单位开展奖励'],
    ['一,、申报对象', '一、申报对象'],
    ['一等奖、二等奖,、三等奖项目，，每个单位', '一等奖、二等奖、三等奖项目，每个单位'],
    ['营业收入1,000万元、利润100万元', '营业收入1,000万元、利润100万元'],
  ])('%s → %s', (text, clean) => {
    expect(withoutDoubledMarks(text)).toBe(clean);
  });

  it('reads a heading the doubling had hidden', () => {
    const document = txt('关于组织申报2026年某某奖励的通知', '各有关单位:', '一,、申报对象', '本市获奖的单位,,及个人。');
    expect(document.lines.map((line) => line.text)).toContain('一、申报对象');
  });
});

describe('a deadline with its hour', () => {
  it.each([
    ['请于2026年8月12日（周一）下午17点前将材料报送至区科技局。', '2026-08-12', '2026年8月12日（周一）下午17点前'],
    ['网上申报截止时间：2026年11月17日17:00。', '2026-11-17', '截止时间：2026年11月17日17:00'],
    ['企业须于2026年9月1日下午5点前报送', '2026-09-01', '2026年9月1日下午5点前'],
  ])('%s → %s, note %s', (text, end, note) => {
    const found = findPeriod(lines(text), [], undefined);
    expect(found?.end).toBe(end);
    expect(found?.note).toBe(note);
  });

  it('gives no note to a deadline without an hour', () => {
    const found = findPeriod(lines('请于2026年8月12日前将材料报送至区科技局。'), [], undefined);
    expect(found?.end).toBe('2026-08-12');
    expect(found?.note).toBeUndefined();
  });
});
