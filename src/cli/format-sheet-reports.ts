/**
 * Terminal reports of the spreadsheet commands (import, export). Pure functions returning
 * strings; the commands print them.
 */
import type { ExportReport } from '../import/export-cards.js';
import type { ImportReport, ImportStatus } from '../import/import-sheet.js';
import type { Lang } from '../i18n/lang.js';

const STATUS_TEXT: Record<Exclude<ImportStatus, 'failed'>, { mark: string; zh: string; en: string; zhDry: string; enDry: string }> = {
  created: { mark: '✔', zh: '新建', en: 'created', zhDry: '将新建', enDry: 'would create' },
  updated: { mark: '✔', zh: '已更新', en: 'updated', zhDry: '将更新', enDry: 'would update' },
  unchanged: { mark: '=', zh: '无变化', en: 'unchanged', zhDry: '无变化', enDry: 'unchanged' },
  kept: {
    mark: '⚠',
    zh: '自上次导入后被手工修改过（或不是导入生成的），未覆盖；确认要用表格内容覆盖请加 --force',
    en: 'changed by hand since the last import (or not written by import), left as it is; pass --force to overwrite it',
    zhDry: '自上次导入后被手工修改过（或不是导入生成的），不会覆盖；确认要覆盖请加 --force',
    enDry: 'changed by hand since the last import (or not written by import), would be kept; pass --force to overwrite it',
  },
};

export function formatImportReport(report: ImportReport, lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [
    zh
      ? `读取 ${report.file} 工作表“${report.sheet}”（表头在第 ${report.headerRow} 行）${report.dryRun ? '；试运行，不写入任何文件' : ''}`
      : `Reading ${report.file}, sheet “${report.sheet}” (header in row ${report.headerRow})${report.dryRun ? '; dry run, nothing is written' : ''}`,
  ];
  if (report.ignoredColumns.length > 0) {
    const shown = report.ignoredColumns.map((column) => (report.hiddenIgnoredColumns.includes(column) ? `${column}${zh ? '（隐藏的列，与显示的列重复）' : ' (hidden, repeats a visible column)'}` : column));
    lines.push(zh ? `未使用的列：${shown.join('、')}` : `Columns not used: ${shown.join(', ')}`);
  }
  for (const row of report.rows) {
    if (row.status === 'failed') continue;
    const status = STATUS_TEXT[row.status];
    const text = report.dryRun ? (zh ? status.zhDry : status.enDry) : zh ? status.zh : status.en;
    const where = zh ? `第${row.row}行` : `row ${row.row}`;
    const detail = row.status === 'kept' ? ` ${text}` : zh ? `（${text}）` : ` (${text})`;
    lines.push(`${status.mark} ${where} → ${row.target}${detail}`);
    for (const warning of row.warnings) lines.push(`    ⚠ [${warning.code}] ${warning.text[lang]}`);
  }
  const failures = report.rows.filter((row) => row.status === 'failed');
  if (failures.length > 0) {
    lines.push('', zh ? `以下 ${failures.length} 行未导入：` : `${failures.length} row(s) were not imported:`);
    for (const row of failures) {
      lines.push(`✘ ${row.source}`);
      for (const error of row.errors) lines.push(`    [${error.code}] ${error.format(lang)}`);
      for (const warning of row.warnings) lines.push(`    ⚠ [${warning.code}] ${warning.text[lang]}`);
    }
  }
  const { created, updated, unchanged, kept, failed } = report.counts;
  lines.push(
    '',
    report.dryRun
      ? zh
        ? `试运行完成（未写入任何文件）：将新建 ${created} 张，将更新 ${updated} 张，无变化 ${unchanged} 张，保留手工修改 ${kept} 张，失败 ${failed} 行；目标文件夹 ${report.outDir}/`
        : `Dry run (nothing written): would create ${created}, would update ${updated}, ${unchanged} unchanged, ${kept} kept (changed by hand), ${failed} failed; folder ${report.outDir}/`
      : zh
        ? `导入完成：新建 ${created} 张，更新 ${updated} 张，无变化 ${unchanged} 张，保留手工修改 ${kept} 张，失败 ${failed} 行；输出到 ${report.outDir}/`
        : `Imported: ${created} created, ${updated} updated, ${unchanged} unchanged, ${kept} kept (changed by hand), ${failed} failed; folder ${report.outDir}/`,
  );
  return lines.join('\n');
}

export function formatExportReport(report: ExportReport, lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (report.exported.length > 0) {
    lines.push(zh ? `✔ 已导出 ${report.exported.length} 张卡片到 ${report.file}` : `✔ Exported ${report.exported.length} card(s) to ${report.file}`);
  }
  for (const warning of report.warnings) lines.push(`⚠ ${warning.file}: ${warning.text[lang]}`);
  if (report.failed.length > 0) {
    lines.push('', zh ? `以下 ${report.failed.length} 张卡片有错误，未导出：` : `${report.failed.length} card(s) have errors and were not exported:`);
    for (const card of report.failed) {
      lines.push(`✘ ${card.file}`);
      for (const error of card.errors) lines.push(`    [${error.code}] ${error.format(lang)}`);
    }
  }
  if (report.exported.length === 0) lines.push(zh ? `没有可导出的卡片，未写入 ${report.file}` : `No valid cards to export; ${report.file} was not written`);
  return lines.join('\n');
}
