/**
 * What every document reader hands to extraction: the document as logical lines in reading
 * order. Readers keep the text as written (numbering such as 一、 （一） 1. restored where the
 * format stores it apart from the text); extraction normalises width and finds the structure.
 */

export type DocumentFormat = 'docx' | 'pdf' | 'html' | 'txt';

export interface SourceLine {
  /** The line's text, trimmed, without line breaks; never empty. */
  text: string;
  /**
   * Where a reviewer finds it in the original, 1-based: the physical line of a .txt (its first
   * line when wrapped lines were joined), the paragraph of a .docx or of the HTML article, the
   * line on its page of a .pdf.
   */
  line: number;
  /** The page of a .pdf, 1-based. */
  page?: number;
  /** What the reader knows about the line from the format itself (Word heading style, <h2>, list item, table row). */
  kind?: 'heading' | 'paragraph' | 'list-item' | 'table-row';
  /** Heading or list nesting level from the format, 1 = outermost. */
  level?: number;
  /** For a table row: its cells, trimmed. `text` then joins them with ' | '. */
  cells?: string[];
}

/**
 * Reading order of two lines of one document. A PDF counts lines per page, so line 3 of page 2
 * comes after line 40 of page 1: the page decides first.
 */
export function compareLines(a: Pick<SourceLine, 'line' | 'page'>, b: Pick<SourceLine, 'line' | 'page'>): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line;
}

export interface SourceDocument {
  /** The file as the user named it, for messages. */
  file: string;
  format: DocumentFormat;
  lines: SourceLine[];
  /** A title the format stores apart from the body (<title>, docx/pdf metadata); a hint only, often the site's name. */
  metaTitle?: string;
  /**
   * A page's record lines near its head that the reader dropped as chrome (发布时间：… 发布部门：某局):
   * not text of the document, but what the page says of it, read for the issuer.
   */
  pageInfo?: SourceLine[];
}
