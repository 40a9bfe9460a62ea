/** `policy-card validate`: all checks of build, without rendering. */
import type { Command } from 'commander';
import { validateCards } from '../../batch/validate-cards.js';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { formatValidateReport } from '../format-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('只检查不生成 / check cards without rendering')
    .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)')
    .option('-t, --template <name>', '模板 template')
    .option('--theme <name>', '主题 theme')
    .option('--locale <locale>', '标签语言 label locale: zh-CN, zh-TW, en')
    .option('--templates <dir>', '自定义模板文件夹 folder of custom templates')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--base-url <url>', '详情站点网址 base URL of the detail site (see `policy-card site`)')
    .option('--qr-target <target>', '二维码指向 spec（卡片中的网址）或 site（详情页）')
    .option('--qr-utm <query>', '详情页网址追加的查询串 query added to detail-page URLs, e.g. src=card')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BatchFlags & { json?: boolean }, command: Command) => {
      const lang = langOf(command);
      const report = await validateCards(await resolveSettings(paths, flags));
      if (flags.json) {
        print(
          JSON.stringify(
            {
              ok: report.invalid === 0,
              valid: report.valid,
              invalid: report.invalid,
              cards: report.cards.map((card) => ({ id: card.id ?? null, file: card.file, valid: card.valid, errors: card.errors.map((error) => error.toJSON(lang)) })),
            },
            null,
            2,
          ),
        );
      } else print(formatValidateReport(report, lang));
      process.exitCode = report.invalid > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
