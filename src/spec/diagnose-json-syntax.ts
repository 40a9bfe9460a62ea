/**
 * Text that JSON.parse refused → where and what the first mistake is, in words a policy officer
 * can act on. JSON.parse's own messages are English, do not always give a position, and say
 * "Unexpected token" where the real mistake is a Chinese keyboard's full-width colon, comma or
 * quote, an unquoted phone number or a missing quote. So the text is scanned again by a small
 * recursive-descent reader that stops at the first mistake and names the character.
 */
import type { Localized } from '../errors.js';

export interface JsonSyntaxProblem {
  /** Offset (UTF-16 units) of the character the message is about. */
  offset: number;
  text: Localized;
}

/** Characters a Chinese input method types in place of JSON's ASCII punctuation. */
const FULL_WIDTH: Record<string, { zh: string; en: string; ascii: string }> = {
  '：': { zh: '全角冒号', en: 'full-width colon', ascii: ':' },
  '，': { zh: '全角逗号', en: 'full-width comma', ascii: ',' },
  '、': { zh: '顿号', en: 'ideographic comma', ascii: ',' },
  '｛': { zh: '全角左大括号', en: 'full-width brace', ascii: '{' },
  '｝': { zh: '全角右大括号', en: 'full-width brace', ascii: '}' },
  '［': { zh: '全角左方括号', en: 'full-width bracket', ascii: '[' },
  '］': { zh: '全角右方括号', en: 'full-width bracket', ascii: ']' },
  '【': { zh: '中文方括号', en: 'Chinese bracket', ascii: '[' },
  '】': { zh: '中文方括号', en: 'Chinese bracket', ascii: ']' },
  '“': { zh: '中文引号', en: 'Chinese quotation mark', ascii: '"' },
  '”': { zh: '中文引号', en: 'Chinese quotation mark', ascii: '"' },
  '‘': { zh: '中文单引号', en: 'Chinese single quotation mark', ascii: '"' },
  '’': { zh: '中文单引号', en: 'Chinese single quotation mark', ascii: '"' },
  '＂': { zh: '全角引号', en: 'full-width quotation mark', ascii: '"' },
  "'": { zh: '单引号', en: 'single quotation mark', ascii: '"' },
  '\u3000': { zh: '全角空格', en: 'full-width space', ascii: ' ' },
  '\u00a0': { zh: '不换行空格（多来自网页复制）', en: 'no-break space (often copied from a web page)', ascii: ' ' },
};

const SWITCH_KEYBOARD = { zh: '（切换到英文输入法再输入）', en: ' (switch the keyboard to English to type it)' };

