/**
 * Draft values → values the card's limits allow. A list item that is too long is split at
 * sentence ends when every sentence fits, else shortened with "…"; a list longer than allowed
 * keeps its first items. Every change is returned so the review report can say what was done.
 */

export type FitChange = { kind: 'split'; parts: number } | { kind: 'shortened'; from: number; to: number };

export interface FittedText {
  parts: string[];
  change?: FitChange;
}

/** Cut `text` to at most `max` characters, ending in …, at a clause end when one is near. */
export function shortenText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const clause = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('。'), head.lastIndexOf(','));
  const cut = clause >= max * 0.6 ? head.slice(0, clause) : head;
  return `${cut}…`;
}

function sentences(text: string): string[] {
  return text.match(/[^。；！？]+[。；！？]*/gu)?.map((part) => part.trim()).filter(Boolean) ?? [text];
}

/** One list item → one or more items within `max` characters. */
export function fitItem(text: string, max: number): FittedText {
  if ([...text].length <= max) return { parts: [text] };
  const pieces = sentences(text);
  if (pieces.length > 1 && pieces.every((piece) => [...piece].length <= max)) {
    // Greedy: keep sentences together while they fit, so the split makes as few items as possible.
    const parts: string[] = [];
    for (const piece of pieces) {
      const last = parts[parts.length - 1];
      if (last !== undefined && [...last].length + [...piece].length <= max) parts[parts.length - 1] = last + piece;
      else parts.push(piece);
    }
    return { parts: parts.map((part) => part.replace(/[；]$/u, '')), change: { kind: 'split', parts: parts.length } };
  }
  const shortened = shortenText(text, max);
  return { parts: [shortened], change: { kind: 'shortened', from: [...text].length, to: [...shortened].length } };
}
