/**
 * commander's parse errors, made by a real commander program, re-worded as E_USAGE in Chinese and
 * English, with none of commander's English left in the message.
 */
import { Argument, Command, CommanderError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { usageErrorFromCommander } from '../../src/cli/commander-usage-error.js';

/** The CommanderError a parse of `args` by a small program like policy-card's gives. */
function parseError(args: string[]): CommanderError {
  const program = new Command('policy-card').exitOverride().configureOutput({ writeErr: () => {}, outputError: () => {} });
  program.addOption(new Option('--lang <lang>').choices(['zh', 'en']));
  program
    .command('build')
    .argument('[paths...]')
    .option('-o, --out <dir>')
    .option('--json')
    .action(() => {});
  program.command('export').requiredOption('-o, --out <file>').action(() => {});
  program.command('import').argument('<file>').action(() => {});
  program.command('one').argument('<file>').action(() => {});
  program.command('pick').addArgument(new Argument('<kind>').choices(['json', 'xlsx'])).action(() => {});
  program
    .command('both')
    .addOption(new Option('--a').conflicts('b'))
    .option('--b')
    .action(() => {});
  try {
    program.parse(['node', 'policy-card', ...args]);
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error(`commander accepted ${args.join(' ')}`);
}

describe('usageErrorFromCommander', () => {
  it.each([
    [['build', '--bogus'], 'build', '未知选项 --bogus；用法见 policy-card build --help', 'unknown option --bogus; see policy-card build --help'],
    [['build', '--jsn'], 'build', '未知选项 --jsn（是不是 --json？）；用法见 policy-card build --help', 'unknown option --jsn (did you mean --json?); see policy-card build --help'],
    [['biuld'], undefined, '未知命令 biuld（是不是 build？）；可用命令见 policy-card --help', 'unknown command biuld (did you mean build?); see policy-card --help for the commands'],
    [['import'], 'import', '缺少参数 <file>；用法见 policy-card import --help', 'missing argument <file>; see policy-card import --help'],
    [['build', '--out'], 'build', '选项 --out 缺少取值；用法见 policy-card build --help', 'option --out needs a value; see policy-card build --help'],
    [['export'], 'export', '缺少必需的选项 --out；用法见 policy-card export --help', 'the option --out is required; see policy-card export --help'],
    [['one', 'a.xlsx', 'b.xlsx'], 'one', '参数太多：应为 1 个，收到 2 个；用法见 policy-card one --help', 'too many arguments: 1 expected, 2 received; see policy-card one --help'],
    [['--lang', 'fr', 'build'], undefined, '--lang 只能是 zh、en，收到 fr', '--lang must be zh or en, received fr'],
    [['pick', 'csv'], 'pick', '<kind> 只能是 json、xlsx，收到 csv', '<kind> must be json or xlsx, received csv'],
    [['both', '--a', '--b'], 'both', '命令用法有误；用法见 policy-card both --help', 'the command is not used as expected; see policy-card both --help'],
  ])('%j', (args, command, zh, en) => {
    const error = usageErrorFromCommander(parseError(args), command);
    expect([error.code, error.text.zh, error.text.en]).toEqual(['E_USAGE', zh, en]);
  });
});
