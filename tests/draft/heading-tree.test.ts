/**
 * The heading tree and the field map: markers, KEY：VALUE lines, bare labels, nesting inferred
 * from the order styles appear in, and which headings name which card field.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { fieldForHeading } from '../../src/draft/field-for-heading.js';
import { buildHeadingTree, labelParts, nodeLines, type HeadingNode } from '../../src/draft/heading-tree.js';
import { lineMarker } from '../../src/draft/line-marker.js';
import { matchingText, normaliseWidth } from '../../src/draft/normalise-text.js';
import { splitInlineHeadings } from '../../src/draft/split-inline-headings.js';
import { sectionsOf } from '../../src/draft/field-sections.js';
import { sectionItems } from '../../src/draft/section-items.js';
import type { SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

/** The tree as indented text: `style label|text`. */
function outline(node: HeadingNode, depth = 0): string[] {
  return node.children.flatMap((child) => [`${'  '.repeat(depth)}${child.style} ${child.text}${child.field ? ` → ${child.field}` : ''}`, ...outline(child, depth + 1)]);
}

describe('normalise', () => {
  it('folds full-width ASCII and the ideographic space, keeps ①', () => {
    expect(normaliseWidth('ＡＢ１２：（一）\u3000①')).toBe('AB12:(一) ①');
    expect(matchingText('申报条件:(1)企业;2,')).toBe('申报条件：（1）企业；2，');
  });
});

describe('line markers', () => {
  it.each([
    ['第三章 申报', 'chapter', 3],
    ['第十二条 奖励标准', 'article', 12],
    ['一、申报对象', 'chinese', 1],
    ['十一、其他', 'chinese', 11],
    ['（二）申报条件', 'paren-chinese', 2],
    ['(二)申报条件', 'paren-chinese', 2],
    ['3.企业依法纳税', 'digit-dot', 3],
    ['3．企业依法纳税', 'digit-dot', 3],
    ['4、企业依法纳税', 'digit-comma', 4],
    ['（5）研发投入', 'paren-digit', 5],
    ['6）研发投入', 'digit-paren', 6],
    ['⑦ 研发投入', 'circled', 7],
    ['• 要点', 'bullet', 0],
  ])('%s → %s %d', (text, style, value) => {
    expect(lineMarker(text)).toMatchObject({ style, value });
  });

  it.each(['1.5万元的补助', '2026年3月1日起', '一是加强领导', '申报条件'])('%s has no marker', (text) => {
    expect(lineMarker(text)).toBeUndefined();
  });
});

describe('heading labels and fields', () => {
  it.each([
    ['申报条件', 'conditions'],
    ['二、企业申报条件及要求', 'conditions'],
    ['申报对象及条件', 'conditions'],
    ['申报范围和条件', 'conditions'],
    ['扶持对象', 'parties'],
    // What is required of the applicant: conditions (the corpus conventions, tests/fixtures/documents/SOURCES.md).
    ['申报主体要求', 'conditions'],
    ['扶持政策', 'reward'],
    ['奖励范围及额度', 'reward'],
    ['申报方式', 'process'],
    ['审批程序', 'process'],
    ['申请奖励需提交的材料', 'materials'],
    ['联系咨询方式', 'contacts'],
    ['业务部门科室', 'contacts'],
    ['申报期限', 'period'],
    ['申报材料制作要求', undefined],
    ['四、考核程序', undefined],
    ['组织实施', undefined],
    ['申报企业须在苏州市注册，且依法纳税，近三年无严重失信记录', undefined],
  ])('%s → %s', (label, field) => {
    expect(fieldForHeading(label)).toBe(field);
  });

  it.each([
    ['扶持对象：在苏州市注册的企业', { label: '扶持对象', value: '在苏州市注册的企业' }],
    ['扶持对象:在苏州市注册的企业', { label: '扶持对象', value: '在苏州市注册的企业' }],
    ['申报条件', { label: '申报条件', value: undefined }],
    ['申报主体必须符合下列条件：①注册', { label: undefined, value: undefined }],
    ['企业须在苏州市注册，依法纳税。', { label: undefined, value: undefined }],
  ])('%s → label parts', (text, parts) => {
    expect(labelParts(text)).toEqual(parts);
  });
});

