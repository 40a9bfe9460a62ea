import { describe, expect, it } from 'vitest';
import type { FieldSource } from '../../src/draft/draft-report.js';
import { balancedAtEdges, tidyText, tidyValues, withoutLeadMarker, withoutOwnLabel } from '../../src/draft/tidy-values.js';

const zh = { zh: '', en: '' };
const source = (path: string, line: number): FieldSource => ({ path, label: zh, from: [{ line }], text: `第${line}行` });

describe('tidyText trims what a cut left at a value’s edges', () => {
  it.each([
    ['a trailing ；', '申报主体须为工业设计园区运营单位；', '申报主体须为工业设计园区运营单位'],
    ['a trailing ，', '于9月11日前报送市科技局复审，', '于9月11日前报送市科技局复审'],
    ['a trailing 、', '服务平台申报单位应当具备的具体条件、', '服务平台申报单位应当具备的具体条件'],
    ['a trailing | of a table row', '企业名称 |', '企业名称'],
    ['a leading ，', '，符合条件的企业', '符合条件的企业'],
    ['a closing 。 stays', '具有独立法人资格。', '具有独立法人资格。'],
    ['a space before a Chinese mark', '进入后选择对应的备案类型 。', '进入后选择对应的备案类型。'],
    ['a space inside a bracket', '科技创新奖励（ 企业工程 （技术）中心 、企业研究院）', '科技创新奖励（企业工程 （技术）中心、企业研究院）'],
    ['a space between words stays', '市科技局 高新处', '市科技局 高新处'],
  ])('%s', (_, text, tidied) => {
    expect(tidyText(text)).toBe(tidied);
  });
});

describe('balancedAtEdges removes only a mark without its pair at a cut edge', () => {
  it.each([
    ['a closer left at the start by a marker', '）申报企业为无锡市行政区域内注册。', '申报企业为无锡市行政区域内注册。'],
    ['a closer at the end', '甬高企认领【2024】1号)。', '甬高企认领【2024】1号。'],
    ['an opener at the end', '复印件；(', '复印件；'],
    ['an opener cut inside its short text goes with it', '企业2021、2022年度审计报告(需在省级注', '企业2021、2022年度审计报告'],
    ['a quote cut inside', '其中，评价指标第三项“特色化', '其中，评价指标第三项'],
    ['a day inside keeps its words', '再由区工信局统一提交市工信局(7月12日前', '再由区工信局统一提交市工信局7月12日前'],
    ['a long text inside keeps its words', '经营证明材料(包括但不限于营业执照、执业证书、验资报告', '经营证明材料包括但不限于营业执照、执业证书、验资报告'],
    ['pairs across widths are balanced', '登录系统(http://example.cn/）填报', '登录系统(http://example.cn/）填报'],
    ['a mark open in the middle stays', '简称“国网”)后的集中受理', '简称“国网”)后的集中受理'],
  ])('%s', (_, text, balanced) => {
    expect(balancedAtEdges(text)).toBe(balanced);
  });

  it('a value shortened to fit is cut before its first open mark, keeping its …', () => {
    expect(tidyText('请企业严格对照《江苏省首台（套）重大装备认定管理实施细则（2020年修…')).toBe('请企业严格对照…');
    expect(tidyText('申请人可在广东省政务服务网（网址：https://www.gdzwfw.gov…')).toBe('申请人可在广东省政务服务网…');
  });
});

describe('withoutLeadMarker drops the number a single item kept', () => {
  it.each([
    ['（二）属地初审', '属地初审'],
    ['1、申报企业须在本区注册', '申报企业须在本区注册'],
    ['2.具有独立法人资格', '具有独立法人资格'],
    ['①营业执照复印件', '营业执照复印件'],
    ['三、申报材料清单', '申报材料清单'],
    // A number, not a marker.
    ['1.5倍给予补贴', '1.5倍给予补贴'],
    // A list inside one value keeps its first marker.
    ['（一）网上办理。（二）现场办理。', '（一）网上办理。（二）现场办理。'],
    ['1.线上申报；2.线下报送', '1.线上申报；2.线下报送'],
  ])('%s → %s', (text, tidied) => {
    expect(withoutLeadMarker(text)).toBe(tidied);
  });
});

describe('withoutOwnLabel drops only the label of the field the item sits in', () => {
  it.each([
    ['流程：申报人在网上提交申请。', 'process', '申报人在网上提交申请。'],
    ['申报条件：在本区注册纳税', 'conditions', '在本区注册纳税'],
    ['奖励标准：最高奖励50万元', 'reward', '最高奖励50万元'],
    // Another field's label, or a label of no field, is part of what the item says.
    ['申报主体：各单位所申报项目应已落地于本区', 'conditions', '申报主体：各单位所申报项目应已落地于本区'],
    ['年龄符合要求：不超过45周岁', 'conditions', '年龄符合要求：不超过45周岁'],
    ['满足以下条件之一：（1）研发投入占营业收入3%以上', 'conditions', '满足以下条件之一：（1）研发投入占营业收入3%以上'],
    ['甲地区受理条件为：1.企业在本市注册满一年。', 'conditions', '甲地区受理条件为：1.企业在本市注册满一年。'],
    ['申报时间：9月1日至10月31日接受申报', 'process', '申报时间：9月1日至10月31日接受申报'],
  ] as const)('%s (%s)', (text, field, tidied) => {
    expect(withoutOwnLabel(text, field)).toBe(tidied);
  });
});