class Stop {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

/** What the ASCII character is for, to say where it is needed. */
const ROLE: Record<string, Localized> = {
  ':': { zh: '字段名后面的冒号', en: 'the colon after a field name' },
  ',': { zh: '两项之间的逗号', en: 'the comma between items' },
  '"': { zh: '字段名和文字两边的引号', en: 'the quotes around field names and text' },
};
const BRACKETS = { zh: 'JSON 的括号', en: 'JSON brackets' };

function fullWidth(char: string, offset: number): Stop {
  const known = FULL_WIDTH[char]!;
  if (known.ascii === ' ') {
    return new Stop({
      offset,
      text: {
        zh: `有${known.zh}；JSON 的引号和括号之外只能用普通空格，请删除它或换成普通空格`,
        en: `${known.en}; outside quotes JSON allows only ordinary spaces, delete it or type an ordinary space`,
      },
    });
  }
  const role = ROLE[known.ascii] ?? BRACKETS;
  // A quotation mark inside “…” would read as three quotes; show it bare.
  const shown = known.ascii === '"' ? ` ${char} ` : `“${char}”`;
  return new Stop({
    offset,
    text: {
      zh: `有${known.zh}${shown}；${role.zh}要用英文的 ${known.ascii}${SWITCH_KEYBOARD.zh}`,
      en: `${known.en} "${char}"; ${role.en} must be the ASCII ${known.ascii}${SWITCH_KEYBOARD.en}`,
    },
  });
}

/** The text from `start` up to the next JSON delimiter or line end, for quoting in a message. */
function bareToken(text: string, start: number): string {
  const rest = text.slice(start);
  const end = rest.search(/[,，}\]\r\n"“”]/);
  const token = (end < 0 ? rest : rest.slice(0, end)).trim();
  return token.length > 20 ? `${token.slice(0, 20)}…` : token;
}

function describeBareValue(text: string, start: number): Stop {
  const token = bareToken(text, start);
  const digits = token.replace(/\D/g, '').length;
  if (/^[\d\s()（）+-]+$/.test(token) && digits >= 5) {
    return new Stop({
      offset: start,
      text: {
        zh: `电话号码等数字串 ${token} 两边缺少英文双引号；请写成 "${token}"（否则开头的 0 会丢失）`,
        en: `the number ${token} (a phone number?) needs ASCII double quotes around it; write "${token}" (a leading 0 would be lost otherwise)`,
      },
    });
  }
  return new Stop({
    offset: start,
    text: {
      zh: `文字 ${token} 两边缺少英文双引号；请写成 "${token}"`,
      en: `the text ${token} needs ASCII double quotes around it; write "${token}"`,
    },
  });
}

/** Scanner over the whole text; each method consumes one JSON construct or throws Stop. */
class Scanner {
  at = 0;
  constructor(readonly text: string) {}

  private get char(): string {
    return this.text[this.at] ?? '';
  }

  private skipSpace(): void {
    while (/[ \t\r\n]/.test(this.char) && this.at < this.text.length) this.at++;
  }

  private endOfText(): Stop {
    return new Stop({
      offset: this.text.length,
      text: { zh: '文件不完整，可能缺少结尾的 } 或 ]', en: 'the file ends too early; a closing } or ] may be missing' },
    });
  }

  document(): void {
    this.value();
    this.skipSpace();
    if (this.at < this.text.length) {
      throw new Stop({
        offset: this.at,
        text: {
          zh: `卡片内容结束后还有多余的“${this.char}”；一个文件只写一个 {…}，请删除多余部分`,
          en: `there is more after the end of the card ("${this.char}"); a file holds one {…}, delete the rest`,
        },
      });
    }
  }

