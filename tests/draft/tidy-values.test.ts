import { describe, expect, it } from 'vitest';
import { DraftBuilder } from '../../src/draft/draft-builder.js';
import type { DraftItem } from '../../src/draft/section-items.js';
import { balancedAtEdges, tidyText, tidyValues, withoutLeadMarker, withoutOwnLabel } from '../../src/draft/tidy-values.js';
import { LIMITS } from '../../src/spec/card-schema.js';

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

describe('DraftBuilder.list tidies each item before duplicates are merged and the list is cut', () => {
  const item = (text: string, line: number): DraftItem => ({ text, lines: [{ text, line }] });

  it('drops marker-only items and duplicates, and every kept item keeps its own source line', () => {
    const draft = new DraftBuilder(LIMITS);
    const steps = draft.list(['process'], [item('（一）', 10), item('企业申报', 11), item('（二）', 12), item('属地初审；', 13), item('四', 14), item('企业申报。', 15)], LIMITS.process);
    expect(steps).toEqual(['企业申报', '属地初审']);
    expect(draft.sources.map((entry) => [entry.path, entry.from[0]!.line, entry.label])).toEqual([
      ['/process/0', 11, { zh: '申报流程 第1步', en: 'process step 1' }],
      ['/process/1', 13, { zh: '申报流程 第2步', en: 'process step 2' }],
    ]);
  });

  // The tidy stage used to run after the list was cut to its limit: a duplicate then took the place of the last real item.
  it('keeps as many real items as the limit allows when some are duplicates or markers', () => {
    const draft = new DraftBuilder(LIMITS);
    const items = [item('（一）', 1), ...Array.from({ length: 3 }, (_, index) => item(`在本区注册的第${index + 1}类企业`, index + 2)), item('在本区注册的第1类企业。', 9)];
    const parties = draft.list(['parties'], items, 3);
    expect(parties).toEqual(['在本区注册的第1类企业', '在本区注册的第2类企业', '在本区注册的第3类企业']);
    expect(draft.doubts).toEqual([]);
  });

  it.each([['详见附件2'], ['具体申报要求见《某市实施细则》。'], ['参见附件一']])('drops the pointer %s and names it in the doubts, with its source line', (pointer) => {
    const draft = new DraftBuilder(LIMITS);
    expect(draft.list(['conditions'], [item('在本区注册纳税', 5), item(pointer, 6)], LIMITS.conditions)).toEqual(['在本区注册纳税']);
    expect(draft.sources.map((entry) => entry.path)).toEqual(['/conditions/0']);
    expect(draft.doubts).toEqual([
      {
        kind: 'pointer',
        path: '/conditions',
        from: [{ line: 6 }],
        text: { zh: `“${pointer}”只是指向别处，未写入卡片；请把所指的内容写成一项`, en: `"${pointer}" only points elsewhere and was not drafted; write what it points to as an item` },
      },
    ]);
  });

  it.each([['申报表（见附件）'], ['征求相关部门意见'], ['项目可行性研究报告（见附件3-4）']])('keeps %s, which names a paper or a step', (text) => {
    expect(new DraftBuilder(LIMITS).list(['materials'], [item(text, 1)], LIMITS.materials)).toEqual([text]);
  });

  it('gives back an empty list when every item was a pointer, so the card writes its placeholder', () => {
    expect(new DraftBuilder(LIMITS).list(['conditions'], [item('详见附件1', 3)], LIMITS.conditions)).toEqual([]);
  });
});

describe('tidyValues', () => {
  it('tidies each step’s title and detail, table cells, contact names and the period note, and leaves placeholders alone', () => {
    const spec: Record<string, unknown> = {
      title: '待补充：政策名称',
      process: [{ title: '招生录取；', detail: '按积分排名录取，' }],
      reward: { items: ['待补充：奖补标准'], table: { columns: ['类别 |', '金额'], rows: [['国家级；', '50万元']] } },
      contacts: [{ name: '市科技局 高新处，' }],
      period: { note: '并于8月31日前将推荐文件(含推荐名单汇总表' },
    };
    tidyValues(spec);
    expect(spec['title']).toBe('待补充：政策名称');
    expect(spec['process']).toEqual([{ title: '招生录取', detail: '按积分排名录取' }]);
    expect(spec['reward']).toEqual({ items: ['待补充：奖补标准'], table: { columns: ['类别', '金额'], rows: [['国家级', '50万元']] } });
    expect(spec['contacts']).toEqual([{ name: '市科技局 高新处' }]);
    expect(spec['period']).toEqual({ note: '并于8月31日前将推荐文件' });
  });
});
