/**
 * Rules for notices written unlike the ones the drafter was first built on (issue 13: the misses
 * of the first held-out set, turned into general rules). Each test uses a small notice written for
 * it, in the style of real ones; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftSpec } from '../../src/draft/draft-card.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
const draft = (...texts: string[]): DraftSpec => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) }).spec;

describe('how to apply, told under 申报要求', () => {
  it('drafts platform steps as the process when the notice has no process section', () => {
    const spec = draft('关于开展2026年度研发机构建设项目申报的通知', '一、申报要求', '1、申报单位应为在本市注册的企业。', '2、请申报单位登录市企业服务平台填报申报书并上传附件。');
    expect(spec.conditions).toEqual(['申报单位应为在本市注册的企业。']);
    expect(spec.process).toEqual(['请申报单位登录市企业服务平台填报申报书并上传附件。']);
  });

  it('keeps them as conditions when the notice says how to apply elsewhere', () => {
    const spec = draft('关于开展2026年度研发机构建设项目申报的通知', '一、申报要求', '1、申报单位应为在本市注册的企业。', '2、申报单位须登录市企业服务平台完成注册。', '二、申报流程', '1、网上填报。', '2、区级初审。');
    expect(spec.conditions).toEqual(['申报单位应为在本市注册的企业。', '申报单位须登录市企业服务平台完成注册。']);
    expect(spec.process).toEqual(['网上填报。', '区级初审。']);
  });
});

describe('phone numbers written every way', () => {
  const contactsOf = (section: string[], prose: string[]) => findContacts(lines(...section), lines(...prose)).map(({ name, phone }) => ({ name, phone }));

  it.each([
    // 400/800 numbers, however their ten digits are grouped.
    ['平台技术支持电话：4008-123-456', [{ name: '平台技术支持', phone: '4008-123-456' }]],
    ['客服热线：400-600-7000', [{ name: '客服', phone: '400-600-7000' }]],
    ['咨询电话：800 820 1234', [{ name: '咨询电话', phone: '8008201234' }]],
    // A hotline alone is a phone; the same digits in an app's name are not.
    ['如有疑问，请拨打12333咨询。', [{ name: '咨询电话', phone: '12333' }]],
    ['参保人可通过“掌上12333”APP或微信小程序办理认证，咨询服务请前往窗口。', []],
    // Several numbers in one sentence, with no office named before them.
    ['申请家庭如需了解分配情况，可前往各区服务窗口咨询，或致电400-111-2222、400-333-4444咨询。', [{ name: '咨询电话', phone: '400-111-2222、400-333-4444' }]],
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
