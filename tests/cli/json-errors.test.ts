/**
 * Fatal errors under `--json`, through the built CLI: every command that takes --json prints one
 * `{ ok: false, error: { code, file?, path?, message } }` object on stdout (nothing on stderr)
 * and exits with the code it has without --json, where the same error is text on stderr.
 * commander's parse errors are re-worded in Chinese and English in both modes.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalSpec, ROOT } from '../helpers/cards.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sheets.js';

const NO_CARDS_ZH =
  '没有找到任何卡片：在 "cards" 中查找 .json 卡片文件（含子文件夹，跳过以 . 开头的文件和 node_modules），一个也没有。请把卡片 JSON 放进去，或在命令行写出卡片文件、文件夹或表格（.xlsx、.csv）的路径';
const NO_CATALOGUE_ZH =
  '这里还没有卡片库：找不到 cards 文件夹。新建卡片库请运行 policy-card init（会放入示例卡片和使用说明）；卡片在别处时请写明路径，如 policy-card build 我的卡片/';
const BAD_CONFIG_ZH = 'bad.json: 配置文件不是有效的 JSON，第 1 行第 2 列：字段名 bad 两边缺少英文双引号；请写成 "bad"';

interface Case {
  /** The folder the command runs in: `work` has an empty cards/ folder, `bare` has nothing. */
  cwd: 'work' | 'bare';
  args: string[];
  exit: number;
  error: { code: string; file?: string; path?: string; message: string };
  /** commander's own errors: without --json the usage follows the message. */
  usage?: boolean;
}

const CASES: Array<[string, Case]> = [
  ['build without a cards folder', { cwd: 'bare', args: ['build'], exit: 2, error: { code: 'E_PATH_NOT_FOUND', message: NO_CATALOGUE_ZH } }],
  ['build with an unknown flag', { cwd: 'work', args: ['build', '--bogus'], exit: 2, error: { code: 'E_USAGE', message: '未知选项 --bogus；用法见 policy-card build --help' }, usage: true }],
  ['build with a flag missing its value', { cwd: 'work', args: ['build', 'cards', '--out'], exit: 2, error: { code: 'E_USAGE', message: '选项 --out 缺少取值；用法见 policy-card build --help' }, usage: true }],
  ['build with a bad value', { cwd: 'work', args: ['build', '-j', '0'], exit: 2, error: { code: 'E_USAGE', message: '--concurrency 应为 1–64 的整数，收到 0' } }],
  ['validate of an empty folder', { cwd: 'work', args: ['validate'], exit: 1, error: { code: 'E_NO_CARDS', message: NO_CARDS_ZH } }],
  ['validate with an unreadable config', { cwd: 'work', args: ['validate', '--config', 'bad.json'], exit: 2, error: { code: 'E_USAGE', file: 'bad.json', message: BAD_CONFIG_ZH } }],
  ['draft without a document', { cwd: 'work', args: ['draft'], exit: 2, error: { code: 'E_USAGE', message: '缺少参数 <paths>；用法见 policy-card draft --help' }, usage: true }],
  ['draft of a missing file', { cwd: 'work', args: ['draft', '没有.docx'], exit: 2, error: { code: 'E_PATH_NOT_FOUND', message: '找不到文件或文件夹 没有.docx' } }],
  ['draft of a folder without documents', { cwd: 'work', args: ['draft', 'cards'], exit: 2, error: { code: 'E_USAGE', message: '文件夹 cards 中没有可起草的文件（.docx、.pdf、.html、.txt）' } }],
  [
    'draft with a config below a limit',
    {
      cwd: 'work',
      args: ['draft', 'cards', '--config', 'zero.json'],
      exit: 2,
      error: { code: 'E_USAGE', file: 'zero.json', path: '/limits/documentMb', message: 'zero.json: /limits/documentMb (安全限值 documentMb): 不能小于 1，收到数字 0' },
    },
  ],
  ['import of a missing sheet', { cwd: 'work', args: ['import', '没有.xlsx'], exit: 2, error: { code: 'E_IO', file: '没有.xlsx', message: '没有.xlsx: 找不到这个文件；请检查文件名和所在文件夹' } }],
  ['export without --out', { cwd: 'work', args: ['export'], exit: 2, error: { code: 'E_USAGE', message: '缺少必需的选项 --out；用法见 policy-card export --help' }, usage: true }],
  ['export of an empty folder', { cwd: 'work', args: ['export', '--out', 'x.xlsx'], exit: 1, error: { code: 'E_NO_CARDS', message: NO_CARDS_ZH } }],
  ['print on a paper it does not know', { cwd: 'work', args: ['print', '--out', 'x.pdf', '--paper', 'B5'], exit: 2, error: { code: 'E_USAGE', message: '--paper 只能是 A4、A3、A5，收到 B5' } }],
  ['print of an empty folder', { cwd: 'work', args: ['print', '--out', 'x.pdf'], exit: 1, error: { code: 'E_NO_CARDS', message: NO_CARDS_ZH } }],
  [
    'site without a base URL',
    {
      cwd: 'work',
      args: ['site'],
      exit: 2,
      error: { code: 'E_USAGE', message: 'site 需要站点的公开网址：请加 --base-url https://…（或在配置文件中设置 site.baseUrl），与 build 使用同一个网址' },
    },
  ],
  ['templates with a missing config', { cwd: 'work', args: ['templates', '--config', '没有.json'], exit: 2, error: { code: 'E_USAGE', message: '找不到配置文件 没有.json' } }],
  ['a --lang it does not know', { cwd: 'work', args: ['--lang', 'xx', 'validate'], exit: 2, error: { code: 'E_USAGE', message: '--lang 只能是 zh、en，收到 xx' }, usage: true }],
];

