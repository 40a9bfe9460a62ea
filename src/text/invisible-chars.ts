/**
 * Invisible format characters that text pasted from web pages and Word carries: zero-width
 * space and joiners, the byte-order mark, soft hyphen, direction marks. They have no glyph in
 * the card fonts, so the glyph check refused the card and named a character nobody can see;
 * on a card they mean nothing, so the card leaves them out (the source text keeps them).
 * Our own U+2060 word joiner is not among them: the typesetter adds it on purpose.
 */
export const INVISIBLE_CLASS = '\u00ad\u180e\u200b-\u200f\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
const ONE_INVISIBLE = new RegExp(`^[${INVISIBLE_CLASS}]$`, 'u');

/** Whether `char` is one of the invisible characters a card leaves out. */
export function isInvisibleChar(char: string): boolean {
  return ONE_INVISIBLE.test(char);
}

/** `text` without its invisible format characters. */
export function dropInvisibleChars(text: string): string {
  return text.replace(INVISIBLE, '');
}
