import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headlineAmount, markdownReport, matchItems, normalise, runCorpus, scoreCorpus, scoreDraft, similarity } from '../../bench/draft-score.mjs';
import { replaceSection } from '../../bench/lib/sections.js';

describe('normalise', () => {
  it('folds full width, drops spaces and punctuation, keeps circled digits', () => {
    expect(normalise('（一）申报主体：ＡＢＣ　企业；①')).toBe('一申报主体abc企业①');
  });
});

describe('similarity and matchItems', () => {
  it.each([
    ['exact after width and punctuation', '具有健全的财务管理机构和制度。', '具有健全的财务管理机构和制度', true],
    ['fuzzy: a few characters differ', '近三年信用状况良好,无严重失信记录', '近三年信用状况良好，无严重失信记录的企业', true],
    ['unrelated', '具有独立的法人资格', '申报截止时间为11月17日', false],
  ])('%s', (_name, want, got, matches) => {
    expect(matchItems([want], [got]).matched).toBe(matches ? 1 : 0);
  });

  it('counts a drafted item that merges two expected items as matching one of them', () => {
    const expected = ['在苏州市相城区范围内注册、具有独立的法人资格', '具有健全的财务管理机构和制度'];
    const drafted = ['在苏州市相城区范围内注册、具有独立的法人资格；具有健全的财务管理机构和制度'];
    expect(matchItems(expected, drafted)).toMatchObject({ expected: 2, drafted: 1, matched: 1 });
  });

  it('matches each expected item at most once', () => {
    expect(matchItems(['营业执照复印件'], ['营业执照复印件', '营业执照复印件（加盖公章）'])).toMatchObject({ expected: 1, drafted: 2, matched: 1 });
  });

  it('does not let a short fragment match a long item by overlap', () => {
    expect(similarity('申报', '申报单位需具有良好的社会信用,三年之内无重大行政处罚记录')).toBeLessThan(0.6);
  });
});

describe('headlineAmount', () => {
  it.each([
    ['最高500万元', 5_000_000],
    ['500万元', 5_000_000],
    ['100 万元', 1_000_000],
    ['1亿元', 100_000_000],
    ['待补充：奖补标准', undefined],
  ])('%s', (text, amount) => {
    expect(headlineAmount(text)).toBe(amount);
  });
});

describe('scoreDraft', () => {
  const expected = {
    title: '关于开展2018年新材料首批次市场化应用补助项目申报工作的通知',
    issuer: '常州市武进区工业和信息化局',
    conditions: ['具有独立法人资格', '近三年无重大安全生产事故'],
    process: [{ title: '申报方式', detail: '登录惠企通服务平台进行申报。' }],
    reward: { headline: '200万元', items: ['给予一次性奖励50万元'] },
    period: { end: '2023-02-28' },
    contacts: [{ name: '郑佑雄', phone: '0512-86312103' }],
  };

  it('gives precision and recall 1 to an exact draft', () => {
    expect(scoreDraft(expected, expected)).toMatchObject({ expected: 9, drafted: 9, matched: 9, precision: 1, recall: 1 });
  });

  it('counts a 待补充 placeholder as not drafted, and a missing field as not found', () => {
    const drafted = { ...expected, issuer: '待补充：发文单位', reward: { items: ['给予一次性奖励50万元'] }, period: undefined };
    const score = scoreDraft(expected, drafted);
    expect(score.fields.issuer).toEqual({ expected: 1, drafted: 0, matched: 0 });
    expect(score.fields['reward.headline']).toEqual({ expected: 1, drafted: 0, matched: 0 });
    expect(score.fields['period.end']).toEqual({ expected: 1, drafted: 0, matched: 0 });
    expect(score).toMatchObject({ expected: 9, drafted: 6, matched: 6, precision: 1, recall: 6 / 9 });
  });

  it('counts a wrong scalar and an invented item against precision', () => {
    const drafted = { ...expected, docNo: '相政发〔2023〕17号', conditions: [...expected.conditions, '由区工信局统一组织专家评审'] };
    const score = scoreDraft(expected, drafted);
    expect(score.fields.docNo).toEqual({ expected: 0, drafted: 1, matched: 0 });
    expect(score.fields.conditions).toEqual({ expected: 2, drafted: 3, matched: 2 });
    expect(score.precision).toBeCloseTo(9 / 11);
  });

  it('accepts a title quoted with its issuer in front, and phones written another way', () => {
    const drafted = { ...expected, title: `成都市经济和信息化委员会${expected.title}`, contacts: [{ name: '产业投资科', phone: '0512 86312103、13800000000' }] };
    const score = scoreDraft(expected, drafted);
    expect(score.fields.title?.matched).toBe(1);
    expect(score.fields.phones).toEqual({ expected: 1, drafted: 2, matched: 1 });
  });
});

