/** wordsWithin: how card ids (slugFromTitle) and drafted ids (draftIdFromTitle) cut a long id at a syllable. */
import { describe, expect, it } from 'vitest';
import { wordsWithin } from '../../src/text/slug-from-title.js';

describe('wordsWithin', () => {
  it.each([
    [['ren', 'cai', 'an', 'ju'], 14, 'ren-cai-an-ju'],
    [['ren', 'cai', 'an', 'ju'], 10, 'ren-cai-an'],
    [['ren', 'cai', 'an', 'ju'], 9, 'ren-cai'],
    [['abcdefgh', 'ij'], 5, 'abcde'],
    [[], 5, ''],
  ])('%j within %i characters → %s', (words, max, expected) => {
    expect(wordsWithin(words, max)).toBe(expected);
  });
});
