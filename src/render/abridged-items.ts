/**
 * Which list items an abridged summary card (a6, square) shows. Keeping items in document order
 * until one does not fit let one long first condition hide all the others: a drafted 广州 notice
 * (238-character condition 1) showed 0 of 11 conditions on a6. So the card shows as many items
 * as fit, keeping the earliest it can: an item that alone takes the room of several is skipped,
 * not stopped at, while one that takes the room of two is kept (the card gives up at most one
 * item for document order). A list is never left out whole while one of its items could be
 * shown: the parties and conditions a card carries are core facts a reader needs some of.
 *
 * Item sizes are guessed from their text lengths to order the search; every choice is decided
 * by `fits`, a real layout of the card with the fixed parts and the given items.
 */
import type { ContentPiece } from '../template/slice-view.js';

/** An item with the length of its text, which orders the search (the layout decides). */
export interface SizedPiece {
  piece: ContentPiece;
  length: number;
}

/**
 * The items to show (in document order): the most that fit or one fewer (when at least three
 * fit) to keep earlier ones, and at least one of every list that can show one. `pieces` come in
 * document order; at most `pieces.length - 1` are shown (the card is abridged: not all fit).
 */
export async function chooseShownItems(pieces: readonly SizedPiece[], fits: (shown: readonly ContentPiece[]) => Promise<boolean>): Promise<ContentPiece[]> {
  const position = new Map(pieces.map((sized, index) => [sized, index]));
  const byLength = (a: SizedPiece, b: SizedPiece): number => a.length - b.length || position.get(a)! - position.get(b)!;
  const inOrder = (chosen: Iterable<SizedPiece>): ContentPiece[] => [...chosen].sort((a, b) => position.get(a)! - position.get(b)!).map((sized) => sized.piece);
  const layouts = new Map<string, Promise<boolean>>();
  const fitsSet = (chosen: readonly SizedPiece[]): Promise<boolean> => {
    const key = chosen.map((sized) => position.get(sized)!).sort((a, b) => a - b).join(',');
    let result = layouts.get(key);
    if (!result) {
      result = fits(inOrder(chosen));
      layouts.set(key, result);
    }
    return result;
  };

  // The cheapest way to show k items: the shortest item of every list first (so no list is
  // emptied while one item of it would fit), then the rest from the shortest up.
  const cheapest = (candidates: readonly SizedPiece[], need: number, sections: ReadonlySet<string>): SizedPiece[] | null => {
    const sorted = [...candidates].sort(byLength);
    const seeds: SizedPiece[] = [];
    for (const section of sections) {
      const shortest = sorted.find((sized) => sized.piece.section === section);
      if (!shortest) return null;
      seeds.push(shortest);
    }
    if (seeds.length > need) return null;
    const rest = sorted.filter((sized) => !seeds.includes(sized)).slice(0, need - seeds.length);
    return seeds.length + rest.length === need ? [...seeds, ...rest] : null;
  };
  const allSections = new Set(pieces.map((sized) => sized.piece.section));
  const seeds = cheapest(pieces, allSections.size, allSections) ?? [];
  const ranked = [...seeds, ...[...pieces].sort(byLength).filter((sized) => !seeds.includes(sized))];

  // The most items that fit: the longest prefix of the cheapest order (binary search).
  let good = 0;
  let bad = pieces.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (await fitsSet(ranked.slice(0, middle))) good = middle;
    else bad = middle;
  }
  const count = good;
  if (count === 0) return [];
  // The lists the card must show an item of: those whose shortest item is in that prefix.
  const required = new Set(ranked.slice(0, Math.min(count, allSections.size)).map((sized) => sized.piece.section));

  // Earliest items first, giving up at most one item of the most that fit (when three or more
  // do): a two-line first condition is not traded for two one-liners, one that takes the room
  // of several is. Each item in document order is taken if some choice of `target` items with
  // it and those already taken (and an item of every required list) fits; the cheapest
  // completion from the later items is that choice if any is. `witness` always fits.
  const target = count >= 3 ? count - 1 : count;
  const covers = (set: readonly SizedPiece[]): boolean => [...required].every((section) => set.some((sized) => sized.piece.section === section));
  let witness = ranked.slice(0, count);
  const chosen: SizedPiece[] = [];
  for (let at = 0; at < pieces.length && chosen.length < pieces.length - 1; at++) {
    const candidate = pieces[at]!;
    const taken = [...chosen, candidate];
    if (chosen.length >= target && covers(chosen)) {
      // Enough shown: later items join in document order while they still fit.
      if (await fitsSet(taken)) chosen.push(candidate);
      continue;
    }
    if (witness.includes(candidate)) {
      chosen.push(candidate);
      continue;
    }
    const missing = new Set([...required].filter((section) => !taken.some((sized) => sized.piece.section === section)));
    const completion = cheapest(pieces.slice(at + 1), Math.max(target - taken.length, missing.size), missing);
    if (!completion) continue;
    const attempt = [...taken, ...completion];
    if (await fitsSet(attempt)) {
      chosen.push(candidate);
      witness = attempt;
    }
  }
  return inOrder(chosen);
}

/**
 * The left-out items that do not fit the card even as its only item, longest first per list
 * (a shorter item of the same list is taken to fit once a longer one does). Staff shorten these.
 */
export async function itemsThatNeverFit(omitted: readonly SizedPiece[], fits: (shown: readonly ContentPiece[]) => Promise<boolean>): Promise<ContentPiece[]> {
  const never: ContentPiece[] = [];
  const sections = [...new Set(omitted.map((sized) => sized.piece.section))];
  for (const section of sections) {
    const longestFirst = omitted.filter((sized) => sized.piece.section === section).sort((a, b) => b.length - a.length || a.piece.index - b.piece.index);
    for (const sized of longestFirst) {
      if (await fits([sized.piece])) break;
      never.push(sized.piece);
    }
  }
  return never.sort((a, b) => sections.indexOf(a.section) - sections.indexOf(b.section) || a.index - b.index);
}
