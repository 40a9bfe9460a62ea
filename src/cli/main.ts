#!/usr/bin/env node
/**
 * The `policy-card` command: a thin layer that maps flags to library calls, prints reports and
 * sets the exit code. This is the only place that prints or exits.
 *   exit 0  every card rendered / valid
 *   exit 1  at least one card failed
 *   exit 2  usage error (unknown flag, missing path, unknown template…)
 */
import { Command, CommanderError, Option } from 'commander';
import { buildCards, buildReportJson } from '../batch/build-cards.js';
import { validateCards } from '../batch/validate-cards.js';
import { CardError } from '../errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { listTemplates } from '../template/load-template.js';
import { formatBuildReport, formatTemplateList, formatValidateReport } from './format-report.js';
import { resolveSettings, type BatchFlags } from './resolve-settings.js';

const EXIT_OK = 0;
const EXIT_CARD_FAILED = 1;
const EXIT_USAGE = 2;

interface CommonFlags {
  lang?: string;
  json?: boolean;
}

function langOf(command: Command): Lang {
  return resolveLang((command.optsWithGlobals() as CommonFlags).lang);
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Template or theme problems are the caller's mistake for the whole batch: a usage error. */
function isBatchWideTemplateError(report: { cards: Array<{ errors: CardError[] }> }): CardError | undefined {
  const all = report.cards.flatMap((card) => card.errors);
  if (report.cards.length === 0 || all.length === 0) return undefined;
  const first = all[0]!;
  return first.code === 'E_TEMPLATE' && report.cards.every((card) => card.errors.some((error) => error.code === 'E_TEMPLATE' && error.text.zh === first.text.zh))
    ? first
    : undefined;
}

export function createProgram(): Command {
  const program = new Command('policy-card')
    .description('政策明白卡生成器 —— 把政策要点 JSON 变成带二维码的图文卡片 / policy clarity cards from JSON specs')
    .addOption(new Option('--lang <lang>', '提示语言 message language').choices(['zh', 'en']))
    .showHelpAfterError()
    .exitOverride();

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
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: BatchFlags & { json?: boolean }, command: Command) => {
      const lang = langOf(command);
      const settings = await resolveSettings(paths, flags);
      const report = await buildCards(settings);
      const batchError = isBatchWideTemplateError(report);
      if (flags.json) print(JSON.stringify(buildReportJson(report, lang), null, 2));
      else if (batchError) process.stderr.write(`[${batchError.code}] ${batchError.text[lang]}\n`);
      else print(formatBuildReport(report, lang));
      process.exitCode = batchError ? EXIT_USAGE : report.failed > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });

  program
    .command('validate')
    .description('只检查不生成 / check cards without rendering')
    .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)')
    .option('-t, --template <name>', '模板 template')
    .option('--theme <name>', '主题 theme')
    .option('--locale <locale>', '标签语言 label locale: zh-CN, zh-TW, en')
    .option('--templates <dir>', '自定义模板文件夹 folder of custom templates')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
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

  return program;
}

export async function runMain(argv: string[] = process.argv): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const lang = resolveLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander already printed them.
      process.exitCode = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_OK : EXIT_USAGE;
      return;
    }
    if (error instanceof CardError) {
      process.stderr.write(`[${error.code}] ${error.format(lang)}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    process.stderr.write(`${lang === 'zh' ? '内部错误' : 'internal error'}: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}
