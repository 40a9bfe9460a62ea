#!/usr/bin/env node
/**
 * The `policy-card` command: a thin layer that maps flags to library calls, prints reports and
 * sets the exit code. This is the only place that catches errors and exits; each command lives
 * in `commands/`.
 *   exit 0  every card rendered / valid
 *   exit 1  at least one card failed, or no card was found in the paths given
 *   exit 2  usage error (unknown flag, missing path, unknown template…)
 * With `--json`, a command that takes it prints a fatal error as one JSON object on stdout
 * (fatalErrorJson) instead of text on stderr, with the same exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { CardError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { PACKAGE_VERSION } from '../package-version.js';
import { EXIT_CARD_FAILED, EXIT_OK, EXIT_USAGE, fatalErrorJson, print, printError } from './command-helpers.js';
import { usageErrorFromCommander } from './commander-usage-error.js';
import { registerBuildCommand } from './commands/build.js';
import { registerDraftCommand } from './commands/draft.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerInitCommand } from './commands/init.js';
import { registerPrintCommand } from './commands/print.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSheetTemplateCommand } from './commands/sheet-template.js';
import { registerSiteCommand } from './commands/site.js';
import { registerTemplatesCommand } from './commands/templates.js';
import { registerValidateCommand } from './commands/validate.js';

export function createProgram(): Command {
  const program = new Command('policy-card')
    .description('政策明白卡生成器 —— 把政策要点 JSON 变成带二维码的图文卡片 / policy clarity cards from JSON specs')
    .addOption(new Option('--lang <lang>', '提示语言 message language').choices(['zh', 'en']))
    .version(PACKAGE_VERSION, '-v, --version', '显示版本号 print the version')
    .exitOverride();
  registerInitCommand(program);
  registerBuildCommand(program);
  registerValidateCommand(program);
  registerTemplatesCommand(program);
  registerPrintCommand(program);
  registerServeCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerSheetTemplateCommand(program);
  registerSiteCommand(program);
  registerDraftCommand(program);
  return program;
}

/** The subcommand named in argv (after the global --lang), if any. */
function commandIn(program: Command, argv: readonly string[]): Command | undefined {
  const args = argv.slice(2);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--lang') index++;
    else if (!arg.startsWith('-')) return program.commands.find((command) => command.name() === arg);
  }
  return undefined;
}

/** The run's --lang, written `--lang en` or `--lang=en` (commander takes both), for the errors printed here. */
function langFlag(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') return argv[index + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** Whether the run asked for --json on a command that takes it (not after `--`). */
function jsonRequested(command: Command | undefined, argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  return command !== undefined && command.options.some((option) => option.long === '--json') && flags.includes('--json');
}

/** Set (to anything) to print an internal error's stack on stderr under `--json` too. */
const DEBUG_ENV = 'POLICY_CARD_DEBUG';

/** Parse `argv` and run the command; `program` is createProgram() unless a test adds a command of its own. */
export async function runMain(argv: string[] = process.argv, program: Command = createProgram()): Promise<void> {
  const command = commandIn(program, argv);
  const json = jsonRequested(command, argv);
  // commander words its errors in English only: they are printed below, re-worded (and as JSON with --json).
  for (const target of [program, ...program.commands]) target.configureOutput({ outputError: () => {} });
  const lang = resolveLang(langFlag(argv));
  const fail = (error: CardError, exitCode: number): void => {
    if (json) print(JSON.stringify(fatalErrorJson(error, lang), null, 2));
    else printError(`[${error.code}] ${error.format(lang)}`);
    process.exitCode = exitCode;
  };
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander already printed them.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        process.exitCode = EXIT_OK;
        return;
      }
      fail(usageErrorFromCommander(error, command?.name()), EXIT_USAGE);
      // The usage of the command follows the message, as a reminder of its flags.
      if (!json) (command ?? program).outputHelp({ error: true });
      return;
    }
    if (error instanceof CardError) {
      // No card to process is a failed run (1), like a failed card, not a mistyped flag (2).
      fail(error, error.code === 'E_NO_CARDS' ? EXIT_CARD_FAILED : EXIT_USAGE);
      return;
    }
    const detail = (error as Error)?.message ?? String(error);
    const stack = (error as Error)?.stack ?? String(error);
    if (json) {
      // stdout carries the one JSON object and stderr stays empty, as for any other error; the stack
      // is there for whoever asks for it, to attach to a bug report.
      const message = {
        zh: `内部错误：${detail}。这是 policy-card 的缺陷，请报告给维护者；设置环境变量 ${DEBUG_ENV}=1 再运行，标准错误中会打印调用栈`,
        en: `internal error: ${detail}. This is a bug in policy-card; please report it. Run again with the environment variable ${DEBUG_ENV}=1 to get the stack trace on stderr`,
      };
      print(JSON.stringify({ ok: false, error: { code: 'E_INTERNAL', message: message[lang] } }, null, 2));
      if (process.env[DEBUG_ENV]) printError(stack);
    } else printError(`${lang === 'zh' ? '内部错误' : 'internal error'}: ${stack}`);
    process.exitCode = 70;
  }
}
