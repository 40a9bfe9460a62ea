import { describe, expect, it } from 'vitest';
import { defectsOf } from '../../bench/draft-text-defects.mjs';

/** The kinds found in a spec that holds one value at `path`. */
const kindsOf = (spec: Record<string, unknown>): string[] => defectsOf(spec).map((defect) => defect.kind);

describe('bench/draft-text-defects: each kind is a test of the drafted string', () => {
  it.each([
    ['lead-marker', { conditions: ['（二）属地初审'] }],
    ['lead-marker', { process: ['四'] }],
    ['lead-label', { conditions: ['申报条件：在本区注册'] }],
    ['lead-label', { process: ['流程：申报人在网上提交申请'] }],
    ['trailing-punct', { materials: ['营业执照复印件；'] }],
    ['trailing-punct', { reward: { items: ['企业名称 |'] } }],
    ['stray-space', { process: [{ title: '登录系统', detail: '选择对应的备案类型 。' }] }],
    ['trailing-colon', { materials: ['需提交以下资料：'] }],
    ['unbalanced', { period: { note: '并于8月31日前将推荐文件(含推荐名单汇总表' } }],
    ['unbalanced', { conditions: ['）申报企业为本市注册'] }],
    ['contact-key', { contacts: [{ name: '电话:市工信局装备工业处' }] }],
    ['title-tag', { title: '【转载】关于申报某某奖励的通知' }],
    ['only-pointer', { conditions: ['详见附件2'] }],
    ['duplicate-item', { materials: ['营业执照复印件', '营业执照复印件。'] }],
    ['cross-field', { conditions: ['在本区注册纳税'], parties: ['在本区注册纳税'] }],
  ])('%s: %j', (kind, spec) => {
    expect(kindsOf(spec)).toEqual([kind]);
  });

  it.each([
    [{ conditions: ['1.5倍给予补贴', '（一）网上办理。（二）现场办理。', '年龄符合要求：不超过45周岁'] }],
    [{ materials: ['申报表（见附件）', '登录系统(http://example.cn/）填报'] }],
    [{ process: [{ title: '招生录取', detail: '按积分录取。' }, { title: '招生录取', detail: '按志愿录取。' }] }],
    [{ contacts: [{ name: '市科技局 高新处' }], title: '待补充：政策名称', conditions: ['待补充：申报条件'] }],
  ])('no defect in %j', (spec) => {
    expect(kindsOf(spec)).toEqual([]);
  });
});
