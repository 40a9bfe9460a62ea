/**
 * Bytes of a card file → a JSON value, with errors that say where: encoding problems (UTF-16
 * from Notepad, stray bytes) and syntax errors with line and column. A UTF-8 BOM is tolerated.
 */
import { CardError } from '../errors.js';

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
    const detail = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(detail);
    const offset = match ? Number(match[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const hint = /,\s*[}\]]/.test(text.slice(Math.max(0, offset - 40), offset + 1))
      ? { zh: '最后一项后面多了逗号', en: 'there is a trailing comma after the last item' }
      : offset >= text.trimEnd().length
        ? { zh: '文件不完整，可能缺少结尾的 } 或 ]', en: 'the file ends too early; a closing } or ] may be missing' }
        : { zh: '请检查引号、逗号和括号是否成对', en: 'check that quotes, commas and brackets match' };
    throw new CardError(
      'E_JSON_SYNTAX',
      {
        zh: `JSON 格式错误，第 ${line} 行第 ${column} 列：${hint.zh}（${detail}）`,
        en: `invalid JSON at line ${line}, column ${column}: ${hint.en} (${detail})`,
      },
      { file },
      { cause: error },
    );
  }
}
