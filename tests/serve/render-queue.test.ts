/**
 * The bounded queue in front of the worker pool, with a fake renderer whose renders finish when
 * the test says so: exact, with no timing luck.
 */
import { describe, expect, it } from 'vitest';
import type { RenderJob, RenderJobResult } from '../../src/batch/render-job.js';
import { QueueFullError, RenderQueue, type CardRenderer } from '../../src/serve/render-queue.js';
import { minimalSpec } from '../helpers/cards.js';

class FakeRenderer implements CardRenderer {
  readonly started: string[] = [];
  readonly #pending: Array<() => void> = [];
  constructor(readonly concurrency: number) {}

  render(job: RenderJob): Promise<RenderJobResult> {
    this.started.push(job.card.id);
    return new Promise((resolve) =>
      this.#pending.push(() => resolve({ ok: true, png: new Uint8Array([1]), width: 1, height: 1, warnings: [], timings: { templateMs: 0, satoriMs: 0, resvgMs: 0, encodeMs: 0 }, rssBytes: 0 })),
    );
  }

  finishOne(): void {
    this.#pending.shift()?.();
  }
}

const job = (id: string): RenderJob => ({ card: { ...(minimalSpec() as object), id, qr: [] } as unknown as RenderJob['card'], options: { file: `cards/${id}.json` }, formats: ['png'] });
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('RenderQueue', () => {
  it('runs as many renders as the renderer has workers and queues the next ones in order', async () => {
    const renderer = new FakeRenderer(2);
    const queue = new RenderQueue(renderer, { maxQueue: 5 });
    const results = ['a', 'b', 'c', 'd'].map((id) => queue.render(job(id)));
    await tick();
    expect(renderer.started).toEqual(['a', 'b']);
    expect([queue.running, queue.waiting]).toEqual([2, 2]);
    renderer.finishOne();
    await tick();
    expect(renderer.started).toEqual(['a', 'b', 'c']);
    for (let finished = 0; finished < 3; finished++) {
      renderer.finishOne();
      await tick();
    }
    expect(renderer.started).toEqual(['a', 'b', 'c', 'd']);
    expect((await Promise.all(results)).map((result) => result.ok)).toEqual([true, true, true, true]);
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
  });

  it('refuses a render at once when the queue is full, with a time to retry', async () => {
    const renderer = new FakeRenderer(1);
    const queue = new RenderQueue(renderer, { maxQueue: 1 });
    const first = queue.render(job('a'));
    const second = queue.render(job('b'));
    await expect(queue.render(job('c'))).rejects.toBeInstanceOf(QueueFullError);
    await expect(queue.render(job('c'))).rejects.toMatchObject({ retryAfterSeconds: 2 });
    renderer.finishOne();
    await tick();
    renderer.finishOne();
    expect([(await first).ok, (await second).ok]).toEqual([true, true]);
    expect(renderer.started).toEqual(['a', 'b']);
  });

  it('gives up a request that waited past its time limit, without rendering it', async () => {
    const renderer = new FakeRenderer(1);
    const queue = new RenderQueue(renderer, { maxQueue: 1, timeoutMs: 40 });
    const first = queue.render(job('a'));
    const waiting = await queue.render(job('b'));
    expect(waiting).toEqual({
      ok: false,
      error: { code: 'E_TIMEOUT', text: expect.objectContaining({ zh: '等待和渲染共超过 1 秒，已放弃；服务器繁忙或卡片过于复杂，请稍后重试' }), file: 'cards/b.json' },
      rssBytes: 0,
    });
    expect(renderer.started).toEqual(['a']);
    expect(queue.waiting).toBe(0);
    // The render that is still running holds its worker until it ends.
    expect((await first).ok).toBe(false);
    renderer.finishOne();
    await tick();
    expect(queue.running).toBe(0);
  });
  it('drops a waiting render whose client went away, so a newer one starts next', async () => {
    const renderer = new FakeRenderer(1);
    const queue = new RenderQueue(renderer, { maxQueue: 5 });
    const running = queue.render(job('typed-1'));
    const stale = new AbortController();
    const staleResult = queue.render(job('typed-2'), stale.signal);
    const newest = queue.render(job('typed-3'));
    await tick();
    expect(queue.waiting).toBe(2);
    stale.abort();
    expect(await staleResult).toEqual({ ok: false, interrupted: true, rssBytes: 0 });
    expect(queue.waiting).toBe(1);
    renderer.finishOne();
    await tick();
    // typed-2 never reaches a worker.
    expect(renderer.started).toEqual(['typed-1', 'typed-3']);
    renderer.finishOne();
    expect([(await running).ok, (await newest).ok]).toEqual([true, true]);
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
  });

  it('lets a render that has started finish when its client goes away (its worker stays warm)', async () => {
    const renderer = new FakeRenderer(1);
    const queue = new RenderQueue(renderer);
    const gone = new AbortController();
    const result = queue.render(job('started'), gone.signal);
    await tick();
    gone.abort();
    renderer.finishOne();
    expect((await result).ok).toBe(true);
    await expect(queue.render(job('late'), gone.signal)).resolves.toEqual({ ok: false, interrupted: true, rssBytes: 0 });
    await tick();
    expect(renderer.started).toEqual(['started']);
  });
});
