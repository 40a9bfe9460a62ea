/**
 * The worker thread of pdf-text-runs: pdfjs parses the PDF here, so that a document that makes it
 * work without end (nested forms, a huge content stream) can be stopped by ending the thread.
 * It only reads runs of text with their positions; lines are rebuilt in the main thread. The
 * thread stays for the next document, so pdfjs and its CMaps load once per run.
 */
import { parentPort } from 'node:worker_threads';
import type { PdfTextJob, PdfTextMessage, PdfTextRun } from './pdf-text-runs.js';

// One document at a time: the main thread sends the next only after this one's answer.
parentPort?.on('message', (job: PdfTextJob) => {
  void readRuns(job).then((answer) => parentPort?.postMessage(answer));
});

async function readRuns({ bytes, cMapUrl, standardFontDataUrl }: PdfTextJob): Promise<PdfTextMessage> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: bytes,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      return error instanceof Error && error.name === 'PasswordException' ? { kind: 'password' } : { kind: 'damaged', detail: String(error) };
    }
    const pages: PdfTextRun[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      try {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        page.cleanup();
        const runs: PdfTextRun[] = [];
        for (const [order, item] of content.items.entries()) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const [a, b, c, d, x, y] = item.transform as number[];
          const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height || 1;
          runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size, order });
        }
        pages.push(runs);
      } catch (error) {
        return { kind: 'damaged', detail: String(error) };
      }
    }
    const metadata = await pdf.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const metaTitle = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    return { kind: 'text', pages, ...(metaTitle ? { metaTitle } : {}) };
  } finally {
    await task.destroy();
  }
}
