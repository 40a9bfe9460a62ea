// Types of bench/draft-score.mjs for the unit test (tests/draft/draft-score.test.ts); the bench
// itself is plain JavaScript like the other bench files.
export interface FieldCount {
  expected: number;
  drafted: number;
  matched: number;
}
export interface Totals extends FieldCount {
  /** matched / drafted; null when nothing was drafted. */
  precision: number | null;
  /** matched / expected; null when nothing was expected. */
  recall: number | null;
}
export interface DraftScore extends Totals {
  fields: Record<string, FieldCount>;
}
export interface ScoredDocument {
  name: string;
  format: string;
  expected: unknown;
  drafted: unknown;
  error?: string;
  ms: number;
  score: DraftScore;
}
export interface CorpusScore {
  documents: ScoredDocument[];
  byField: Record<string, Totals>;
  total: Totals;
}
export const MATCH_THRESHOLD: number;
export const SCORED_FIELDS: readonly string[];
export function normalise(text: string): string;
export function similarity(left: string, right: string): number;
export function headlineAmount(text: string | undefined): number | undefined;
export function matchItems(expected: string[], drafted: string[], threshold?: number): FieldCount & { pairs: { wantIndex: number; gotIndex: number; score: number }[] };
export function scoreDraft(expected: unknown, drafted: unknown, threshold?: number): DraftScore;
export function scoreCorpus(documents: { name: string; format: string; expected: unknown; drafted: unknown; ms: number; error?: string }[], threshold?: number): CorpusScore;
export function corpusDocuments(dir?: string): { name: string; file: string; expectedFile: string }[];
export function runCorpus(draft: (file: string) => Promise<{ spec: unknown }>, options?: { dir?: string; threshold?: number }): Promise<CorpusScore>;
export function markdownReport(result: CorpusScore, context: { date: string; command: string; speed?: { runs: number[]; median: number; pages: number }; dir?: string; holdout?: CorpusScore }): string;
