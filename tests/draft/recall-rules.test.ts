/**
 * Rules for notices written unlike the ones the drafter was first built on (issue 13: the misses
 * of the first held-out set, turned into general rules). Each test uses a small notice written for
 * it, in the style of real ones; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard, type DraftSpec } from '../../src/draft/draft-card.js';
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
