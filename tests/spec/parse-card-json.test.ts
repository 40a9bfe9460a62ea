import { describe, expect, it } from 'vitest';
import { thrownCardError } from '../helpers/errors.js';
import { decodeCardText, parseCardJson } from '../../src/spec/parse-card-json.js';


describe('decodeCardText', () => {
  it('strips a UTF-8 byte order mark', () => {
    expect(decodeCardText(Buffer.from('\uFEFF{"a":1}', 'utf8'))).toBe('{"a":1}');
  });

  it('refuses UTF-16 with the fix', () => {
    const error = thrownCardError(() => decodeCardText(Buffer.from('\uFEFF{}', 'utf16le'), 'cards/a.json'));
    expect(error.code).toBe('E_ENCODING');
    expect(error.format('zh')).toBe('cards/a.json: 文件是 UTF-16 编码；请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）');
  });

  it('refuses GBK bytes, naming the offset', () => {
    const gbk = Buffer.from([0x7b, 0x22, 0xd5, 0xfe, 0x22, 0x7d]);
    expect(thrownCardError(() => decodeCardText(gbk, 'cards/a.json')).format('en')).toBe(
      'cards/a.json: the file is not valid UTF-8 (invalid byte at offset 2, perhaps GBK); save it as UTF-8',
    );
  });

  it('refuses an empty file', () => {
    expect(thrownCardError(() => decodeCardText(Buffer.from(' \n'), 'cards/a.json')).format('zh')).toBe('cards/a.json: 文件是空的；请填写卡片内容（JSON 对象）');
  });
});

describe('parseCardJson', () => {
  it('reports a trailing comma with line and column', () => {
    const error = thrownCardError(() => parseCardJson('{\n  "title": "a",\n  "issuer": "b",\n}', 'cards/a.json'));
    expect(error.code).toBe('E_JSON_SYNTAX');
    expect(error.format('zh')).toMatch(/^cards\/a\.json: JSON 格式错误，第 4 行第 1 列：最后一项后面多了逗号/);
  });

  it('reports a truncated file', () => {
    const error = thrownCardError(() => parseCardJson('{\n  "title": "a",\n  "parties": ["x"', 'cards/a.json'));
    expect(error.format('en')).toMatch(/^cards\/a\.json: invalid JSON at line 3, column 18: the file ends too early; a closing \} or \] may be missing/);
  });
});
