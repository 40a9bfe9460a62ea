/** `policy-card build`: render every card of a batch to files. */
import type { Command } from 'commander';
import { buildCards, buildReportJson } from '../../batch/build-cards.js';
import { batchWideTemplateError, EXIT_CARD_FAILED, EXIT_OK, EXIT_USAGE, langOf, print, printError } from '../command-helpers.js';
import { formatBuildReport } from '../format-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('批量生成卡片 PNG / render cards')
    .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)')
    .option('-o, --out <dir>', '输出文件夹 output folder (default: output/)')
    .option('-t, --template <name>', '模板 template (see `policy-card templates`)')
    .option('--theme <name>', '主题 theme: default, red, green, elder')
    .option('--locale <locale>', '标签语言 label locale: zh-CN, zh-TW, en')
    .option('-f, --format <list>', '输出格式 formats: png,svg (default: png)')
    .option('--dpi <n>', '打印模板的分辨率 resolution of print templates (default: 300)')
    .option('--brand-color <hex>', '品牌色 brand colour, e.g. #0b5ed7')
    .option('--templates <dir>', '自定义模板文件夹 folder of custom templates')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--base-url <url>', '详情站点网址 base URL of the detail site (see `policy-card site`)')
    .option('--qr-target <target>', '二维码指向 spec（卡片中的网址）或 site（详情页）')
    .option('--qr-utm <query>', '详情页网址追加的查询串 query added to detail-page URLs, e.g. src=card')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BatchFlags & { json?: boolean }, command: Command) => {
      const lang = langOf(command);
      const settings = await resolveSettings(paths, flags);
      const report = await buildCards(settings);
      const batchError = batchWideTemplateError(report);
      if (flags.json) print(JSON.stringify(buildReportJson(report, lang), null, 2));
      else if (batchError) printError(`[${batchError.code}] ${batchError.text[lang]}`);
      else print(formatBuildReport(report, lang));
      process.exitCode = batchError ? EXIT_USAGE : report.failed > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
