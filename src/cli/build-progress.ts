/**
 * Progress of a batch on the terminal: a live bar (cli-progress) with count, rate, ETA and
 * failures on a TTY; on a pipe or in CI, a plain line every few seconds. Writes to stderr so
 * stdout stays clean for `--json`.
 */
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { Lang } from '../i18n/lang.js';

export interface ProgressView {
  update(progress: { done: number; total: number; failed: number }): void;
  stop(): void;
}

export function createProgress(lang: Lang, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  const label = lang === 'zh' ? { failed: '失败', cards: '张' } : { failed: 'failed', cards: 'cards' };
  if (stream.isTTY && !process.env['CI']) {
    // Required here: only a terminal draws the bar, and every `build` (one card from a script too)
    // would otherwise load cli-progress's 16 modules.
    const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
    const bar = new cliProgress.SingleBar(
      {
        format: `{bar} {value}/{total} ${label.cards} | {rate}/s | ETA {eta_formatted} | ${label.failed} {failed}`,
        hideCursor: true,
        stream,
        // NO_COLOR: cli-progress draws with block characters only, no colour codes.
        barCompleteChar: '█',
        barIncompleteChar: '░',
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const startedAt = performance.now();
    return {
      update({ done, total, failed }) {
        if (!started) {
          bar.start(total, 0, { failed: 0, rate: '0.0' });
          started = true;
        }
        const seconds = (performance.now() - startedAt) / 1000;
        bar.update(done, { failed, rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastLine = Number.NEGATIVE_INFINITY;
  return {
    update({ done, total, failed }) {
      const now = performance.now();
      // A handful of cards needs no progress report; the summary follows at once.
      if (total < 10) return;
      if (done === total || now - lastLine > 5000) {
        lastLine = now;
        stream.write(lang === 'zh' ? `进度 ${done}/${total}，失败 ${failed}\n` : `progress ${done}/${total}, ${failed} failed\n`);
      }
    },
    stop: () => undefined,
  };
}
