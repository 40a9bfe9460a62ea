/** `policy-card export`: card specs → one spreadsheet (.xlsx / .csv), the reverse of import. */
import type { Command } from 'commander';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { formatExportReport } from '../format-sheet-reports.js';
import { resolveSettings } from '../resolve-settings.js';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('把卡片导出为 Excel / CSV 表格 / export cards to a spreadsheet')
    .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)')
    .requiredOption('-o, --out <file>', '输出表格 .xlsx 或 .csv output spreadsheet')
    .option('--force', '覆盖已有文件 replace an existing file')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: { out: string; force?: boolean; json?: boolean }, command: Command) => {
      const lang = langOf(command);
      // The config's limits decide which cards are valid, as they do for build.
      const { limits } = await resolveSettings([], {});
      const { exportCards } = await import('../../import/export-cards.js');
      const report = await exportCards({ paths, out: flags.out, force: flags.force === true, limits });
      if (flags.json) {
        print(
          JSON.stringify(
            {
              ok: report.failed.length === 0 && report.exported.length > 0,
              file: report.file,
              format: report.format,
              exported: report.exported,
              warnings: report.warnings.map((warning) => ({ id: warning.id, file: warning.file, message: warning.text[lang] })),
              failed: report.failed.map((card) => ({ id: card.id ?? null, file: card.file, errors: card.errors.map((error) => error.toJSON(lang)) })),
            },
            null,
            2,
          ),
        );
      } else print(formatExportReport(report, lang));
      process.exitCode = report.failed.length > 0 || report.exported.length === 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
