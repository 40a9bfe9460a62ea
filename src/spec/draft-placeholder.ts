/**
 * Placeholders that `draft` writes where it found nothing: `待补充：发文单位`. A draft with
 * placeholders is a working file, never a card: validation refuses it (E_PLACEHOLDER), so no
 * command can print or publish a gap.
 */

export const PLACEHOLDER_PREFIX = '待补充';

/** `待补充：发文单位`: the placeholder for a field with this label. */
export function placeholderFor(label: string): string {
  return `${PLACEHOLDER_PREFIX}：${label}`;
}

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER_PREFIX);
}

/** Depth of the card's deepest text field, /reward/table/rows/<row>/<cell>, plus a margin. */
const MAX_FIELD_DEPTH = 8;

/**
 * Every string of a parsed spec that is still a placeholder, with its path, in document order.
 * The card's deepest text is a tier-table cell (/reward/table/rows/2/1); deeper values are not
 * card fields at all (the schema refuses them), so the walk stops there and a hostile,
 * deeply nested file cannot exhaust the stack.
 */
export function findPlaceholders(json: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; value: string }> {
  if (isPlaceholder(json)) return [{ path, value: json.trim() }];
  if (path.length >= MAX_FIELD_DEPTH) return [];
  if (Array.isArray(json)) return json.flatMap((item, index) => findPlaceholders(item, [...path, index]));
  if (json !== null && typeof json === 'object') {
    return Object.entries(json as Record<string, unknown>).flatMap(([key, value]) => findPlaceholders(value, [...path, key]));
  }
  return [];
}
