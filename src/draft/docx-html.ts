/**
 * A .docx's body as HTML, with Word's automatic numbering written back into the paragraphs
 * (docx-numbering.ts), and the title from its properties. This runs in the document worker
 * (document-worker.ts): mammoth holds the whole XML tree, and a 600 KB .docx whose XML expands
 * to 44 MB took 9 s and 2 GB, so the time and memory limits must be able to end it.
 * The zip is checked for bombs in the main thread before it is sent here (read-docx).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DomUtils, parseDocument } from 'htmlparser2';
import { writeNumberingLabels } from './docx-numbering.js';
import { collapseWhitespace } from './html-lines.js';

export interface DocxHtmlJob {
  format: 'docx';
  bytes: Uint8Array;
}

export type DocxHtmlAnswer = { kind: 'html'; html: string; metaTitle?: string } | { kind: 'damaged'; detail: string };

/** Chinese Word names its heading styles 标题 1…; mammoth's default map knows only the English names. */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='标题 ${level}'] => h${level}:fresh`),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
];

export async function docxHtml({ bytes }: DocxHtmlJob): Promise<DocxHtmlAnswer> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const numberingXml = await zip.file('word/numbering.xml')?.async('string');
    const stylesXml = await zip.file('word/styles.xml')?.async('string');
    const metaTitle = coreTitle(await zip.file('docProps/core.xml')?.async('string'));
    zip.file('word/document.xml', writeNumberingLabels(documentXml, numberingXml, stylesXml));
    // Stored, not compressed: mammoth unzips it at once, and this runs within the time limit.
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        // Pictures carry no text for a card; not reading them keeps the HTML small.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    return { kind: 'html', html: result.value, ...(metaTitle ? { metaTitle } : {}) };
  } catch (error) {
    return { kind: 'damaged', detail: String(error) };
  }
}

/** The title in the document's properties (File → Properties), often empty or a template's name. */
function coreTitle(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  const title = DomUtils.findOne((element) => element.name === 'dc:title', parseDocument(xml, { xmlMode: true }).children);
  const text = title ? collapseWhitespace(DomUtils.textContent(title)) : '';
  return text || undefined;
}
