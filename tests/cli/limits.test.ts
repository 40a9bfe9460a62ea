/**
 * Limits from policy-card.config.json through the built CLI: a raised field or list limit lets a
 * longer card through validate and build to a PNG, a lowered one refuses it, the output pixel
 * limit stops a card before anything is written, and a bad limit is a config error.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { minimalSpec } from '../helpers/cards.js';
import { decodePng } from '../helpers/png.js';

interface JsonReport {
  cards: Array<{ file: string; status?: string; valid?: boolean; outputs?: string[]; errors: Array<{ code: string; message: string }> }>;
}

async function workspace(cards: Record<string, unknown>, config?: unknown): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-limits-'));
  await mkdir(path.join(folder, 'cards'));
  for (const [name, spec] of Object.entries(cards)) await writeFile(path.join(folder, 'cards', name), JSON.stringify(spec));
  if (config !== undefined) await writeFile(path.join(folder, 'policy-card.config.json'), JSON.stringify(config));
  return folder;
}

const errorsOf = (stdout: string): Array<[string, string[]]> =>
  (JSON.parse(stdout) as JsonReport).cards.map((card) => [card.file, card.errors.map((error) => `${error.code} ${error.message}`)]);

const longCard = {
  ...minimalSpec(),
  edition: '2026-01-01',
  title: `${'苏州市促进制造业智能化改造和数字化转型若干措施'.repeat(6)}实施细则`,
  conditions: Array.from({ length: 24 }, (_, index) => `条件${index + 1}：在苏州市注册的工业企业`),
};

describe('field and list limits from the config, through the CLI', () => {
  it('refuses a long card by default, naming each limit and the value', async () => {
    const folder = await workspace({ 'long.json': longCard });
    const result = await cli(folder, 'validate', '--json');
    expect(result.code).toBe(1);
    expect(errorsOf(result.stdout)).toEqual([
      [
        'cards/long.json',
        [
          `E_SCHEMA cards/long.json: /title (政策名称): 最多 120 字（limits.fieldChars.title），收到文本 "${longCard.title.slice(0, 40)}…"（${longCard.title.length}字）；请精简文字，完整内容可放在二维码指向的详情页`,
          'E_SCHEMA cards/long.json: /conditions (申报条件): 最多 20 项（limits.listItems.conditions），收到列表（24项）；请合并或删减条目',
        ],
      ],
    ]);
    const english = await cli(folder, 'validate', '--json', '--lang', 'en');
    expect(errorsOf(english.stdout)[0]![1][1]).toBe(
      'E_SCHEMA cards/long.json: /conditions (conditions): at most 20 items (limits.listItems.conditions), received a list of 24; merge or remove entries',
    );
  });

  it('lets the same card through validate and build to a PNG when the config raises the limits', async () => {
    const folder = await workspace({ 'long.json': longCard }, { limits: { fieldChars: { title: 150 }, listItems: { conditions: 24 } } });
    const validated = await cli(folder, 'validate', '--json');
    expect([validated.code, errorsOf(validated.stdout)]).toEqual([0, [['cards/long.json', []]]]);
    const built = await cli(folder, 'build', '--json');
    expect([built.code, errorsOf(built.stdout)]).toEqual([0, [['cards/long.json', []]]]);
    const png = decodePng(await readFile(path.join(folder, 'output', 'long.png')));
    expect(png.width).toBe(1080);
  });

  it('refuses a card the defaults accept when the config lowers a limit, and writes no image', async () => {
    const folder = await workspace({ 'steps.json': { ...minimalSpec(), edition: '2026-01-01' } }, { limits: { listItems: { process: 2 } } });
    const built = await cli(folder, 'build', '--json');
    expect(built.code).toBe(1);
    expect(errorsOf(built.stdout)).toEqual([
      ['cards/steps.json', ['E_SCHEMA cards/steps.json: /process (申报流程): 最多 2 项（limits.listItems.process），收到列表（3项）；请合并或删减条目']],
    ]);
    expect((await readdir(path.join(folder, 'output'))).filter((name) => name.endsWith('.png'))).toEqual([]);
  });

  it('reports a limit the config sets too high as a config error (exit 2), in either language', async () => {
    const folder = await workspace({ 'a.json': minimalSpec() }, { limits: { fieldChars: { title: 1_000_000_000 } } });
    const result = await cli(folder, 'validate');
    expect([result.code, result.stderr]).toEqual([
      2,
      '[E_USAGE] policy-card.config.json: /limits/fieldChars/title (安全限值 文字长度 政策名称): 不能大于 5000，收到数字 1000000000\n',
    ]);
    const english = await cli(folder, 'build', '--lang', 'en');
    expect([english.code, english.stderr]).toEqual([
      2,
      '[E_USAGE] policy-card.config.json: /limits/fieldChars/title (limits field length title): must be at most 5000, received number 1000000000\n',
    ]);
    expect((await readdir(folder)).sort()).toEqual(['cards', 'policy-card.config.json']);
  });
});

describe('limits.outputMegapixels through the CLI', () => {
  it('stops a phone card taller than the limit and a --dpi render too large for it, writing no image', async () => {
    const folder = await workspace({ 'wengang.json': { ...minimalSpec(), edition: '2026-01-01' } }, { limits: { outputMegapixels: 1 } });
    const phone = await cli(folder, 'build', '--json');
    expect(phone.code).toBe(1);
    expect(errorsOf(phone.stdout)[0]![1]).toEqual([expect.stringMatching(/^E_TOO_TALL cards\/wengang\.json: 内容太多：卡片 1080×\d+ 像素（[\d.]+ 百万像素），超过上限 1 百万像素（limits\.outputMegapixels），即宽 1080 像素时最高 925 像素；/)]);
    const a6 = await cli(folder, 'build', '--template', 'a6', '--dpi', '600', '--json', '--lang', 'en');
    expect(a6.code).toBe(1);
    expect(errorsOf(a6.stdout)).toEqual([
      [
        'cards/wengang.json',
        [
          'E_LIMIT cards/wengang.json: template "a6" at 600 dpi makes an image of 2480×3496 px (8.7 megapixels), above the 1 megapixel limit (limits.outputMegapixels); use --dpi 203 or lower, or raise limits.outputMegapixels in the config',
        ],
      ],
    ]);
    expect((await readdir(path.join(folder, 'output'))).filter((name) => !name.startsWith('.'))).toEqual([]);
  });

  it('stops a print sheet over the limit, exit 1, no PDF written', async () => {
    const folder = await workspace({ 'wengang.json': { ...minimalSpec(), edition: '2026-01-01' } }, { limits: { outputMegapixels: 5 } });
    const result = await cli(folder, 'print', '--template', 'a6', '--paper', 'A3', '--out', 'sheet.pdf', '--json');
    expect(result.code).toBe(1);
    expect(errorsOf(result.stdout)).toEqual([
      [
        'cards/wengang.json',
        [
          'E_LIMIT cards/wengang.json: 打印页 A3（297×420 毫米）按卡片的 300 dpi 相当于 3508×4961 像素（17.4 百万像素），超过上限 5 百万像素（limits.outputMegapixels）；请用较小的纸张（--paper）或较低分辨率的模板，或在配置中提高 limits.outputMegapixels',
        ],
      ],
    ]);
    expect((await readdir(folder)).sort()).toEqual(['cards', 'policy-card.config.json']);
  });
});
