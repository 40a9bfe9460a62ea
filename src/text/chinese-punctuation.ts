/**
 * ASCII punctuation inside Chinese text, in the full-width form a card prints. Web and PDF copies
 * of notices often carry `,` `;` `:` `?` `!` `(` `)` where the original has ，；：？！（）, and a card
 * with 企业,符合… reads as a careless copy to the older business owners it is for; a line may even
 * start with the comma. Only marks that touch Chinese change, so 16:00, 1,000, https://… and
 * (PDF) stay as they are; spaces between a Chinese character and a digit go (2026年 2月 → 2026年2月).
 * Same text otherwise: no NFKC, ① stays ①.
 */

/** Han characters and the CJK punctuation and full-width forms around them. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’…—]/u;
/** Each ASCII mark and the full-width form Chinese text writes it in. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

const isChinese = (char: string | undefined): boolean => char !== undefined && CHINESE.test(char);

export function chinesePunctuation(text: string): string {
  const chars = [...text];
  const out = [...chars];
  // Brackets go in pairs: （…） when the text before the opening one, or the text inside, is Chinese.
  const open: number[] = [];
  for (let index = 0; index < chars.length; index++) {
    if (chars[index] === '(') open.push(index);
    else if (chars[index] === ')' && open.length > 0) {
      const start = open.pop()!;
      const inside = chars.slice(start + 1, index);
      if (isChinese(previousVisible(chars, start)) || inside.some(isChinese)) {
        out[start] = '（';
        out[index] = '）';
      }
    }
  }
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (!',;:?!'.includes(char)) continue;
    const before = previousVisible(chars, index);
    const after = nextVisible(chars, index);
    // 1,000 and 16:00 are numbers; https:// is an address.
    if (/\d/u.test(before ?? '') && /\d/u.test(after ?? '')) continue;
    if (char === ':' && chars[index + 1] === '/') continue;
    if (isChinese(before) || (isChinese(after) && before !== undefined && !/[A-Za-z0-9]/u.test(before))) out[index] = FULL_WIDTH[char]!;
  }
  // 企业， 符合: a full-width mark carries its own space; 2026年 2月 (a PDF copy's gap) has none either.
  // Spaces between two Chinese words stay: 某市科学技术局 某市财政局 names two offices.
  return out
    .join('')
    .replace(/([，；：？！])[ \t]+(?=\S)/gu, '$1')
    .replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\d)|(?<=\d)[ \t\u3000]+(?=\p{Script=Han})/gu, '');
}

function previousVisible(chars: readonly string[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) if (!/\s/u.test(chars[at]!)) return chars[at];
  return undefined;
}

function nextVisible(chars: readonly string[], index: number): string | undefined {
  for (let at = index + 1; at < chars.length; at++) if (!/\s/u.test(chars[at]!)) return chars[at];
  return undefined;
}
