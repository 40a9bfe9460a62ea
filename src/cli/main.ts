#!/usr/bin/env node
/**
 * The `policy-card` command: a thin layer that maps flags to library calls, prints reports and
 * sets the exit code. This is the only place that catches errors and exits; each command lives
 * in `commands/`.
 *   exit 0  every card rendered / valid
 *   exit 1  at least one card failed
 *   exit 2  usage error (unknown flag, missing path, unknown template…)
 */
import { Command, CommanderError, Option } from 'commander';
import { CardError } from '../errors.js';
import { resolveLang } from '../i18n/lang.js';
import { PACKAGE_VERSION } from '../package-version.js';
import { EXIT_OK, EXIT_USAGE, printError } from './command-helpers.js';
import { registerBuildCommand } from './commands/build.js';
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
    .showHelpAfterError()
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
      printError(`[${error.code}] ${error.format(lang)}`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    printError(`${lang === 'zh' ? '内部错误' : 'internal error'}: ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = 70;
  }
}
