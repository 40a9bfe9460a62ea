/**
 * Contacts: numbers written every way, the office, desk or person that names each, keys in a
 * sentence, addresses, and lines that are no contact (a copier's sales line, the site's own). Each
 * test reads a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { isFooterRecord } from '../../src/draft/page-chrome.js';
import { lines, contactsOf, namesAndPhones, txt } from './small-document.js';

describe('phone numbers written every way', () => {
  const contactsOf = (section: string[], prose: string[]) => findContacts(lines(...section), lines(...prose)).map(({ name, phone }) => ({ name, phone }));

  it.each([
    // 400/800 numbers, however their ten digits are grouped.
    ['平台技术支持电话：4008-123-456', [{ name: '平台技术支持电话', phone: '4008-123-456' }]],
    ['客服热线：400-600-7000', [{ name: '客服热线', phone: '400-600-7000' }]],
    ['咨询电话：800 820 1234', [{ name: '咨询电话', phone: '8008201234' }]],
    // A hotline alone is a phone; the same digits in an app's name are not.
    ['如有疑问，请拨打12333咨询。', [{ name: '咨询电话', phone: '12333' }]],
    ['参保人可通过“掌上12333”APP或微信小程序办理认证，咨询服务请前往窗口。', []],
    // Several numbers in one sentence, with no office named before them.
    ['申请家庭如需了解分配情况，可前往各区服务窗口咨询，或致电400-111-2222、400-333-4444咨询。', [{ name: '咨询电话', phone: '400-111-2222、400-333-4444' }]],
    // The situation before a calling verb names nobody.
    ['企业如对返还结果有异议，可拨打12333或0512—6868 8888咨询。', [{ name: '咨询电话', phone: '12333、0512-68688888' }]],
  ])('%s', (text, expected) => {
    expect(contactsOf([], [text])).toEqual(expected);
  });

  it('reads an office followed by a bare 8-digit number in a contacts section', () => {
    expect(contactsOf(['1、申报受理区服务中心项目科68001230', '2、业务咨询 区科技局综合科 6800 5678'], [])).toEqual([
      { name: '申报受理区服务中心项目科', phone: '68001230' },
      { name: '业务咨询 区科技局综合科', phone: '68005678' },
    ]);
  });

  it('does not read a bare number outside a contacts section', () => {
    expect(contactsOf([], ['本次共受理项目申报12345678'])).toEqual([]);
  });
});

describe('the office named in a sentence with its number', () => {
  it('takes the clause that names an office, not the sentence', () => {
    const text = '3.创新型企业人才。市工信局信息技术发展科，市政府大院2号楼1109室，咨询电话：0512-68001234。';
    expect(findContacts([], lines(text)).map(({ name, phone }) => ({ name, phone }))).toEqual([{ name: '市工信局信息技术发展科', phone: '0512-68001234' }]);
  });
});

describe('numbers written in groups', () => {
  it.each([
    ['联系电话：0512 6861 2345', '0512-68612345'],
    ['联系电话：0512-6861-2345', '0512-68612345'],
    ['联系人：王科长，手机 138 1234 5678', '13812345678'],
    ['联系人：王科长，手机：138-1234-5678', '138-1234-5678'],
  ])('%s → %s', (text, phone) => {
    expect(findContacts([], lines(text)).map((contact) => contact.phone)).toEqual([phone]);
  });

  it('reads an own 文号 in ﹝﹞ brackets', () => {
    expect(findDocNo(lines('某某区科技局文件', '惠科发﹝2026﹞3号', '各有关单位：'))?.text).toBe('惠科发﹝2026﹞3号');
  });
});

describe('a contacts section', () => {
  it('reads every number of a line without a 电话 key, and does not name a contact by the heading', () => {
    const contacts = findContacts(lines('五、联系方式', '区商务局外贸科 王老师 0512 6555 1234，138 1234 5678'), []);
    expect(contacts.map(({ name, phone }) => ({ name, phone }))).toEqual([{ name: '区商务局外贸科 王老师', phone: '0512-65551234、13812345678' }]);
  });
});

describe('numbers beside names, with no 电话 key and no area code', () => {
  it.each([
    [['四、联系方式 产业科:王小明 66501234 邮箱:wang@example.cn'], [{ name: '产业科 王小明', phone: '66501234' }]],
    [['科技科6650123 人才科6650124 财务科6650125'], [{ name: '科技科', phone: '6650123' }, { name: '人才科', phone: '6650124' }, { name: '财务科', phone: '6650125' }]],
    [['服务大厅窗口电话', '6650999'], [{ name: '服务大厅窗口', phone: '6650999' }]],
    [['咨询电话：66501234、66501235'], [{ name: '咨询电话', phone: '66501234、66501235' }]],
  ])('in a contacts section: %j', (texts, expected) => {
    const section = lines(...texts);
    expect(contactsOf(section, section)).toEqual(expected);
  });

  it('reads a contact list that lost its line breaks and its heading, wherever it stands', () => {
    const all = lines('三、其他事项(一)请按时报送,李红66501234城东街道经济办公室赵强66505678城西街道经济办公室钱多66509012附件:申报表');
    expect(contactsOf([], all)).toEqual([
      { name: '李红', phone: '66501234' },
      { name: '城东街道经济办公室赵强', phone: '66505678' },
      { name: '城西街道经济办公室钱多', phone: '66509012' },
    ]);
  });

  it('takes no count, amount or group number for a phone', () => {
    expect(contactsOf([], lines('全市共12000000人次受益，安排资金30000000元，企业家12345678家'))).toEqual([]);
    expect(contactsOf([], lines('一、共计申报12345678个项目，其中达66501234项'))).toEqual([]);
    expect(contactsOf([], lines('联系邮箱：12345678@qq.com'))).toEqual([]);
    const section = lines('联系方式', '科技科 66501234', '钉钉群号: 34361758');
    expect(contactsOf(section, section).map((contact) => contact.phone)).toEqual(['66501234']);
  });

  it('reads a number after a name in a line that talks about contacts, outside any contacts section', () => {
    const all = lines('一、申报对象', '本区企业。', '如有疑问请联系区科技局 王老师 66501234，咨询QQ群：87654321。');
    expect(contactsOf([], all).map((contact) => contact.phone)).toEqual(['66501234']);
  });

  it.each([
    ['如有疑问，请联系区科技局张老师，联系电话：6861 2345。', [['区科技局张老师', '68612345']]],
    ['咨询电话：0512－66501234（工作日9:00-17:00）', [['咨询电话', '0512-66501234']]],
    ['企业咨询服务中心 0512-66501234', [['企业咨询服务中心', '0512-66501234']]],
  ])('reads a grouped local number after 电话, and no office hours for a name: %s', (text, expected) => {
    expect(findContacts([], lines(text)).map((contact) => [contact.name, contact.phone])).toEqual(expected);
  });

  it('leaves out the line for reporting misconduct', () => {
    const section = lines('项目受理 66501234', '纪检监察 66509999(派驻纪检监察组)', '监督举报电话：0512-66508888');
    expect(contactsOf(section, section)).toEqual([{ name: '项目受理', phone: '66501234' }]);
    const office = lines('区市场监督管理局 0512-66507777');
    expect(contactsOf(office, office)).toEqual([{ name: '区市场监督管理局', phone: '0512-66507777' }]);
  });
});

describe('numbers the contacts reader missed', () => {
  it.each([
    ['联系人：李老师，66501234，13912345678', [{ name: '李老师', phone: '66501234、13912345678' }]],
    ['产业科：赵强，66501234', [{ name: '产业科 赵强', phone: '66501234' }]],
    ['联系电话：66501234 66505678', [{ name: '咨询电话', phone: '66501234、66505678' }]],
    ['联系电话/传真：66501234', [{ name: '咨询电话', phone: '66501234' }]],
    ['联系人：王一 66501234，李二 66505678', [{ name: '王一', phone: '66501234' }, { name: '李二', phone: '66505678' }]],
    ['咨询电话：66501234（张老师）、66505678（李老师）', [{ name: '张老师 李老师', phone: '66501234、66505678' }]],
    ['咨询电话：0512-66501234、0512-66505678', [{ name: '咨询电话', phone: '0512-66501234、0512-66505678' }]],
  ])('in a contacts section: %s', (text, expected) => {
    const section = lines(text);
    expect(namesAndPhones(section, section)).toEqual(expected);
  });

  it('keeps a fax number out', () => {
    const section = lines('电话：66501234，传真：66505678');
    expect(namesAndPhones(section, section)).toEqual([{ name: '咨询电话', phone: '66501234' }]);
  });

  it('reads a number under its own 电话 key outside the contacts section that gathered the others', () => {
    const all = lines('（四）受理地点：某区政务服务中心3楼。', '（五）系统技术支持电话：13912345678。', '三、联系方式', '产业科 66501234');
    expect(namesAndPhones([all[3]!], all).map((contact) => contact.phone)).toEqual(['13912345678', '66501234']);
  });

  it.each([
    [['请各单位按时报送。', '  经发科  王明 66501234'], ['66501234']],
    [['项目编号 20260101'], []],
    [['本年度共支持企业 12000000'], []],
  ])('reads a line of only an office, a name and a number as a contact: %j', (texts, phones) => {
    expect(namesAndPhones([], lines(...texts)).map((contact) => contact.phone)).toEqual(phones);
  });
});

describe('a copier\'s sales line', () => {
  it.each([
    ['10年专业代理免费咨询：13912345678（V同号）'],
    ['项目申报代办，欢迎来电：13912345678（微信同号）'],
  ])('gives no contact: %s', (text) => {
    expect(namesAndPhones([], lines('请于2026年5月8日前报送区科技局。', text))).toEqual([]);
  });

  it('leaves an office\'s own line alone', () => {
    expect(namesAndPhones([], lines('咨询电话：区科技局 66501234（工作日9:00-17:00）'))).toEqual([{ name: '区科技局', phone: '66501234' }]);
  });
});

describe('the name of a contact', () => {
  it.each([
    ['（一）产业处：负责申报材料内容相关问题的咨询与政策解答，联系电话66501234；', [{ name: '产业处', phone: '66501234' }]],
    ['咨询电话：0571-66501234', [{ name: '咨询电话', phone: '0571-66501234' }]],
  ])('%s', (text, expected) => {
    expect(namesAndPhones([], lines(text))).toEqual(expected);
  });
});

describe('name–number pairs run into a sentence, a name ending in 超', () => {
  it('gives each number its own name', () => {
    const text = '请于5月10日前将材料报市科技局，联系人：市科技局李文6123456市财政局王超6234567附件：申报表。';
    expect(findContacts([], lines(text)).map(({ name, phone }) => ({ name, phone }))).toEqual([
      { name: '市科技局李文', phone: '6123456' },
      { name: '市财政局王超', phone: '6234567' },
    ]);
  });

  it('still takes no number after 超过 for a phone', () => {
    expect(findContacts([], lines('联系人：张三，本年度营业额超过12000000的企业可申报。')).map((contact) => contact.phone)).not.toContain('12000000');
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

describe('contacts', () => {
  it.each([
    ['某某局 王某 62345678 12345678@qq.com', ['62345678']],
    ['某某中心 李某 62345679 87654321@163.com', ['62345679']],
    ['联系电话：62345670，邮箱：abc62345671@126.com', ['62345670']],
  ])('takes no phone from the digits of an e-mail address: %s', (text, phones) => {
    // The line as a contacts section gives it, and as the document's line.
    const all = lines(text);
    expect(findContacts(all, all).map((contact) => contact.phone)).toEqual(phones);
  });

  it.each([
    [['电话：0311-81234567（兼传真）'], '咨询电话'],
    [['四、联系方式', '某市科学技术局工业科', '联系人：王某（13812345678）（办）；'], '某市科学技术局工业科 王某'],
  ])("takes no name from a note on what the number is: %j", (texts, name) => {
    // Under a heading the lines after it are the contacts section; a line alone is read as prose.
    const all = lines(...texts);
    expect(findContacts(all.slice(1), all)[0]?.name).toBe(name);
  });

  it.each([
    [
      '（6）品牌项目报市场监管局，商标项目：信用科，联系电话：81234561；质量项目：质量科，联系电话：81234562；标准项目：标准科，联系电话：81234563；',
      [
        ['信用科', '81234561'],
        ['质量项目 质量科', '81234562'],
        ['标准项目 标准科', '81234563'],
      ],
    ],
    ['（联系人：某某处张某；联系电话：61234567。）', [['某某处张某', '61234567']]],
    // Two numbers of one desk, joined by 、, stay one contact.
    ['咨询电话：61234567、61234568', [['咨询电话', '61234567、61234568']]],
  ])('gives each clause with its own 电话 key and number a contact of its own: %s', (text, expected) => {
    expect(findContacts([], lines(text)).map((contact) => [contact.name, contact.phone])).toEqual(expected);
  });
  it.each([
    ['2、请各地按时报送材料，联系电话:市工信局装备工业处88190590', [['市工信局装备工业处', '88190590']]],
    ['如有疑问请联系，咨询电话：区人社局就业科 61234567', [['区人社局就业科', '61234567']]],
  ])('takes no key into the name of an office in a sentence: %s', (text, expected) => {
    // The calling verb found was the key's own 联系 (联系电话:); the office follows the colon.
    expect(findContacts([], lines(text)).map((contact) => [contact.name, contact.phone])).toEqual(expected);
  });
});
