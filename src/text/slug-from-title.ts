/**
 * A card id made from a title when the sheet has no 编号 (or from a card file name such as
 * 人才 住房.json when the card has no "id"): the pinyin of the title, e.g.
 * 人才安居补贴 → ren-cai-an-ju-bu-tie. The same title always gives the same id, so importing an
 * updated sheet again updates the same files. Long titles are cut and get a short hash of the
 * full title, so two long titles that start alike still get different ids.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';

/** Longest slug kept whole: the id limit. Longer ones are cut to leave room for `-` and the hash. */
const MAX_PLAIN = 64;
const CUT_AT = 55;

let pinyinPro: typeof PinyinPro | undefined;
/**
 * pinyin-pro, required on first use: every `build` loads this module (through card ids from file
 * names), but only a file named in Chinese needs a slug, and loading pinyin-pro's dictionaries
 * costs a cold CLI run about 40 ms of CPU.
 */
function loadPinyinPro(): typeof PinyinPro {
  return (pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof PinyinPro);
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** The lower-case pinyin syllables and Latin/digit runs of a text, in order: 人才 5G → ren, cai, 5g. */
export function pinyinWords(text: string): string[] {
  return loadPinyinPro().pinyin(text.normalize('NFKC').trim(), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/))
    .filter((word) => word !== '');
}

/**
 * The first words joined with `-`, as many as fit in `max` characters, so a long id is cut at a
 * syllable (a first word longer than `max` is cut itself). Card ids and drafted ids both cut so.
 */
export function wordsWithin(words: readonly string[], max: number): string {
  let joined = '';
  for (const word of words) {
    const next = joined ? `${joined}-${word}` : word;
    if (next.length > max) break;
    joined = next;
  }
  return joined || (words[0] ?? '').slice(0, max);
}

export function slugFromTitle(title: string): string {
  const normalized = title.normalize('NFKC').trim();
  const words = pinyinWords(normalized);
  const slug = words.join('-');
  if (slug === '') return `card-${shortHash(normalized)}`;
  if (slug.length <= MAX_PLAIN) return slug;
  return `${wordsWithin(words, CUT_AT)}-${shortHash(normalized)}`;
}
