/**
 * A pool of render worker processes (tinypool, child_process runtime). Processes rather than
 * threads because resvg can abort the whole process on a Rust panic: a dead worker fails only
 * its own card (E_RENDER_CRASH) and is replaced. A card past its time limit is aborted
 * (E_TIMEOUT), which kills its worker. Workers are recycled after a number of cards or when
 * their resident memory passes a ceiling, in case native memory grows over long loops anyway.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { CardError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { RenderJob, RenderJobResult } from './render-job.js';

export interface PoolOptions {
  /** Worker processes. @default the number of cores */
  concurrency?: number;
  /** Per-card time limit in ms. @default 60000 */
  timeoutMs?: number;
  /** Recycle all workers after this many cards per worker. @default 250 */
  recycleAfter?: number;
  /**
   * Recycle when a worker's resident memory passes this many MB. A warm worker holds about
   * 350 MB on phone cards (satori, resvg and one card's pixel buffers; see render-worker.ts for
   * how it stays flat); a 300 dpi print card needs more while it is rasterised. @default 600
   */
  rssLimitMb?: number;
}

/** The compiled worker; under vitest (running src/*.ts) fall back to the built copy in dist/. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./render-worker.js', import.meta.url));
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, 'dist', 'batch', 'render-worker.js');
}

/**
 * The parent's node flags a worker should keep (e.g. --import hooks), after ours so that a user's
 * own --max-semi-space-size wins. A parent run as `node -e …` / `-p …` would otherwise make every
 * worker run that script again.
 */
export function inheritedNodeFlags(argv: readonly string[] = process.execArgv): string[] {
  const flags: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]!;
    if (flag === '-e' || flag === '--eval' || flag === '-p' || flag === '--print') index++;
    else if (!/^(--eval=|--print=|--input-type)/.test(flag)) flags.push(flag);
  }
  return flags;
}

export class RenderPool {
  readonly concurrency: number;
  readonly #pool: Tinypool;
  readonly #timeoutMs: number;
  readonly #recycleAfter: number;
  readonly #rssLimitBytes: number;
  #sinceRecycle = 0;
  #recycling: Promise<void> | undefined;

  constructor(options: PoolOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#recycleAfter = (options.recycleAfter ?? 250) * this.concurrency;
    this.#rssLimitBytes = (options.rssLimitMb ?? 600) * 1024 * 1024;
    this.#pool = new Tinypool({
      filename: workerFile(),
      runtime: 'child_process',
      // Buffers and typed arrays cross the process boundary without base64.
      serialization: 'advanced',
      minThreads: this.concurrency,
      maxThreads: this.concurrency,
      // Never drop a worker for being idle mid-batch; the batch destroys the pool at the end.
      idleTimeout: 0,
      // The worker runs a minor GC after each card (render-worker.ts): resvg's pixel buffers are
      // native memory V8 does not see, so without it they are freed late and RSS climbs. A young
      // generation of 8 MB instead of 16 lowers a worker's peak by about 70 MB for ~4 % more CPU.
      execArgv: ['--expose-gc', '--max-semi-space-size=8', ...inheritedNodeFlags()],
      env: {
        // Each card allocates and frees a few 20 MB pixel buffers. glibc raises its mmap threshold
        // after the first such free and then serves them from the heap, which it rarely returns
        // to the system; a fixed 1 MB threshold keeps every large buffer an mmap that is unmapped
        // on free. (Measured: flat 230 MB instead of a climb to 400 MB over 40 phone cards.)
        MALLOC_MMAP_THRESHOLD_: String(1024 * 1024),
        ...Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      },
    });
  }

  /**
   * Render one card in a worker. `stop` (e.g. Ctrl-C) aborts the card in flight: its worker is
   * ended and the result says `interrupted`, so the batch can stop at once.
   */
  async render(job: RenderJob, stop?: AbortSignal): Promise<RenderJobResult> {
    if (this.#recycling) await this.#recycling;
    const file = job.options.file;
    if (stop?.aborted) return { ok: false, interrupted: true, rssBytes: 0 };
    try {
      const timeout = AbortSignal.timeout(this.#timeoutMs);
      const result = (await this.#pool.run(job, { signal: stop ? AbortSignal.any([timeout, stop]) : timeout })) as RenderJobResult;
      this.#sinceRecycle++;
      if (this.#sinceRecycle >= this.#recycleAfter || result.rssBytes > this.#rssLimitBytes) this.#recycle();
      return result;
    } catch (error) {
      if (stop?.aborted) return { ok: false, interrupted: true, rssBytes: 0 };
      const name = (error as Error)?.name;
      const timedOut = name === 'AbortError' || name === 'TimeoutError' || /abort/i.test(String((error as Error)?.message));
      const cardError = timedOut
        ? new CardError(
            'E_TIMEOUT',
            {
              zh: `渲染超过 ${Math.round(this.#timeoutMs / 1000)} 秒仍未完成，已中止（limits.renderTimeoutSec 或 --timeout）；请检查这张卡片的内容或标志图片，必要时放宽该限值`,
              en: `rendering took longer than ${Math.round(this.#timeoutMs / 1000)} s and was stopped (limits.renderTimeoutSec or --timeout); check the card's content or logo, or raise the limit`,
            },
            { file },
          )
        : new CardError(
            'E_RENDER_CRASH',
            {
              zh: `渲染进程意外退出（${(error as Error)?.message ?? String(error)}）；这张卡片未生成，其余卡片不受影响`,
              en: `the render process died (${(error as Error)?.message ?? String(error)}); this card was not rendered, the others are unaffected`,
            },
            { file },
          );
      return { ok: false, error: { code: cardError.code, text: cardError.text, file }, rssBytes: 0 };
    }
  }

  /**
   * Warm every worker (fonts parsed, satori and resvg run once) before its first card, for a
   * server whose first request someone waits for. Never fails: a worker that cannot warm up
   * simply pays on its first card.
   */
  async warmUp(): Promise<void> {
    await Promise.all(Array.from({ length: this.concurrency }, () => this.#pool.run(undefined, { name: 'warmUp' }).catch(() => undefined)));
  }

  /**
   * Replace every worker once the cards in flight are done, and wait for it. Workers cache
   * compiled templates and themes, so a long-running server restarts them when those change.
   */
  async restartWorkers(): Promise<void> {
    await this.#recycling;
    this.#recycle();
    await this.#recycling;
  }

  /** Replace every worker once the cards in flight are done. */
  #recycle(): void {
    if (this.#recycling) return;
    this.#sinceRecycle = 0;
    this.#recycling = this.#pool.recycleWorkers().finally(() => {
      this.#recycling = undefined;
    });
  }

  async destroy(): Promise<void> {
    await this.#recycling?.catch(() => undefined);
    await this.#pool.destroy();
  }
}
