/**
 * Parses a PDF or a .docx in a worker thread (document-worker.ts) within the document limits:
 * limits.documentSeconds and limits.documentMemoryMb. pdfjs and mammoth parse in the thread that
 * calls them, and a hostile document keeps them busy for minutes and takes gigabytes: a timer that
 * only stopped waiting would leave that work burning, and an out-of-memory crash in the main
 * thread would end the whole batch. Ending the worker ends the work; its heap limit bounds it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardError, Localized } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { documentError } from './document-error.js';
import type { DocxHtmlAnswer, DocxHtmlJob } from './docx-html.js';
import type { PdfTextAnswer, PdfTextJob } from './pdf-text-runs.js';

export type DocumentJob = PdfTextJob | DocxHtmlJob;
type AnswerOf<Job extends DocumentJob> = Job extends PdfTextJob ? PdfTextAnswer : DocxHtmlAnswer;

/** The worker's answer, or the limit it passed before answering (the worker was ended). */
type BoundedAnswer<Job extends DocumentJob> = AnswerOf<Job> | { kind: 'timeout' } | { kind: 'memory' };

export interface WorkerBounds {
  timeoutMs: number;
  /** The worker's heap (V8's old generation), in MB. */
  heapMb: number;
}

/** The compiled worker; under vitest (running src/*.ts) the built copy in dist/, as for the render workers. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./document-worker.js', import.meta.url));
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, 'dist', 'draft', 'document-worker.js');
}

/**
 * Workers that answered and wait for the next document, unref'd so that they never keep the
 * process alive; each keeps the heap limit it was started with. A worker that passed a limit is
 * ended, never reused.
 */
const idleWorkers: { worker: Worker; heapMb: number }[] = [];
const MAX_IDLE = 2;

export async function readInWorker<Job extends DocumentJob>(job: Job, bounds: WorkerBounds): Promise<BoundedAnswer<Job>> {
  // A copy: the worker takes ownership of what it is sent, and the caller keeps its bytes.
  const sent = { ...job, bytes: new Uint8Array(job.bytes) };
  const reused = idleWorkers.findIndex((idle) => idle.heapMb === bounds.heapMb);
  const worker = reused >= 0 ? idleWorkers.splice(reused, 1)[0]!.worker : new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb } });
  worker.ref();
  return new Promise<BoundedAnswer<Job>>((resolve) => {
    let settled = false;
    const onMessage = (answer: AnswerOf<Job>): void => {
      if (!finish()) return;
      if (idleWorkers.length < MAX_IDLE) {
        worker.unref();
        idleWorkers.push({ worker, heapMb: bounds.heapMb });
      } else void worker.terminate();
      resolve(answer);
    };
    // Past the heap limit V8 ends the worker with ERR_WORKER_OUT_OF_MEMORY; any other error thrown
    // in it, or an exit without an answer, means the parser could not read the document.
    const onError = (error: unknown): void => {
      const code = (error as { code?: unknown } | null)?.code;
      end(code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : ({ kind: 'damaged', detail: String(error) } as AnswerOf<Job>));
    };
    const onExit = (code: number): void => end({ kind: 'damaged', detail: `the document worker exited with code ${code}` } as AnswerOf<Job>);
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      return true;
    };
    // The answer is given once the worker has stopped, so that no parse goes on after a limit.
    const end = (result: BoundedAnswer<Job>): void => {
      if (finish()) void worker.terminate().then(() => resolve(result));
    };
    const timer = setTimeout(() => end({ kind: 'timeout' }), bounds.timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(sent, [sent.bytes.buffer as ArrayBuffer]);
  });
}

/**
 * E_DOCUMENT for a document whose parse passed a limit: which limit, and `advice`, what to do
 * with this kind of document.
 */
export function limitPassed(file: string, passed: 'timeout' | 'memory', bounds: WorkerBounds, advice: Localized): CardError {
  if (passed === 'timeout') {
    const seconds = Math.round(bounds.timeoutMs / 1000);
    return documentError(file, {
      zh: `读取超时：超过 ${seconds} 秒仍未读完，已停止（limits.documentSeconds）；${advice.zh}`,
      en: `reading timed out: not done after ${seconds} s and stopped (limits.documentSeconds); ${advice.en}`,
    });
  }
  return documentError(file, {
    zh: `读取时占用内存超过 ${bounds.heapMb} MB，已停止（limits.documentMemoryMb）；${advice.zh}`,
    en: `reading took more than ${bounds.heapMb} MB of memory and was stopped (limits.documentMemoryMb); ${advice.en}`,
  });
}