describe('buildHeadingTree', () => {
  it('nests by the order marker styles first appear', () => {
    const tree = buildHeadingTree(lines('一、申报条件', '（一）基本条件', '1.在苏州注册', '2.依法纳税', '（二）专项条件', '1.研发投入占比3%以上', '二、申报材料', '1.申请表'));
    expect(outline(tree)).toEqual([
      'chinese 申报条件 → conditions',
      '  paren-chinese 基本条件 → conditions',
      '    digit-dot 在苏州注册',
      '    digit-dot 依法纳税',
      '  paren-chinese 专项条件 → conditions',
      '    digit-dot 研发投入占比3%以上',
      'chinese 申报材料 → materials',
      '  digit-dot 申请表',
    ]);
  });

  it('follows a document that puts 1. above （一）', () => {
    const tree = buildHeadingTree(lines('1.申报条件', '（一）在苏州注册', '（二）依法纳税', '2.申报材料', '（一）申请表'));
    expect(outline(tree)).toEqual([
      'digit-dot 申报条件 → conditions',
      '  paren-chinese 在苏州注册',
      '  paren-chinese 依法纳税',
      'digit-dot 申报材料 → materials',
      '  paren-chinese 申请表',
    ]);
  });

  it('reads bare labels and KEY：VALUE lines as headings, and keeps plain lines as body', () => {
    const tree = buildHeadingTree(lines('申报条件', '1、在苏州注册', '2、依法纳税', '扶持政策', '给予一次性奖励10万元。', '联系人：张三', '联系电话：0512-68612345'));
    expect(outline(tree)).toEqual([
      'label 申报条件 → conditions',
      '  digit-comma 在苏州注册',
      '  digit-comma 依法纳税',
      'label 扶持政策 → reward',
      'label 联系人：张三 → contacts',
      'label 联系电话：0512-68612345 → contacts',
    ]);
    expect(tree.children[1]!.body.map((line) => line.text)).toEqual(['给予一次性奖励10万元。']);
  });

  it('keeps 一、 at the top even after a numbered preamble', () => {
    const tree = buildHeadingTree(lines('1.总体要求', '一、申报对象', '二、申报条件'));
    expect(outline(tree)).toEqual(['digit-dot 总体要求', 'chinese 申报对象 → parties', 'chinese 申报条件 → conditions']);
  });
});

describe('splitInlineHeadings', () => {
  it('cuts a one-paragraph document at numbering that counts up', () => {
    const [line] = lines('通知如下: 一、申报对象 1.注册在相城区的企业。 2.奖励标准:奖励5万元。 二、申报流程 1.网上申报。见附件2、3。');
    expect(splitInlineHeadings([line!]).map((piece) => piece.text)).toEqual([
      '通知如下:',
      '一、申报对象',
      '1.注册在相城区的企业。',
      '2.奖励标准:奖励5万元。',
      '二、申报流程',
      '1.网上申报。见附件2、3。',
    ]);
  });

  it('keeps alternatives with their item', () => {
    const [line] = lines('3.满足以下条件之一: 1.获得发明专利; 2.获得省级奖励。');
    expect(splitInlineHeadings([line!]).map((piece) => piece.text)).toEqual(['3.满足以下条件之一: 1.获得发明专利; 2.获得省级奖励。']);
  });

  it('cuts the first item run into a heading that names a field, and (1)(2) items inside the run-on text', () => {
    const [line] = lines('现通知如下:一、支持方向面向本区企业。二、申报条件1. 创业类项目须同时具备以下条件:(1)注册资本不低于100万元;(2)申报人为企业主要负责人。自然人股东不计入;(3)近三年无失信记录。2. 创新类项目另行通知。');
    expect(splitInlineHeadings([line!]).map((piece) => piece.text)).toEqual([
      '现通知如下:',
      '一、支持方向面向本区企业。',
      '二、申报条件',
      '1. 创业类项目须同时具备以下条件:',
      '(1)注册资本不低于100万元;',
      '(2)申报人为企业主要负责人。自然人股东不计入;',
      '(3)近三年无失信记录。',
      '2. 创新类项目另行通知。',
    ]);
  });

  it('keeps (1)(2) alternatives with their lead-in, full stops and all', () => {
    const [line] = lines('二、申报条件 1.企业须满足以下条件之一:(1)拥有发明专利。(2)获得省级奖励。 2.无失信记录。');
    expect(splitInlineHeadings([line!]).map((piece) => piece.text)).toEqual(['二、申报条件', '1.企业须满足以下条件之一:(1)拥有发明专利。(2)获得省级奖励。', '2.无失信记录。']);
  });

  it('reads a copy that lost its line breaks, its first heading and its full stops', () => {
    // The copier dropped 一、 and wrote commas where the sentences ended.
    const [line] = lines('各有关单位:现开展项目申报,二、申报要求1、请登录市服务平台填报,2、申报单位对材料真实性负责,三、联系方式1、受理窗口区服务中心项目科680012302、业务咨询区科技局综合科6800 5678 3、技术支持信息科68009990附件:项目汇总表');
    expect(splitInlineHeadings([line!]).map((piece) => piece.text)).toEqual([
      '各有关单位:现开展项目申报,',
      '二、申报要求',
      '1、请登录市服务平台填报,',
      '2、申报单位对材料真实性负责,',
      '三、联系方式',
      '1、受理窗口区服务中心项目科68001230',
      '2、业务咨询区科技局综合科6800 5678',
      '3、技术支持信息科68009990',
      '附件:项目汇总表',
    ]);
  });

  it('cuts a heading off the first sentence run into it, but not off the rest of a longer heading', () => {
    const [line] = lines('通知如下:一、申报对象在本市注册的中小企业。二、申报对象及条件另见附件。三、奖励标准对首次认定的企业给予10万元奖励。');
    expect(splitInlineHeadings([line!]).map((piece) => piece.text)).toEqual([
      '通知如下:',
      '一、申报对象',
      '在本市注册的中小企业。',
      '二、申报对象及条件另见附件。',
      '三、奖励标准',
      '对首次认定的企业给予10万元奖励。',
    ]);
  });

  it.each([
    // A comma before a number that does not continue a count, or before a heading that names no field.
    ['企业可获得奖励,2、3项可叠加享受。'],
    ['本办法自发布之日起施行,二、其他未尽事宜另行通知。'],
    // A phone number followed by a list of numbers is no item number.
    ['咨询电话:68001234、68005678。'],
    // A sentence that refers to the attachments.
    ['具体格式详见附件:申请表。'],
    ['申请表请下载附件:申请表.docx'],
    // (1)(2) inside an ordinary line are the parts of its item.
    ['（一）对新认定的企业给予奖励:(1)国家级50万元;(2)省级20万元。'],
  ])('leaves %s whole', (text) => {
    expect(splitInlineHeadings(lines(text)).map((piece) => piece.text)).toEqual([text]);
  });
});

