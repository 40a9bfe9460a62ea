/**
 * Human-readable reports for the terminal. Pure functions returning strings; `main.ts` prints.
 */
import path from 'node:path';
import type { BuildReport } from '../batch/build-cards.js';
import type { ValidateReport } from '../batch/validate-cards.js';
import type { PrintReport } from '../print/write-print-pdf.js';
import type { Lang } from '../i18n/lang.js';
import type { TemplateListing } from '../template/load-template.js';

export function formatBuildReport(report: BuildReport, lang: Lang, cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const card of report.cards) {
    if (card.status === 'rendered') {
      lines.push(`✔ ${card.outputs.join(', ')}  ${card.width}×${card.height}`);
      for (const warning of card.warnings) lines.push(`    ⚠ [${warning.code}] ${warning.text[lang]}`);
    }
  }
  const failures = report.cards.filter((card) => card.status === 'failed');
  if (failures.length > 0) {
    lines.push('', lang === 'zh' ? `以下 ${failures.length} 张卡片未生成：` : `${failures.length} card(s) were not rendered:`);
    for (const card of failures) {
      lines.push(`✘ ${card.file}`);
      for (const error of card.errors) lines.push(`    [${error.code}] ${error.format(lang)}`);
    }
  }
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const unchanged = report.cards.filter((card) => card.status === 'unchanged').length;
  if (report.pruned.length > 0) {
    lines.push('', lang === 'zh' ? `已删除 ${report.pruned.length} 个过期文件（对应的卡片已不存在）：` : `Deleted ${report.pruned.length} outputs of cards that no longer exist:`);
    for (const file of report.pruned) lines.push(`  - ${file}`);
  }
  for (const error of report.batchErrors) lines.push('', `✘ [${error.code}] ${error.text[lang]}`);
  if (report.interrupted) lines.push('', lang === 'zh' ? '已中断：已完成的文件和增量记录都已保存，再次运行会从中断处继续。' : 'Interrupted: finished files and the build record are saved; run again to continue.');
  const relative = path.relative(cwd, report.outDir);
  const out = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? report.outDir : relative;
  lines.push(
    '',
    lang === 'zh'
      ? `完成：成功 ${report.rendered} 张，未变化 ${unchanged} 张，失败 ${report.failed} 张，输出到 ${out}/（用时 ${seconds} 秒）`
      : `Done: ${report.rendered} rendered, ${unchanged} unchanged, ${report.failed} failed, written to ${out}/ (${seconds} s)`,
  );
  return lines.join('\n');
}

export function formatValidateReport(report: ValidateReport, lang: Lang): string {
  const lines: string[] = [];
  for (const card of report.cards) {
    if (card.valid) {
      lines.push(`✔ ${card.file}`);
      for (const warning of card.warnings) lines.push(`    ⚠ [${warning.code}] ${warning.text[lang]}`);
    } else {
      lines.push(`✘ ${card.file}`);
      for (const error of card.errors) lines.push(`    [${error.code}] ${error.format(lang)}`);
    }
  }
  lines.push(
    '',
    lang === 'zh' ? `检查完成：${report.valid} 张通过，${report.invalid} 张有问题` : `Checked: ${report.valid} valid, ${report.invalid} with problems`,
  );
  return lines.join('\n');
}

export function formatTemplateList(templates: TemplateListing[], lang: Lang): string {
  return templates
    .map(({ name, manifest, error }) => {
      if (!manifest) return `${name.padEnd(10)} ✘ [${error.code}] ${error.text[lang]}`;
      const size = manifest.height === null
        ? lang === 'zh' ? `${manifest.width} 像素宽，高度随内容（≤${manifest.maxHeight}）` : `${manifest.width} px wide, height follows content (≤${manifest.maxHeight})`
        : manifest.physical
          ? `${manifest.width}×${manifest.height} (${manifest.physical.widthMm}×${manifest.physical.heightMm} mm @ ${manifest.physical.dpi} dpi)`
          : `${manifest.width}×${manifest.height}`;
      return `${name.padEnd(10)} ${size}\n           ${manifest.description[lang]}`;
    })
    .join('\n');
}

export function formatPrintReport(report: PrintReport, lang: Lang): string {
  const lines: string[] = [];
  for (const card of report.cards) {
    if (card.status === 'failed') {
      lines.push(`✘ ${card.file}`);
      for (const error of card.errors) lines.push(`    [${error.code}] ${error.format(lang)}`);
    } else {
      lines.push(`✔ ${card.file} → ${card.outputs.join(', ')}`);
      for (const warning of card.warnings) lines.push(`    ⚠ [${warning.code}] ${warning.text[lang]}`);
    }
  }
  for (const note of report.notes) lines.push(`⚠ [${note.code}] ${note.text[lang]}`);
  lines.push(
    '',
    lang === 'zh'
      ? `完成：${report.files.join('、') || '（未生成文件）'}，共 ${report.pages} 页，失败 ${report.failed} 张`
      : `Done: ${report.files.join(', ') || '(no file written)'}, ${report.pages} page(s), ${report.failed} failed`,
  );
  return lines.join('\n');
}
