import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/cli/resolve-settings.js';
import { loadConfig } from '../../src/config/load-config.js';
import { LIMITS } from '../../src/spec/card-schema.js';
import { CardError } from '../../src/errors.js';
import { renderConfigSchemaFile } from '../../src/schema/write-schema.js';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers/cards.js';

async function folderWith(config: unknown): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-config-'));
  await writeFile(path.join(folder, 'policy-card.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return folder;
}

describe('policy-card.config.json', () => {
  it('is optional', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-config-'));
    expect(await loadConfig(folder)).toEqual({ config: {}, dir: folder, file: undefined });
  });

  it('sets the batch defaults, with paths relative to the config file', async () => {
    const folder = await folderWith({ template: 'phone', theme: 'red', locale: 'zh-TW', brandColor: '#0b7a75', formats: ['png', 'svg'], out: 'dist-cards', logo: 'logo.png' });
    const settings = await resolveSettings([], {}, folder);
    expect(settings).toEqual({
      paths: ['cards'],
      out: path.join(folder, 'dist-cards'),
      formats: ['png', 'svg'],
      template: 'phone',
      theme: 'red',
      locale: 'zh-TW',
      brandColor: '#0b7a75',
      defaultLogo: { path: 'logo.png', baseDir: folder },
    });
  });

  // A mistyped --templates folder listed only the built-in templates and said nothing of it.
  it.each([
    ['--templates', {}, { templates: 'my-templats' }, '--templates 指定的模板文件夹 my-templats 不存在；请检查文件夹名（自定义模板的写法见 docs/templates.md）', 'the templates folder my-templats (--templates) does not exist; check its name (docs/templates.md shows how to write a template)'],
    ['templatesDir in the config', { templatesDir: 'my-templats' }, {}, 'policy-card.config.json 的 templatesDir 指定的模板文件夹 my-templats 不存在；请检查文件夹名（自定义模板的写法见 docs/templates.md）', 'the templates folder my-templats (templatesDir in policy-card.config.json) does not exist; check its name (docs/templates.md shows how to write a template)'],
  ])('refuses a templates folder that does not exist, given by %s (E_PATH_NOT_FOUND)', async (_by, config, flags, zh, en) => {
    const folder = await folderWith(config);
    const error = await resolveSettings([], flags, folder).then(() => null, (caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'E_PATH_NOT_FOUND', text: { zh, en } });
  });

  it('is overridden by command-line flags', async () => {
    const folder = await folderWith({ theme: 'red', locale: 'zh-TW', formats: ['svg'] });
    const settings = await resolveSettings(['x.json'], { theme: 'elder', locale: 'en', format: 'png', dpi: '150' }, folder);
    expect(settings).toMatchObject({ paths: ['x.json'], theme: 'elder', locale: 'en', formats: ['png'], dpi: 150 });
  });

  it.each([
    [{ theme: 'Red' }, 'policy-card.config.json: /theme (主题): 名称只能包含小写字母、数字、- 和 _；收到文本 "Red"（3字）'.replace('_；收到', '_，收到')],
    [{ Theme: 'red' }, 'policy-card.config.json: /Theme: 不认识的字段 "Theme"；你是不是想写 theme？'],
    ['{ "theme"："red" }', 'policy-card.config.json: 配置文件不是有效的 JSON，第 1 行第 10 列：有全角冒号“：”；字段名后面的冒号要用英文的 :（切换到英文输入法再输入）'],
    [{ colour: '#fff' }, 'policy-card.config.json: /colour: 不认识的字段 "colour"；这里可以写的字段：office、template、theme、brandColor、logo、locale、formats、out、templatesDir、cards、qr、limits、draft、site（见 schema/config.schema.json）'],
    [{ brandColor: 'blue' }, /^policy-card\.config\.json: \/brandColor \(brandColor\): /],
    ['{ "theme": "red", }', 'policy-card.config.json: 配置文件不是有效的 JSON，第 1 行第 19 列：最后一项后面多了逗号；请删除它'],
  ])('refuses a bad config %j, naming the file and field', async (config, message) => {
    const folder = await folderWith(config);
    await expect(loadConfig(folder)).rejects.toThrow(message);
  });

  it.each([
    [{ locale: 'fr' }, /^--locale 只能是 zh-CN、zh-TW、en，收到 fr$/],
    [{ dpi: '10' }, /^--dpi 应为 36–1200 的整数，收到 10$/],
    [{ brandColor: 'red' }, /^--brand-color 应为 #rrggbb 形式的颜色，收到 red$/],
    [{ qrTarget: 'site' }, /^--qr-target site 需要 --base-url（或配置 site\.baseUrl）$/],
    [{ qrTarget: 'page', baseUrl: 'https://a.cn' }, /^--qr-target 只能是 spec 或 site，收到 page$/],
    [{ baseUrl: 'ftp://a.cn/p' }, /^--base-url 应为 https:\/\/ 开头、不带 \? 和 # 的网址，收到 ftp:\/\/a\.cn\/p$/],
    [{ baseUrl: 'https://a.cn/p?x=1' }, /^--base-url 应为 https:\/\/ 开头、不带 \? 和 # 的网址，收到 https:\/\/a\.cn\/p\?x=1$/],
    [{ baseUrl: 'https://a.cn', qrUtm: 'a b' }, /^--qr-utm 应为查询串，如 src=card，收到 a b$/],
    [{ format: 'png,webp' }, /^--format 只能是 png、svg、pdf，收到 webp$/],
  ])('refuses bad flags %j', async (flags, message) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-config-'));
    await expect(resolveSettings([], flags, folder)).rejects.toThrow(message);
  });

  it('has a published JSON Schema in sync with the code', () => {
    expect(readFileSync(path.join(ROOT, 'schema', 'config.schema.json'), 'utf8')).toBe(renderConfigSchemaFile());
  });
});

describe('limits in policy-card.config.json', () => {
  it('are configurable, and each names itself when hit', async () => {
    const folder = await folderWith({ limits: { specFileKb: 1, logoKb: 1, renderTimeoutSec: 5 } });
    const { mkdir: makeDir, writeFile: write } = await import('node:fs/promises');
    await makeDir(path.join(folder, 'cards'));
    const { minimalSpec } = await import('../helpers/cards.js');
    await write(path.join(folder, 'cards', 'big.json'), JSON.stringify({ ...minimalSpec(), summary: '长'.repeat(400) }));
    await write(path.join(folder, 'cards', 'logo.json'), JSON.stringify({ ...minimalSpec(), logo: 'logo.png' }));
    // A real PNG of about 16 KB (random pixels do not compress).
    const { PNG } = await import('pngjs');
    const { randomBytes } = await import('node:crypto');
    const image = new PNG({ width: 64, height: 64 });
    randomBytes(image.data.length).copy(image.data);
    await write(path.join(folder, 'cards', 'logo.png'), PNG.sync.write(image));
    const settings = await resolveSettings([], {}, folder);
    expect(settings.limits).toEqual({ specFileBytes: 1024, logoBytes: 1024, logoPixels: 4096, renderTimeoutMs: 5000, spec: LIMITS, outputPixels: 40_000_000, documentBytes: 20 * 1024 * 1024, documentTimeoutMs: 20_000, documentMemoryMb: 1024 });
    const { validateCards } = await import('../../src/batch/validate-cards.js');
    const report = await validateCards({ ...settings, cwd: folder });
    const messages = report.cards.map((card) => [card.file, card.errors.map((error) => `${error.code} ${error.text.zh}`)]);
    expect(messages).toEqual([
      ['cards/big.json', [expect.stringMatching(/^E_LIMIT 卡片文件有 2 KB，超过上限 1 KB（limits\.specFileKb）/)]],
      ['cards/logo.json', [expect.stringMatching(/^E_ASSET 标志图片应为不超过 1 KB 的文件（limits\.logoKb），收到 1\d KB；请把图片缩小到 1000 像素左右另存，或在 policy-card\.config\.json 的 limits\.logoKb 中提高上限$/)]],
    ]);
  });
});

describe('field, list and output limits in policy-card.config.json', () => {
  it('become the batch limits, over the defaults', async () => {
    const folder = await folderWith({ limits: { fieldChars: { title: 200 }, listItems: { conditions: 40 }, outputMegapixels: 8.5, documentMb: 50, documentSeconds: 5, documentMemoryMb: 512 } });
    const { limits } = await resolveSettings([], {}, folder);
    expect(limits?.spec).toEqual({ ...LIMITS, title: 200, conditions: 40 });
    expect(limits?.outputPixels).toBe(8_500_000);
    expect(limits?.documentBytes).toBe(50 * 1024 * 1024);
    expect(limits?.documentTimeoutMs).toBe(5000);
    expect(limits?.documentMemoryMb).toBe(512);
  });

  it.each([
    [{ fieldChars: { title: 1e9 } }, 'policy-card.config.json: /limits/fieldChars/title (安全限值 文字长度 政策名称): 不能大于 5000，收到数字 1000000000'],
    [{ listItems: { conditions: 1000 } }, 'policy-card.config.json: /limits/listItems/conditions (安全限值 列表项数 申报条件): 不能大于 100，收到数字 1000'],
    [{ listItems: { conditions: 0 } }, 'policy-card.config.json: /limits/listItems/conditions (安全限值 列表项数 申报条件): 不能小于 1，收到数字 0'],
    [{ listItems: { process: 2.5 } }, 'policy-card.config.json: /limits/listItems/process (安全限值 列表项数 申报流程): 应为整数，收到数字 2.5'],
    [{ fieldChars: { title: '200' } }, 'policy-card.config.json: /limits/fieldChars/title (安全限值 文字长度 政策名称): 应为数字，收到文本 "200"（3字）'],
    [{ fieldChars: { titel: 200 } }, 'policy-card.config.json: /limits/fieldChars/titel (安全限值 文字长度): 不认识的字段 "titel"；你是不是想写 title？'],
    [{ listItems: { title: 5 } }, 'policy-card.config.json: /limits/listItems/title (安全限值 列表项数): 不认识的字段 "title"；这里可以写的字段：parties、conditions、materials、process、rewardItems、tableColumns、tableRows、contacts（见 schema/config.schema.json）'],
    [{ outputMegapixels: 1000 }, 'policy-card.config.json: /limits/outputMegapixels (安全限值 outputMegapixels): 不能大于 150，收到数字 1000'],
    [{ outputMegapixels: 0.5 }, 'policy-card.config.json: /limits/outputMegapixels (安全限值 outputMegapixels): 不能小于 1，收到数字 0.5'],
    [{ documentMb: 500 }, 'policy-card.config.json: /limits/documentMb (安全限值 documentMb): 不能大于 200，收到数字 500'],
    [{ documentSeconds: 0 }, 'policy-card.config.json: /limits/documentSeconds (安全限值 documentSeconds): 不能小于 1，收到数字 0'],
    [{ documentMemoryMb: 64 }, 'policy-card.config.json: /limits/documentMemoryMb (安全限值 documentMemoryMb): 不能小于 128，收到数字 64'],
  ])('refuses the limit %j with a clear config error', async (limits, message) => {
    const folder = await folderWith({ limits });
    const error = await loadConfig(folder).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CardError);
    expect([(error as CardError).code, (error as CardError).message]).toEqual(['E_USAGE', message]);
  });
});
