import { describe, expect, it } from 'vitest';
import { parseWrittenDate, parseWrittenRange, writtenDateParts } from '../../src/text/parse-written-date.js';

describe('parseWrittenDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026/3/31', '2026-03-31'],
    ['2026.3.31', '2026-03-31'],
    ['2026年3月31日', '2026-03-31'],
    ['2026年3月31号', '2026-03-31'],
    ['2026 年 3 月 31 日', '2026-03-31'],
    ['２０２６年３月３１日', '2026-03-31'],
    ['20260331', '2026-03-31'],
    ['2026-03-31 17:00', '2026-03-31'],
    ['2026-02-29', undefined],
    ['2026/13/1', undefined],
    ['3月31日', undefined],
    ['常年受理', undefined],
    ['45000', undefined],
  ])('%s → %s', (text, iso) => {
    expect(parseWrittenDate(text)).toBe(iso);
  });

  it('gives the parts of a written date that is not a real day, for the message', () => {
    expect(writtenDateParts('2026年2月30日')).toEqual({ year: 2026, month: 2, day: 30 });
    expect(writtenDateParts('下月底')).toBeUndefined();
  });
});

describe('parseWrittenRange', () => {
  it.each([
    ['2026年3月1日至4月30日', { start: '2026-03-01', end: '2026-04-30' }],
    ['2026年3月1日至2026年4月30日', { start: '2026-03-01', end: '2026-04-30' }],
    ['2026年3月1日—4月30日', { start: '2026-03-01', end: '2026-04-30' }],
    ['2026.3.1-2026.4.30', { start: '2026-03-01', end: '2026-04-30' }],
    ['2026/3/1 ~ 2026/4/30', { start: '2026-03-01', end: '2026-04-30' }],
    ['２０２６年３月１日至４月３０日', { start: '2026-03-01', end: '2026-04-30' }],
    ['2026年11月1日至1月31日', { start: '2026-11-01', end: '2027-01-31' }],
    ['2026年3月1日至4月31日', undefined],
    ['2026年3月1日至4月30日（工作日）', undefined],
    ['3月1日至4月30日', undefined],
    ['2026年4月30日至3月1日', { start: '2026-04-30', end: '2027-03-01' }],
    ['2026/4/30-2026/3/1', undefined],
    ['常年受理', undefined],
    ['2026年3月1日', undefined],
  ])('%s → %j', (text, range) => {
    expect(parseWrittenRange(text)).toEqual(range);
  });
});