describe('tidyValues', () => {
  it('drops marker-only items and exact duplicates and renumbers their sources', () => {
    const spec: Record<string, unknown> = {
      title: '关于申报某某奖励的通知',
      process: ['（一）', '企业申报', '（二）', '属地初审', '四'],
      materials: ['营业执照复印件', '申报表', '营业执照复印件；('],
      reward: { items: ['最高奖励50万元；'] },
    };
    const sources = [
      source('/process/0', 10),
      source('/process/1', 11),
      source('/process/2', 12),
      source('/process/3', 13),
      source('/process/4', 14),
      source('/materials/0', 20),
      source('/materials/1', 21),
      source('/materials/2', 22),
      source('/reward/items/0', 30),
    ];
    const tidied = tidyValues(spec, { sources, doubts: [{ kind: 'long-item', path: '/process/3', from: [{ line: 13 }], text: zh }], missing: [] });
    expect(spec['process']).toEqual(['企业申报', '属地初审']);
    expect(spec['materials']).toEqual(['营业执照复印件', '申报表']);
    expect(spec['reward']).toEqual({ items: ['最高奖励50万元'] });
    expect(tidied.sources.map((entry) => [entry.path, entry.from[0]!.line])).toEqual([
      ['/process/0', 11],
      ['/process/1', 13],
      ['/materials/0', 20],
      ['/materials/1', 21],
      ['/reward/items/0', 30],
    ]);
    expect(tidied.doubts[0]!.path).toBe('/process/1');
    // The label names the new place.
    expect(tidied.sources[1]!.label).toEqual({ zh: '申报流程 第2步', en: 'process step 2' });
  });

  it('a step is a duplicate only with the same title and detail', () => {
    const spec: Record<string, unknown> = {
      process: [
        { title: '招生录取', detail: '按积分排名录取。' },
        { title: '招生录取', detail: '按志愿顺序录取。' },
        { title: '招生录取', detail: '按积分排名录取。' },
      ],
    };
    tidyValues(spec, { sources: [], doubts: [], missing: [] });
    expect(spec['process']).toEqual([
      { title: '招生录取', detail: '按积分排名录取。' },
      { title: '招生录取', detail: '按志愿顺序录取。' },
    ]);
  });

  it.each([['详见附件2'], ['具体申报要求见《某市实施细则》。'], ['参见附件一']])('drops the pointer %s and names it in the doubts, with its source line', (pointer) => {
    const spec: Record<string, unknown> = { conditions: ['在本区注册纳税', pointer] };
    const tidied = tidyValues(spec, { sources: [source('/conditions/0', 5), source('/conditions/1', 6)], doubts: [], missing: [] });
    expect(spec['conditions']).toEqual(['在本区注册纳税']);
    expect(tidied.sources.map((entry) => entry.path)).toEqual(['/conditions/0']);
    expect(tidied.doubts).toEqual([
      {
        kind: 'pointer',
        path: '/conditions',
        from: [{ line: 6 }],
        text: { zh: `“${pointer}”只是指向别处，未写入卡片；请把所指的内容写成一项`, en: `"${pointer}" only points elsewhere and was not drafted; write what it points to as an item` },
      },
    ]);
  });

  it.each([['申报表（见附件）'], ['征求相关部门意见'], ['项目可行性研究报告（见附件3-4）']])('keeps %s, which names a paper or a step', (item) => {
    const spec: Record<string, unknown> = { materials: [item] };
    tidyValues(spec, { sources: [], doubts: [], missing: [] });
    expect(spec['materials']).toEqual([item]);
  });

  it('a required list left empty gets its placeholder, and the report names it as missing', () => {
    const spec: Record<string, unknown> = { conditions: ['详见附件1'] };
    const tidied = tidyValues(spec, { sources: [source('/conditions/0', 3)], doubts: [], missing: [] });
    expect(spec['conditions']).toEqual(['待补充：申报条件']);
    expect(tidied.missing).toEqual([{ path: '/conditions', label: { zh: '申报条件', en: 'conditions' }, required: true }]);
  });

  it('tidies table cells, contact names and the period note, and leaves placeholders alone', () => {
    const spec: Record<string, unknown> = {
      title: '待补充：政策名称',
      reward: { items: ['待补充：奖补标准'], table: { columns: ['类别 |', '金额'], rows: [['国家级；', '50万元']] } },
      contacts: [{ name: '市科技局 高新处，' }],
      period: { note: '并于8月31日前将推荐文件(含推荐名单汇总表' },
    };
    tidyValues(spec, { sources: [], doubts: [], missing: [] });
    expect(spec['title']).toBe('待补充：政策名称');
    expect(spec['reward']).toEqual({ items: ['待补充：奖补标准'], table: { columns: ['类别', '金额'], rows: [['国家级', '50万元']] } });
    expect(spec['contacts']).toEqual([{ name: '市科技局 高新处' }]);
    expect(spec['period']).toEqual({ note: '并于8月31日前将推荐文件' });
  });
});
