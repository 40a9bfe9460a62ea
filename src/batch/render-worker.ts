/**
 * Entry point of a render worker process (run by tinypool's child_process runtime). Fonts and
 * templates are loaded once per process by the modules' own caches and reused for every card.
 *
 * Test hooks: POLICY_CARD_TEST_CRASH_ID / POLICY_CARD_TEST_HANG_ID make the worker die or hang
 * on the card with that id, so tests can prove the pool survives both. They do nothing unless set.
 */
import { runRenderJob, type RenderJob, type RenderJobResult } from './render-job.js';

export default async function renderInWorker(job: RenderJob): Promise<RenderJobResult> {
  if (process.env['POLICY_CARD_TEST_CRASH_ID'] === job.card.id) process.kill(process.pid, 'SIGKILL');
  if (process.env['POLICY_CARD_TEST_HANG_ID'] === job.card.id) await new Promise(() => setInterval(() => undefined, 1000));
  const result = await runRenderJob(job);
  // After the result is on its way: collect the young generation, where the handles of this
  // card's resvg images live, so their native pixel buffers are freed before the next card.
  setImmediate(() => (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' }));
  return result;
}

/** Run once per studio worker (RenderPool.warmUp): fonts parsed, satori and resvg run once. */
export async function warmUp(): Promise<void> {
  const { warmUpRenderer } = await import('../render/warm-up-renderer.js');
  await warmUpRenderer();
}
