/**
 * A PDF's runs of text, page by page, as pdfjs reads them. This runs in the document worker
 * (document-worker.ts), never in the main thread: a hostile PDF (forms drawing forms, a few KB)
 * keeps pdfjs busy for minutes and takes gigabytes, and only ending its thread ends that work.
 * Lines are rebuilt from the runs in the main thread (read-pdf).
 */

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

/** A PDF to read, with where pdfjs finds its CMaps and standard fonts (read from disk, never fetched). */
export interface PdfTextJob {
  format: 'pdf';
  bytes: Uint8Array;
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** The runs, or why the PDF could not be read. */
export type PdfTextAnswer =
  | { kind: 'text'; pages: PdfTextRun[][]; metaTitle?: string }
  | { kind: 'password' }
  | { kind: 'damaged'; detail: string };

export async function pdfTextRuns({ bytes, cMapUrl, standardFontDataUrl }: PdfTextJob): Promise<PdfTextAnswer> {
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
