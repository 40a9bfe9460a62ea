/**
 * Cutting a sentence at its separators, but never inside （…）, 《…》 or “…”: a bracket often holds
 * a 、 or ，(“（含软件、系统）”) that does not end the part it belongs to.
 */
const OPENING = '（(《“';
const CLOSING = '）)》”';

/** The trimmed, non-empty parts of `text` between any of `separators` outside brackets and quotes. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Where the first of `separators` outside brackets and quotes stands in `text`, or -1. */
export function firstOutsideBrackets(text: string, separators: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(char)) return index;
  }
  return -1;
}
