/** Where a value came from in the source, as the report shows it: line, and page for a PDF. */
import type { SourcePlace } from './draft-report.js';
import type { SourceLine } from './source-document.js';

export function place(line: SourceLine): SourcePlace {
  return line.page !== undefined ? { line: line.line, page: line.page } : { line: line.line };
}

/** The places, each once, in the order first met: an item split in two names its lines once. */
export function distinctPlaces(from: readonly SourcePlace[]): SourcePlace[] {
  const seen = new Set<string>();
  return from.filter((at) => {
    const key = `${at.page ?? ''}:${at.line}`;
    return !seen.has(key) && seen.add(key);
  });
}