describe('an item that starts with a key naming another field', () => {
  it('stays an item of its numbered list when its siblings name no field', () => {
    const tree = buildHeadingTree(lines('二、申报条件', '1、申报主体:在本区注册的企业。', '2、近三年无失信记录。', '3、财务制度健全。', '三、申报材料', '1、申请表。'));
    const sections = sectionsOf(tree);
    expect(sections.has('parties')).toBe(false);
    expect((sections.get('conditions') ?? []).flatMap((node) => sectionItems(node, 'conditions')).map((item) => item.text)).toEqual(['申报主体:在本区注册的企业。', '近三年无失信记录。', '财务制度健全。']);
  });

  it('opens a section of its own when its key is over a list (3.申报材料：(1)…(2)…)', () => {
    const sections = sectionsOf(buildHeadingTree(lines('二、申报条件', '1.在本区注册的企业；', '2.近三年无失信记录；', '3.申报材料：(1)申请表；(2)营业执照复印件。')));
    expect((sections.get('conditions') ?? []).flatMap((node) => sectionItems(node, 'conditions')).map((item) => item.text)).toEqual(['在本区注册的企业', '近三年无失信记录']);
    expect((sections.get('materials') ?? []).flatMap((node) => sectionItems(node, 'materials')).map((item) => item.text)).toEqual(['申请表', '营业执照复印件。']);
  });

  it('opens a section of its own among keyed siblings (1.申报对象：… 2.奖励标准：…)', () => {
    const sections = sectionsOf(buildHeadingTree(lines('一、申报条件', '1.申报对象:在本区注册的企业。', '2.奖励标准:给予10万元奖励。')));
    expect([...sections.keys()]).toEqual(['conditions', 'parties', 'reward']);
  });
});

describe('a heading with a very long body', () => {
  it('builds and walks a tree of 200 000 body lines without overflowing the call stack', () => {
    // A 4 000-page compilation pasted as one section: spreading its body into push() overflowed the stack.
    const body = Array.from({ length: 200_000 }, (_, index) => ({ text: `企业应当依法纳税，诚信经营，第${index + 1}句。`, line: index + 3 }));
    const tree = buildHeadingTree([{ text: '一、申报条件', line: 1 }, { text: '1、在本区注册。', line: 2 }, ...body, { text: '2、依法纳税。', line: 200_003 }]);
    const section = tree.children[0]!;
    expect(nodeLines(section).length).toBe(200_003);
    expect(nodeLines(section).at(-1)?.text).toBe('2、依法纳税。');
  });
});

// （一）申报主体登录平台… is the applicant doing a step, not the heading 申报主体 run into its text:
// drafted as a party ('登录…在线填报') it left the process one step short (seen drafting a 实施细则).
describe('a party’s name as the subject of a step', () => {
  it.each([
    ['on a line of its own', ['二、申报流程', '（一）申报主体登录“惠企政策服务平台”在线填报并上传材料；', '（二）属地初审；', '（三）区工信局评审。']],
    ['in a run-on line', ['二、申报流程', '（一）申报主体登录“惠企政策服务平台”在线填报并上传材料；（二）属地初审；（三）区工信局评审。']],
  ])('stays a step %s', (_name, body) => {
    const { spec } = draftCard({ file: '通知.txt', format: 'txt', lines: lines('关于组织申报某某奖励的通知', '一、申报对象', '本区规模以上工业企业。', ...body, '三、奖励标准', '给予最高50万元奖励。') });
    expect(spec.parties).toEqual(['本区规模以上工业企业。']);
    expect(spec.process).toEqual(['申报主体登录“惠企政策服务平台”在线填报并上传材料', '属地初审', '区工信局评审。']);
  });

  it('still cuts a heading run into its text (一、申报对象在本市注册的企业) in the same run-on line', () => {
    expect(splitInlineHeadings(lines('一、申报对象在本市注册的规模以上企业。二、申报流程（一）申报主体登录平台在线填报；（二）属地初审。')).map((line) => line.text)).toEqual([
      '一、申报对象',
      '在本市注册的规模以上企业。',
      '二、申报流程',
      '（一）申报主体登录平台在线填报；',
      '（二）属地初审。',
    ]);
  });
});
