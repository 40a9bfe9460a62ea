/**
 * The worker thread that parses a PDF (pdfjs) or a .docx (mammoth), so that a document that makes
 * the parser work without end, or swell past the memory limit, can be stopped by ending the
 * thread (read-in-worker.ts). It answers with plain data; everything else happens in the main
 * thread. The thread stays for the next document, so pdfjs, its CMaps and mammoth load once per run.
 */
import { parentPort } from 'node:worker_threads';
import { docxHtml } from './docx-html.js';
import { pdfTextRuns } from './pdf-text-runs.js';
import type { DocumentJob } from './read-in-worker.js';

// One document at a time: the main thread sends the next only after this one's answer.
parentPort?.on('message', (job: DocumentJob) => {
  void (job.format === 'pdf' ? pdfTextRuns(job) : docxHtml(job)).then((answer) => parentPort?.postMessage(answer));
});
