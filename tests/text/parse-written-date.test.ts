import { describe, expect, it } from 'vitest';
import { parseWrittenDate, writtenDateParts } from '../../src/text/parse-written-date.js';

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
