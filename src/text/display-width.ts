/** Columns a text takes in a fixed-width editor or a table: CJK and full-width characters count two, invisible format characters (word joiner, zero-width space) none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += FORMAT.test(char) ? 0 : (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

const FORMAT = /^\p{Cf}$/u;
