import { describe, expect, it } from 'vitest';
import { measureLines } from '../../src/render/measure-lines.js';

const PARAGRAPH =
  '符合条件的企业，按设备投入的10%给予奖补，最高500万元；申报截止2026年3月31日。材料包括：《申报书》、“审计报告”（原件）等！逾期不予受理？详见苏工信规〔2026〕1号。';
const NO_LINE_START = [...'，。、；：？！）》」』】”’'];
const NO_LINE_END = [...'（《「『【“‘'];
const WIDTHS = Array.from({ length: 24 }, (_, index) => 150 + index * 13);

describe('line breaking of card text (避头尾)', () => {
  it.each(WIDTHS)('at %i px no line starts with closing punctuation or ends with an opening one', async (width) => {
    const lines = await measureLines(PARAGRAPH, { width, fontSize: 24 });
    expect(lines.join('')).toBe(PARAGRAPH);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(NO_LINE_START, `line "${line}" at ${width}px`).not.toContain(line[0]);
    for (const line of lines.slice(0, -1)) expect(NO_LINE_END, `line "${line}" at ${width}px`).not.toContain(line[line.length - 1]);
  });

  it.each(WIDTHS)('at %i px numbers stay whole with their units', async (width) => {
    const lines = await measureLines(PARAGRAPH, { width, fontSize: 24 });
    for (const token of ['10%', '500万元', '2026年3月31日']) {
      expect(lines.some((line) => line.includes(token)), `${token} split in ${JSON.stringify(lines)}`).toBe(true);
    }
  });

  it('without the typesetting step satori would split 500 | 万元 (the test can fail)', async () => {
    const widths = await Promise.all(WIDTHS.map((width) => measureLines(PARAGRAPH, { width, fontSize: 24, typeset: false })));
    expect(widths.some((lines) => !lines.some((line) => line.includes('500万元')))).toBe(true);
  });
});
