/**
 * Mechanisms for the facts and the text readers from the misses of the fifth held-out set (issue
 * 13): each test uses a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { rewardHeadline } from '../../src/draft/find-reward.js';
import { parallelItemsTable, standardCasesTable, tierRowsIn, verbPairTable } from '../../src/draft/find-tiers.js';
import { findTitle } from '../../src/draft/find-title.js';
import { findRunInSignature, findSignatureBlock } from '../../src/draft/signature-block.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const periodOf = (texts: string[], year?: number) => {
  const found = findPeriod([], lines(...texts), year);
  return found && { start: found.start, end: found.end, note: found.note };
};
const contactsOf = (section: SourceLine[], all: SourceLine[]) => findContacts(section, all).map(({ lines: _lines, ...contact }) => contact);

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

describe('the applicant\'s deadline', () => {
  it.each([
    [['项目申报截止期为2026年3月26日，逾期不予受理。'], { start: undefined, end: '2026-03-26', note: undefined }],
    [['受理申报材料的截止时间由原定的2026年5月13日延后至2026年5月31日。'], { start: undefined, end: '2026-05-31', note: undefined }],
    [['申报截止日期推迟至2026年6月30日，请抓紧申报。'], { start: undefined, end: '2026-06-30', note: undefined }],
    [['线上申报2026年4月1日至4月20日；纸质材料的提交时间为2026年4月21日至4月30日。'], { start: '2026-04-01', end: '2026-04-20', note: undefined }],
    [['1、网上申报。申报单位需在2026年4月20日17:00前，通过登录申报平台进行申报。', '2、书面报送。申报单位打印申请表，装订二份，在2026年4月25日前寄送至区科技局。'], { start: undefined, end: '2026-04-20', note: '2026年4月20日17:00前' }],
    [['申报截止日：2026.07.31。'], { start: undefined, end: '2026-07-31', note: undefined }],
    [['集中受理截止时间为：5月12日、5月30日、6月16日。'], { start: undefined, end: undefined, note: '集中受理截止时间为：5月12日、5月30日、6月16日' }],
  ])('%j', (texts, expected) => {
    expect(periodOf(texts, 2026)).toEqual(expected);
  });

  it('takes no moved term of the policy itself for a deadline', () => {
    const section = lines('本政策有效期由2026年12月31日延长至2027年12月31日。');
    expect(findPeriod(section, section, 2026)?.end).toBeUndefined();
  });

  it('still runs an application in stages on to its last stage when no paper copy follows an online one', () => {
    expect(periodOf(['申请人可在2026年3月20日至3月24日内登录平台上传材料，2026年3月25日至3月27日内提交意向房源。'])).toEqual({ start: '2026-03-20', end: '2026-03-27', note: undefined });
  });

  it.each([
    [['企业于2026年5月10日前将申报材料报送所在区科技局。', '各区科技局于2026年5月20日前完成审核，并将推荐材料报送市科技局。']],
    [['申报单位请于2026年5月10日前提交申报材料。', '2026年5月20日前，由市科技局负责对申报材料进行形式审查。']],
  ])('leaves the offices their own later deadline: %j', (texts) => {
    expect(periodOf(texts)).toEqual({ start: undefined, end: '2026-05-10', note: undefined });
  });

  it('keeps the later deadline when the earlier one is not an online application', () => {
    expect(periodOf(['各区于2026年6月18日前将拟申报企业名单报送区工信局。', '企业于2026年7月1日前将纸质材料报送区工信局。'])).toEqual({ start: undefined, end: '2026-07-01', note: undefined });
  });
});

describe('a date without its year', () => {
  it('takes no year from the page that published the notice, nor from the notice\'s own date (round 6)', () => {
    const texts = ['关于申报2026年技术改造项目的通知', '发布时间：2026-03-01', '一、申报对象', '本区工业企业。', '二、申报时间', '请于9月5日前将申报材料报送区工信局。'];
    expect(draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec.period).toEqual({ note: '请于9月5日前将申报材料报送区工信局' });
    const signed = [...texts, '某区工业和信息化局', '2026年3月1日'];
    expect(draftCard({ file: '通知.txt', format: 'txt', lines: lines(...signed) }).spec.period).toEqual({ note: '请于9月5日前将申报材料报送区工信局' });
  });
});

describe('reward tiers and the headline', () => {
  it('keeps the first case of a run that a colon leads into', () => {
    expect(verbPairTable('对销售额增长的企业分档给予奖励：新增销售额1000万元至5000万元奖励3万元、新增销售额5000万元及以上奖励8万元。')?.rows).toEqual([
      ['新增销售额1000万元至5000万元', '3万元'],
      ['新增销售额5000万元及以上', '8万元'],
    ]);
  });

  it.each([
    ['对认定为国家级孵化器的，给予50万元奖励；对认定为省级孵化器的，给予20万元奖励。', [['认定为国家级孵化器', '50万元'], ['认定为省级孵化器', '20万元']]],
    ['就业困难人员创业的，给予一次性补贴5000元；高校毕业生创业的，给予一次性补贴8000元。', [['就业困难人员创业', '5000元'], ['高校毕业生创业', '8000元']]],
  ])('reads a case named in a clause ending in 的 and paid in the next: %s', (sentence, rows) => {
    expect(verbPairTable(sentence)?.rows).toEqual(rows);
  });

  it('reads cases paid each at its own standard, with 、 inside a name', () => {
    const sentence = '失业人员开办网店按1000元给予补贴；退役军人、残疾人创办企业按3000元给予补贴。';
    expect(standardCasesTable(sentence)).toEqual({ columns: ['对象', '补贴标准'], rows: [['失业人员开办网店', '1000元'], ['退役军人、残疾人创办企业', '3000元']] });
    expect(standardCasesTable('失业人员开办网店按1000元给予补贴。')).toBeUndefined();
  });

  it('reads those cases when the reward section cut them into items', () => {
    const items = [
      { text: '失业人员开办网店按1000元给予补贴', lines: [1] },
      { text: '退役军人、残疾人创办企业按3000元给予补贴。', lines: [1] },
    ];
    expect(tierRowsIn(items)?.table.rows).toEqual([['失业人员开办网店', '1000元'], ['退役军人、残疾人创办企业', '3000元']]);
  });

  it('takes for a threshold only the words after the previous amount', () => {
    expect(rewardHeadline(['新增产值1亿元至2亿元奖励10万元、新增产值2亿元及以上奖励20万元。'])?.headline).toBe('20万元');
    expect(rewardHeadline(['奖励10万元，销售收入突破5000万元的再奖励5万元。'])?.headline).toBe('10万元');
  });
});

describe('the signature block', () => {
  it.each([
    [['特此通知。', '某市科技企业认定工作领导小组', '（某市科学技术局代章）', '2026年3月1日'], ['某市科技企业认定工作领导小组'], '2026-03-01'],
    [['特此通知。', '某市科技企业认定工作领导小组(某市科学技术局代章)', '2026年3月1日'], ['某市科技企业认定工作领导小组'], '2026-03-01'],
    [['特此通知。', '某区科技局', '****年*月**日'], ['某区科技局'], undefined],
  ])('%j', (texts, offices, date) => {
    const block = findSignatureBlock(lines(...texts));
    expect([block.offices, block.date]).toEqual([offices, date]);
  });

  it('reads the signature above a contact note, and the note for contacts', () => {
    const texts = ['关于申报2026年某某资金的通知', '一、申报对象', '本区企业。', '某区科学技术局', '2026年3月1日', '（联系人：张三，联系电话：0512-66501234）'];
    const block = findSignatureBlock(lines(...texts));
    expect([block.offices, block.date, block.notes?.map((line) => line.text)]).toEqual([['某区科学技术局'], '2026-03-01', ['（联系人：张三，联系电话：0512-66501234）']]);
    const { spec } = draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });
    expect([spec.issuer, spec.contacts]).toEqual(['某区科学技术局', [{ name: '张三', phone: '0512-66501234' }]]);
  });

  it('keeps a contact note with no signature above it in the body', () => {
    const block = findSignatureBlock(lines('一、申报对象', '本区企业。', '（联系人：张三，联系电话：0512-66501234）'));
    expect([block.offices, block.start, block.notes]).toEqual([[], 3, undefined]);
  });

  it('reads the signature above a page\'s attachment links, also when the offices were joined to the 附件 line', () => {
    const block = findSignatureBlock(lines('特此通知。', '附件：某某专项申报指南某省工业和信息化厅 某省财政厅', '2026年5月30日', '附件下载：1.某某专项申报指南.doc', '2.申报书附件1-4下载'));
    expect([block.offices, block.date, block.start]).toEqual([['某省工业和信息化厅', '某省财政厅'], '2026-05-30', 1]);
  });

  it('leaves attachment lines with no signature above them in the body', () => {
    const block = findSignatureBlock(lines('特此通知。', '附件：申报汇总表某区科学技术局2026年8月27日。'));
    expect([block.offices, block.start]).toEqual([[], 2]);
  });

  it('finds the office after an 附件 line that is itself run into the text before it', () => {
    const found = findRunInSignature(lines('各有关单位:…请按时申报,逾期不予受理,附件:某某扶持资金申报指南某区管理委员会2026年8月19日。'));
    expect([found?.offices, found?.date]).toEqual([['某区管理委员会'], '2026-08-19']);
  });
});

describe('a question as the page\'s headline', () => {
  it('takes a question at the top whose subject the article repeats', () => {
    const found = findTitle(lines('某市退役军人创业补贴怎么申请？', '导语 退役军人在本市创业的，可申请补贴。', '某市退役军人创业补贴', '一、申请条件：'), undefined);
    expect(found?.text).toBe('某市退役军人创业补贴怎么申请？');
  });

  it('takes no question whose subject the text does not repeat, nor one with a sentence before its mark', () => {
    expect(findTitle(lines('你了解最新的创业补贴吗？', '一、申请条件：', '在本市创业的退役军人。'), undefined)).toBeUndefined();
    expect(findTitle(lines('符合条件的，可以申请吗？', '符合条件的企业', '一、申请条件：'), undefined)).toBeUndefined();
  });
});

describe('dates at the head of a materials item', () => {
  it('are the time to apply, not the item\'s own window', () => {
    const texts = ['关于申报2026年某某资金的通知', '一、申报对象', '本区企业。', '二、申报材料', '2026年3月1日9:00至3月31日17:00，申报单位登录系统提交申报书。', '三、形式审查', '2026年4月10日前，由区科技局进行形式审查。'];
    expect(draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
  });
});

describe('cases named in a sentence of their own before their terms', () => {
  it('makes a table of a share and a ceiling per case', () => {
    const items = [
      { text: '先进制造项目。对于符合条件的项目，按实际投资额的8%给予补助，单个项目最高不超过300万元。' },
      { text: '数字服务项目。对于符合条件的项目，按实际投资额的15%给予补助，单个项目最高不超过200万元。' },
    ];
    expect(parallelItemsTable(items)?.table).toEqual({ columns: ['项目', '比例', '金额'], rows: [['先进制造项目', '8%', '不超过300万元'], ['数字服务项目', '15%', '不超过200万元']] });
  });

  it('makes none of one case, of cases with two amounts, or of cases told differently', () => {
    expect(parallelItemsTable([{ text: '先进制造项目。按投资额的8%给予补助，最高不超过300万元。' }])).toBeUndefined();
    expect(parallelItemsTable([{ text: '甲类项目。投资额不低于1000万元的，奖励50万元。' }, { text: '乙类项目。投资额不低于500万元的，奖励20万元。' }])).toBeUndefined();
    expect(parallelItemsTable([{ text: '甲类项目。按投资额的8%给予补助，最高300万元。' }, { text: '乙类项目。奖励20万元。' }])).toBeUndefined();
  });
});

describe('a 文号 after the title on its line', () => {
  it.each([['关于开展2026年技术改造项目申报工作的通知 某工信〔2026〕12号'], ['关于开展2026年技术改造项目申报工作的通知某工信〔2026〕12号']])('%s', (first) => {
    const head = lines(first, '各有关单位：', '现将有关事项通知如下。');
    expect([findDocNo(head)?.text, findTitle(head, undefined)?.text]).toEqual(['某工信〔2026〕12号', '关于开展2026年技术改造项目申报工作的通知']);
  });

  it('is not taken from a sentence that cites a notice', () => {
    expect(findDocNo(lines('各有关单位：', '根据关于开展技术改造的通知 某工信〔2025〕3号，现通知如下。'))).toBeUndefined();
  });
});
