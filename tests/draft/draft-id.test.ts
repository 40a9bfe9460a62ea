/** Ids of drafted cards: short, from the subject of the title, the same for the same title. */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { assertDraftId, draftIdFromTitle, MAX_DRAFT_ID, titleSubject } from '../../src/draft/draft-id.js';
import { CardError } from '../../src/errors.js';

describe('titleSubject', () => {
  it.each([
    ['某某市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知', '高新技术企业培育奖励'],
    ['关于开展2026年度工业企业技术改造奖补资金申报工作的通知', '工业企业技术改造奖补资金'],
    ['关于做好2026年省级专精特新企业培育工作的通知', '省级专精特新企业培育'],
    ['某某区人民政府关于印发《某某区人才安居办法》的通知', '某某区人才安居办法'],
    ['关于受理2026年人才公寓申请的公告', '受理人才公寓申请'],
    // A title without the wrapping words stays as it is.
    ['创业担保贷款常见问题', '创业担保贷款常见问题'],
  ])('%s → %s', (title, subject) => {
    expect(titleSubject(title)).toBe(subject);
  });
});

describe('draftIdFromTitle', () => {
  it.each([
    ['某某市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知', 'gao-xin-ji-shu-qi-ye-pei-yu-jiang-li'],
    ['关于开展2026年5G应用示范项目申报工作的通知', '5g-ying-yong-shi-fan-xiang-mu'],
    // Nothing left once the wrapping words go: the whole title.
    ['关于开展申报工作的通知', 'guan-yu-kai-zhan-shen-bao-gong-zuo-de-tong-zhi'],
    // A name Windows reserves for a device is no file name: the id gets -card, as --id's advice says.
    ['关于印发CON的通知', 'con-card'],
    ['NUL', 'nul-card'],
  ])('%s → %s', (title, id) => {
    expect(draftIdFromTitle(title)).toBe(id);
  });

  it('gives the same id to the same programme in another year', () => {
    expect(draftIdFromTitle('关于组织申报2025年度高新技术企业培育奖励的通知')).toBe(draftIdFromTitle('关于组织申报2026年度高新技术企业培育奖励的通知'));
  });

  it('cuts a long subject at a syllable and keeps two long subjects that start alike apart', () => {
    const fifth = draftIdFromTitle('2026年某某工业园区制造业高质量发展专项资金项目（第五批）申报通知');
    const third = draftIdFromTitle('2026年某某工业园区制造业高质量发展专项资金项目（第三批）申报通知');
    expect(fifth).toMatch(/^mou-mou-gong-ye-yuan-qu-zhi-zao-ye-[a-z-]+-[0-9a-f]{4}$/);
    expect(fifth.length).toBeLessThanOrEqual(MAX_DRAFT_ID);
    expect(fifth).not.toBe(third);
    expect(fifth).toBe(draftIdFromTitle('2026年某某工业园区制造业高质量发展专项资金项目（第五批）申报通知'));
  });
});

describe('an id given with --id', () => {
  const refusal = (id: string): CardError => {
    try {
      assertDraftId(id);
    } catch (error) {
      return error as CardError;
    }
    throw new Error(`${id} was accepted`);
  };

  it.each([
    ['My Card', '--id "My Card" 不能作为编号：只能用小写字母、数字、- 和 _，最长 64 字；可改为 --id my-card', '--id "My Card" cannot serve as an id: lowercase letters, digits, - and _ only, at most 64; use e.g. --id my-card'],
    ['人才补贴', '--id "人才补贴" 不能作为编号：只能用小写字母、数字、- 和 _，最长 64 字；可改为 --id ren-cai-bu-tie', '--id "人才补贴" cannot serve as an id: lowercase letters, digits, - and _ only, at most 64; use e.g. --id ren-cai-bu-tie'],
    ['。', '--id "。" 不能作为编号：只能用小写字母、数字、- 和 _，最长 64 字', '--id "。" cannot serve as an id: lowercase letters, digits, - and _ only, at most 64'],
    ['con', '--id "con" 不能作为编号：con 是 Windows 保留的文件名，卡片文件在 Windows 上写不出；请换一个，如 --id con-card', '--id "con" cannot serve as an id: con is a name Windows reserves, so the card file could not be written there; choose another, e.g. --id con-card'],
  ])('refuses %j with E_USAGE and an id that would do', (id, zh, en) => {
    const error = refusal(id);
    expect(error).toBeInstanceOf(CardError);
    expect([error.code, error.format('zh'), error.format('en')]).toEqual(['E_USAGE', zh, en]);
  });

  it('takes a good id as it is', () => {
    expect(() => assertDraftId('gaoqi-2026_v2')).not.toThrow();
  });

  it('is refused by the library too, for callers that skip the CLI', () => {
    expect(() => draftCard({ file: '通知.txt', format: 'txt', lines: [{ text: '关于组织申报2026年度高新技术企业培育奖励的通知', line: 1 }] }, { id: 'My Card' })).toThrow(
      '--id "My Card" 不能作为编号：只能用小写字母、数字、- 和 _，最长 64 字；可改为 --id my-card',
    );
  });
});