describe('fatal errors under --json', () => {
  const folders: Record<Case['cwd'], string> = { work: '', bare: '' };

  beforeAll(async () => {
    folders.work = await tempDir('policy-card-json-errors-');
    folders.bare = await tempDir('policy-card-json-errors-bare-');
    await mkdir(path.join(folders.work, 'cards'));
    await writeFile(path.join(folders.work, 'bad.json'), '{bad: 1}\n');
    await writeFile(path.join(folders.work, 'zero.json'), '{"limits": {"documentMb": 0}}\n');
  });

  it.each(CASES)('%s: one JSON object on stdout, the exit code of the text run', async (_case, { cwd, args, exit, error, usage }) => {
    // --json right after the command name, so that it is never taken as the value of a flag.
    const at = args[0] === '--lang' ? 3 : 1;
    const json = await cli(folders[cwd], ...args.slice(0, at), '--json', ...args.slice(at));
    expect(json.stderr).toBe('');
    expect([json.code, JSON.parse(json.stdout)]).toEqual([exit, { ok: false, error }]);
    const text = await cli(folders[cwd], ...args);
    expect([text.code, text.stdout]).toEqual([exit, '']);
    if (usage) expect(text.stderr).toMatch(new RegExp(`^\\[${error.code}\\] ${error.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nUsage: policy-card `));
    else expect(text.stderr).toBe(`[${error.code}] ${error.message}\n`);
  });

  it.each([
    [['build', '--bogus'], { code: 'E_USAGE', message: 'unknown option --bogus; see policy-card build --help' }],
    [['bild'], undefined],
    [['export'], { code: 'E_USAGE', message: 'the option --out is required; see policy-card export --help' }],
    [['draft'], { code: 'E_USAGE', message: 'missing argument <paths>; see policy-card draft --help' }],
    [['validate'], { code: 'E_NO_CARDS', message: 'no card found: looked for .json card files in "cards" (sub-folders included, names starting with . and node_modules skipped) and found none. Put card JSON files there, or name card files, folders or spreadsheets (.xlsx, .csv) on the command line' }],
  ])('in English with --lang en: %j', async (args, error) => {
    if (error === undefined) {
      // A mistyped command has no --json of its own: its error stays text, worded in English.
      const result = await cli(folders.work, '--lang', 'en', ...args, '--json');
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toMatch(/^\[E_USAGE\] unknown command bild \(did you mean build\?\); see policy-card --help for the commands\nUsage: policy-card /);
      return;
    }
    const result = await cli(folders.work, '--lang', 'en', ...args, '--json');
    expect([result.code, result.stderr, JSON.parse(result.stdout)]).toEqual([error.code === 'E_NO_CARDS' ? 1 : 2, '', { ok: false, error }]);
  });

  it('words the error in English with --lang=en too', async () => {
    const result = await cli(folders.work, '--lang=en', 'build', '--bogus', '--json');
    expect([result.code, result.stderr, JSON.parse(result.stdout)]).toEqual([2, '', { ok: false, error: { code: 'E_USAGE', message: 'unknown option --bogus; see policy-card build --help' } }]);
  });

  it('keeps the report of draft when a document is refused: ok false, the error per document, exit 1', async () => {
    await writeFile(path.join(folders.work, '通知.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const result = await cli(folders.work, 'draft', '通知.doc', '--json');
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      documents: [
        {
          file: '通知.doc',
          status: 'failed',
          errors: [{ code: 'E_DOCUMENT', file: '通知.doc', message: '通知.doc: 不能直接读取 .doc 格式；请用 Word 或 WPS 打开，另存为 .docx 后再生成草稿' }],
        },
      ],
    });
  });

  it('names a template broken for every card as the error of the build report (exit 2)', async () => {
    await mkdir(path.join(folders.work, 'one'));
    await writeFile(path.join(folders.work, 'one', 'a.json'), JSON.stringify(minimalSpec()));
    const args = ['build', 'one', '--templates', path.join(ROOT, 'tests', 'fixtures', 'templates'), '--template', 'raw-output', '--out', 'out'];
    const message = '模板 "raw-output" 的 card.hbs 使用了不转义输出 {{{ }}}；为安全起见不允许';
    const json = await cli(folders.work, ...args, '--json');
    expect([json.code, json.stderr]).toEqual([2, '']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, failed: 1, error: { code: 'E_TEMPLATE', message } });
    const text = await cli(folders.work, ...args);
    expect([text.code, text.stderr]).toEqual([2, `[E_TEMPLATE] ${message}\n`]);
  });

  it('prints help, not an error, for --help with --json', async () => {
    const result = await cli(folders.work, 'build', '--help', '--json');
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^Usage: policy-card build \[options\] \[paths\.\.\.\]/);
  });
});

