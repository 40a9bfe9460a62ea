/**
 * The section model (issue #13): its features, its probabilities and threshold, where sectionsOf
 * asks it (only headings the rules leave open) and how the report marks a field it gave. The
 * model here is written by hand, so each expectation can be worked out on paper.
 */
import { describe, expect, it } from 'vitest';
import { draftCard } from '../../src/draft/draft-card.js';
import { sectionsOf } from '../../src/draft/field-sections.js';
import { buildHeadingTree } from '../../src/draft/heading-tree.js';
import { classProbabilities, sectionClassifier, sectionFeatures, type SectionClassifier, type SectionModelData, type SectionText } from '../../src/draft/section-model.js';
import type { SourceDocument, SourceLine } from '../../src/draft/source-document.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));

/**
 * Two grams that speak for the reward (红利 in the heading, 万元 in an item) and one for `none`
 * (纪律). Equal priors; every class gives an unlisted gram no weight, because it is not in the vocabulary.
 */
const MODEL: SectionModelData = {
  about: 'written by hand for the tests',
  classes: ['none', 'parties', 'conditions', 'materials', 'process', 'reward'],
  features: { headingWeight: 2, items: 2, itemChars: 6 },
  threshold: 0.8,
  logPriors: [0, 0, 0, 0, 0, 0],
  vocab: ['h:红利', 'h:纪律', 'i:万元'],
  logLikelihoods: [
    [-6, -6, -6, -6, -6, -3],
    [-1, -6, -6, -6, -6, -6],
    [-6, -6, -6, -6, -6, -5],
  ],
};

describe('sectionFeatures', () => {
  it('counts 1–2-grams of the heading (weighted) and of the first items\' openings, digits as 0, punctuation dropped', () => {
    const features = sectionFeatures({ heading: '政策红利：', items: ['给予10万元，', '第二项', '第三项不读'] }, MODEL.features);
    expect(Object.fromEntries(features)).toEqual({
      'h:政': 2, 'h:政策': 2, 'h:策': 2, 'h:策红': 2, 'h:红': 2, 'h:红利': 2, 'h:利': 2,
      'i:给': 1, 'i:给予': 1, 'i:予': 1, 'i:予0': 1, 'i:0': 1, 'i:0万': 1, 'i:万': 1, 'i:万元': 1, 'i:元': 1,
      'i:第': 1, 'i:第二': 1, 'i:二': 1, 'i:二项': 1, 'i:项': 1,
    });
  });

  it('folds full-width characters as the rules do, so both copies of a notice give the same grams', () => {
    expect(sectionFeatures({ heading: 'ＡＩ红利', items: [] }, MODEL.features)).toEqual(sectionFeatures({ heading: 'AI红利', items: [] }, MODEL.features));
  });
});

describe('classProbabilities and sectionClassifier', () => {
  const reward: SectionText = { heading: '政策红利', items: ['给予10万元'] };

  it('gives probabilities that sum to 1, the priors when no gram is known', () => {
    const probabilities = classProbabilities(MODEL, reward);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(classProbabilities(MODEL, { heading: '其他', items: [] })).toEqual([1, 1, 1, 1, 1, 1].map(() => 1 / 6));
  });

  // 红利 ×2 and 万元 ×1: reward scores 2·(−3) + (−5) = −11, every other class 2·(−6) + (−6) = −18.
  const rewardProbability = 1 / (1 + 5 * Math.exp(-7));

  it.each([
    [0.5, { field: 'reward', probability: rewardProbability }],
    [0.99, { field: 'reward', probability: rewardProbability }],
    [0.999, undefined],
  ])('at threshold %s names %o', (threshold, expected) => {
    const guess = sectionClassifier(MODEL, threshold)(reward);
    if (expected === undefined) expect(guess).toBeUndefined();
    else {
      expect(guess?.field).toBe(expected.field);
      expect(guess?.probability).toBeCloseTo(expected.probability, 12);
    }
  });

  it('names no field when `none` is the most probable class, however sure', () => {
    expect(sectionClassifier(MODEL, 0)({ heading: '纪律要求', items: ['严禁弄虚作假'] })).toBeUndefined();
  });

  it('uses the model\'s own threshold by default', () => {
    expect(sectionClassifier({ ...MODEL, threshold: 0.9999 })(reward)).toBeUndefined();
    expect(sectionClassifier(MODEL)(reward)?.field).toBe('reward');
  });
});

