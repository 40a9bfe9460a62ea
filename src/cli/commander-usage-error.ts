/**
 * commander's parse errors (unknown flag, missing argument…) as E_USAGE in both languages.
 * commander words them in English only, and `--json` must print them as structured errors like
 * every other fatal error, so the few kinds it reports are re-worded here from the names its
 * message quotes.
 */
import type { CommanderError } from 'commander';
import { CardError } from '../errors.js';

/** The quoted names in commander's message, e.g. `'--bogus'` → `--bogus`. */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
}

/** `--out` from commander's `-o, --out <file>`. */
function longFlag(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags;
}

/** `policy-card build --help` for a subcommand, `policy-card --help` for the program. */
function helpHint(command: string | undefined): string {
  return command ? `policy-card ${command} --help` : 'policy-card --help';
}

export function usageErrorFromCommander(error: CommanderError, command: string | undefined): CardError {
  const names = quoted(error.message);
  const first = names[0] ?? '';
  const help = helpHint(command);
  const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
  const maybe = { zh: suggestion ? `（是不是 ${suggestion}？）` : '', en: suggestion ? ` (did you mean ${suggestion}?)` : '' };
  switch (error.code) {
    case 'commander.unknownOption':
      return new CardError('E_USAGE', { zh: `未知选项 ${first}${maybe.zh}；用法见 ${help}`, en: `unknown option ${first}${maybe.en}; see ${help}` });
    case 'commander.unknownCommand':
      return new CardError('E_USAGE', { zh: `未知命令 ${first}${maybe.zh}；可用命令见 policy-card --help`, en: `unknown command ${first}${maybe.en}; see policy-card --help for the commands` });
    case 'commander.missingArgument':
      return new CardError('E_USAGE', { zh: `缺少参数 <${first}>；用法见 ${help}`, en: `missing argument <${first}>; see ${help}` });
    case 'commander.optionMissingArgument':
      return new CardError('E_USAGE', { zh: `选项 ${longFlag(first)} 缺少取值；用法见 ${help}`, en: `option ${longFlag(first)} needs a value; see ${help}` });
    case 'commander.missingMandatoryOptionValue':
      return new CardError('E_USAGE', { zh: `缺少必需的选项 ${longFlag(first)}；用法见 ${help}`, en: `the option ${longFlag(first)} is required; see ${help}` });
    case 'commander.excessArguments': {
      const [, expected, received] = /Expected (\d+) argument.* got (\d+)/.exec(error.message) ?? [];
      return new CardError('E_USAGE', {
        zh: `参数太多：应为 ${expected ?? '?'} 个，收到 ${received ?? '?'} 个；用法见 ${help}`,
        en: `too many arguments: ${expected ?? '?'} expected, ${received ?? '?'} received; see ${help}`,
      });
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(error.message)?.[1]?.split(', ');
      // `option '--lang <lang>' argument 'xx'` or `value 'xx' … for argument 'name'`.
      const ofOption = error.message.startsWith('error: option');
      const flags = ofOption ? longFlag(names[0] ?? '') : `<${names[1] ?? ''}>`;
      const value = (ofOption ? names[1] : names[0]) ?? '';
      return new CardError(
        'E_USAGE',
        choices
          ? { zh: `${flags} 只能是 ${choices.join('、')}，收到 ${value}`, en: `${flags} must be ${choices.join(' or ')}, received ${value}` }
          : { zh: `${flags} 的值 ${value} 无效；用法见 ${help}`, en: `${flags}: the value ${value} is not valid; see ${help}` },
      );
    }
    default:
      return new CardError('E_USAGE', { zh: `命令用法有误；用法见 ${help}`, en: `the command is not used as expected; see ${help}` });
  }
}
