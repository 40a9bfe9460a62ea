/**
 * The facts at a notice's head: its own title (as a page shows it, above a dateline or a
 * salutation), its own 文号, and the issuer from a title, a metadata line or a page record. Each
 * test reads a small document written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { issuerFromMetadata, issuerFromPageInfo, issuerFromTitle } from '../../src/draft/find-issuer.js';
import { findTitle } from '../../src/draft/find-title.js';
import { infoCells } from '../../src/draft/info-cells.js';
import { readTxt } from '../../src/draft/read-txt.js';
import { lines, draft, draftGuide, txt } from './small-document.js';

describe('the notice’s own title', () => {
  it.each([
    // A site's note about what the page adds is no part of the title.
    [['市科技局关于印发科技企业培育办法的通知(附解读)', '各有关单位：'], '市科技局关于印发科技企业培育办法的通知'],
    [['关于开展2026年度人才项目申报的通知（附政策全文）', '各有关单位：'], '关于开展2026年度人才项目申报的通知'],
    // A notice that issues other policies quotes them in its own title.
    [['某县人民政府办公室印发《关于促进数字经济发展的若干意见》等政策的通知', '各乡镇人民政府：', '《关于促进数字经济发展的若干意见》已经县政府同意，现印发给你们。', '关于促进数字经济发展的若干意见'], '某县人民政府办公室印发《关于促进数字经济发展的若干意见》等政策的通知'],
  ])('%j → %s', (texts, title) => {
    expect(draft(...texts, '一、奖励标准', '对新认定的企业奖励10万元。').spec.title).toBe(title);
  });

  it('still skips a sentence that quotes a title', () => {
    expect(draft('现将《关于促进数字经济发展的若干意见》转发给你们，请遵照执行。', '关于促进数字经济发展的若干意见', '一、奖励标准', '对新认定的企业奖励10万元。').spec.title).toBe('关于促进数字经济发展的若干意见');
  });
});

describe('a web copy’s head', () => {
  it.each([
    ['某某资讯网 行业资讯 政策文件 关于组织开展2026年度示范企业认定的通知', '关于组织开展2026年度示范企业认定的通知'],
    // A listing's key before the title.
    ['- 政策名称: 某市促进制造业发展若干规定', '某市促进制造业发展若干规定'],
    // Offices before 关于 are the issuers, part of the title.
    ['某市科学技术局 某市财政局关于组织开展2026年度示范企业认定的通知', '某市科学技术局 某市财政局关于组织开展2026年度示范企业认定的通知'],
  ])('%s → %s', (line, title) => {
    expect(draft(line, '一、奖励标准', '对新认定的企业奖励10万元。').spec.title).toBe(title);
  });

  it('reads the 文号 of a page’s metadata line written without a colon', () => {
    const { spec } = draft('发布机构 某省工业和信息化厅', '文件号 某工信中小〔2026〕12号 制发日期 2026-03-02', '关于组织开展2026年度示范企业认定的通知', '各设区市工业和信息化局：', '一、奖励标准', '对新认定的企业奖励10万元。');
    expect(spec.docNo).toBe('某工信中小〔2026〕12号');
  });
});

describe('a page headed by the policy its 印发 notice issues', () => {
  it('takes the notice’s title', () => {
    const { spec } = draftGuide(
      '某区支持青年创业实施办法',
      '某天科规字〔2026〕2号',
      '关于印发某区支持青年创业实施办法的通知',
      '区属各单位：',
      '《某区支持青年创业实施办法》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '第一条 对新落户的青年企业给予每家10万元补贴。',
    );
    expect(spec.title).toBe('关于印发某区支持青年创业实施办法的通知');
  });

  it('keeps a title that no notice below issues', () => {
    const { spec } = draftGuide('某区支持青年创业实施办法', '第一条 对新落户的青年企业给予每家10万元补贴。', '关于印发另一办法的通知');
    expect(spec.title).toBe('某区支持青年创业实施办法');
  });
});

describe('the own 文号 of a joint notice and of a bulleted metadata list', () => {
  it.each([
    [['东科〔2025〕8号 东财〔2025〕21号', '各有关单位：', '现将有关事项通知如下。'], '东科〔2025〕8号 东财〔2025〕21号'],
    [['东科〔2025〕8号、东财〔2025〕21号', '各有关单位：'], '东科〔2025〕8号 东财〔2025〕21号'],
    [['  • 成文日期 2025-03-02', '  • 发文字号 东农字〔2025〕6号', '  • 发文单位 某市农业局'], '东农字〔2025〕6号'],
    [['· 文号：东农字〔2025〕6号'], '东农字〔2025〕6号'],
  ])('%j → %s', (texts, docNo) => {
    expect(findDocNo(lines(...texts))?.text).toBe(docNo);
  });

  it('does not take a cited number that follows the own one in a sentence', () => {
    expect(findDocNo(lines('东科〔2025〕8号', '各有关单位：根据《某某办法》（东政发〔2024〕3号），现通知如下。'))?.text).toBe('东科〔2025〕8号');
    expect(findDocNo(lines('东科〔2025〕8号 根据东政发〔2024〕3号文件精神'))?.text).toBe('东科〔2025〕8号');
  });
});

describe('a title as a page shows it', () => {
  it.each([
    ['某市科委关于开展2026年技术改造项目申报工作的通知-某市企业服务协会', '某市科委关于开展2026年技术改造项目申报工作的通知'],
    ['关于做好2026年稳岗补贴发放工作的通知_某区人民政府网站', '关于做好2026年稳岗补贴发放工作的通知'],
    ['关于做好2026年稳岗补贴发放工作的通知 | 政策文件', '关于做好2026年稳岗补贴发放工作的通知'],
  ])('%s → %s (the site name after the dash is not the title)', (first, title) => {
    expect(findTitle(lines(first, '首页 > 政策文件', '各有关单位：'), undefined)?.text).toBe(title);
  });

  it('takes a headline that the page repeats above the article, though it reads like no official title', () => {
    const found = findTitle(lines('某市高校毕业生租房补贴怎么申请', '某某网 人气:1.2万', '某某网 2026-03-01', '某市高校毕业生租房补贴怎么申请', '申请条件', '在本市就业的高校毕业生。'), undefined);
    expect(found?.text).toBe('某市高校毕业生租房补贴怎么申请');
  });

  it('takes no repeated line that is a sentence or a list item', () => {
    expect(findTitle(lines('申请人须在本市就业，', '各有关单位：', '申请人须在本市就业，'), undefined)).toBeUndefined();
    expect(findTitle(lines('1.提交申请材料和证明', '2.审核', '1.提交申请材料和证明'), undefined)).toBeUndefined();
    expect(findTitle(lines('某某市人力资源和社会保障局', '发布时间：2026-03-01', '某某市人力资源和社会保障局'), undefined)).toBeUndefined();
    expect(findTitle(lines('政务公开 办事服务 互动交流', '首页', '政务公开 办事服务 互动交流'), undefined)).toBeUndefined();
  });
});

describe('a question as the page\'s headline', () => {
  it('takes a question at the top whose subject the article repeats', () => {
    const found = findTitle(lines('某市退役军人创业补贴怎么申请？', '导语 退役军人在本市创业的，可申请补贴。', '某市退役军人创业补贴', '一、申请条件：'), undefined);
    expect(found?.text).toBe('某市退役军人创业补贴怎么申请？');
  });

  it('takes no question whose subject the text does not repeat, nor one with a sentence before its mark', () => {
    expect(findTitle(lines('你了解最新的创业补贴吗？', '一、申请条件：', '在本市创业的退役军人。'), undefined)).toBeUndefined();
    expect(findTitle(lines('符合条件的，可以申请吗？', '符合条件的企业', '一、申请条件：'), undefined)).toBeUndefined();
  });
});

describe('a 文号 after the title on its line', () => {
  it.each([['关于开展2026年技术改造项目申报工作的通知 某工信〔2026〕12号'], ['关于开展2026年技术改造项目申报工作的通知某工信〔2026〕12号']])('%s', (first) => {
    const head = lines(first, '各有关单位：', '现将有关事项通知如下。');
    expect([findDocNo(head)?.text, findTitle(head, undefined)?.text]).toEqual(['某工信〔2026〕12号', '关于开展2026年技术改造项目申报工作的通知']);
  });

  it('is not taken from a sentence that cites a notice', () => {
    expect(findDocNo(lines('各有关单位：', '根据关于开展技术改造的通知 某工信〔2025〕3号，现通知如下。'))).toBeUndefined();
  });
});

describe('the title and its 文号 at the head', () => {
  it.each([
    [['关于申报某某中心的通知【某科成〔2026〕8号】', '各有关单位：'], '某科成〔2026〕8号'],
    [['关于申报某某中心的通知（某工信〔2026〕12号）', '各有关单位：'], '某工信〔2026〕12号'],
    [['附件：关于申报某某中心的通知（某工信〔2026〕12号）'], undefined],
    [['根据《关于申报某某中心的通知》（某工信〔2026〕12号），现通知如下：'], undefined],
  ])('a 文号 in brackets after the title is the notice\'s own: %j', (texts, expected) => {
    expect(findDocNo(lines(...texts))?.text).toBe(expected);
  });

  it('reads a 转发 title that names the office of the notice it forwards', () => {
    const title = '关于转发市某某委《关于组织申报2026年某某项目的通知》的通知';
    expect(findTitle(lines(title, '各有关单位：'), undefined)?.text).toBe(title);
    expect(findTitle(lines('现将市某某委《关于组织申报2026年某某项目的通知》转发给你们，请遵照执行。'), undefined)).toBeUndefined();
  });

  it.each([
    [['兑现2025年度某区商务发展专项资金', '各镇（街道、区）招商中心（经发局、投促局）：'], '兑现2025年度某区商务发展专项资金'],
    [['扫一扫 关注我们', '@某区企业，高质量发展奖励申报开始啦！', '各相关单位：根据有关规定，现将申报事项通知如下。'], '@某区企业，高质量发展奖励申报开始啦！'],
    [['某区专项资金申报', '发布时间：2026-03-01', '各有关单位：'], '某区专项资金申报'],
    [['某某市科学技术局', '各有关单位：'], undefined],
    [['为做好申报工作，现通知如下。', '各有关单位：'], undefined],
    [['关于某某的通知', '张三 / 2026-03-01 09:53:00', '各有关单位：'], '关于某某的通知'],
    [['张三 / 2026-03-01 09:53:00', '各有关单位：'], undefined],
    [['某区专项资金申报', '2026-03-01 09:53:00', '各有关单位：'], '某区专项资金申报'],
  ])('takes the line right above the salutation as the title: %j', (texts, expected) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(expected);
  });
});

describe('a 文号 key that shares its cell with another key', () => {
  it.each([
    [['- 索 引 号：AB0001-2025-00012', '- 备注/文号：东农字〔2025〕6号', '- 发布机构：某市农业局'], '东农字〔2025〕6号'],
    [['索引号 AB0001-2025-00012', '备注／文号 东农字〔2025〕6号'], '东农字〔2025〕6号'],
  ])('%j → %s', (texts, docNo) => {
    expect(findDocNo(lines(...texts))?.text).toBe(docNo);
  });

  it('takes no number after a slashed key that is not 文号', () => {
    expect(findDocNo(lines('- 索引号：AB0001', '- 分类/备注：东农字〔2025〕6号', '各有关单位：现将有关事项通知如下。', '一、申报条件'))).toBeUndefined();
  });
});

describe('a web headline above its dateline', () => {
  it.each([
    [['政务服务', '2026年某区稳岗补贴第一批申领开始', '2026-03-02', '一、申领对象'], '2026年某区稳岗补贴第一批申领开始'],
    [['城市频道 | 下载APP', '最高50万元！某市“专精特新”企业可领奖励', '2026-04-01 09:30:00 来源：某某网', '记者从市工信局获悉，……。'], '最高50万元！某市“专精特新”企业可领奖励'],
    [['某某补贴申领指引', '发布日期 2026-05-06  浏览次数 12', '1.申领条件'], '某某补贴申领指引'],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it.each([
    // A signature's office above its date, after the body.
    [['各有关单位：', '现将有关事项通知如下。', '某市科技创新工作小组（某市科学技术局代章）', '2026年8月9日']],
    // A site's byline: an office and a level, above the page's dates.
    [['某某开发区人力资源局 县级', '2026-01-17 2026-01-17 16:34', '一、申报对象']],
  ])('%j → no title', (texts) => {
    expect(findTitle(lines(...texts), undefined)).toBeUndefined();
  });
});

describe('a site channel above the salutation and a signer marked （代）', () => {
  const notice = (head: string) =>
    draftCard({
      file: '通知.txt',
      format: 'txt',
      lines: lines(head, '各县区科技局：', '现将有关事项通知如下。', '一、申报条件', '在本市注册的企业。', '某市科技创新工作领导小组办公室（代）', '2026年9月22日'),
    }).spec as { title?: string; issuer?: string };

  it.each(['某市通知公告', '某某区政策文件'])('%s is no title; the signer is the issuer without its note', (head) => {
    const spec = notice(head);
    expect(spec.title).toMatch(/^待补充/u);
    expect(spec.issuer).toBe('某市科技创新工作领导小组办公室');
  });

  it('still takes a title that ends in one kind of document', () => {
    expect(notice('某市关于开展2026年企业培育工作的通知').title).toBe('某市关于开展2026年企业培育工作的通知');
  });
});

describe('a question headline without its mark', () => {
  it.each([
    [['某市就业见习补贴有多少钱', '导语 生活补贴1500元/月/人。', '某市就业见习补贴标准：', '（1）生活补贴每月1500元；'], '某市就业见习补贴有多少钱'],
    [['某区创业担保贷款怎么申请', '某区创业担保贷款的申请条件如下。'], '某区创业担保贷款怎么申请'],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it('takes no such line whose subject the article does not repeat', () => {
    expect(findTitle(lines('某市就业见习补贴有多少钱', '导语 生活补贴1500元/月/人。', '申请材料如下。'), undefined)).toBeUndefined();
  });
});

describe('a dateline the reader drops as chrome still marks the headline above it', () => {
  const read = (text: string) => readTxt('页面.txt', new TextEncoder().encode(text));

  it.each([
    ['某市职业培训补贴\n发布日期：2026-05-25\n1.受理条件\n依法参加失业保险的企业职工。\n', '某市职业培训补贴'],
    ['某区人力资源局 县级\n2026-02-17 2026-01-17 16:34\n\n某区创业补贴申领\n\n【信息来源：【作者：【信息时间：2026-01-17 16:34  阅读次数： 】【字号 】\n\n一、申报对象\n', '某区创业补贴申领'],
  ])('%j → %s', (text, title) => {
    const document = read(text);
    expect(document.pageInfo?.some((line) => /\d{4}-\d{2}-\d{2}/u.test(line.text))).toBe(true);
    expect(findTitle(document.lines, undefined, document.pageInfo)?.text).toBe(title);
  });

  it('keeps no dateline when the dropped line holds no date', () => {
    const document = read('某市职业培训补贴\n【字体：大 中 小】\n1.受理条件\n');
    expect(document.pageInfo?.map((line) => line.text)).toEqual(['【字体：大 中 小】']);
  });
});

describe("a page's information table copied as text, cells set apart by spaces", () => {
  const table = ['索 引 号  abc001/2026-0000007  公开方式  主动公开', '信息名称  某区稳岗返还申领指引  成文日期  2026-03-01', '公开日期  2026-03-02\t发布机构  某区人社局'];

  it('reads each row as key–value pairs, a spaced-out key as the key', () => {
    expect(infoCells(table[0]!)).toEqual(new Map([['索引号', 'abc001/2026-0000007'], ['公开方式', '主动公开']]));
    expect(infoCells(table[2]!)?.get('发布机构')).toBe('某区人社局');
  });

  it.each([['申报条件  企业须在本区注册'], ['某区人社局  2026年3月2日'], ['信息名称  某某  成文日期'], ['一、申报对象']])('%s is no info row', (text) => {
    expect(infoCells(text)).toBeUndefined();
  });

  it('takes the 信息名称 as the title, the line that repeats it below the table', () => {
    const found = findTitle(lines('无障碍浏览', ...table, '某区稳岗返还申领指引', '一、事项名称'), undefined);
    expect(found?.text).toBe('某区稳岗返还申领指引');
    expect(found?.lines[0]?.line).toBe(5);
  });

  it('takes the cell itself when no line repeats it', () => {
    expect(findTitle(lines(...table, '一、事项名称', '稳岗返还'), undefined)?.text).toBe('某区稳岗返还申领指引');
  });

  it('takes the 发布机构 cell as the issuer when it names an office', () => {
    expect(issuerFromMetadata(lines(...table, '一、事项名称'))?.text).toBe('某区人社局');
    expect(issuerFromMetadata(lines('信息名称  某某指引  发布机构  综合栏目', '一、事项名称'))).toBeUndefined();
  });
});

describe("the publishing office on a page's dateline, dropped as chrome", () => {
  const page = (dateline: string) =>
    readTxt('page.txt', new TextEncoder().encode(['关于组织申报2026年某区服务业引导资金的通知', dateline, '各有关单位：', '现将有关事项通知如下。', '一、申报条件', '在本区注册的企业。'].join('\n')));

  it.each([
    ['发布时间:2026年03月07日 10:16:03 发布部门:某某区管理委员会 收藏', '某某区管理委员会'],
    ['发布日期：2026-03-07　发布机构：某区商务局　浏览次数：12', '某区商务局'],
  ])('%s → %s', (dateline, issuer) => {
    const document = page(dateline);
    expect(document.lines.map((line) => line.text)).not.toContain(dateline);
    expect(draftCard(document).spec['issuer']).toBe(issuer);
  });

  it('takes no issuer from a dateline whose 发布部门 names no office', () => {
    expect(draftCard(page('发布时间:2026年03月07日 发布部门:综合栏目 收藏')).spec['issuer']).not.toBe('综合栏目');
  });
});

describe("a fact sheet's name above its first section", () => {
  it.each([
    [['Start', '某某省求职创业补贴', '➤补贴对象:', '毕业年度内的高校毕业生。'], '某某省求职创业补贴'],
    [['某区一次性创业补贴申领指南', '一、事项名称', '一次性创业补贴申领'], '某区一次性创业补贴申领指南'],
  ])('%j → %s', (texts, title) => {
    expect(findTitle(lines(...texts), undefined)?.text).toBe(title);
  });

  it.each([
    // A site's header, a sentence, an office: none is a name.
    [['某某市人民政府门户网站', '补贴对象：', '毕业生。']],
    [['为支持创业，现明确补贴办理事项', '一、补贴对象', '毕业生。']],
    [['某某市人力资源和社会保障局', '一、补贴对象', '毕业生。']],
    // Not the document's first Chinese line.
    [['政策解读专栏', '某某省求职创业补贴', '补贴对象：']],
  ])('%j gives no title', (texts) => {
    expect(findTitle(lines(...texts), undefined)).toBeUndefined();
  });
});

describe('a 文号 above the salutation', () => {
  it.each([['某科高〔2026〕12号'], ['某人社发[2025]第3号']])('%s is no title of an untitled notice', (docNo) => {
    expect(findTitle(lines(docNo, '各市、区科技局：', '现就有关事项通知如下：', '1、请按时报送。'), undefined)).toBeUndefined();
  });

  it('still takes a headline above the salutation', () => {
    expect(findTitle(lines('兑现2026年度某区商务发展专项资金', '各有关单位：', '现就有关事项通知如下：'), undefined)?.text).toBe('兑现2026年度某区商务发展专项资金');
  });
});

describe('issuer keys: one list for a metadata line and a page record line', () => {
  it.each(['发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '发布部门', '制发机关'])('reads %s both as a line of its own and among a record line’s keys', (key) => {
    expect(issuerFromMetadata(lines(`${key}：苏州市科学技术局`))?.text).toBe('苏州市科学技术局');
    expect(issuerFromPageInfo(lines(`发布时间：2026年03月07日 ${key}：苏州市科学技术局 收藏`))?.text).toBe('苏州市科学技术局');
  });
});

describe('title', () => {
  it('finds a formal title that the page\'s furniture (a breadcrumb, an information table of one cell a line) pushed below the head', () => {
    const head = ['您当前的位置:', '首页', '>', '政策文件', '>', '通知公告'];
    const table = ['- [ 索引号 ]', '- 1150000/2026-00001', '- [ 发文字号 ]', '- 某经信〔2026〕1号', '- [ 发布机构 ]', '- 某区经信委', '- [ 成文日期 ]', '- 2026-02-21'];
    const found = findTitle(lines(...head, ...table, '某区经济和信息化委员会关于做好2026年某某企业申报工作的通知', '各镇人民政府,各相关企业:', '现将有关事项通知如下:'), undefined);
    expect(found?.text).toBe('某区经济和信息化委员会关于做好2026年某某企业申报工作的通知');
  });

  it('takes no title below a sentence of the text: the notice had begun', () => {
    const filler = Array.from({ length: 12 }, (_, index) => `第${index + 1}行说明`);
    const found = findTitle(lines('本文介绍申报要点。', ...filler, '某区经济和信息化委员会关于做好2026年某某企业申报工作的通知'), undefined);
    expect(found?.text).not.toBe('某区经济和信息化委员会关于做好2026年某某企业申报工作的通知');
  });

  it.each([
    ['本期内容:项目申报解读'],
    ['发布机构：某某局办公室'],
  ])('takes no key and its value for the title (%s) but the notice\'s title below it', (keyValue) => {
    const found = findTitle(lines('点击上方蓝字关注我们', keyValue, '关于发布《某市数字化改造项目申报指南》的通知', '为贯彻落实有关要求，现将指南印发给你们。'), undefined);
    expect(found?.text).toBe('关于发布《某市数字化改造项目申报指南》的通知');
  });
});

describe('issuer from the title', () => {
  it.each([
    ['转发省经信委关于组织申报2026年度某某资金的通知', undefined],
    ['印发某某局关于某某办法的通知', undefined],
    ['某市科学技术局关于组织申报2026年度某某资金的通知', '某市科学技术局'],
  ])('%s → %s', (title, issuer) => {
    expect(issuerFromTitle(title)).toBe(issuer);
  });
});
