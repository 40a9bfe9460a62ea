/**
 * Over real HTTP: a render request whose client goes away while it waits for a worker (a studio
 * preview made stale by the next keystroke) is never rendered, never cached, and a request for
 * the same image that is still waiting is rendered for it. The renderer is a fake whose renders
 * finish when the test says so: exact, with no timing luck.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderJob, RenderJobResult } from '../../src/batch/render-job.js';
import type { CardRenderer } from '../../src/serve/render-queue.js';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { readJson, sampleCardFiles } from '../helpers/cards.js';
import { copySampleCards } from '../helpers/studio.js';

class HeldRenderer implements CardRenderer {
  readonly concurrency = 1;
  readonly started: string[] = [];
  readonly #pending: Array<() => void> = [];

  render(job: RenderJob): Promise<RenderJobResult> {
    this.started.push(job.card.title);
    return new Promise((resolve) =>
      this.#pending.push(() =>
        resolve({ ok: true, svg: `<svg data-title="${job.card.title}"/>`, width: 1080, height: 100, warnings: [], timings: { templateMs: 0, satoriMs: 0, resvgMs: 0, encodeMs: 0 }, rssBytes: 0 }),
      ),
    );
  }

  finishOne(): void {
    this.#pending.shift()?.();
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('render requests whose client went away', () => {
  let studio: RunningStudio;
  const renderer = new HeldRenderer();
  const spec = readJson(sampleCardFiles()[0]!);

  beforeAll(async () => {
    const work = await copySampleCards('policy-card-cancel-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, renderer, watch: false });
  });

  afterAll(async () => {
    await studio?.close();
  });

  const preview = (title: string, signal?: AbortSignal): Promise<Response> =>
    fetch(new URL('/api/render?format=svg', studio.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...spec, title }), ...(signal ? { signal } : {}) });

  it('are dropped from the queue, and a waiting request for the same image renders it once', async () => {
    const running = preview('正在渲染的标题');
    while (renderer.started.length === 0) await pause(20);
    // Behind it wait: a preview nobody wants any more, and two requests for one image of which
    // the first one's client goes away.
    const left = new AbortController();
    const abandoned = preview('已经过时的标题', left.signal).catch((error: Error) => error.name);
    const gone = new AbortController();
    const stale = preview('输入中的标题', gone.signal).catch((error: Error) => error.name);
    await pause(300);
    const same = preview('输入中的标题');
    await pause(300);
    left.abort();
    gone.abort();
    expect([await abandoned, await stale]).toEqual(['AbortError', 'AbortError']);
    await pause(100);
    renderer.finishOne();
    expect((await running).status).toBe(200);
    while (renderer.started.length < 2) await pause(20);
    renderer.finishOne();
    const answer = await same;
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('<svg data-title="输入中的标题"/>');
    // The abandoned preview never reached the renderer; the shared one was rendered once.
    await pause(100);
    expect(renderer.started).toEqual(['正在渲染的标题', '输入中的标题']);
  }, 30_000);
});
