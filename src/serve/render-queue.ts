/**
 * A bounded queue in front of the render pool. At most `concurrency` renders run at once and at
 * most `maxQueue` wait; a request beyond that is refused at once (the API answers 503 with
 * Retry-After) instead of piling up until every client times out. Each request has one time
 * limit for waiting and rendering together.
 */
import type { RenderJob, RenderJobResult } from '../batch/render-job.js';
import { CardError } from '../errors.js';

/** What the queue needs of a renderer; RenderPool is one, tests use a fake. */
export interface CardRenderer {
  readonly concurrency: number;
  render(job: RenderJob): Promise<RenderJobResult>;
}

export interface RenderQueueOptions {
  /** Requests allowed to wait for a free worker. @default 32 */
  maxQueue?: number;
  /** Time limit of one request, waiting included, in ms. @default 60000 */
  timeoutMs?: number;
}

/** The queue is full; try again after `retryAfterSeconds`. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  constructor(readonly retryAfterSeconds: number) {
    super(`the render queue is full; retry after ${retryAfterSeconds} s`);
  }
}

/** The result of a request cancelled before it started. */
const CANCELLED: RenderJobResult = { ok: false, interrupted: true, rssBytes: 0 };

export class RenderQueue {
  readonly maxQueue: number;
  readonly timeoutMs: number;
  readonly #renderer: CardRenderer;
  readonly #waiting: Array<() => void> = [];
  #running = 0;
  /** Moving average of render times, for Retry-After. */
  #averageMs = 1000;

  constructor(renderer: CardRenderer, options: RenderQueueOptions = {}) {
    this.#renderer = renderer;
    this.maxQueue = Math.max(0, options.maxQueue ?? 32);
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Seconds until a slot is likely free: the work ahead divided by the workers. */
  retryAfterSeconds(): number {
    const ahead = this.#running + this.#waiting.length;
    return Math.max(1, Math.ceil((ahead * this.#averageMs) / this.#renderer.concurrency / 1000));
  }

  /**
   * Render when a worker is free. A request whose `cancel` signal fires while it waits (its
   * client went away, e.g. a studio preview made stale by the next keystroke) leaves the queue
   * and resolves `interrupted`, so stale previews never hold up the current one. A render that
   * has started is left to finish: stopping it would end a warm worker.
   * Throws QueueFullError when too many wait; resolves with an E_TIMEOUT failure when the time
   * limit passes first (a render already running in a worker is then stopped by the pool's own limit).
   */
  async render(job: RenderJob, cancel?: AbortSignal): Promise<RenderJobResult> {
    const deadline = performance.now() + this.timeoutMs;
    if (cancel?.aborted) return CANCELLED;
    if (this.#running >= this.#renderer.concurrency) {
      if (this.#waiting.length >= this.maxQueue) throw new QueueFullError(this.retryAfterSeconds());
      const started = await this.#waitForSlot(this.timeoutMs, cancel);
      if (started === 'cancelled') return CANCELLED;
      if (!started) return this.#timedOut(job);
    } else {
      this.#running++;
    }
    const began = performance.now();
    const rendering = this.#renderer.render(job).finally(() => {
      this.#averageMs = this.#averageMs * 0.8 + (performance.now() - began) * 0.2;
      this.#release();
    });
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), Math.max(0, deadline - performance.now()));
    });
    try {
      const outcome = await Promise.race([rendering, expired]);
      return outcome === 'expired' ? this.#timedOut(job) : outcome;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves true when this request holds a slot, false when it gave up waiting, 'cancelled' when its client left. */
  #waitForSlot(timeoutMs: number, cancel: AbortSignal | undefined): Promise<boolean | 'cancelled'> {
    return new Promise((resolve) => {
      const leave = (outcome: false | 'cancelled'): void => {
        clearTimeout(timer);
        cancel?.removeEventListener('abort', onCancel);
        const index = this.#waiting.indexOf(start);
        if (index >= 0) this.#waiting.splice(index, 1);
        resolve(outcome);
      };
      const onCancel = (): void => leave('cancelled');
      const start = (): void => {
        clearTimeout(timer);
        cancel?.removeEventListener('abort', onCancel);
        resolve(true);
      };
      const timer = setTimeout(() => leave(false), timeoutMs);
      cancel?.addEventListener('abort', onCancel, { once: true });
      this.#waiting.push(start);
    });
  }

  /** Hand the slot to the next waiting request, or free it. */
  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }

  #timedOut(job: RenderJob): RenderJobResult {
    const seconds = Math.ceil(this.timeoutMs / 1000);
    const error = new CardError(
      'E_TIMEOUT',
      {
        zh: `等待和渲染共超过 ${seconds} 秒，已放弃；服务器繁忙或卡片过于复杂，请稍后重试`,
        en: `waiting and rendering took longer than ${seconds} s and the request was given up; the server is busy or the card too complex, try again later`,
      },
      { file: job.options.file },
    );
    return { ok: false, error: { code: error.code, text: error.text, file: error.file }, rssBytes: 0 };
  }
}
