/**
 * The signature block: the signer and the date, also run into the line before them or into the
 * list of attachments, and what ends at it. Each test reads a small document written for it; none
 * copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findRunInSignature, findSignatureBlock } from '../../src/draft/signature-block.js';
import { lines, draft, draftSpec, txt } from './small-document.js';

describe('a signature run into the line before it', () => {
  it.each([
    ['附件：2026年度项目推荐汇总表某某市科学技术局2026年8月27日。', '某某市科学技术局', '2026-08-27'],
    ['附件：1.申请表.docx 2.承诺书.docx某某区工业和信息化局2026年3月1日', '某某区工业和信息化局', '2026-03-01'],
    ['本通知由区人社局负责解释。某某区人力资源和社会保障局二〇二六年三月一日', '某某区人力资源和社会保障局', '2026-03-01'],
  ])('%s', (text, office, date) => {
    expect(findRunInSignature(lines('一、申报条件', '在本区注册的企业。', text))).toMatchObject({ offices: [office], date });
  });

  it.each([['申报截止时间为2026年3月31日'], ['请各单位于2026年3月31日'], ['2026年3月31日']])('finds no office in %s', (text) => {
    expect(findRunInSignature(lines('一、申报条件', text))).toBeUndefined();
  });

  it('names the issuer of a draft', () => {
    const spec = draftSpec('一、申报条件', '1、在本市注册的企业。', '二、联系方式', '1、业务咨询市科技局综合处68001230', '附件：项目汇总表某某市科学技术局2026年8月27日。');
    expect(spec.issuer).toBe('某某市科学技术局');
  });
});

describe('the signature block', () => {
  it.each([
    [['特此通知。', '某市科技企业认定工作领导小组', '（某市科学技术局代章）', '2026年3月1日'], ['某市科技企业认定工作领导小组'], '2026-03-01'],
    [['特此通知。', '某市科技企业认定工作领导小组(某市科学技术局代章)', '2026年3月1日'], ['某市科技企业认定工作领导小组'], '2026-03-01'],
    [['特此通知。', '某区科技局', '****年*月**日'], ['某区科技局'], undefined],
  ])('%j', (texts, offices, date) => {
    const block = findSignatureBlock(lines(...texts));
    expect([block.offices, block.date]).toEqual([offices, date]);
  });

  it('reads the signature above a contact note, and the note for contacts', () => {
    const texts = ['关于申报2026年某某资金的通知', '一、申报对象', '本区企业。', '某区科学技术局', '2026年3月1日', '（联系人：张三，联系电话：0512-66501234）'];
    const block = findSignatureBlock(lines(...texts));
    expect([block.offices, block.date, block.notes?.map((line) => line.text)]).toEqual([['某区科学技术局'], '2026-03-01', ['（联系人：张三，联系电话：0512-66501234）']]);
    const { spec } = draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });
    expect([spec.issuer, spec.contacts]).toEqual(['某区科学技术局', [{ name: '张三', phone: '0512-66501234' }]]);
  });

  it('keeps a contact note with no signature above it in the body', () => {
    const block = findSignatureBlock(lines('一、申报对象', '本区企业。', '（联系人：张三，联系电话：0512-66501234）'));
    expect([block.offices, block.start, block.notes]).toEqual([[], 3, undefined]);
  });

  it('reads the signature above a page\'s attachment links, also when the offices were joined to the 附件 line', () => {
    const block = findSignatureBlock(lines('特此通知。', '附件：某某专项申报指南某省工业和信息化厅 某省财政厅', '2026年5月30日', '附件下载：1.某某专项申报指南.doc', '2.申报书附件1-4下载'));
    expect([block.offices, block.date, block.start]).toEqual([['某省工业和信息化厅', '某省财政厅'], '2026-05-30', 1]);
  });

  it('leaves attachment lines with no signature above them in the body', () => {
    const block = findSignatureBlock(lines('特此通知。', '附件：申报汇总表某区科学技术局2026年8月27日。'));
    expect([block.offices, block.start]).toEqual([[], 2]);
  });

  it('finds the office after an 附件 line that is itself run into the text before it', () => {
    const found = findRunInSignature(lines('各有关单位:…请按时申报,逾期不予受理,附件:某某扶持资金申报指南某区管理委员会2026年8月19日。'));
    expect([found?.offices, found?.date]).toEqual([['某区管理委员会'], '2026-08-19']);
  });
});

describe('the last section ends at the notice signature: the signer, the date and the page after them are no items', () => {
  it.each([
    ['two offices side by side, then the comment box', ['  某市科技局               某市财政局', '                     2024年3月8日', '标签：', '留言与评论（共有0条评论）', '验证码：']],
    ['one office and a date in Chinese numerals, then the share bar', ['某市科学技术局', '二〇二四年三月八日', '分享到', '打印本页 关闭窗口']],
    ['a bare date, then a tag line', ['2024年3月8日', '标签：政策']],
  ])('%s', (_name, tail) => {
    // An attachment's name under 附件： reads as a heading of the reward (奖补资金); what stands under it is the page's.
    const { spec } = draft('某市科技奖补申报通知', '一、申报条件', '1. 在本市注册的企业。', '2. 上年度研发投入超过100万元。', '附件：', '某市研发投入奖补资金申报书', ...tail);
    expect(spec.conditions).toEqual(['在本市注册的企业。', '上年度研发投入超过100万元。']);
    expect(spec.reward?.items).toEqual(['待补充：奖补标准']);
  });

  it('keeps the lines of a section that names offices inside its sentences', () => {
    const { spec } = draft('某市申报通知', '一、申报程序', '企业向所在区科技局提交申请。', '区科技局审核后报市科技局。');
    expect(spec.process).toEqual(['企业向所在区科技局提交申请。', '区科技局审核后报市科技局。']);
  });
});

describe('a signature run into the last of the attachments listed under 附件：', () => {
  it.each([
    [['二、联系方式 区科技局 张三 12345678', '附件：', '1.某某项目表', '2.某某申报书某区科学技术局 2026年8月6日'], '某区科学技术局', '2026-08-06'],
    [['三、申报要求 请于2026年10月25日前报送。附件:', '1.某某申报表2.某某获奖名单某市科学技术局2026年10月19日,。'], '某市科学技术局', '2026-10-19'],
  ])('%j → %s', (texts, office, date) => {
    const found = findRunInSignature(lines(...texts));
    expect(found?.offices).toEqual([office]);
    expect(found?.date).toBe(date);
  });

  it.each([
    // A numbered item that is no attachment: a deadline sentence, not a signature.
    [['二、申报要求', '1.某某表', '2.申报截止2026年8月6日']],
    // An item under a heading that is not 附件.
    [['二、申报材料：', '1.某某申报书某区科学技术局 2026年8月6日']],
  ])('%j gives no signature', (texts) => {
    expect(findRunInSignature(lines(...texts))).toBeUndefined();
  });
});
