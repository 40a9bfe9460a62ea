/**
 * The hostile-input corpus (tests/fixtures/hostile/) and what each case must produce, shared by
 * the tests that run it through every command.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CARDS_DIR, ROOT, minimalSpec } from '../helpers/cards.js';

export const EXPECTED: Record<string, string | RegExp> = {
  'array.json': 'E_SCHEMA',
  'bidi-in-url.json': /^E_SCHEMA .*\/qr\/url \(二维码 链接\): 含有看不见的控制字符 U\+202E/,
  'bidi-override.json': /^E_SCHEMA .*\/title \(政策名称\): 含有看不见的控制字符 U\+202E（第 3 个字符）/,
  'control-chars.json': /^E_SCHEMA .*\/title \(政策名称\): 含有看不见的控制字符 U\+0000（第 3 个字符）/,
  'data-url.json': 'E_SCHEMA',
  'deep-nesting.json': /^E_SCHEMA .*\/materials\/0 \(申报材料 第1项\): 应为文本，收到列表（1项）/,
  'dup-one.json': 'E_DUPLICATE_ID',
  'dup-two.json': 'E_DUPLICATE_ID',
  'emoji.json': /^E_GLYPH_MISSING .*“🎉”\(U\+1F389\) \/title/,
  'empty.json': 'E_ENCODING',
  'ext-b.json': /^E_GLYPH_MISSING .*“𠮷”\(U\+20BB7\) \/issuer/,
  'file-url.json': 'E_SCHEMA',
  'huge-field.json': /^E_SCHEMA .*\/title \(政策名称\): 最多 120 字（limits\.fieldChars\.title），收到文本 .*（100000字）/,
  'id-dots.json': 'E_SCHEMA',
  'id-long.json': 'E_SCHEMA',
  'id-reserved.json': /^E_SCHEMA .*\/id \(编号\): 文本 "con"（3字） 是 Windows 保留的设备名/,
  'javascript-url.json': 'E_SCHEMA',
  'logo-absolute.json': 'E_ASSET',
  'logo-entity-bomb.json': /^E_ASSET .*不是 PNG 或 JPEG 图片/,
  'logo-huge-header.json': /^E_ASSET .*标志图片尺寸 50000×50000 不合适/,
  'logo-not-image.json': 'E_ASSET',
  'logo-svg-external.json': /^E_ASSET .*不是 PNG 或 JPEG 图片/,
  'logo-symlink.json': /^E_ASSET .*位于卡片文件夹之外/,
  'logo-traversal.json': /^E_ASSET .*位于卡片文件夹之外/,
  'logo-truncated.json': /^E_ASSET .*不完整（文件被截断）/,
  'lone-surrogate.json': /^E_SCHEMA .*\/title \(政策名称\): 含有看不见的控制字符 U\+D800/,
  'many-items.json': /^E_SCHEMA .*\/conditions \(申报条件\): 最多 20 项（limits\.listItems\.conditions），收到列表（10000项）/,
  'missing-required.json': /^E_SCHEMA .*\/title \(政策名称\): 缺少必填项/,
  'object-for-string.json': /^E_SCHEMA .*\/title \(政策名称\): 应为文本，收到对象/,
  'oversize-file.json': /^E_LIMIT .*超过上限 1024 KB（limits.specFileKb）/,
  'proto-keys.json': /^E_SCHEMA .*不认识的字段 "__proto__"/,
  'qr-too-long.json': /^E_QR_CAPACITY .*网址有 2427 字节，超出二维码容量（纠错等级 M 最多 2331 字节）/,
  'relative-url.json': 'E_SCHEMA',
  'string.json': 'E_SCHEMA',
  'template-absolute.json': 'E_SCHEMA',
  'template-nul.json': 'E_SCHEMA',
  'template-traversal.json': 'E_SCHEMA',
  'template-unknown.json': /^E_TEMPLATE .*没有名为 "nope" 的模板/,
  'trailing-comma.json': /^E_JSON_SYNTAX .*JSON 格式错误，第 \d+ 行第 \d+ 列：最后一项后面多了逗号/,
  'truncated.json': /^E_JSON_SYNTAX .*文件不完整/,
  'unknown-key.json': /^E_SCHEMA .*不认识的字段 "tittle"/,
  'utf16.json': /^E_ENCODING .*UTF-16/,
  'wrong-types.json': 'E_SCHEMA',
  'zero-width-url.json': /^E_SCHEMA .*含有看不见的控制字符 U\+200B/,
};
export const GOOD = ['bom.json', 'html-in-fields.json', 'wengang-butie.json', 'zhigai-shuzhuan.json'];

/** A fresh folder with the corpus in `specs/`, two good samples, and the large generated cases. */
export async function corpusWorkspace(prefix: string): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(path.join(ROOT, 'tests', 'fixtures', 'hostile'), path.join(work, 'specs'), { recursive: true, verbatimSymlinks: true });
  for (const sample of ['wengang-butie.json', 'zhigai-shuzhuan.json']) await cp(path.join(CARDS_DIR, sample), path.join(work, 'specs', sample));
  // Generated here rather than committed: large by design.
  await writeFile(path.join(work, 'specs', 'huge-field.json'), JSON.stringify({ ...minimalSpec(), title: '长'.repeat(100_000) }));
  await writeFile(path.join(work, 'specs', 'many-items.json'), JSON.stringify({ ...minimalSpec(), conditions: Array.from({ length: 10_000 }, (_, index) => `条件${index}`) }));
  await writeFile(path.join(work, 'specs', 'oversize-file.json'), JSON.stringify({ ...minimalSpec(), summary: 'x'.repeat(1_100_000) }));
  await mkdir(path.join(work, 'out'));
  return work;
}
