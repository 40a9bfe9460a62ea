import { describe, expect, it } from 'vitest';
import { dateFromSerial, parseCellDate, parseDateText } from '../../src/import/parse-cell-date.js';
import { joinCellLinks, parseCellLinks } from '../../src/import/parse-cell-links.js';
import { joinCellTable, parseCellTable } from '../../src/import/parse-cell-table.js';
import { slugFromTitle } from '../../src/text/slug-from-title.js';

describe('dates', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026/3/31', '2026-03-31'],
    ['2026.3.31', '2026-03-31'],
    ['2026年3月31日', '2026-03-31'],
    ['2026 年 3 月 31 日', '2026-03-31'],
    ['２０２６年３月３１日', '2026-03-31'],
    ['2026/3/31 0:00:00', '2026-03-31'],
    ['20260331', '2026-03-31'],
    ['46112', '2026-03-31'],
    ['2026/2/30', undefined],
    ['常年受理', undefined],
    ['3月31日', undefined],
    ['12', undefined],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it('reads Excel serials, date cells and number cells', () => {
    expect(dateFromSerial(46112)).toBe('2026-03-31');
    expect(dateFromSerial(46112.75)).toBe('2026-03-31');
    expect(parseCellDate({ text: '2026-03-31', date: '2026-03-31' })).toBe('2026-03-31');
    expect(parseCellDate({ text: '46082', number: 46082 })).toBe('2026-03-01');
    expect(parseCellDate({ text: '20260331', number: 20260331 })).toBe('2026-03-31');
    expect(parseCellDate({ text: '5', number: 5 })).toBeUndefined();
  });
});

describe('link cells', () => {
  it.each([
    ['a bare URL', { text: 'https://a.gov.cn/x.html' }, [{ url: 'https://a.gov.cn/x.html' }]],
    ['a caption before the URL', { text: '扫码查看政策原文：https://a.gov.cn/x.html' }, [{ url: 'https://a.gov.cn/x.html', caption: '扫码查看政策原文' }]],
    ['a caption after the URL', { text: 'https://a.gov.cn/x.html （扫码申报）' }, [{ url: 'https://a.gov.cn/x.html', caption: '扫码申报' }]],
    ['two lines', { text: 'https://a.gov.cn/1\n查看原文 https://a.gov.cn/2' }, [{ url: 'https://a.gov.cn/1' }, { url: 'https://a.gov.cn/2', caption: '查看原文' }]],
    ['a hyperlink cell with words', { text: '点击查看', hyperlink: 'https://a.gov.cn/h' }, [{ url: 'https://a.gov.cn/h' }]],
    ['a hyperlink cell showing its URL', { text: 'https://a.gov.cn/h', hyperlink: 'https://a.gov.cn/h' }, [{ url: 'https://a.gov.cn/h' }]],
    ['no URL at all (validation reports it)', { text: '见附件' }, [{ url: '见附件' }]],
    ['a URL ending a sentence', { text: '详见https://a.gov.cn/x.html。' }, [{ url: 'https://a.gov.cn/x.html', caption: '详见' }]],
  ])('%s', (_name, cell, links) => {
    expect(parseCellLinks(cell)).toEqual(links);
  });

  it('joins links so they parse back the same', () => {
    const links = [{ url: 'https://a.gov.cn/1', caption: '扫码查看' }, { url: 'https://a.gov.cn/2' }];
    expect(joinCellLinks(links)).toBe('扫码查看 https://a.gov.cn/1\nhttps://a.gov.cn/2');
    expect(parseCellLinks({ text: joinCellLinks(links) })).toEqual(links);
  });
});

describe('tier table cells', () => {
  it('reads one row per line, cells split at | ｜ and tabs, the first line the header', () => {
    expect(parseCellTable('类别 | 金额\n| A类 ｜ 300万元 |\nB类\t150万元')).toEqual({ columns: ['类别', '金额'], rows: [['A类', '300万元'], ['B类', '150万元']] });
    expect(parseCellTable(' \n ')).toBeUndefined();
  });

  it('joins a table so it parses back the same', () => {
    const table = { columns: ['类别', '金额'], rows: [['A类', '300万元']] };
    expect(joinCellTable(table)).toBe('类别 | 金额\nA类 | 300万元');
    expect(parseCellTable(joinCellTable(table))).toEqual(table);
  });
});

describe('ids from titles', () => {
  it.each([
    ['苏州市人才安居补贴', 'su-zhou-shi-ren-cai-an-ju-bu-tie'],
    ['稳岗补贴（失业保险稳岗返还）', 'wen-gang-bu-tie-shi-ye-bao-xian-wen-gang-fan-huan'],
    ['AI+制造 专项奖补', 'ai-zhi-zao-zhuan-xiang-jiang-bu'],
    ['关于印发《苏州市推进制造业智能化改造和数字化转型三年行动计划（2026—2028年）》的通知配套奖补细则', 'guan-yu-yin-fa-su-zhou-shi-tui-jin-zhi-zao-ye-zhi-neng-18854c23'],
    ['〔〕！', expect.stringMatching(/^card-[0-9a-f]{8}$/)],
  ])('%s → %s', (title, id) => {
    expect(slugFromTitle(title)).toEqual(id);
  });

  it('gives the same id every time and fits the id pattern', () => {
    const title = '专精特新中小企业梯度培育奖励（2026年度第一批次申报通知及配套实施细则说明）';
    expect(slugFromTitle(title)).toBe(slugFromTitle(title));
    expect(slugFromTitle(title)).toMatch(/^[a-z0-9_-]{1,64}$/);
  });
});
