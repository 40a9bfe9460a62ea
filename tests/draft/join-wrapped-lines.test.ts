import { describe, expect, it } from 'vitest';
import { isItemMarker, joinWrappedLines, type PhysicalLine } from '../../src/draft/join-wrapped-lines.js';

const full = (text: string, line: number): PhysicalLine => ({ text, line, full: true });
const last = (text: string, line: number): PhysicalLine => ({ text, line, full: false });

describe('joinWrappedLines', () => {
  it.each([
    // A citation wrapped after 第: the next line only looks like an item (（一）).
    [['除按上述规定提交申请外，本实施办法第一条第', '（一）项第2点规定的对象申请残疾人生活补贴的，还应提交报告。'], ['除按上述规定提交申请外，本实施办法第一条第（一）项第2点规定的对象申请残疾人生活补贴的，还应提交报告。']],
    // 附件 inside a sentence that wrapped before it is not an attachment line.
    [['及时将申请信息录入全国或省系统，上传相关资料', '附件。'], ['及时将申请信息录入全国或省系统，上传相关资料附件。']],
  ])('joins %j', (lines, joined) => {
    const physical = lines.map((text, index) => (index < lines.length - 1 ? full(text, index + 1) : last(text, index + 1)));
    expect(joinWrappedLines(physical).map((line) => line.text)).toEqual(joined);
  });

  it.each([
    [['符合条件的企业请于规定时间内将材料报送至区工信局产业投资科', '附件：1.申请表'], 2],
    [['符合条件的企业请于规定时间内将材料报送至区工信局产业投资科', '附件1'], 2],
    [['符合条件的企业请于规定时间内将材料报送至区工信局产业投资科', '（一）项目申报'], 2],
  ])('keeps %j apart', (lines, count) => {
    expect(joinWrappedLines([full(lines[0]!, 1), last(lines[1]!, 2)])).toHaveLength(count);
  });
});

describe('isItemMarker', () => {
  it.each([['1、'], ['1.'], ['（一）'], ['一、'], ['(3)'], ['①']])('%s is a marker on its own', (text) => {
    expect(isItemMarker(text)).toBe(true);
  });
  it.each([['1、申报单位'], ['附件'], ['第一条'], ['•'], ['1.5万元']])('%s is not', (text) => {
    expect(isItemMarker(text)).toBe(false);
  });
});