describe('runCorpus', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('drafts every document that has an expected spec, with the injected drafter, and pools the counts', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'policy-card-draft-score-'));
    await writeFile(path.join(dir, 'a.txt'), '一、申报条件\n具有独立法人资格');
    await writeFile(path.join(dir, 'a.expected.json'), JSON.stringify({ title: '甲', conditions: ['具有独立法人资格'] }));
    await writeFile(path.join(dir, 'b.txt'), '乙');
    await writeFile(path.join(dir, 'b.expected.json'), JSON.stringify({ title: '关于乙的通知' }));
    await writeFile(path.join(dir, 'notes.txt'), 'no expected spec: not scored');
    const drafts: Record<string, unknown> = { 'a.txt': { title: '待补充：标题', conditions: ['具有独立法人资格。'] } };
    const result = await runCorpus(
      async (file) => {
        const draft = drafts[path.basename(file)];
        if (!draft) throw new Error('no heading matched a card field');
        return { spec: draft };
      },
      { dir },
    );
    expect(result.documents.map((document) => document.name)).toEqual(['a.txt', 'b.txt']);
    expect(result.documents[1]?.error).toBe('Error: no heading matched a card field');
    expect(result.total).toEqual({ expected: 3, drafted: 1, matched: 1, precision: 1, recall: 1 / 3 });
    expect(result.byField.title).toEqual({ expected: 2, drafted: 0, matched: 0, precision: null, recall: 0 });
  });
});

describe('replaceSection', () => {
  it('replaces only the Draft quality section', () => {
    const before = '# Benchmarks\n\n## Summary\n\nfast\n\n## Draft quality\n\nold\n\n## 4. Batches\n\nmany\n';
    const after = replaceSection(before, '## Draft quality', '## Draft quality\n\nnew\n');
    expect(after).toBe('# Benchmarks\n\n## Summary\n\nfast\n\n## Draft quality\n\nnew\n\n## 4. Batches\n\nmany\n');
    expect(replaceSection('# Benchmarks\n', '## Draft quality', '## Draft quality\n\nnew\n')).toBe('# Benchmarks\n\n## Draft quality\n\nnew\n');
  });
});

describe('markdownReport', () => {
  const result = scoreCorpus([{ name: 'a.txt', format: 'txt', expected: { title: '关于开展试点的通知' }, drafted: { title: '关于开展试点的通知' }, ms: 1 }]);

  it('adds the held-out check from the new held-out folder when one was scored', () => {
    const report = markdownReport(result, { date: '2026-01-01', command: 'node bench/draft-score.mjs', holdout: result });
    expect(report).toContain('### Held-out check');
    expect(report).toContain('`tests/fixtures/documents-holdout11/`');
    expect(report).toContain('written before the drafter was run on them, and never used to write or tune the extraction rules');
  });

  it('says nothing of a held-out set when there is none', () => {
    expect(markdownReport(result, { date: '2026-01-01', command: 'node bench/draft-score.mjs' })).not.toMatch(/held-out/i);
  });
});
