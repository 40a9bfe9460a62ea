/** `policy-card templates`: list the templates with sizes and descriptions. */
import type { Command } from 'commander';
import { listTemplates } from '../../template/load-template.js';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { formatTemplateList } from '../format-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

export function registerTemplatesCommand(program: Command): void {
  program
    .command('templates')
    .description('列出可用模板 / list templates')
    .option('--templates <dir>', '自定义模板文件夹 folder of custom templates')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--json', '输出 JSON')
    .action(async (flags: BatchFlags & { json?: boolean }, command: Command) => {
      const lang = langOf(command);
      const templates = await listTemplates((await resolveSettings([], flags)).templatesDir);
      if (flags.json) {
        print(JSON.stringify(templates.map(({ name, manifest, error }) => (manifest ? { name, ...manifest } : { name, error: error.toJSON(lang) })), null, 2));
      } else print(formatTemplateList(templates, lang));
      process.exitCode = templates.some((template) => template.error) ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
