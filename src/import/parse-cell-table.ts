/**
 * A 奖补档次表 cell → a tier table: one table row per line, cells separated by `|` (full-width
 * `｜` and tabs too), the first line is the header. `| a | b |` with outer bars also works.
 */
import { cellLines } from './split-cell-list.js';

export interface CellTable {
  columns: string[];
  rows: string[][];
}

function cellsOfLine(line: string): string[] {
  return line
    .replace(/^\s*[|｜]|[|｜]\s*$/g, '')
    .split(/[|｜\t]/)
    .map((cell) => cell.trim());
}

export function parseCellTable(text: string): CellTable | undefined {
  const lines = cellLines(text).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return undefined;
  const [header, ...rows] = lines.map(cellsOfLine);
  return { columns: header!, rows };
}

export function joinCellTable(table: CellTable): string {
  return [table.columns, ...table.rows].map((cells) => cells.join(' | ')).join('\n');
}
