// Types of bench/draft-text-defects.mjs for its unit test (tests/draft/draft-text-defects.test.ts).
export interface Defect {
  kind: string;
  path: string;
  text: string;
}
export function unbalanced(text: string): boolean;
export function leadMarker(text: string): boolean;
export const ONLY_POINTER: RegExp;
export const KINDS: ReadonlyArray<{ kind: string; where: string; test: (text: string, list?: string) => boolean }>;
export function draftedStrings(spec: unknown): Array<{ path: string; text: string; where: string; list?: string }>;
export function defectsOf(spec: unknown): Defect[];
