/**
 * Saving from the editor rewrites a card file; the diff must show only what changed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyLikeOriginal } from '../../src/serve/json-like-original.js';
import { CARDS_DIR } from '../helpers/cards.js';

const changedLines = (before: string, after: string): Array<[string | undefined, string | undefined]> => {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: Array<[string | undefined, string | undefined]> = [];
  for (let index = 0; index < Math.max(a.length, b.length); index++) if (a[index] !== b[index]) out.push([a[index], b[index]]);
  return out;
};

describe('stringifyLikeOriginal', () => {
  it('gives back every sample file byte for byte when nothing changed', async () => {
    for (const name of ['zhigai-shuzhuan.json', 'gaoxin-qiye.json', 'wengang-butie.json']) {
      const text = await readFile(path.join(CARDS_DIR, name), 'utf8');
      expect(stringifyLikeOriginal(JSON.parse(text), text)).toBe(text);
    }
  });

  it('changes only the title line when the title changes', async () => {
    const text = await readFile(path.join(CARDS_DIR, 'zhigai-shuzhuan.json'), 'utf8');
    const spec = JSON.parse(text);
    const next = stringifyLikeOriginal({ ...spec, title: '新的标题' }, text);
    expect(changedLines(text, next)).toEqual([['  "title": "智能化改造数字化转型项目奖补",', '  "title": "新的标题",']]);
  });

  it('keeps the file key order even when the editor sends keys in another order', () => {
    const text = '{\n  "title": "a",\n  "issuer": "b"\n}\n';
    expect(stringifyLikeOriginal({ issuer: 'b', title: 'c', docNo: 'd' }, text)).toBe('{\n  "title": "c",\n  "issuer": "b",\n  "docNo": "d"\n}\n');
  });

  it('keeps one-line objects on one line and new list items in the style of their siblings', async () => {
    const text = await readFile(path.join(CARDS_DIR, 'zhigai-shuzhuan.json'), 'utf8');
    const spec = JSON.parse(text);
    spec.process[1].detail = '各区审核';
    spec.process.push({ title: '资金拨付', detail: '直达企业账户' });
    spec.period.end = '2026-05-31';
    const expected = text
      .replace('{ "title": "属地初审", "detail": "各区（县级市）工信部门审核推荐" }', '{ "title": "属地初审", "detail": "各区审核" }')
      .replace('"detail": "公示7个工作日后拨付资金" }\n', '"detail": "公示7个工作日后拨付资金" },\n    { "title": "资金拨付", "detail": "直达企业账户" }\n')
      .replace('"end": "2026-04-30"', '"end": "2026-05-31"');
    expect(expected).not.toBe(text);
    expect(stringifyLikeOriginal(spec, text)).toBe(expected);
  });

  it('moves reordered list items without rewriting them', () => {
    const text = '{\n  "conditions": [\n    "一",\n    "二",\n    "三"\n  ]\n}\n';
    expect(stringifyLikeOriginal({ conditions: ['三', '一', '二'] }, text)).toBe('{\n  "conditions": [\n    "三",\n    "一",\n    "二"\n  ]\n}\n');
  });

  it('keeps a BOM, CRLF line ends, 4-space indent and a missing final newline', () => {
    const text = '\uFEFF{\r\n    "title": "a",\r\n    "parties": ["x"]\r\n}';
    expect(stringifyLikeOriginal({ title: 'b', parties: ['x', 'y'] }, text)).toBe('\uFEFF{\r\n    "title": "b",\r\n    "parties": ["x", "y"]\r\n}');
  });

  it('writes plain 2-space JSON for a new file or an unreadable one', () => {
    expect(stringifyLikeOriginal({ title: 'a', parties: ['x'] })).toBe('{\n  "title": "a",\n  "parties": [\n    "x"\n  ]\n}\n');
    expect(stringifyLikeOriginal({ title: 'a' }, '{ broken')).toBe('{\n  "title": "a"\n}\n');
  });
});
