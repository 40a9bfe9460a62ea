/**
 * Text that lost its line breaks: a whole notice on one line, headings run into their text, keys
 * run together, and the preamble a run-on copy glues to its body. Each test reads a small document
 * written for it; none copies a corpus document.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { findDocNo } from '../../src/draft/find-doc-no.js';
import { findTitle } from '../../src/draft/find-title.js';
import { materialsInProse } from '../../src/draft/materials-in-prose.js';
import { conditionSentences } from '../../src/draft/prose-items.js';
import { splitRunTogetherHead } from '../../src/draft/read-txt.js';
import { isNoticePreamble, splitInlineHeadings } from '../../src/draft/split-inline-headings.js';
import { lines, draft, draftSpec, split, txt } from './small-document.js';

describe('a section heading run into its text', () => {
  it.each([
    // No line break after the label.
    [['关于兑现2025年度认定奖励的通知', '一、奖励标准对新认定的企业奖励20万元。', '二、申报对象2025年度在本区通过认定的科技型企业。'], { parties: ['2025年度在本区通过认定的科技型企业。'], reward: ['对新认定的企业奖励20万元。'] }],
    // A short label and a full stop.
    [['关于组织申报专项资金的通知', '（一）申报对象。在本区登记注册并依法纳税的工业企业。', '（二）奖励标准。按设备投入的10%给予补助，最高100万元。'], { parties: ['在本区登记注册并依法纳税的工业企业。'], reward: ['按设备投入的10%给予补助，最高100万元。'] }],
  ])('%j', (texts, expected) => {
    const { spec } = draft(...texts);
    expect(spec.parties).toEqual(expected.parties);
    expect(spec.reward?.items).toEqual(expected.reward);
  });

  it('reads what the applicant must meet, after its label, as conditions', () => {
    const { spec } = draft('关于组织申报专项资金的通知', '（一）申报主体。申报主体应符合的基本条件：在本区注册的独立法人企业，近三年无失信记录。', '（二）奖励标准。对入选项目给予10万元奖励。');
    expect(spec.conditions).toEqual(['申报主体应符合的基本条件：在本区注册的独立法人企业，近三年无失信记录。']);
  });

  it.each([
    // A sentence that starts with the label's words is no heading.
    '一、申报对象为在本区注册的企业，须依法纳税。',
    // Under 1、 2、 a short lead is a step's title.
    '1、申报时间。企业申报开始时间为2026年3月1日。',
  ])('%s stays one item', (line) => {
    const { report } = draft('关于组织申报专项资金的通知', line, '二、奖励标准', '对入选项目给予10万元奖励。');
    expect(report.headings.some((heading) => heading.text === line.replace(/^[一1]、/u, '') && heading.field !== undefined)).toBe(false);
  });
});

describe('a run-together copy (the whole notice on one line)', () => {
  const rest = '第一条为鼓励企业创新，制定本办法。第二条对新认定的企业给予20万元奖励。'.repeat(20);
  const title = '某市高新技术企业培育专项扶持办法';

  it('cuts the head into the office, the signing date, the title and the text', () => {
    expect(splitRunTogetherHead(`某市人民政府2026年3月1日${title}${rest}`)).toEqual(['某市人民政府', '2026年3月1日', title, rest]);
  });

  it.each([
    [`某市人民政府2026年3月1日${title}第一条为鼓励企业创新。`],
    [`为鼓励企业创新，某市人民政府2026年3月1日${title}${rest}`],
  ])('leaves a short line or one that opens with a sentence whole: %s', (text) => {
    expect(splitRunTogetherHead(text)).toEqual([text]);
  });

  it('drafts the issuer and the title from such a head, and the 文号 from the link to the notice that issues it', () => {
    const text = `某市人民政府2026年3月1日${title}${rest}附件：1.某府规〔2026〕2号某市人民政府关于印发《${title}》的通知.doc。`;
    const spec = draftCard({ file: '办法.txt', format: 'txt', lines: splitRunTogetherHead(text).map((part) => ({ text: part, line: 1 })) }).spec;
    expect([spec.title, spec.issuer, spec.docNo]).toEqual([title, '某市人民政府', '某府规〔2026〕2号']);
  });

  it.each([
    [`附件：某府规〔2026〕2号某市人民政府关于印发《${title}》的通知`, '某府规〔2026〕2号'],
    [`附件：某市人民政府关于印发《${title}》的通知（某府规〔2026〕2号）`, '某府规〔2026〕2号'],
    [`附件：某府规〔2026〕2号某市人民政府关于印发《某市另一办法》的通知`, undefined],
    [`根据《${title}》（某府规〔2026〕2号），现通知如下`, undefined],
  ])('a 文号 beside the notice that issues the document\'s own title: %s', (text, expected) => {
    expect(findDocNo(lines('某市人民政府', text), title)?.text).toBe(expected);
  });
});

describe('a policy card flattened by a copier', () => {
  it.each([
    ['人社政策明白卡政策名称创业担保贷款贴息政策内容对符合条件的个人给予贴息，适用范围本市创业人员', '创业担保贷款贴息'],
    ['事项名称某某补贴申报条件在本市登记的企业', '某某补贴'],
    ['项目名称为某某补贴，政策内容如下', undefined],
  ])('takes the value of its 名称 key as the title: %s', (text, expected) => {
    expect(findTitle(lines(text), undefined)?.text).toBe(expected);
  });

  it('keeps the rest of the card\'s line in the body', () => {
    const spec = draftSpec('人社政策明白卡政策名称创业担保贷款贴息政策内容对符合条件的个人给予贴息，咨询电话：0376-7654321');
    expect([spec.title, (spec.contacts as Array<{ phone: string }>)[0]?.phone]).toEqual(['创业担保贷款贴息', '0376-7654321']);
  });
});

describe('one run-on paragraph of a notice', () => {
  it.each([
    ['请于3月31日前将申报表及相关证明材料复印件报送至区经发局。', ['申报表', '相关证明材料复印件']],
    ['请于3月31日前将项目申请书以及财务审计报告报送至区经发局。', ['项目申请书', '财务审计报告']],
    // The copy of the same paper is one item.
    ['请于3月31日前将营业执照及复印件报送至区经发局。', ['营业执照及复印件']],
  ])('names the papers joined by 及: %s', (sentence, papers) => {
    expect(materialsInProse(sentence)).toEqual(papers);
  });

  it('reads a sentence that bars some applicants, whatever stands between them and 不得, as a condition', () => {
    const text = '凡当年度评为D类的企业及列入“黑名单”的企业一票否决，不得享受奖励。';
    expect(conditionSentences([{ text, line: 1 }]).map((item) => item.text)).toEqual([text]);
  });
});

describe('a guide run into one line of unnumbered keys is cut at each key that names a field', () => {
  it('reads 补贴对象：…，补贴标准：…，申请材料：… as three sections', () => {
    const { spec } = draft('某区竹笋收购补助指南', '补贴对象：本区农业龙头企业，补贴标准：按收购金额的3%给予补助，申请材料：《竹笋收购补助申请表》');
    expect(spec.parties).toEqual(['本区农业龙头企业']);
    expect(spec.reward?.items).toEqual(['按收购金额的3%给予补助']);
    expect(spec.materials).toEqual(['《竹笋收购补助申请表》']);
  });

  it.each([
    // The line does not open with a field's key: a sentence that mentions keys stays whole.
    ['企业应按要求提交材料，申请材料：申请表，补贴标准：另行通知'],
    // Keys that name no field (时间：, 地点：) cut nothing.
    ['补贴对象：本区农业龙头企业，时间：每年5月，地点：区农业农村局'],
  ])('leaves %s as one line', (text) => {
    expect(splitInlineHeadings(lines(text)).map((line) => line.text)).toEqual([text]);
  });
});

describe('the notice\'s preamble (addressees, …通知如下：) is no item of any field', () => {
  it.each([
    ['现将有关事项通知如下：', true],
    ['根据某某办法，现组织开展申报工作，有关事宜通告如下:', true],
    ['各区镇：', true],
    ['各有关单位、各企业:', true],
    // A list's own lead and an addressee line that goes on are not the preamble.
    ['申报材料如下：', false],
    ['各区镇：请于3月1日前报送。', false],
  ])('%s → %s', (text, preamble) => {
    expect(isNoticePreamble({ text, line: 1 })).toBe(preamble);
  });

  it('keeps the preamble out of a section that a dateline-like label opened above it', () => {
    const { spec } = draft('某市科技奖推荐通知', '材料报送截止期', '各区镇：', '根据省里的通知要求，现开展推荐工作，将相关工作通知如下：', '一、申报条件', '1. 在本市注册的企业。');
    expect(spec.materials).toBeUndefined();
    expect(spec.conditions).toEqual(['在本市注册的企业。']);
  });

  it('cuts a run-on copy after the announcement, so the body starts a line of its own', () => {
    const cut = splitInlineHeadings(lines('各有关单位：根据某某细则，现将有关事项通知如下：申报对象为本市获奖单位，按奖金总额给予匹配奖励。')).map((line) => line.text);
    expect(cut).toEqual(['各有关单位：根据某某细则，现将有关事项通知如下：', '申报对象为本市获奖单位，按奖金总额给予匹配奖励。']);
  });

  it('leaves the count of a heading that follows the announcement to the heading\'s own cut', () => {
    const cut = splitInlineHeadings(lines('现将有关事项通知如下：一、申报条件 在本市注册。二、申报材料 申请表。')).map((line) => line.text);
    expect(cut).toEqual(['现将有关事项通知如下：', '一、申报条件 在本市注册。', '二、申报材料 申请表。']);
    // A space between the announcement and the marker leaves no empty line.
    expect(splitInlineHeadings(lines('通知如下: 一、申报条件 在本市注册。')).map((line) => line.text)).toEqual(['通知如下:', '一、申报条件 在本市注册。']);
  });
});

describe('a run-on line is cut at the markers that count up through it', () => {
  it('cuts a chain whose markers lost the punctuation before them', () => {
    const text =
      '一、事项名称某区小微企业开办补贴二、办理依据某某办法三、申请条件在本区登记注册满一年且正常经营的小微企业,' +
      '其法定代表人在企业缴纳社会保险费满六个月四、申请材料1.营业执照复印件2.补贴申请表3.银行开户许可证复印件';
    expect(split(text)).toEqual([
      '一、事项名称某区小微企业开办补贴',
      '二、办理依据某某办法',
      '三、申请条件',
      '在本区登记注册满一年且正常经营的小微企业,其法定代表人在企业缴纳社会保险费满六个月',
      '四、申请材料',
      '1.营业执照复印件',
      '2.补贴申请表',
      '3.银行开户许可证复印件',
    ]);
  });

  it('starts a chain again under the next part and keeps a chain with one missing link', () => {
    const text =
      '现就做好本年度示范企业申报工作通知如下:一、申报条件(一)基本条件在本市注册的工业企业,近三年无重大安全事故,' +
      '(二)审核报送1、各县区主管部门审核企业材料,2、各县区主管部门汇总推荐名单,3、在10月20日前将推荐名单报送市局,' +
      '三、其他事项1、请各地认真组织申报工作,2、请各地按时报送推荐材料,联系电话:88001234';
    expect(split(text)).toEqual([
      '现就做好本年度示范企业申报工作通知如下:',
      '一、申报条件',
      '(一)基本条件',
      '在本市注册的工业企业,近三年无重大安全事故,',
      '(二)审核报送',
      '1、各县区主管部门审核企业材料,',
      '2、各县区主管部门汇总推荐名单,',
      '3、在10月20日前将推荐名单报送市局,',
      '三、其他事项',
      '1、请各地认真组织申报工作,',
      '2、请各地按时报送推荐材料,联系电话:88001234',
    ]);
  });

  it.each([
    // Numbers that form no chain: an amount, a date, a cited article, attachments, a phone number.
    ['amounts and dates', '对认定的企业给予一次性奖励10万元,2025年3月1日起施行,其中对首次认定的给予1.5万元补助,对再次认定的企业给予一定奖励,对新引进企业按规定给予支持,具体按照有关文件执行,相关资金由市级财政承担,区级财政配套支持,企业应按要求及时报送材料,逾期不予受理。'],
    ['citations and attachments', '根据某某办法第1条和第2条的规定,企业应当如实填写申报书(附件2、3、4),并上传附件1、2中要求的全部材料,申报材料须真实有效,经所在区县主管部门审核后统一报送,各区县主管部门应认真审核申报材料的真实性和完整性,对弄虚作假的企业取消其申报资格,并依法依规追究相关责任,具体要求详见申报指南。'],
    ['numbers inside brackets', '申报企业应符合下列条件(1、在本市注册;2、依法纳税),并按要求提交材料,申报材料须真实有效,经所在区县主管部门审核后统一报送,各区县主管部门应认真审核申报材料的真实性和完整性,对弄虚作假的企业取消其申报资格,并依法依规追究相关责任,具体要求详见申报指南,逾期不予受理。'],
  ])('leaves %s alone', (_, text) => {
    expect(split(text)).toEqual([text]);
  });

  it('cuts a short line that opens with (1) into its items, and keeps (1)(2) after a lead as one item', () => {
    expect(split('(1)在本市注册的上市公司。 (2)将募集资金用于本市发展。')).toEqual(['(1)在本市注册的上市公司。', '(2)将募集资金用于本市发展。']);
    expect(split('（一）给予奖励：(1)国家级的奖励50万元；(2)省级的奖励20万元。')).toEqual(['（一）给予奖励：(1)国家级的奖励50万元；(2)省级的奖励20万元。']);
    const { spec } = draft('某某奖励', '申报材料', '(1)营业执照复印件; (2)奖励资金申请表; (3)资金使用情况说明');
    expect(spec.materials).toEqual(['营业执照复印件', '奖励资金申请表', '资金使用情况说明']);
  });

  it('cuts 附件： after a closing bracket, so the attachments are no part of the item before', () => {
    expect(split('受理地点:市科技局服务处(行政中心1号楼721室)附件:某某奖申报表')).toEqual(['受理地点:市科技局服务处(行政中心1号楼721室)', '附件:某某奖申报表']);
    // 详见附件： and a bracket that refers to it stay inside the sentence.
    expect(split('申报表格式详见(市科技局网站)附件说明。')).toEqual(['申报表格式详见(市科技局网站)附件说明。']);
  });

  it('drafts a run-on guide into its fields', () => {
    const { spec } = draft(
      '一、事项名称某区小微企业开办补贴二、办理依据某某办法三、申请条件在本区登记注册满一年且正常经营的小微企业,' +
        '其法定代表人在企业缴纳社会保险费满六个月四、申请材料1.营业执照复印件2.补贴申请表3.银行开户许可证复印件',
    );
    expect(spec.conditions).toEqual(['在本区登记注册满一年且正常经营的小微企业，其法定代表人在企业缴纳社会保险费满六个月']);
    expect(spec.materials).toEqual(['营业执照复印件', '补贴申请表', '银行开户许可证复印件']);
  });
});