/**
 * A bug (an error that is no CardError) under --json: the one JSON object on stdout, nothing on
 * stderr unless POLICY_CARD_DEBUG asks for the stack. The built runMain runs in a plain node
 * process with one command added that throws, since no input of the real commands should reach this.
 */
describe('an internal error under --json', () => {
  const main = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'main.js')).href;
  const script = [
    `const { createProgram, runMain } = await import(${JSON.stringify(main)});`,
    'const program = createProgram();',
    "program.command('boom').option('--json').action(() => { throw new Error('boom'); });",
    "await runMain(['node', 'policy-card', ...process.argv.slice(1)], program);",
  ].join('\n');
  const run = async (args: string[], env: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
        env: { ...process.env, LANG: 'zh_CN.UTF-8', POLICY_CARD_DEBUG: '', ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it.each([
    [
      'zh',
      [],
      '内部错误：boom。这是 policy-card 的缺陷，请报告给维护者；设置环境变量 POLICY_CARD_DEBUG=1 再运行，标准错误中会打印调用栈',
    ],
    [
      'en',
      ['--lang', 'en'],
      'internal error: boom. This is a bug in policy-card; please report it. Run again with the environment variable POLICY_CARD_DEBUG=1 to get the stack trace on stderr',
    ],
  ])('prints E_INTERNAL (%s) on stdout, nothing on stderr, exit 70', async (_lang, lang, message) => {
    const result = await run([...lang, 'boom', '--json']);
    expect([result.code, result.stderr, JSON.parse(result.stdout)]).toEqual([70, '', { ok: false, error: { code: 'E_INTERNAL', message } }]);
  });

  it('prints the stack on stderr with POLICY_CARD_DEBUG=1, the JSON object unchanged', async () => {
    const result = await run(['boom', '--json'], { POLICY_CARD_DEBUG: '1' });
    expect([result.code, JSON.parse(result.stdout).error.code]).toEqual([70, 'E_INTERNAL']);
    expect(result.stderr).toMatch(/^Error: boom\n\s+at /);
  });

  it('prints the stack as text without --json', async () => {
    const result = await run(['boom']);
    expect([result.code, result.stdout]).toEqual([70, '']);
    expect(result.stderr).toMatch(/^内部错误: Error: boom\n\s+at /);
  });
});
