/** `policy-card draft`: policy documents (.docx .pdf .html .txt, or folders of them) → draft card specs with a review report. */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import { resolveLimits } from '../../limits.js';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { llmSettings } from '../llm-settings.js';

interface DraftFlags {
  out?: string;
  url?: string;
  id?: string;
  json?: boolean;
  format?: string;
  force?: boolean;
  config?: string;
  llm?: string | true;
}

export function registerDraftCommand(program: Command): void {
  program
    .command('draft')
    .description('从政策文件起草卡片 / draft card specs from policy documents')
    .argument('<paths...>', '政策文件 .docx .pdf .html .txt 或文件夹 documents or folders')
    .option('-o, --out <path>', '卡片文件夹，或 --format xlsx 时的表格文件 folder for the specs, or the .xlsx file (default: cards/ or drafts.xlsx)')
    .option('--url <url>', '二维码网址 where the QR code leads (default: a 待补充 placeholder)')
    .option('--id <id>', '卡片编号（只起草一个文件时）card id, for one document (default: from the title)')
    .option('--format <format>', '输出格式 json（每份一个卡片文件）或 xlsx（导入表格）output format', 'json')
    .option('--force', '覆盖已有文件 replace existing files')
    .option('--llm [url]', '用模型服务作第二读者（OpenAI 兼容，默认取配置 draft.llm.url）a language model as second reader (default: draft.llm.url)')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: DraftFlags, command: Command) => {
      const lang = langOf(command);
      // A wrong --id is a usage error, said before the config or any document is read.
      if (flags.id !== undefined) (await import('../../draft/draft-id.js')).assertDraftId(flags.id);
      const { config } = await loadConfig(process.cwd(), flags.config);
      const { writeDrafts } = await import('../../draft/write-drafts.js');
      const { draftReportJson, formatDraftReport } = await import('../format-draft-report.js');
      const report = await writeDrafts(paths, {
        out: flags.out,
        format: flags.format as 'json' | 'xlsx',
        url: flags.url,
        id: flags.id,
        force: flags.force === true,
        limits: resolveLimits(config.limits),
        defaults: config.draft?.defaults,
        llm: flags.llm === undefined ? undefined : await llmSettings(flags.llm, config.draft?.llm),
      });
      print(flags.json ? JSON.stringify(draftReportJson(report, lang), null, 2) : formatDraftReport(report, lang));
      process.exitCode = report.documents.every((document) => document.status === 'written') ? EXIT_OK : EXIT_CARD_FAILED;
    });
}
