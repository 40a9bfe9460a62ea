/** Making policy documents in tests: a fresh folder to write them into, and real PDFs made with pdfkit. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/** The bundled Chinese font, for PDFs with a Chinese text layer. */
export const NOTO_SANS_SC = path.resolve(import.meta.dirname, '../../fonts/NotoSansSC-Regular.ttf');

/** A fresh folder under the system temp folder, and a way to write files into it. */
export async function documentFolder(): Promise<{ folder: string; write: (name: string, bytes: Uint8Array | string) => Promise<string> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-draft-'));
  return {
    folder,
    write: async (name, bytes) => {
      const file = path.join(folder, name);
      await writeFile(file, bytes);
      return file;
    },
  };
}

/** The bytes of an A4 PDF drawn by `draw`. */
export function pdfBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