/** A classifier that records what it is asked and names `field` for every heading in `names`. */
function recording(names: Record<string, 'reward' | 'conditions'>, probability = 0.9): { classify: SectionClassifier; asked: SectionText[] } {
  const asked: SectionText[] = [];
  return {
    asked,
    classify: (section) => {
      asked.push(section);
      const field = names[section.heading];
      return field ? { field, probability } : undefined;
    },
  };
}

describe('sectionsOf with a section model', () => {
  const notice = lines('一、申报条件', '1.在本区注册的企业；', '2.近三年无失信记录。', '二、政策红利', '对新认定的企业给予10万元奖励。', '三、注意事项', '1.严禁弄虚作假。', '四、其他', '（一）以上由区科技局负责解释。');

  it('asks only about labelled headings with content that the rules leave open, with the items they would give', () => {
    const { classify, asked } = recording({});
    sectionsOf(buildHeadingTree(notice), classify);
    // Not 申报条件 (mapped) nor its items, not 注意事项 (the office's side), not the item under 其他.
    expect(asked).toEqual([
      { heading: '政策红利', items: ['对新认定的企业给予10万元奖励。'] },
      { heading: '其他', items: ['以上由区科技局负责解释。'] },
    ]);
  });

  it('gives the open heading the field the model names, and marks it as inferred with the probability', () => {
    const tree = buildHeadingTree(notice);
    const sections = sectionsOf(tree, recording({ 政策红利: 'reward' }, 0.93).classify);
    const [reward] = sections.get('reward') ?? [];
    expect(reward?.text).toBe('政策红利');
    expect(reward?.inferred).toBe(0.93);
    expect(sections.get('conditions')?.[0]?.inferred).toBeUndefined();
  });

  it('leaves the tree as the rules made it without a model', () => {
    const sections = sectionsOf(buildHeadingTree(notice));
    expect([...sections.keys()]).toEqual(['conditions']);
  });

  it('is not asked about a heading that holds a field of its own further down', () => {
    const { classify, asked } = recording({ 企业指南: 'reward' });
    const sections = sectionsOf(buildHeadingTree(lines('一、企业指南', '（一）申报条件', '1.在本区注册的企业。', '（二）其他说明', '由区科技局负责解释。')), classify);
    expect(asked.map((section) => section.heading)).toEqual(['其他说明']);
    expect(sections.get('reward')).toBeUndefined();
  });
});

describe('draftCard with a section model', () => {
  const document: SourceDocument = {
    file: '通知.txt',
    format: 'txt',
    lines: lines('关于组织申报2026年度研发奖励的通知', '一、申报条件', '1.在本区注册的企业。', '二、政策红利', '对新认定的企业给予10万元奖励。'),
  };

  it('drafts the inferred section into its field and says in the report that it was inferred, with its probability', () => {
    const { spec, report } = draftCard(document, { sectionModel: recording({ 政策红利: 'reward' }, 0.875).classify });
    expect(spec.reward?.items).toEqual(['对新认定的企业给予10万元奖励。']);
    const doubts = report.doubts.filter((doubt) => doubt.kind === 'inferred-heading');
    expect(doubts).toEqual([
      {
        kind: 'inferred-heading',
        from: [{ line: 4 }],
        text: {
          zh: '标题“二、政策红利”不在同义词表中，按标题推断为奖补标准（概率 0.88），请核对其下内容',
          en: 'the heading "二、政策红利" is not in the synonym table; inferred from the heading as reward (probability 0.88), check what it holds',
        },
      },
    ]);
    expect(report.headings.find((heading) => heading.text === '二、政策红利')).toEqual({ from: { line: 4 }, text: '二、政策红利', field: 'reward', inferred: 0.875 });
    expect(report.doubts.some((doubt) => doubt.kind === 'unmatched-heading')).toBe(false);
  });

  it('without a model (the default) infers nothing: the reward comes from the rules\' reading of prose', () => {
    const { spec, report } = draftCard(document);
    expect(report.doubts.some((doubt) => doubt.kind === 'inferred-heading')).toBe(false);
    expect(report.headings.every((heading) => heading.inferred === undefined)).toBe(true);
    expect(report.sources.find((source) => source.path === '/reward/items/0')?.from).toEqual([{ line: 5 }]);
    expect(spec.reward?.items).toEqual(['对新认定的企业给予10万元奖励。']);
  });
});
