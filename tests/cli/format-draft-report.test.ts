/**
 * The printed review of `policy-card draft` as a staffer reads it beside the source: places that
 * lie apart stay apart, a place met twice is named once, a long list of places gives its first
 * few and how many, and the Chinese report uses Chinese punctuation throughout.
 */
import { describe, expect, it } from 'vitest';
import { formatDraftReport } from '../../src/cli/format-draft-report.js';
import type { DraftReport, SourcePlace } from '../../src/draft/draft-report.js';
import type { DraftsReport } from '../../src/draft/write-drafts.js';

function reportWith(part: Partial<DraftReport>): DraftsReport {
  const report: DraftReport = { file: '通知.pdf', format: 'pdf', sources: [], missing: [], fromDefaults: [], doubts: [], subProgrammes: [], headings: [], ...part };
  return { format: 'json', out: 'cards', documents: [{ file: '通知.pdf', status: 'written', id: 'tongzhi', out: 'cards/tongzhi.json', report, errors: [] }] };
}

/** The lines of 60 dropped items, four lines each on pages 5–17, every place listed twice as the builder lists them. */
const DROPPED: SourcePlace[] = Array.from({ length: 60 }, (_, item) => [0, 2, 4, 7].map((offset) => ({ page: 5 + Math.floor(item / 5), line: 2 + (item % 5) * 9 + offset }))).flatMap((places) => [...places, ...places]);

describe('formatDraftReport', () => {
  it.each([
    ['zh', 'txt', '  存疑：第7行、第21行：2 处都是申报条件，已合并'],
    ['en', 'txt', '  doubtful: lines 7, 21: two sections of conditions, merged'],
    // A Word document or a web page has no lines to find: the reader numbers its paragraphs.
    ['zh', 'docx', '  存疑：第7段、第21段：2 处都是申报条件，已合并'],
    ['en', 'html', '  doubtful: paragraphs 7, 21: two sections of conditions, merged'],
  ] as const)('in %s keeps places of a .%s that lie apart apart', (lang, format, expected) => {
    const printed = formatDraftReport(
      reportWith({ format, doubts: [{ kind: 'several-sections', from: [{ line: 7 }, { line: 21 }], text: { zh: '2 处都是申报条件，已合并', en: 'two sections of conditions, merged' } }] }),
      lang,
    );
    expect(printed.split('\n')).toContain(expected);
  });

  it.each([
    ['zh', '  存疑：/reward/items 第5页第2行、第5页第4行、第5页第6行等 240 处：共 60 项，超过上限 12 项'],
    ['en', '  doubtful: /reward/items p.5 lines 2, 4, 6 and 237 more: 60 items, over the limit of 12'],
  ] as const)('in %s names a long list of places by its first three and their number, each place once', (lang, expected) => {
    const printed = formatDraftReport(
      reportWith({ doubts: [{ kind: 'dropped', path: '/reward/items', from: DROPPED, text: { zh: '共 60 项，超过上限 12 项', en: '60 items, over the limit of 12' } }] }),
      lang,
    );
    expect(printed.split('\n')).toContain(expected);
  });

  it.each([
    ['zh', 'docx', '    /title 政策名称  ← 第2段：关于组织申报的通知'],
    ['en', 'docx', '    /title title  ← paragraph 2: 关于组织申报的通知'],
    ['zh', 'html', '    /title 政策名称  ← 第2段：关于组织申报的通知'],
    ['zh', 'txt', '    /title 政策名称  ← 第2行：关于组织申报的通知'],
  ] as const)('in %s names where a value of a .%s came from by what the reader counts', (lang, format, expected) => {
    const printed = formatDraftReport(reportWith({ format, sources: [{ path: '/title', label: { zh: '政策名称', en: 'title' }, from: [{ line: 2 }], text: '关于组织申报的通知' }] }), lang);
    expect(printed.split('\n')).toContain(expected);
  });

  it('joins lines met out of order into one run', () => {
    const from = [10, 12, 11].map((line) => ({ line }));
    const printed = formatDraftReport(reportWith({ sources: [{ path: '/conditions/0', label: { zh: '申报条件 第1项', en: 'condition 1' }, from, text: '注册满一年' }] }), 'zh');
    expect(printed.split('\n')).toContain('    /conditions/0 申报条件 第1项  ← 第10–12行：注册满一年');
  });

  it('gives the lines of a value from six places in full', () => {
    const from = [2, 4, 6, 8, 10, 12].map((line) => ({ page: 3, line }));
    const printed = formatDraftReport(reportWith({ sources: [{ path: '/reward/table', label: { zh: '奖补标准 档次表', en: 'reward table' }, from, text: '一档 | 100万元' }] }), 'zh');
    expect(printed.split('\n')).toContain('    /reward/table 奖补标准 档次表  ← 第3页第2行、第3页第4行、第3页第6行、第3页第8行、第3页第10行、第3页第12行：一档 | 100万元');
  });

  it.each([
    ['zh', ['  发现 2 个子项目，已合并为一张卡片；可考虑每项一张：', '    第1页第10行 总则（申报条件）', '    第18页第4行 申报和审核（申报流程、适用对象）']],
    ['en', ['  2 sub-programmes found and merged into one card; consider one card each:', '    p.1 line 10 总则 (conditions)', '    p.18 line 4 申报和审核 (process, eligible parties)']],
  ] as const)('in %s lists the sub-programmes with its own punctuation', (lang, expected) => {
    const subProgrammes = [
      { title: '总则', from: { page: 1, line: 10 }, fields: ['conditions' as const] },
      { title: '申报和审核', from: { page: 18, line: 4 }, fields: ['process' as const, 'parties' as const] },
    ];
    const printed = formatDraftReport(reportWith({ subProgrammes }), lang).split('\n');
    expect(printed.slice(printed.indexOf(expected[0]), printed.indexOf(expected[0]) + 3)).toEqual(expected);
  });
});
