import { describe, expect, it } from 'vitest';
import { tableRowText } from '../../src/draft/table-row-text.js';

describe('tableRowText', () => {
  it.each([
    ['---|---|---|', ''],
    ['| :--- | ---: |', ''],
    ['可申请人群 | 法人 | ||', ''],
    ['| 办理时限 | 长期 | 公开形式 | 网站 |', ''],
    ['申请具体条件 | 在本区注册满一年，且上年度纳税额不低于50万元。 |', '在本区注册满一年，且上年度纳税额不低于50万元。'],
    ['| 1 | 企业在本市注册，具有独立法人资格。 |', '企业在本市注册，具有独立法人资格。'],
  ])('%s → %j', (row, text) => {
    expect(tableRowText(row)).toBe(text);
  });

  it.each([['关于开展2026年技术改造项目申报的通知 |'], ['联系人：王某 电话：81234567 |'], ['请于5月1日前报送。']])('%s is no row', (line) => {
    expect(tableRowText(line)).toBeUndefined();
  });
});
