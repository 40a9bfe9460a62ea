/**
 * A PDF's runs of text, page by page, read by pdfjs in a worker thread within a time limit
 * (limits.documentSeconds). pdfjs parses in the thread that calls it, and a hostile PDF (forms
 * drawing forms drawing forms, a few KB) keeps it busy for minutes and takes gigabytes: a timer
 * that only stopped waiting would leave that work burning. Ending the worker ends the work.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../package-root.js';

/** A run of text at a position, in PDF units (points, y upwards). */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Where the producer wrote it among the page's text: Word and LibreOffice write a table cell by cell. */
  order: number;
}

/** What the worker is given. */
export interface PdfTextJob {
  bytes: Uint8Array;
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** What the worker answers: the runs, or why the PDF could not be read. */
export type PdfTextMessage =
  | { kind: 'text'; pages: PdfTextRun[][]; metaTitle?: string }
  | { kind: 'password' }
  | { kind: 'damaged'; detail: string };

/** The outcome in the main thread: the worker's answer, or the time limit passed and the worker was ended. */
type PdfTextResult = PdfTextMessage | { kind: 'timeout' };

/** The CMaps and standard fonts pdfjs-dist ships, read from the installed package, never fetched. */
const PDFJS_ROOT = path.resolve(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')), '..', '..');
const CMAP_URL = path.join(PDFJS_ROOT, 'cmaps') + path.sep;
const STANDARD_FONT_DATA_URL = path.join(PDFJS_ROOT, 'standard_fonts') + path.sep;

/** The compiled worker; under vitest (running src/*.ts) the built copy in dist/, as for the render workers. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./pdf-text-worker.js', import.meta.url));
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, 'dist', 'draft', 'pdf-text-worker.js');
}

/**
 * Workers that answered and wait for the next document, unref'd so that they never keep the
 * process alive. A worker that ran out of time is ended, never reused.
 */
const idleWorkers: Worker[] = [];
const MAX_IDLE = 2;

export async function readPdfTextRuns(bytes: Uint8Array, timeoutMs: number): Promise<PdfTextResult> {
  // A copy: the worker takes ownership of what it is sent, and the caller keeps its bytes.
  const job: PdfTextJob = { bytes: new Uint8Array(bytes), cMapUrl: CMAP_URL, standardFontDataUrl: STANDARD_FONT_DATA_URL };
  const worker = idleWorkers.pop() ?? new Worker(workerFile());
  worker.ref();
  return new Promise<PdfTextResult>((resolve) => {
    let settled = false;
    const onMessage = (message: PdfTextMessage): void => {
      if (!finish()) return;
      if (idleWorkers.length < MAX_IDLE) {
        worker.unref();
        idleWorkers.push(worker);
      } else void worker.terminate();
      resolve(message);
    };
    // An error thrown in the worker (out of memory included) or an exit without an answer: pdfjs could not read it.
    const onError = (error: unknown): void => end({ kind: 'damaged', detail: String(error) });
    const onExit = (code: number): void => end({ kind: 'damaged', detail: `the PDF worker exited with code ${code}` });
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      return true;
    };
    // The answer is given once the worker has stopped, so that no parse goes on after a timeout.
    const end = (result: PdfTextResult): void => {
      if (finish()) void worker.terminate().then(() => resolve(result));
    };
    const timer = setTimeout(() => end({ kind: 'timeout' }), timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
  });
}
