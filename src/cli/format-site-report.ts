/**
 * The `site` command's report, for the terminal and as JSON. Pure functions returning strings
 * or plain objects; the command prints.
 */
import path from 'node:path';
import { cardReportJson } from '../batch/build-cards.js';
import type { Lang } from '../i18n/lang.js';
import type { SiteReport } from '../site/write-site.js';

function shown(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

export function formatSiteReport(report: SiteReport, lang: Lang, cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const card of report.cards) {
    if (card.status === 'rendered') {
      lines.push(`✔ ${card.outputs.join(', ')}`);
      for (const warning of card.warnings) lines.push(`    ⚠ [${warning.code}] ${warning.text[lang]}`);
    }
  }
  const failures = report.cards.filter((card) => card.status === 'failed');
  if (failures.length > 0) {
    lines.push('', lang === 'zh' ? `以下 ${failures.length} 条政策未生成页面（也不在首页中）：` : `${failures.length} polic(ies) got no page (and are not on the index):`);
    for (const card of failures) {
      lines.push(`✘ ${card.file}`);
      for (const error of card.errors) lines.push(`    [${error.code}] ${error.format(lang)}`);
    }
  }
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  lines.push(
    '',
    lang === 'zh'
      ? `完成：${report.rendered} 个详情页，失败 ${report.failed} 个；首页 ${report.index}，数据 ${report.feed}；整个 ${shown(report.outDir, cwd)}/ 文件夹可直接上传（用时 ${seconds} 秒）`
      : `Done: ${report.rendered} detail pages, ${report.failed} failed; index ${report.index}, feed ${report.feed}; upload the whole ${shown(report.outDir, cwd)}/ folder as it is (${seconds} s)`,
  );
  return lines.join('\n');
}

export function siteReportJson(report: SiteReport, lang: Lang): object {
  return {
    ok: report.failed === 0,
    rendered: report.rendered,
    failed: report.failed,
    outDir: report.outDir,
    index: report.index,
    feed: report.feed,
    elapsedMs: Math.round(report.elapsedMs),
    cards: report.cards.map((card) => cardReportJson(card, lang)),
  };
}
