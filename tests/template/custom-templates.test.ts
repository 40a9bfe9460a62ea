import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardError } from '../../src/errors.js';
import { renderCard } from '../../src/render/render-card.js';
import { listTemplates } from '../../src/template/load-template.js';
import { CARDS_DIR, readJson, ROOT, validCard } from '../helpers/cards.js';
import { rejectedCardError } from '../helpers/errors.js';
import { decodePng, decodeQrAt } from '../helpers/png.js';

const CUSTOM = path.join(ROOT, 'tests', 'fixtures', 'templates');

const card = validCard;

async function renderError(template: string, spec = card()): Promise<CardError> {
  return rejectedCardError(renderCard(spec, { template, templatesDir: CUSTOM }));
}

describe('custom templates (--templates DIR)', () => {
  it('renders a custom fixed-size template at its declared size, using built-in partials', async () => {
    const rendered = await renderCard(card(), { template: 'mini', templatesDir: CUSTOM });
    const png = decodePng(rendered.png!);
    expect([png.width, png.height]).toEqual([600, 400]);
    expect(rendered.scale).toBe(1);
    expect(decodeQrAt(png, rendered.qr[0]!)).toBe('https://hrss.suzhou.gov.cn/wg');
  });

  it('shrinks the text of an overflowing card step by step and warns', async () => {
    const rendered = await renderCard(card({
      conditions: ['企业近三年无重大安全生产事故', '上年度营业收入不低于2000万元', '研发投入占比不低于3%', '拥有有效发明专利', '在苏州市注册满一年', '未列入失信名单'],
    }), {
      template: 'mini',
      templatesDir: CUSTOM,
    });
    expect(rendered.scale).toBeLessThan(1);
    expect(rendered.scale).toBeGreaterThanOrEqual(0.7);
    expect(rendered.warnings.map((warning) => warning.code)).toContain('W_TEXT_SCALED');
    expect(rendered.warnings.find((warning) => warning.code === 'W_TEXT_SCALED')!.text.zh).toBe(
      `内容较多，文字已缩小到标准字号的 ${Math.round(rendered.scale * 100)}% 以放进模板 "mini"`,
    );
  });

  it('gives one number for a large-type theme that is shrunk: its size against the standard size, which it still exceeds', async () => {
    const rendered = await renderCard(validCard(readJson(path.join(CARDS_DIR, 'yanfa-jiakou.json'))), { template: 'a6', theme: 'elder', baseDir: CARDS_DIR, skipPng: true });
    const ofStandard = Math.round(rendered.scale * 1.25 * 100);
    // elder leaves items out before it goes below the standard size, so "shrunk to 117 % of the standard size" would contradict itself.
    expect(ofStandard).toBeGreaterThanOrEqual(100);
    expect(rendered.warnings.find((warning) => warning.code === 'W_TEXT_SCALED')!.text).toEqual({
      zh: `内容较多，文字已小于本主题的字号（仍为标准字号的 ${ofStandard}%）以放进模板 "a6"`,
      en: `long content: text was set below this theme's size (still ${ofStandard}% of the standard size) to fit template "a6"`,
    });
  });

  it('refuses content that does not fit even at the floor, naming the longest sections', async () => {
    const long = Array.from({ length: 8 }, (_, index) => `第${index + 1}项：企业应当依法经营，按时足额缴纳社会保险费，近三年无重大违法记录。`);
    const error = await renderError('mini', card({ conditions: long }));
    expect(error.code).toBe('E_OVERFLOW');
    expect(error.text.zh).toMatch(/^内容放不进模板 "mini"：文字缩小到 70% 后仍超出 \d+ 像素（约 \d+%）。最长的部分：申报条件（\d+字）、/);
    expect(error.text.zh).toMatch(/请精简这些内容，或改用 phone 模板（高度随内容增长）$/);
  });

  it.each([
    ['broken-syntax', /^模板 "broken-syntax" 的 card\.hbs 有语法错误，在第 5 行或之前：块标签没有闭合或括号不成对（如 \{\{#if\}\} 缺少 \{\{\/if\}\}）$/],
    ['unknown-partial', /^模板 "unknown-partial" 的 card\.hbs 用到的片段 \{\{> no-such-partial\}\} 不存在：片段放在模板的 partials\/ 或模板文件夹的 _partials\/ 里，内置片段见 docs\/templates\.md$/],
    ['misspelt-field', /^模板 "misspelt-field" 的 card\.hbs 第 3 行的 \{\{tittle\}\} 不是卡片数据里的字段（拼写错误？可用的字段见 docs\/templates\.md）$/],
    ['raw-output', /^模板 "raw-output" 的 card\.hbs 使用了不转义输出 \{\{\{ \}\}\}；为安全起见不允许$/],
    ['bad-css', /^模板 "bad-css" 的样式里 display: table 不受 satori 支持；display 可用的值：block、flow-root、list-item、flex、.*、none（见 docs\/templates\.md“What CSS works”）$/],
  ])('a broken template %s gives a named error, not a stack trace', async (template, message) => {
    const error = await renderError(template);
    expect(error.code).toBe('E_TEMPLATE');
    expect(error.text.zh).toMatch(message);
  });

  // {{fs 60}} already ends in px: a stylesheet written as the docs' `font-size: 44px` reads, {{fs 60}}px,
  // gave 75pxpx, which satori drops without a word, so the title came out in the default 16 px.
  it.each([
    ['font-size: {{fs 60}}px;', 2, '{{fs 60}}px'],
    ['padding: {{sp 48}} {{ sp 24 }}px;', 2, '{{ sp 24 }}px'],
  ])('refuses %s in style.css.hbs, naming the line and the fix', async (declaration, line, written) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-card-templates-'));
    await mkdir(path.join(dir, 'poster'));
    await writeFile(path.join(dir, 'poster', 'manifest.json'), JSON.stringify({ description: { zh: '海报', en: 'poster' }, width: 600, height: null, qrSize: 120 }));
    await writeFile(path.join(dir, 'poster', 'card.hbs'), '<div class="title">{{title}}</div>');
    await writeFile(path.join(dir, 'poster', 'style.css.hbs'), `.card { display: flex; }\n.title { ${declaration} }\n`);
    const error = await rejectedCardError(renderCard(card(), { template: 'poster', templatesDir: dir }));
    expect([error.code, error.text]).toEqual([
      'E_TEMPLATE',
      {
        zh: `模板 "poster" 的 style.css.hbs 第 ${line} 行写了 ${written}：{{fs}} 和 {{sp}} 算出的尺寸已带单位 px，请去掉后面的 px`,
        en: `template "poster" has ${written} in style.css.hbs line ${line}: {{fs}} and {{sp}} give a size with its px unit; remove the px after it`,
      },
    ]);
  });

  it('names a block closed by the wrong tag, in our words', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-card-templates-'));
    await mkdir(path.join(dir, 'poster'));
    await writeFile(path.join(dir, 'poster', 'manifest.json'), JSON.stringify({ description: { zh: '海报', en: 'poster' }, width: 600, height: null, qrSize: 120 }));
    await writeFile(path.join(dir, 'poster', 'card.hbs'), '<div>\n{{#if parties}}<p>{{title}}</p>{{/each}}\n</div>');
    await writeFile(path.join(dir, 'poster', 'style.css.hbs'), '.card { display: flex; }');
    const error = await rejectedCardError(renderCard(card(), { template: 'poster', templatesDir: dir }));
    expect([error.code, error.text]).toEqual([
      'E_TEMPLATE',
      {
        zh: '模板 "poster" 的 card.hbs 有语法错误，在第 2 行或之前：{{#if}} 和 {{/each}} 不配对',
        en: 'template "poster" has a syntax error in card.hbs at or before line 2: {{#if}} is closed by {{/each}}',
      },
    ]);
  });

  // Windows hides known extensions, so a manifest saved from Notepad is often manifest.json.txt.
  it.each([
    ['manifest.json.txt', '{"description":{"zh":"海报","en":"poster"},"width":600,"height":null}', '模板 "poster" 的文件夹里没有 manifest.json（有 manifest.json.txt：Windows 可能隐藏了扩展名，请把它改名为 manifest.json）', 'template "poster" has no manifest.json (there is manifest.json.txt: Windows may hide the extension; rename it to manifest.json)'],
    ['manifest.json', '{"description":{"zh":"海报","en":"poster"},"width":600,}', '模板 "poster" 的 manifest.json 有误：JSON 格式错误，第 1 行第 54 列：最后一项后面多了逗号；请删除它', 'template "poster" has an invalid manifest.json: invalid JSON at line 1, column 54: there is a trailing comma after the last item; delete it'],
    ['manifest.json', '{"description":{"zh":"海报","en":"poster"},"width":"600px","height":null,"qrSize":300}', '模板 "poster" 的 manifest.json 中 width：应为数字，收到文本 "600px"（5字）；各项的写法见 docs/templates.md 的 manifest.json 一节', 'template "poster" has an invalid manifest.json at width: expected a number, received text "600px" (5 characters); docs/templates.md (manifest.json) says what each key takes'],
    // A missing key is named as missing, and an unknown one with the keys allowed (it was "invalid colour, received" the whole manifest).
    ['manifest.json', '{"description":{"zh":"海报","en":"poster"},"width":600,"height":null}', '模板 "poster" 的 manifest.json 中 qrSize：缺少必填项，请填写；各项的写法见 docs/templates.md 的 manifest.json 一节', 'template "poster" has an invalid manifest.json at qrSize: required field is missing; fill it in; docs/templates.md (manifest.json) says what each key takes'],
    [
      'manifest.json',
      '{"description":{"zh":"海报","en":"poster"},"width":600,"height":null,"qrSize":300,"colour":"red"}',
      '模板 "poster" 的 manifest.json 中 colour：不认识的字段 "colour"；这里可以写的字段：description、width、height、maxHeight、qrSize、minScale、overflow、abridge、columns、sectionOrder、extends、physical；各项的写法见 docs/templates.md 的 manifest.json 一节',
      'template "poster" has an invalid manifest.json at colour: unknown field "colour"; the fields allowed here are: description, width, height, maxHeight, qrSize, minScale, overflow, abridge, columns, sectionOrder, extends, physical; docs/templates.md (manifest.json) says what each key takes',
    ],
  ])('names what is wrong with %s %s, and lists the template as broken', async (file, content, zh, en) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-card-templates-'));
    await mkdir(path.join(dir, 'poster'));
    await writeFile(path.join(dir, 'poster', file), content);
    await writeFile(path.join(dir, 'poster', 'card.hbs'), '<div>{{title}}</div>');
    await writeFile(path.join(dir, 'poster', 'style.css.hbs'), '.card { display: flex; }');
    const error = await rejectedCardError(renderCard(card(), { template: 'poster', templatesDir: dir }));
    expect([error.code, error.text]).toEqual(['E_TEMPLATE', { zh, en }]);
    expect((await listTemplates(dir)).find((entry) => entry.name === 'poster')?.error?.text).toEqual({ zh, en });
  });

  it('lists custom templates beside the built-in ones, broken ones with their error', async () => {
    const listing = await listTemplates(CUSTOM);
    const byName = new Map(listing.map((entry) => [entry.name, entry]));
    expect(byName.get('phone')?.manifest?.width).toBe(1080);
    expect(byName.get('mini')?.manifest?.height).toBe(400);
    expect(byName.get('raw-output')?.error?.code).toBe('E_TEMPLATE');
  });
});
