/**
 * The application period: deadlines written every way, dates without a year, and dates that say
 * something else (a cited policy's start, a range of things, an item's own window). Each test
 * reads a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { lines, draftGuide, draftSpec, periodOf, txt } from './small-document.js';

describe('the application period', () => {
  const periodOf = (section: string[], prose: string[], year: number | undefined = 2026) => {
    const found = findPeriod(lines(...section), lines(...prose), year);
    return found && { start: found.start, end: found.end, note: found.note };
  };

  it.each([
    // No date at all: a note, never a made-up date.
    ['参保人每年认证一次，可全年申办。', { note: '全年申办' }],
    ['根据有关规定，即日起开始申报2026年度专项资金项目。', { note: '即日起开始申报' }],
    // From the day of the notice to a deadline: the deadline.
    ['申报时间：即日起至2026年4月30日。', { end: '2026-04-30' }],
    // A portal's list of dates.
    ['2026-07-11 17点申报截止', { end: '2026-07-11' }],
    // One application in stages, told in one sentence: from the first day to the last.
    ['申请人可在2026年3月20日至3月24日内登录平台上传材料，2026年3月25日上午10时至3月27日内可选择并提交意向房源。', { start: '2026-03-20', end: '2026-03-27' }],
  ])('%s', (text, expected) => {
    expect(periodOf([], [text])).toEqual({ start: undefined, end: undefined, note: undefined, ...expected });
  });

  it('keeps what a copy lost of its dates as a note', () => {
    expect(periodOf(['即日起至2026108'], [])).toEqual({ start: undefined, end: undefined, note: '即日起至2026108' });
  });

  it('does not extend the period by a later stage the applicant does not do', () => {
    expect(periodOf([], ['企业于2026年3月1日至3月31日网上申报，4月1日至4月15日由区科技局审核。'])).toEqual({ start: '2026-03-01', end: '2026-03-31', note: undefined });
  });

  it('does not take a window inside a condition for the period', () => {
    expect(periodOf([], ['申报企业自2023年6月1日至2026年5月31日期间未有严重失信行为，并按时提交申请。'])).toBeUndefined();
  });

  it('prefers a deadline to the dates of the conditions', () => {
    const spec = draftSpec(
      '关于开展2026年度技改奖励申报的通知',
      '一、申报条件',
      '（一）在本区注册的工业企业；',
      '（二）企业自2023年6月1日至2026年5月31日期间未有严重失信行为。',
      '二、申报材料',
      '（一）申请表；',
      '（二）信用承诺书，承诺2023年6月1日至2026年5月31日期间未有严重失信行为。',
      '三、申报时间',
      '2026年7月10日17时前提交。',
    );
    expect(spec.period).toEqual({ end: '2026-07-10', note: '2026年7月10日17时前' });
  });

  it('prefers a deadline in prose to the dates of the conditions', () => {
    const spec = draftSpec(
      '关于开展2026年度技改奖励申报的通知',
      '2026-07-10 17点申报截止',
      '一、申报条件',
      '（一）在本区注册的工业企业；',
      '（二）企业申报时须承诺2023年6月1日至2026年5月31日期间未有严重失信行为。',
    );
    expect(spec.period).toEqual({ end: '2026-07-10' });
  });
});

describe('a date from which a cited policy applies', () => {
  it('is not the period', () => {
    const { spec } = draftGuide('某市居民参保简介', '一、参保对象', '本市户籍居民。', '二、关系转移', '根据《某省关于调整参保登记的通知》（某社函〔2024〕12号），自2024年7月1日起，不再办理省内参保关系转移手续。');
    expect(spec.period).toBeUndefined();
  });

  it('still opens the period when the sentence is the notice’s own', () => {
    const { spec } = draftGuide('关于开展2026年度补贴申报的通知', '自2026年3月1日起受理申请，请符合条件的企业及时申报。');
    expect(spec.period).toEqual({ start: '2026-03-01' });
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

describe('dates at the head of a materials item', () => {
  it('are the time to apply, not the item\'s own window', () => {
    const texts = ['关于申报2026年某某资金的通知', '一、申报对象', '本区企业。', '二、申报材料', '2026年3月1日9:00至3月31日17:00，申报单位登录系统提交申报书。', '三、形式审查', '2026年4月10日前，由区科技局进行形式审查。'];
    expect(draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
  });
});

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
    expect(draftSpec(title!, '一、申报对象', '本市企业。', `二、申报时间`, `${deadline}。`, ...signature).period).toEqual({ note: deadline });
  });

  it('still gives a range\'s end the year its start was written with', () => {
    expect(draftSpec('关于申报某某中心的通知', '申报时间：2026年9月8日—9月25日。').period).toEqual({ start: '2026-09-08', end: '2026-09-25' });
  });
});

describe('a deadline for papers handed to an office', () => {
  it.each([
    ['2、请于2026年6月30日前将项目建议表报区科技局产业科。', '2026-06-30'],
    ['各单位须在2026年7月15日前将推荐汇总表交市工信局。', '2026-07-15'],
  ])('%s → ends %s', (text, end) => {
    const all = lines('一、项目内容', '某某项目。', text);
    expect(findPeriod([], all, undefined)?.end).toBe(end);
  });

  it('takes no date from a sentence that hands nothing to an office', () => {
    expect(findPeriod([], lines('一、项目内容', '项目须在2026年6月30日前完成建设。'), undefined)).toBeUndefined();
  });
});

describe('a range that names which things, not when to apply', () => {
  it('gives no period from 2020年1月1日-2020年12月31日颁发的证书', () => {
    const found = findPeriod([], lines('一、申领', '2020年1月1日-2020年12月31日颁发的证书，由本人申请补贴。'), undefined);
    expect(found?.start).toBeUndefined();
    expect(found?.end).toBeUndefined();
  });

  it('still reads a range that a sentence about applying gives', () => {
    const found = findPeriod([], lines('一、申领', '申报时间为2026年3月1日至2026年3月31日，逾期不予受理。'), undefined);
    expect([found?.start, found?.end]).toEqual(['2026-03-01', '2026-03-31']);
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

describe('a deadline told by what closes on the day', () => {
  it.each([
    ['申报系统已开放，第二批项目申报将于2026年11月21日17:00关闭，第三批项目申报将于2026年12月10日17:00关闭。', '2026-11-21'],
    ['2026-04-01   材料报送截止期', '2026-04-01'],
    ['2026-07-11 17点申报截止', '2026-07-11'],
  ])('%s → end %s', (text, end) => {
    expect(findPeriod([], lines(text), undefined)?.end).toBe(end);
  });

  it('takes no end from a date that only names what happened', () => {
    expect(findPeriod([], lines('2026年3月1日，某某平台正式上线。'), undefined)?.end).toBeUndefined();
  });
});
