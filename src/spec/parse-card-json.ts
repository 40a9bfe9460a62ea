/**
 * Bytes of a card file → a JSON value, with errors that say where: encoding problems (UTF-16
 * from Notepad, stray bytes) and syntax errors with line and column. A UTF-8 BOM is tolerated.
 */
import { CardError } from '../errors.js';
import { diagnoseJsonSyntax } from './diagnose-json-syntax.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeCardText(bytes: Uint8Array, file?: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CardError(
      'E_ENCODING',
      {
        zh: '文件是 UTF-16 编码；请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）',
        en: 'the file is UTF-16 encoded; save it as UTF-8',
      },
      { file },
    );
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new CardError(
      'E_ENCODING',
      {
        zh: `文件不是有效的 UTF-8 文本（第 ${offset} 字节处有无效字节，可能是 GBK 编码）；请另存为 UTF-8`,
        en: `the file is not valid UTF-8 (invalid byte at offset ${offset}, perhaps GBK); save it as UTF-8`,
      },
      { file },
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new CardError('E_ENCODING', { zh: '文件是空的；请填写卡片内容（JSON 对象）', en: 'the file is empty; it must hold a JSON object' }, { file });
  }
  return text;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  for (let end = 1; end <= bytes.length; end++) {
    try {
      UTF8.decode(bytes.subarray(0, end));
    } catch {
      // A multi-byte sequence cut at `end` also throws; only report it if the next byte cannot continue it.
      const next = bytes[end];
      if (next === undefined || (next & 0xc0) !== 0x80) return end - 1;
    }
  }
  return bytes.length;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

export function parseCardJson(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse's English message is never shown: the scanner names the character instead.
    const problem = diagnoseJsonSyntax(text) ?? {
      offset: text.length,
      text: { zh: '请检查引号、逗号和括号是否成对', en: 'check that quotes, commas and brackets match' },
    };
    const { line, column } = lineAndColumn(text, problem.offset);
    throw new CardError(
      'E_JSON_SYNTAX',
      {
        zh: `JSON 格式错误，第 ${line} 行第 ${column} 列：${problem.text.zh}`,
        en: `invalid JSON at line ${line}, column ${column}: ${problem.text.en}`,
      },
      { file },
      { cause: error },
    );
  }
}
