/**
 * Width normalisation for matching only: copies of a notice on the web often carry ASCII or
 * full-width Latin where the original has the other, so rules match on a normalised copy and
 * the draft keeps the document's own words (the card only sets their punctuation Chinese, see
 * text/chinese-punctuation). NFKC is not used on purpose: it turns ① into 1 and
 * 〔 into [, and ① is a list marker here.
 */
import { FULL_WIDTH } from '../text/chinese-punctuation.js';

/** Full-width ASCII (U+FF01–U+FF5E) → ASCII, U+3000 → space; everything else unchanged, same length. */
export function normaliseWidth(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += char;
  }
  return out;
}

/**
 * The text in the spellings rules match on: width normalised, and ASCII punctuation that
 * Chinese text writes full-width turned back to the Chinese form (`:` `;` `(` `)` `,`), so one
 * pattern with `：` `；` `（` `）` `，` covers both copies. Same length as the input, so an index
 * found here is an index into the original.
 */
export function matchingText(text: string): string {
  // A web address written with 。 for its dots (www。abkj。gov。cn) ends no sentence: a dot.
  return normaliseWidth(text)
    .replace(/[:;(),]/g, (char) => FULL_WIDTH[char]!)
    .replace(/(?<=[A-Za-z0-9])。(?=[A-Za-z])/gu, '.');
}

