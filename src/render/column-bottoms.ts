/**
 * Where each column of a two-column card ends, from satori's boxes of one layout. A template's
 * columns are its two `.col` boxes; the last `.panel` of each grows so both columns end on one
 * line, so a column's own end is the lowest box inside it other than those panels. The fit uses
 * it to skip moves that can only make the longer column longer (they never shorten the card).
 */
export interface NodeBox {
  left: number;
  top: number;
  width: number;
  height: number;
  className: string | undefined;
}

const hasClass = (node: NodeBox, name: string): boolean => node.className?.split(/\s+/).includes(name) ?? false;

/** The bottom of the first and the second column, or null when the layout has no two `.col` boxes. */
export function columnBottoms(nodes: readonly NodeBox[]): [number, number] | null {
  const columns = nodes.filter((node) => hasClass(node, 'col')).sort((a, b) => a.left - b.left);
  if (columns.length !== 2) return null;
  const inside = (node: NodeBox, column: NodeBox): boolean =>
    node.left >= column.left - 0.5 &&
    node.left + node.width <= column.left + column.width + 0.5 &&
    node.top >= column.top - 0.5 &&
    node.top + node.height <= column.top + column.height + 0.5;
  const bottom = (column: NodeBox): number =>
    nodes.reduce((lowest, node) => (node !== column && !hasClass(node, 'col') && !hasClass(node, 'panel') && inside(node, column) ? Math.max(lowest, node.top + node.height) : lowest), column.top);
  return [bottom(columns[0]!), bottom(columns[1]!)];
}
