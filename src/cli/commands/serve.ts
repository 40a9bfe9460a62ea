/** `policy-card serve`: the studio (gallery, card view, form editor) and the render API. */
import type { Command } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import { CardError } from '../../errors.js';
import type { StudioSettings } from '../../serve/card-catalogue.js';
import { formatRequestLog } from '../../serve/request-log.js';
import { DEFAULT_PORT } from '../../serve/default-port.js';
import { EXIT_OK, langOf, print, printError } from '../command-helpers.js';
import { withCardOptions } from '../card-options.js';
import { llmSettings } from '../llm-settings.js';
import { assertDefaultCardsExist } from '../missing-catalogue.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

interface ServeFlags extends BatchFlags {
  port: string;
  host: string;
  token?: string;
  readOnly?: boolean;
  concurrency?: string;
  queue?: string;
  timeout?: string;
  quiet?: boolean;
  open?: boolean;
  llm?: string | true;
}

function integerFlag(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new CardError('E_USAGE', { zh: `${flag} 应为 ${min}–${max} 的整数，收到 ${value}`, en: `${flag} must be an integer from ${min} to ${max}, received ${value}` });
  }
  return number;
}

export function registerServeCommand(program: Command): void {
  withCardOptions(
    program
      .command('serve')
      .description('启动工作台（卡片库、预览、表单编辑）和渲染 API / start the studio and the render API')
      .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)'),
  )
    .option('-p, --port <n>', '端口 port (0: any free port)', String(DEFAULT_PORT))
    .option('--host <address>', '监听地址 address to listen on; anything but 127.0.0.1 needs --token', '127.0.0.1')
    .option('--token <token>', '访问令牌 access token, ≥ 16 characters (or env POLICY_CARD_TOKEN)')
    .option('--read-only', '只读：不能保存 disable saving')
    .option('--dpi <n>', '打印模板的分辨率 resolution of print templates')
    .option('-j, --concurrency <n>', '渲染进程数 render worker processes (default: one per core)')
    .option('--queue <n>', '排队上限，超出返回 503 renders allowed to wait (default: 32)')
    .option('--timeout <seconds>', '单次渲染请求的时限 time limit per render request (default: 60)')
    .option('--quiet', '不打印请求日志 no request log')
    .option('--open', '启动后在浏览器中打开工作台 open the studio in the browser')
    .option('--llm [url]', '从政策文件起草时用模型服务作第二读者（同 draft --llm）a language model as second reader when drafting (as draft --llm)')
    .action(async (paths: string[], flags: ServeFlags, command: Command) => {
      const lang = langOf(command);
      // The config's draft.defaults (and, with --llm, draft.llm) reach the studio's 从政策文件起草 as they reach `policy-card draft`.
      const resolveStudioSettings = async (): Promise<StudioSettings> => {
        const batch = await resolveSettings(paths, flags);
        const { config } = await loadConfig(process.cwd(), flags.config);
        return {
          ...batch,
          ...(config.draft?.defaults ? { draftDefaults: config.draft.defaults } : {}),
          ...(flags.llm !== undefined ? { draftLlm: await llmSettings(flags.llm, config.draft?.llm) } : {}),
        };
      };
      const settings = await resolveStudioSettings();
      await assertDefaultCardsExist('serve', paths, settings.paths);
      const { file: configFile } = await loadConfig(process.cwd(), flags.config);
      const token = flags.token ?? process.env['POLICY_CARD_TOKEN'] ?? undefined;
      const port = integerFlag(flags.port, '--port', 0, 65535)!;
      const concurrency = integerFlag(flags.concurrency, '--concurrency', 1, 64);
      const maxQueue = integerFlag(flags.queue, '--queue', 0, 10_000);
      const timeout = integerFlag(flags.timeout, '--timeout', 1, 3600);
      const { startStudio } = await import('../../serve/start-studio.js');
      const studio = await startStudio({
        settings,
        reloadSettings: resolveStudioSettings,
        ...(configFile ? { configFiles: [configFile] } : {}),
        host: flags.host,
        port,
        token: token === '' ? undefined : token,
        readOnly: flags.readOnly === true,
        lang,
        ...(concurrency ? { concurrency } : {}),
        ...(maxQueue !== undefined ? { maxQueue } : {}),
        ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
        ...(flags.quiet ? {} : { onRequest: (entry) => print(formatRequestLog(entry)) }),
        onInternalError: (error) => printError(`${lang === 'zh' ? '内部错误' : 'internal error'}: ${(error as Error)?.stack ?? String(error)}`),
      });
      const withToken = (url: string): string => (token ? `${url}?token=${encodeURIComponent(token)}` : url);
      const address = withToken(studio.url);
      const docs = withToken(new URL('/api/docs', studio.url).href);
      const count = studio.catalogue.list().length;
      print(
        lang === 'zh'
          ? `政策明白卡工作台已启动：${address}\n  卡片 ${count} 张${flags.readOnly ? '，只读' : ''}；API 文档：${docs}；按 Ctrl-C 停止`
          : `Policy card studio running at ${address}\n  ${count} cards${flags.readOnly ? ', read-only' : ''}; API docs: ${docs}; Ctrl-C to stop`,
      );
      if (flags.open) {
        const { openBrowser } = await import('../open-browser.js');
        if (!(await openBrowser(address))) {
          printError(lang === 'zh' ? `无法自动打开浏览器，请手动打开 ${address}` : `could not open a browser; open ${address} yourself`);
        }
      }
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await studio.close();
      process.exitCode = EXIT_OK;
    });
}
