/** `policy-card build`: render every card of a batch to files. */
import type { Command } from 'commander';
import { buildCards, buildReportJson } from '../../batch/build-cards.js';
import { batchErrorJson, batchWideTemplateError, EXIT_CARD_FAILED, EXIT_OK, EXIT_USAGE, langOf, print, printError } from '../command-helpers.js';
import { withCardOptions } from '../card-options.js';
import { formatBuildReport } from '../format-report.js';
import { assertDefaultCardsExist } from '../missing-catalogue.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';
import { createProgress } from '../build-progress.js';
import { CardError } from '../../errors.js';

interface BuildFlags extends BatchFlags {
  json?: boolean;
  force?: boolean;
  verify?: boolean;
  prune?: boolean;
  concurrency?: string;
  timeout?: string;
}

/** 128 + SIGINT, as shells expect from a program stopped with Ctrl-C. */
const EXIT_INTERRUPTED = 130;

function positiveInteger(value: string, flag: string, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new CardError('E_USAGE', { zh: `${flag} 应为 1–${max} 的整数，收到 ${value}`, en: `${flag} must be an integer from 1 to ${max}, received ${value}` });
  }
  return number;
}

export function registerBuildCommand(program: Command): void {
  withCardOptions(
    program
      .command('build')
      .description('批量生成卡片 PNG / render cards')
      .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)'),
  )
    .option('-o, --out <dir>', '输出文件夹 output folder (default: output/)')
    .option('-f, --format <list>', '输出格式 formats: png,svg,pdf (default: png)')
    .option('--dpi <n>', '打印模板的分辨率 resolution of print templates (default: 300)')
    .option('--verify', '逐张读回二维码，读不出或不符即判失败 decode every QR code back from the PNG')
    .option('--force', '忽略增量记录，全部重新生成 re-render every card')
    .option('--prune', '删除已删除卡片的输出 delete outputs of deleted cards (default: on when building the default cards into the default folder)')
    .option('--no-prune', '不删除 keep outputs of deleted cards')
    .option('-j, --concurrency <n>', '并行进程数 worker processes (default: one per core)')
    .option('--timeout <seconds>', '单张卡片的时限 time limit per card (default: 60)')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BuildFlags, command: Command) => {
      const lang = langOf(command);
      const settings = await resolveSettings(paths, flags);
      await assertDefaultCardsExist('build', paths, settings.paths);
      const concurrency = flags.concurrency === undefined ? undefined : positiveInteger(flags.concurrency, '--concurrency', 64);
      const timeout = flags.timeout === undefined ? undefined : positiveInteger(flags.timeout, '--timeout', 3600);
      // Pruning deletes files, so by default only when the whole default catalogue goes to the default folder.
      const prune = flags.prune ?? (paths.length === 0 && flags.out === undefined);
      const progress = flags.json ? undefined : createProgress(lang);
      const controller = new AbortController();
      const onSigint = (): void => {
        if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      let report;
      try {
        report = await buildCards({
          ...settings,
          force: flags.force === true,
          verifyQr: flags.verify === true,
          prune,
          signal: controller.signal,
          ...(concurrency ? { concurrency } : {}),
          ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
          onCard: (_card, counts) => progress?.update(counts),
        });
      } finally {
        progress?.stop();
        process.off('SIGINT', onSigint);
      }
      const batchError = batchWideTemplateError(report);
      if (flags.json) print(JSON.stringify({ ...buildReportJson(report, lang), ...batchErrorJson(batchError, lang) }, null, 2));
      else if (batchError) printError(`[${batchError.code}] ${batchError.text[lang]}`);
      else print(formatBuildReport(report, lang));
      process.exitCode = report.interrupted ? EXIT_INTERRUPTED : batchError ? EXIT_USAGE : report.failed > 0 || report.batchErrors.length > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
