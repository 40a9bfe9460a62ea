// Types for item-place.js, so that tests/draft/item-place.test.ts can call it under strict TypeScript.
export interface Place { line: number; page?: number }
export interface Line { text: string; line: number; page?: number; kind?: string }
export interface PlaceReport { sources: Array<{ path: string; from: Place[]; text: string }>; headings?: Array<{ from: Place; text: string; field?: string }> }
export interface Shape { lines: number; longest: number; markerShare: number }
export function documentShape(lines: readonly Line[]): Shape;
export function shapeBand(shape: Shape): 'run-on' | 'marked' | 'plain';
export function lengthBand(text: string): '≤8' | '9–25' | '26–80' | '81–200' | '>200';
export function locate(lines: readonly Line[], text: string): Place[];
export function startsWithMarker(lines: readonly Line[], from: readonly Place[]): boolean;
export function repeats(lines: readonly Line[], text: string): boolean;
export function itemPlace(context: { lines: readonly Line[]; report: PlaceReport }, from: readonly Place[], field: string): 'unlocated' | 'before-title' | 'after-signature' | 'table-row' | 'own-heading' | 'other-heading' | 'no-heading';
