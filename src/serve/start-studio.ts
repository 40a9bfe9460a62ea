/**
 * Start the studio: load and watch the catalogue, start the render pool and listen. Loopback
 * only unless a token is given. Returns a handle whose `close()` stops everything it started:
 * open event streams, the listener, the watcher and the worker processes.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { RenderPool } from '../batch/render-pool.js';
import { CardError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { CardCatalogue, type StudioSettings } from './card-catalogue.js';
import { createStudioApp } from './create-app.js';
import { LiveReload } from './live-reload.js';
import { RenderCache } from './render-cache.js';
import { RenderQueue, type CardRenderer } from './render-queue.js';
import { isLoopbackHost } from './request-guard.js';
import type { RequestLogEntry } from './request-log.js';
import { DEFAULT_PORT } from './default-port.js';
export { DEFAULT_PORT };

export interface StudioOptions {
  settings: StudioSettings;
  /** Working directory relative paths resolve against. @default process.cwd() */
  cwd?: string;
  /** Settings anew when a config file changes (the CLI re-reads its flags and the config). */
  reloadSettings?: () => Promise<StudioSettings>;
  /** Config files to watch for live reload. */
  configFiles?: string[];
  /** Address to listen on. Anything but a loopback address requires `token`. @default '127.0.0.1' */
  host?: string;
  /** Port; 0 picks a free one. @default 4173 */
  port?: number;
  /** Access token required on every request (at least 16 characters). */
  token?: string | undefined;
  /** Refuse to save cards. @default false */
  readOnly?: boolean;
  /** Language of the pages and messages. @default 'zh' */
  lang?: Lang;
  /** Render worker processes. @default the number of cores */
  concurrency?: number;
  /** Renders allowed to wait when every worker is busy; more get 503. @default 32 */
  maxQueue?: number;
  /** Time limit of one render request, waiting included, in ms. @default 60000 */
  timeoutMs?: number;
  /** Largest request body in bytes. @default 262144 (256 KiB) */
  bodyLimitBytes?: number;
  /** Watch files for live reload. @default true */
  watch?: boolean;
  /** Render with this instead of a new worker pool (it is then not destroyed on close). */
  renderer?: CardRenderer;
  /** Called once per request, after the response (the CLI prints it). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Called with unexpected errors that became a 500. */
  onInternalError?: (error: unknown) => void;
}

export interface RunningStudio {
  /** Address of the gallery, e.g. http://127.0.0.1:4173/ */
  url: string;
  host: string;
  port: number;
  catalogue: CardCatalogue;
  close(): Promise<void>;
}

export const DEFAULT_BODY_LIMIT = 256 * 1024;
const MIN_TOKEN_LENGTH = 16;

/** Refuse to expose the studio beyond this machine without a token. */
export function assertSafeBinding(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new CardError('E_USAGE', {
      zh: `访问令牌太短（${token.length} 个字符）；至少 ${MIN_TOKEN_LENGTH} 个字符，例如用 openssl rand -hex 16 生成`,
      en: `the access token is too short (${token.length} characters); use at least ${MIN_TOKEN_LENGTH}, e.g. from openssl rand -hex 16`,
    });
  }
  if (!isLoopbackHost(host) && token === undefined) {
    throw new CardError('E_USAGE', {
      zh: `在 ${host} 上监听会让局域网内的其他电脑访问并修改卡片；请同时给出 --token（或环境变量 POLICY_CARD_TOKEN）`,
      en: `listening on ${host} lets other machines read and change the cards; give --token as well (or set POLICY_CARD_TOKEN)`,
    });
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        error.code === 'EADDRINUSE'
          ? new CardError('E_USAGE', { zh: `端口 ${port} 已被占用；请用 --port 换一个`, en: `port ${port} is in use; choose another with --port` })
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? new CardError('E_USAGE', { zh: `无法在 ${host} 上监听：本机没有这个地址`, en: `cannot listen on ${host}: no such address on this machine` })
            : error,
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token;
  assertSafeBinding(host, token);
  const lang = options.lang ?? 'zh';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const pool = options.renderer ? undefined : new RenderPool({ ...(options.concurrency ? { concurrency: options.concurrency } : {}), timeoutMs });
  const renderer = options.renderer ?? pool!;
  // In the background: the server answers at once, and the first preview finds warm workers.
  void pool?.warmUp();
  const cache = new RenderCache();
  const liveReload = new LiveReload();
  let catalogue: CardCatalogue;
  try {
    catalogue = await CardCatalogue.open({
      settings: options.settings,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.reloadSettings ? { reloadSettings: options.reloadSettings } : {}),
      ...(options.configFiles ? { configFiles: options.configFiles } : {}),
      watch: options.watch !== false,
      onTemplatesChange: async () => {
        cache.clear();
        await pool?.restartWorkers();
        void pool?.warmUp();
      },
    });
  } catch (error) {
    await pool?.destroy();
    throw error;
  }
  catalogue.onChange((change) => {
    if (change.reason !== 'cards') cache.clear();
    liveReload.broadcast('catalogue', {
      version: change.version,
      settingsVersion: catalogue.settingsVersion,
      reason: change.reason,
      ids: change.ids,
      ...(change.configError ? { configError: change.configError.format(lang) } : {}),
    });
  });
  const app = createStudioApp({
    catalogue,
    queue: new RenderQueue(renderer, { ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}), timeoutMs }),
    cache,
    liveReload,
    lang,
    readOnly: options.readOnly === true,
    token,
    loopbackOnly: isLoopbackHost(host) && token === undefined,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    onRequest: options.onRequest,
    onInternalError: options.onInternalError,
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  try {
    await listen(server, options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    await catalogue.close();
    await pool?.destroy();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    host,
    port,
    catalogue,
    close: () =>
      (closing ??= (async () => {
        liveReload.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await catalogue.close();
        await pool?.destroy();
      })()),
  };
}
