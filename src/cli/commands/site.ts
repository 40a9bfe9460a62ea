/** `policy-card site`: the static detail site the QR codes lead to, from the same specs and settings as build. */
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig, officeName } from '../../config/load-config.js';
import { CardError } from '../../errors.js';
import { batchErrorJson, batchWideTemplateError, EXIT_CARD_FAILED, EXIT_OK, EXIT_USAGE, langOf, print, printError } from '../command-helpers.js';
import { withCardOptions } from '../card-options.js';
import { formatSiteReport, siteReportJson } from '../format-site-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

export function registerSiteCommand(program: Command): void {
  withCardOptions(
    program
      .command('site')
      .description('生成二维码指向的政策详情站点 / build the static detail site the QR codes lead to')
      .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)'),
    { template: false },
  )
    .option('-o, --out <dir>', '输出文件夹 output folder (default: output/site/)')
    .option('--title <text>', '站点标题，默认为配置中的单位名称 office 或“政策明白卡” site title (default: the config\'s office)')
    .option('--force', '覆盖输出文件夹里不是 policy-card 生成的同名文件 replace files in the folder that policy-card did not make')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BatchFlags & { json?: boolean; title?: string; force?: boolean }, command: Command) => {
      const lang = langOf(command);
      const settings = await resolveSettings(paths, flags);
      if (!settings.site) {
        throw new CardError('E_USAGE', {
          zh: 'site 需要站点的公开网址：请加 --base-url https://…（或在配置文件中设置 site.baseUrl），与 build 使用同一个网址',
          en: 'site needs the public URL of the site: pass --base-url https://… (or set site.baseUrl in the config), the same as for build',
        });
      }
      const { out: _buildOut, formats: _formats, template: _template, ...cardSettings } = settings;
      const title = flags.title?.trim() || officeName((await loadConfig(process.cwd(), flags.config)).config);
      const { writeSite } = await import('../../site/write-site.js');
      const report = await writeSite({ ...cardSettings, site: settings.site, title, out: flags.out ?? path.join(settings.out, 'site'), force: flags.force === true });
      const batchError = batchWideTemplateError(report);
      if (flags.json) print(JSON.stringify({ ...siteReportJson(report, lang), ...batchErrorJson(batchError, lang) }, null, 2));
      else if (batchError) printError(`[${batchError.code}] ${batchError.text[lang]}`);
      else print(formatSiteReport(report, lang));
      process.exitCode = batchError ? EXIT_USAGE : report.failed > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
