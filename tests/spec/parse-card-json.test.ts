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

  // A Chinese keyboard's mistakes: each names the character, its line and column, and the fix.
  it.each([
    ['a full-width colon', '{\n  "title"："人才补贴"\n}', 2, 10, '有全角冒号“：”；字段名后面的冒号要用英文的 :（切换到英文输入法再输入）', 'full-width colon "："; the colon after a field name must be the ASCII : (switch the keyboard to English to type it)'],
    ['a full-width comma', '{\n  "title": "人才补贴"，\n  "issuer": "人社局"\n}', 2, 18, '有全角逗号“，”；两项之间的逗号要用英文的 ,（切换到英文输入法再输入）', 'full-width comma "，"; the comma between items must be the ASCII , (switch the keyboard to English to type it)'],
    ['Chinese quotes around a key', '{\n  “title”: "人才补贴"\n}', 2, 3, '有中文引号 “ ；字段名和文字两边的引号要用英文的 "（切换到英文输入法再输入）', 'Chinese quotation mark "“"; the quotes around field names and text must be the ASCII " (switch the keyboard to English to type it)'],
    ['Chinese quotes around a value', '{"title": “人才补贴”}', 1, 11, '有中文引号 “ ；字段名和文字两边的引号要用英文的 "（切换到英文输入法再输入）', 'Chinese quotation mark "“"; the quotes around field names and text must be the ASCII " (switch the keyboard to English to type it)'],
    ['a closing Chinese quote', '{\n  "title": "人才补贴”,\n  "issuer": "人社局"\n}', 2, 19, '这一行的文字缺少结尾的英文双引号 "（结尾用的是中文引号 ” ）；一段文字要在同一行内用 " 结束，换行请写 \\n', 'the text on this line has no closing ASCII double quote " (it ends with a Chinese quotation mark "”"); end it with " on the same line, write \\n for a line break'],
    ['an unquoted phone number', '{"contacts": [{"name": "人社局", "phone": 0512-6875 1234}]}', 1, 40, '电话号码等数字串 0512-6875 1234 两边缺少英文双引号；请写成 "0512-6875 1234"（否则开头的 0 会丢失）', 'the number 0512-6875 1234 (a phone number?) needs ASCII double quotes around it; write "0512-6875 1234" (a leading 0 would be lost otherwise)'],
    ['an unquoted phone number with a leading 0', '{"phone": 051268751234}', 1, 11, '电话号码等数字串 051268751234 两边缺少英文双引号；请写成 "051268751234"（否则开头的 0 会丢失）', 'the number 051268751234 (a phone number?) needs ASCII double quotes around it; write "051268751234" (a leading 0 would be lost otherwise)'],
    ['unquoted text', '{"title": 人才补贴}', 1, 11, '文字 人才补贴 两边缺少英文双引号；请写成 "人才补贴"', 'the text 人才补贴 needs ASCII double quotes around it; write "人才补贴"'],
    ['a missing closing quote', '{\n  "title": "人才补贴,\n  "issuer": "人社局"\n}', 2, 18, '这一行的文字缺少结尾的英文双引号 "；一段文字要在同一行内用 " 结束，换行请写 \\n', 'the text on this line has no closing ASCII double quote "; end it with " on the same line, write \\n for a line break'],
    ['an unquoted key', '{title: "人才补贴"}', 1, 2, '字段名 title 两边缺少英文双引号；请写成 "title"', 'the field name title needs ASCII double quotes around it; write "title"'],
    ['a missing comma', '{\n  "title": "人才补贴"\n  "issuer": "人社局"\n}', 3, 3, '前一项后面缺少英文逗号 ","；两项之间要用逗号隔开', 'a comma "," is missing before this; separate items with commas'],
    ['a full-width bracket', '{"parties": ［"企业"]}', 1, 13, '有全角左方括号“［”；JSON 的括号要用英文的 [（切换到英文输入法再输入）', 'full-width bracket "［"; JSON brackets must be the ASCII [ (switch the keyboard to English to type it)'],
    ['a full-width space', '{"title":\u3000"a"}', 1, 10, '有全角空格；JSON 的引号和括号之外只能用普通空格，请删除它或换成普通空格', 'full-width space; outside quotes JSON allows only ordinary spaces, delete it or type an ordinary space'],
    ['a Windows path with single backslashes', '{"logo": "C:\\logo.png"}', 1, 13, '反斜杠 \\ 后面不能直接跟“l”；文字里要写反斜杠本身请写两个 \\\\（路径也可以改用 /）', 'a backslash \\ cannot be followed by "l"; write \\\\ for a backslash itself (or use / in paths)'],
    ['a second closing brace', '{"title": "a"}}', 1, 15, '卡片内容结束后还有多余的“}”；一个文件只写一个 {…}，请删除多余部分', 'there is more after the end of the card ("}"); a file holds one {…}, delete the rest'],
  ])('names %s, its line and column', (_case, text, line, column, zh, en) => {
    const error = thrownCardError(() => parseCardJson(text, 'cards/a.json'));
    expect(error.code).toBe('E_JSON_SYNTAX');
    expect(error.format('zh')).toBe(`cards/a.json: JSON 格式错误，第 ${line} 行第 ${column} 列：${zh}`);
    expect(error.format('en')).toBe(`cards/a.json: invalid JSON at line ${line}, column ${column}: ${en}`);
  });

  it('never shows the JSON parser’s English text', () => {
    const error = thrownCardError(() => parseCardJson('{"title"："a"}', 'cards/a.json'));
    expect(error.format('zh')).not.toMatch(/Unexpected token|Expected '|position \d|is not valid JSON/);
    expect(error.format('en')).not.toMatch(/Unexpected token|Expected '|position \d|is not valid JSON/);
  });
});
