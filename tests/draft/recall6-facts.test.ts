/**
 * Mechanisms for the facts and the text readers from the misses of the sixth held-out set (issue
 * 13): each test uses a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { caseTermsTable } from '../../src/draft/find-tiers.js';
import { findTitle } from '../../src/draft/find-title.js';
import { splitRunTogetherHead } from '../../src/draft/read-txt.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const contactsOf = (section: SourceLine[], all: SourceLine[]) => findContacts(section, all).map(({ name, phone }) => ({ name, phone }));
const draftOf = (...texts: string[]) => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec;

describe('the applicant\'s deadline', () => {
  it.each([
    [['请各申报单位于2026年5月8日（星期五）前将申报材料报送区经委。'], '2026-05-08'],
    [['请各申报单位于2026年5月8日(周五)17:00前将申报材料报送区经委。'], '2026-05-08'],
    [['网上申报截止时间为2026年2月26日。区科技局网上推荐项目截止时间为2026年3月1日，推荐后报送市科技局。'], '2026-02-26'],
    [['网上申报截止时间为2026年2月26日。县（市）区科技局审核截止时间为2026年3月1日。'], '2026-02-26'],
    [['企业于2026年5月1日前完成网上注册。经区科技局审核后，请企业于2026年6月30日前提交申报材料。'], '2026-06-30'],
  ])('%j ends on %s', (texts, end) => {
    expect(findPeriod([], lines(...texts), undefined)?.end).toBe(end);
  });
});

describe('a date without its year', () => {
  it.each([
    [['关于申报某某中心的通知', '某市科学技术局', '2026年9月1日'], '请于9月12日下午17:00前将材料报送市科技局'],
    [['关于申报某某中心的通知', '某市科学技术局', '2026年12月20日'], '请于1月10日前将材料报送市科技局'],
  ])('stays a note even in a signed notice: %j then %s', (around, deadline) => {
    const [title, ...signature] = around;
    expect(draftOf(title!, '一、申报对象', '本市企业。', `二、申报时间`, `${deadline}。`, ...signature).period).toEqual({ note: deadline });
  });

  it('still gives a range\'s end the year its start was written with', () => {
    expect(draftOf('关于申报某某中心的通知', '申报时间：2026年9月8日—9月25日。').period).toEqual({ start: '2026-09-08', end: '2026-09-25' });
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
    expect(contactsOf(section, section)).toEqual(expected);
  });

  it('keeps a fax number out', () => {
    const section = lines('电话：66501234，传真：66505678');
    expect(contactsOf(section, section)).toEqual([{ name: '咨询电话', phone: '66501234' }]);
  });

  it('reads a number under its own 电话 key outside the contacts section that gathered the others', () => {
    const all = lines('（四）受理地点：某区政务服务中心3楼。', '（五）系统技术支持电话：13912345678。', '三、联系方式', '产业科 66501234');
    expect(contactsOf([all[3]!], all).map((contact) => contact.phone)).toEqual(['13912345678', '66501234']);
  });

  it.each([
    [['请各单位按时报送。', '  经发科  王明 66501234'], ['66501234']],
    [['项目编号 20260101'], []],
    [['本年度共支持企业 12000000'], []],
  ])('reads a line of only an office, a name and a number as a contact: %j', (texts, phones) => {
    expect(contactsOf([], lines(...texts)).map((contact) => contact.phone)).toEqual(phones);
  });
});

describe('the title and its 文号 at the head', () => {
  it.each([
    [['关于申报某某中心的通知【某科成〔2026〕8号】', '各有关单位：'], '某科成〔2026〕8号'],
    [['关于申报某某中心的通知（某工信〔2026〕12号）', '各有关单位：'], '某工信〔2026〕12号'],
    [['附件：关于申报某某中心的通知（某工信〔2026〕12号）'], undefined],
    [['根据《关于申报某某中心的通知》（某工信〔2026〕12号），现通知如下：'], undefined],
  ])('a 文号 in brackets after the title is the notice\'s own: %j', (texts, expected) => {
    expect(findDocNo(lines(...texts))?.text).toBe(expected);
  });

  it('reads a 转发 title that names the office of the notice it forwards', () => {
    const title = '关于转发市某某委《关于组织申报2026年某某项目的通知》的通知';
    expect(findTitle(lines(title, '各有关单位：'), undefined)?.text).toBe(title);
    expect(findTitle(lines('现将市某某委《关于组织申报2026年某某项目的通知》转发给你们，请遵照执行。'), undefined)).toBeUndefined();
  });

  it.each([
    [['兑现2025年度某区商务发展专项资金', '各镇（街道、区）招商中心（经发局、投促局）：'], '兑现2025年度某区商务发展专项资金'],
    [['扫一扫 关注我们', '@某区企业，高质量发展奖励申报开始啦！', '各相关单位：根据有关规定，现将申报事项通知如下。'], '@某区企业，高质量发展奖励申报开始啦！'],
    [['某区专项资金申报', '发布时间：2026-03-01', '各有关单位：'], '某区专项资金申报'],
    [['某某市科学技术局', '各有关单位：'], undefined],
    [['为做好申报工作，现通知如下。', '各有关单位：'], undefined],
    [['关于某某的通知', '张三 / 2026-03-01 09:53:00', '各有关单位：'], '关于某某的通知'],
    [['张三 / 2026-03-01 09:53:00', '各有关单位：'], undefined],
    [['某区专项资金申报', '2026-03-01 09:53:00', '各有关单位：'], '某区专项资金申报'],
  ])('takes the line right above the salutation as the title: %j', (texts, expected) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(expected);
  });
});

describe('cases named in a clause ending in 的, each followed by its terms', () => {
  it.each([
    [
      '一般困难的，可给予每人不超过当地低保标准3倍的一次性救助，特别困难的，不超过当地低保标准10倍。',
      [['一般困难', '每人不超过当地低保标准3倍'], ['特别困难', '不超过当地低保标准10倍']],
    ],
    ['对于首次认定的，给予研发费用5%的补助；复审通过的，给予2%的补助。', [['首次认定', '研发费用5%'], ['复审通过', '2%']]],
    ['新认定的，奖励20万元，重新认定的，奖励10万元。', [['新认定', '20万元'], ['重新认定', '10万元']]],
  ])('reads %s as a table', (sentence, rows) => {
    expect(caseTermsTable(sentence)?.rows).toEqual(rows);
  });

  it.each([
    ['符合条件的，可给予每人不超过当地低保标准3倍的一次性救助。'],
    ['一般困难的，由街道审核，特别困难的，由区民政局审核。'],
  ])('needs two cases with figures: %s', (sentence) => {
    expect(caseTermsTable(sentence)).toBeUndefined();
  });

  it('gives the drafted card its table under a reward heading', () => {
    const spec = draftOf('关于某区临时救助的通知', '一、补助标准', '一般困难的，可给予每人不超过当地低保标准3倍的一次性救助，特别困难的，不超过当地低保标准10倍。');
    expect((spec.reward as { table?: { rows: string[][] } } | undefined)?.table?.rows).toEqual([['一般困难', '每人不超过当地低保标准3倍'], ['特别困难', '不超过当地低保标准10倍']]);
  });
});

describe('a copier\'s sales line', () => {
  it.each([
    ['10年专业代理免费咨询：13912345678（V同号）'],
    ['项目申报代办，欢迎来电：13912345678（微信同号）'],
  ])('gives no contact: %s', (text) => {
    expect(contactsOf([], lines('请于2026年5月8日前报送区科技局。', text))).toEqual([]);
  });

  it('leaves an office\'s own line alone', () => {
    expect(contactsOf([], lines('咨询电话：区科技局 66501234（工作日9:00-17:00）'))).toEqual([{ name: '区科技局', phone: '66501234' }]);
  });
});

describe('a run-together copy (the whole notice on one line)', () => {
  const rest = '第一条为鼓励企业创新，制定本办法。第二条对新认定的企业给予20万元奖励。'.repeat(20);
  const title = '某市高新技术企业培育专项扶持办法';

  it('cuts the head into the office, the signing date, the title and the text', () => {
    expect(splitRunTogetherHead(`某市人民政府2026年3月1日${title}${rest}`)).toEqual(['某市人民政府', '2026年3月1日', title, rest]);
  });

  it.each([
    [`某市人民政府2026年3月1日${title}第一条为鼓励企业创新。`],
    [`为鼓励企业创新，某市人民政府2026年3月1日${title}${rest}`],
  ])('leaves a short line or one that opens with a sentence whole: %s', (text) => {
    expect(splitRunTogetherHead(text)).toEqual([text]);
  });

  it('drafts the issuer and the title from such a head, and the 文号 from the link to the notice that issues it', () => {
    const text = `某市人民政府2026年3月1日${title}${rest}附件：1.某府规〔2026〕2号某市人民政府关于印发《${title}》的通知.doc。`;
    const spec = draftCard({ file: '办法.txt', format: 'txt', lines: splitRunTogetherHead(text).map((part) => ({ text: part, line: 1 })) }).spec;
    expect([spec.title, spec.issuer, spec.docNo]).toEqual([title, '某市人民政府', '某府规〔2026〕2号']);
  });

  it.each([
    [`附件：某府规〔2026〕2号某市人民政府关于印发《${title}》的通知`, '某府规〔2026〕2号'],
    [`附件：某市人民政府关于印发《${title}》的通知（某府规〔2026〕2号）`, '某府规〔2026〕2号'],
    [`附件：某府规〔2026〕2号某市人民政府关于印发《某市另一办法》的通知`, undefined],
    [`根据《${title}》（某府规〔2026〕2号），现通知如下`, undefined],
  ])('a 文号 beside the notice that issues the document\'s own title: %s', (text, expected) => {
    expect(findDocNo(lines('某市人民政府', text), title)?.text).toBe(expected);
  });
});

describe('a policy card flattened by a copier', () => {
  it.each([
    ['人社政策明白卡政策名称创业担保贷款贴息政策内容对符合条件的个人给予贴息，适用范围本市创业人员', '创业担保贷款贴息'],
    ['事项名称某某补贴申报条件在本市登记的企业', '某某补贴'],
    ['项目名称为某某补贴，政策内容如下', undefined],
  ])('takes the value of its 名称 key as the title: %s', (text, expected) => {
    expect(findTitle(lines(text), undefined)?.text).toBe(expected);
  });

  it('keeps the rest of the card\'s line in the body', () => {
    const spec = draftOf('人社政策明白卡政策名称创业担保贷款贴息政策内容对符合条件的个人给予贴息，咨询电话：0376-7654321');
    expect([spec.title, (spec.contacts as Array<{ phone: string }>)[0]?.phone]).toEqual(['创业担保贷款贴息', '0376-7654321']);
  });
});

describe('the name of a contact', () => {
  it.each([
    ['（一）产业处：负责申报材料内容相关问题的咨询与政策解答，联系电话66501234；', [{ name: '产业处', phone: '66501234' }]],
    ['咨询电话：0571-66501234', [{ name: '咨询电话', phone: '0571-66501234' }]],
  ])('%s', (text, expected) => {
    expect(contactsOf([], lines(text))).toEqual(expected);
  });
});
