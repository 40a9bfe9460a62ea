// Types for sections.js, so that tests/draft/draft-score.test.ts can call replaceSection under strict TypeScript.
export const BENCHMARKS_FILE: string;
export const KEPT_SECTIONS: readonly string[];
export function sectionOf(markdown: string, heading: string): string;
export function keptSections(): string;
export function writeSection(heading: string, body: string): void;
export function replaceSection(markdown: string, heading: string, section: string): string;
export function replaceBenchmarksSection(heading: string, section: string): void;
export function insertBeforeKeptSections(text: string): void;