  private value(): void {
    this.skipSpace();
    const char = this.char;
    if (char === '') throw this.endOfText();
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || /\d/.test(char)) return this.number();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.at)) {
        this.at += literal.length;
        return;
      }
    }
    if (FULL_WIDTH[char]) throw fullWidth(char, this.at);
    throw describeBareValue(this.text, this.at);
  }

  private number(): void {
    const start = this.at;
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(start));
    const after = this.text[start + (match?.[0].length ?? 0)] ?? '';
    // A number must end at a delimiter; 0512-6875 1234 or 051268751234 is a phone number typed bare.
    if (!match || !/^[\s,}\]]?$/.test(after)) throw describeBareValue(this.text, start);
    this.at += match[0].length;
  }

  private string(): void {
    const open = this.at;
    this.at++;
    while (this.at < this.text.length) {
      const char = this.char;
      if (char === '"') {
        this.at++;
        return;
      }
      if (char === '\\') {
        const next = this.text[this.at + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
          this.at += 6;
          continue;
        }
        if (/^["\\/bfnrt]$/.test(next)) {
          this.at += 2;
          continue;
        }
        throw new Stop({
          offset: this.at,
          text: {
            zh: `反斜杠 \\ 后面不能直接跟“${next}”；文字里要写反斜杠本身请写两个 \\\\（路径也可以改用 /）`,
            en: `a backslash \\ cannot be followed by "${next}"; write \\\\ for a backslash itself (or use / in paths)`,
          },
        });
      }
      if (char === '\n' || char === '\r') {
        const line = this.text.slice(open, this.at);
        const chinese = /[“”]/.exec(line);
        const zhHint = chinese ? `（结尾用的是中文引号 ${chinese[0]} ）` : '';
        const enHint = chinese ? ` (it ends with a Chinese quotation mark "${chinese[0]}")` : '';
        throw new Stop({
          offset: this.at,
          text: {
            zh: `这一行的文字缺少结尾的英文双引号 "${zhHint}；一段文字要在同一行内用 " 结束，换行请写 \\n`,
            en: `the text on this line has no closing ASCII double quote "${enHint}; end it with " on the same line, write \\n for a line break`,
          },
        });
      }
      if (char.charCodeAt(0) < 0x20) {
        throw new Stop({
          offset: this.at,
          text: {
            zh: `文字中有看不见的控制字符 U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}（如制表符）；请删除它`,
            en: `the text holds an invisible control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (e.g. a tab); delete it`,
          },
        });
      }
      this.at++;
    }
    throw new Stop({
      offset: open,
      text: { zh: '这里开始的文字缺少结尾的英文双引号 "', en: 'the text starting here has no closing ASCII double quote "' },
    });
  }

  private key(): void {
    const char = this.char;
    if (char === '"') return this.string();
    if (FULL_WIDTH[char]) throw fullWidth(char, this.at);
    const token = bareToken(this.text, this.at).split(/[:：\s]/)[0] ?? '';
    throw new Stop({
      offset: this.at,
      text: {
        zh: `字段名 ${token} 两边缺少英文双引号；请写成 "${token}"`,
        en: `the field name ${token} needs ASCII double quotes around it; write "${token}"`,
      },
    });
  }

  /** After a member or item: a comma, the closing bracket, or the mistake found there. */
  private separator(close: '}' | ']'): boolean {
    this.skipSpace();
    const char = this.char;
    if (char === ',') {
      this.at++;
      this.skipSpace();
      if (this.char === close) {
        throw new Stop({ offset: this.at, text: { zh: '最后一项后面多了逗号；请删除它', en: 'there is a trailing comma after the last item; delete it' } });
      }
      return true;
    }
    if (char === close) {
      this.at++;
      return false;
    }
    if (char === '') throw this.endOfText();
    if (FULL_WIDTH[char]) throw fullWidth(char, this.at);
    if (char === '"' || char === '{' || char === '[') {
      throw new Stop({
        offset: this.at,
        text: { zh: '前一项后面缺少英文逗号 ","；两项之间要用逗号隔开', en: 'a comma "," is missing before this; separate items with commas' },
      });
    }
    throw new Stop({
      offset: this.at,
      text: {
        zh: `这里不该有“${char}”；应为英文逗号 "," 或结尾的 ${close}，请检查前面的引号是否成对`,
        en: `unexpected "${char}"; expected a comma "," or the closing ${close}, check the quotes before it`,
      },
    });
  }

  private object(): void {
    this.at++;
    this.skipSpace();
    if (this.char === '}') {
      this.at++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.char === '') throw this.endOfText();
      this.key();
      this.skipSpace();
      const char = this.char;
      if (char === ':') this.at++;
      else if (char === '') throw this.endOfText();
      else if (FULL_WIDTH[char]) throw fullWidth(char, this.at);
      else {
        throw new Stop({
          offset: this.at,
          text: {
            zh: `字段名后面应为英文冒号 ":"，这里是“${char}”；请检查字段名两边的引号是否成对`,
            en: `expected an ASCII colon ":" after the field name, found "${char}"; check the quotes around the field name`,
          },
        });
      }
      this.value();
      if (!this.separator('}')) return;
    }
  }

  private array(): void {
    this.at++;
    this.skipSpace();
    if (this.char === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.value();
      if (!this.separator(']')) return;
    }
  }
}

/**
 * The first syntax mistake in `text`, or undefined when the scanner finds none (JSON.parse
 * refused something this reader accepts; the caller then falls back to a general message).
 */
export function diagnoseJsonSyntax(text: string): JsonSyntaxProblem | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    // A RangeError from absurdly deep nesting: no position to name, the general message serves.
    return undefined;
  }
}
