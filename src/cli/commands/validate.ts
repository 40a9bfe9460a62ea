/** `policy-card validate`: all checks of build, without rendering. */
import type { Command } from 'commander';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { withCardOptions } from '../card-options.js';
import { formatValidateReport } from '../format-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

export function registerValidateCommand(program: Command): void {
  withCardOptions(
    program
      .command('validate')
      .description('只检查不生成 / check cards without rendering')
      .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)'),
  )
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BatchFlags & { json?: boolean }, command: Command) => {
      const lang = langOf(command);
      const { validateCards } = await import('../../batch/validate-cards.js');
      const report = await validateCards(await resolveSettings(paths, flags));
      if (flags.json) {
        print(
          JSON.stringify(
            {
              ok: report.invalid === 0,
              valid: report.valid,
              invalid: report.invalid,
              cards: report.cards.map((card) => ({
                id: card.id ?? null,
                file: card.file,
                valid: card.valid,
                errors: card.errors.map((error) => error.toJSON(lang)),
                warnings: card.warnings.map((warning) => ({ code: warning.code, message: warning.text[lang] })),
              })),
            },
            null,
            2,
          ),
        );
      } else print(formatValidateReport(report, lang));
      process.exitCode = report.invalid > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
