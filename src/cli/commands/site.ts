/** `policy-card site`: the static detail site the QR codes lead to, from the same specs and settings as build. */
import path from 'node:path';
import type { Command } from 'commander';
import { CardError } from '../../errors.js';
import { writeSite } from '../../site/write-site.js';
import { batchWideTemplateError, EXIT_CARD_FAILED, EXIT_OK, EXIT_USAGE, langOf, print, printError } from '../command-helpers.js';
import { formatSiteReport, siteReportJson } from '../format-site-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

export function registerSiteCommand(program: Command): void {
  program
    .command('site')
    .description('生成二维码指向的政策详情站点 / build the static detail site the QR codes lead to')
    .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)')
    .option('-o, --out <dir>', '输出文件夹 output folder (default: output/site/)')
    .option('--base-url <url>', '站点公开网址 public base URL, e.g. https://example.gov.cn/policies (or config site.baseUrl)')
    .option('--qr-target <target>', '卡片二维码指向 spec（卡片中的网址）或 site（详情页）')
    .option('--qr-utm <query>', '详情页网址追加的查询串 query added to detail-page URLs in QR codes, e.g. src=card')
    .option('--theme <name>', '页面和卡片主题 theme of pages and cards: default, red, green, elder')
    .option('--locale <locale>', '卡片标签语言 card label locale: zh-CN, zh-TW, en')
    .option('--brand-color <hex>', '品牌色 brand colour, e.g. #0b5ed7')
    .option('--templates <dir>', '自定义模板文件夹 folder of custom templates')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BatchFlags & { json?: boolean }, command: Command) => {
      const lang = langOf(command);
      const settings = await resolveSettings(paths, flags);
      if (!settings.site) {
        throw new CardError('E_USAGE', {
          zh: 'site 需要站点的公开网址：请加 --base-url https://…（或在配置文件中设置 site.baseUrl），与 build 使用同一个网址',
          en: 'site needs the public URL of the site: pass --base-url https://… (or set site.baseUrl in the config), the same as for build',
        });
      }
      const { out: _buildOut, formats: _formats, template: _template, ...cardSettings } = settings;
      const report = await writeSite({ ...cardSettings, site: settings.site, out: flags.out ?? path.join(settings.out, 'site') });
      const batchError = batchWideTemplateError(report);
      if (flags.json) print(JSON.stringify(siteReportJson(report, lang), null, 2));
      else if (batchError) printError(`[${batchError.code}] ${batchError.text[lang]}`);
      else print(formatSiteReport(report, lang));
      process.exitCode = batchError ? EXIT_USAGE : report.failed > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
