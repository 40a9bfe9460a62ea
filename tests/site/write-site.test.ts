/**
 * The detail site built from the sample cards: each card's QR code leads to a page that exists
 * in the output and holds the card's full text; nothing is loaded from elsewhere; card fields
 * are shown as text, never as markup.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCard } from '../../src/render/render-card.js';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { loadCardFile } from '../../src/spec/load-cards.js';
import { SITE_SCRIPT } from '../../src/site/site-script.js';
import { writeSite, type SiteReport } from '../../src/site/write-site.js';
import { formatPhone } from '../../src/template/format-phone.js';
import type { SiteTarget } from '../../src/spec/validate-card.js';
import { CARDS_DIR, minimalSpec, readJson, sampleCardFiles } from '../helpers/cards.js';
import { decodePng, decodeQrAt } from '../helpers/png.js';

const SITE: SiteTarget = { baseUrl: 'https://example.gov.cn/policies', utm: 'src=card', qrTarget: 'site' };

function textOf(document: Document): string {
  return DomUtils.textContent(document).replace(/\s+/g, ' ');
}

function stepTexts(card: CardSpec): string[] {
  return card.process.flatMap((step) => (typeof step === 'string' ? [step] : [step.title, ...(step.detail ? [step.detail] : [])]));
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).map((entry) => path.join(folder, entry)).sort();
}

describe('policy-card site on the sample cards', () => {
  let out: string;
  let report: SiteReport;

  beforeAll(async () => {
    out = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-')), 'site');
    report = await writeSite({ paths: [CARDS_DIR], out, site: SITE });
  });

  it('writes a page and a card image for every sample, an index and a feed', async () => {
    expect(report.failed).toBe(0);
    expect(report.rendered).toBe(sampleCardFiles().length);
    const ids = sampleCardFiles().map((file) => path.basename(file, '.json'));
    const files = (await readdir(out, { recursive: true })).filter((entry) => !entry.startsWith('p') || entry.includes('.')).sort();
    expect(files).toEqual(['404.html', 'index.html', 'policies.json', ...ids.flatMap((id) => [`p/${id}/card.png`, `p/${id}/index.html`])].sort());
  });

  it.each(sampleCardFiles().map((file) => [path.basename(file), file]))(
    '%s: the QR code on the card opens a page of the site that holds every condition and step',
    async (_name, file) => {
      const loaded = await loadCardFile(file, CARDS_DIR, SITE);
      const card = loaded.card!;
      // renderCard is deterministic: its QR positions hold for the image the site wrote.
      const rendered = await renderCard({ ...card, template: 'phone' }, { baseDir: CARDS_DIR });
      const written = await readFile(path.join(out, 'p', card.id, 'card.png'));
      expect(written.equals(rendered.png!)).toBe(true);
      const decoded = decodeQrAt(decodePng(written), rendered.qr[0]!);
      expect(decoded).toBe(`https://example.gov.cn/policies/p/${card.id}/?src=card`);

      const url = new URL(decoded!);
      const relative = url.pathname.slice(new URL(SITE.baseUrl).pathname.length + 1);
      const pageFile = path.join(out, ...relative.split('/').filter(Boolean), 'index.html');
      expect(existsSync(pageFile)).toBe(true);

      const text = textOf(parseDocument(await readFile(pageFile, 'utf8')));
      const spec = readJson(file) as unknown as CardSpec;
      const expected = [
        spec.title,
        spec.issuer,
        ...(spec.docNo ? [spec.docNo] : []),
        ...spec.parties,
        ...spec.conditions,
        ...(spec.materials ?? []),
        ...stepTexts(spec),
        ...spec.reward.items,
        ...(spec.reward.table?.rows.flat() ?? []),
        ...(spec.contacts ?? []).flatMap((contact) => [contact.name, ...(contact.phone ? [formatPhone(contact.phone)] : [])]),
      ];
      expect(expected.filter((part) => !text.includes(part))).toEqual([]);
    },
  );

  it('links the original text and the application entry by purpose, and phones with tel:', async () => {
    const document = parseDocument(await readFile(path.join(out, 'p', 'zhuanjing-texin', 'index.html'), 'utf8'));
    const links = DomUtils.getElementsByTagName('a', document).map((a) => [a.attribs['href'], DomUtils.textContent(a)]);
    expect(links).toContainEqual(['https://gxj.suzhou.gov.cn/szeic/zcwj/2026/zjtx.html', '查看政策原文']);
    expect(links).toContainEqual(['https://qyfw.suzhou.gov.cn/sb/zjtx', '进入申报入口']);
    expect(links.filter(([href]) => href?.startsWith('tel:'))).toEqual([['tel:051268616100', '0512-6861 6100']]);
    expect(links.filter(([href]) => href?.includes('example.gov.cn'))).toEqual([]);
    expect(links).toContainEqual(['card.png', '下载卡片图片（PNG，' + Math.round((await readFile(path.join(out, 'p', 'zhuanjing-texin', 'card.png'))).length / 1024) + ' KB）']);
  });

  it('shows the edition and the dates, and describes the card image in its alt text', async () => {
    const document = parseDocument(await readFile(path.join(out, 'p', 'zhigai-shuzhuan', 'index.html'), 'utf8'));
    const time = DomUtils.getElementsByTagName('time', document)[0]!;
    expect([time.attribs['datetime'], DomUtils.textContent(time)]).toEqual(['2026-03-01', '2026年3月1日']);
    expect(textOf(document)).toContain('申报时间2026年3月1日 至 2026年4月30日');
    const image = DomUtils.getElementsByTagName('img', document)[0]!;
    expect(image.attribs['alt']).toBe(
      '政策明白卡：智能化改造数字化转型项目奖补。支持力度：最高500万元。申报时间：2026年3月1日 至 2026年4月30日。咨询：市工信局技术改造处 0512-6861 6000。二维码（扫码了解详情）：https://example.gov.cn/policies/p/zhigai-shuzhuan/?src=card。',
    );
    expect([image.attribs['src'], image.attribs['width'], image.attribs['loading']]).toEqual(['card.png', '1080', 'lazy']);
  });

  it('uses semantic structure: zh-CN, one h1, sections with h2, lists', async () => {
    const document = parseDocument(await readFile(path.join(out, 'p', 'rencai-anju', 'index.html'), 'utf8'));
    expect(DomUtils.findOne((node) => node.name === 'html', document.children)?.attribs['lang']).toBe('zh-CN');
    expect(DomUtils.getElementsByTagName('h1', document).map((node) => DomUtils.textContent(node))).toEqual(['苏州市人才安居补贴']);
    expect(DomUtils.getElementsByTagName('h2', document).map((node) => DomUtils.textContent(node))).toEqual([
      '原文与申报',
      '奖补标准',
      '适用对象',
      '申报条件',
      '申报材料',
      '申报流程',
      '咨询方式',
      '政策明白卡图片',
    ]);
    expect(DomUtils.getElementsByTagName('th', document).filter((th) => th.attribs['scope'] === 'col').map((th) => DomUtils.textContent(th))).toEqual([
      '人才类别',
      '购房补贴',
      '租房补贴（每月）',
    ]);
  });

  it('groups the index by category and links every page', async () => {
    const document = parseDocument(await readFile(path.join(out, 'index.html'), 'utf8'));
    const groups = DomUtils.getElementsByTagName('section', document).map((section) => ({
      category: (section as Element).attribs['aria-labelledby'],
      links: DomUtils.getElementsByTagName('a', section).map((a) => a.attribs['href']),
    }));
    expect(groups.flatMap((group) => group.links).sort()).toEqual(sampleCardFiles().map((file) => `p/${path.basename(file, '.json')}/index.html`).sort());
    const categories = DomUtils.getElementsByTagName('h2', document).map((h2) => DomUtils.textContent(h2.children[0]!));
    expect(categories.map((text) => text.trim()).sort()).toEqual([...new Set(sampleCardFiles().map((file) => readJson(file)['category'] as string))].sort());
  });

  it('writes policies.json with the same data and the public URLs', async () => {
    const feed = JSON.parse(await readFile(path.join(out, 'policies.json'), 'utf8')) as {
      version: number;
      site: string;
      count: number;
      policies: Array<{ id: string; url: string; image: string; conditions: string[]; links: Array<{ purpose: string; url: string }> }>;
    };
    expect([feed.version, feed.site, feed.count]).toEqual([1, 'https://example.gov.cn/policies/', sampleCardFiles().length]);
    const zhigai = feed.policies.find((policy) => policy.id === 'zhigai-shuzhuan')!;
    expect(zhigai.url).toBe('https://example.gov.cn/policies/p/zhigai-shuzhuan/');
    expect(zhigai.image).toBe('https://example.gov.cn/policies/p/zhigai-shuzhuan/card.png');
    expect(zhigai.conditions).toEqual(readJson(path.join(CARDS_DIR, 'zhigai-shuzhuan.json'))['conditions']);
    expect(zhigai.links).toEqual([{ purpose: '原文', label: '查看政策原文', caption: null, url: 'https://gxj.suzhou.gov.cn/szeic/zcwj/2026/zgsz.html' }]);
  });

  it('references nothing outside the site: no external scripts, styles, fonts or images', async () => {
    const files = await htmlFiles(out);
    // A page per card, the index and the 404 page.
    expect(files).toHaveLength(sampleCardFiles().length + 2);
    for (const file of files) {
      const source = await readFile(file, 'utf8');
      const document = parseDocument(source);
      const elements = DomUtils.findAll(() => true, document.children);
      const fetched = elements.flatMap((element) =>
        ['src', 'srcset', 'poster', 'data', 'background'].filter((name) => element.attribs[name] !== undefined).map((name) => element.attribs[name]!),
      );
      expect(fetched.filter((value) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(value) && !value.startsWith('data:')), file).toEqual([]);
      const links = elements.filter((element) => element.name === 'link').map((element) => [element.attribs['rel'], element.attribs['href']]);
      expect(links.filter(([rel, href]) => rel !== 'canonical' && !href?.startsWith('data:')), file).toEqual([]);
      expect(elements.filter((element) => element.name === 'script' && element.attribs['src'] !== undefined), file).toEqual([]);
      const css = elements.filter((element) => element.name === 'style').map((element) => DomUtils.textContent(element)).join('');
      expect(css.match(/url\(|@import|@font-face/g), file).toBeNull();
      expect(elements.filter((element) => Object.keys(element.attribs).some((name) => name === 'style' || name.startsWith('on'))), file).toEqual([]);
    }
  });

  it('carries a strict Content-Security-Policy whose hashes allow exactly the inline script and style', async () => {
    for (const file of await htmlFiles(out)) {
      const document = parseDocument(await readFile(file, 'utf8'));
      const meta = DomUtils.findOne((node) => node.name === 'meta' && node.attribs['http-equiv'] === 'Content-Security-Policy', document.children)!;
      const scripts = DomUtils.getElementsByTagName('script', document).map((node) => DomUtils.textContent(node));
      const styles = DomUtils.getElementsByTagName('style', document).map((node) => DomUtils.textContent(node));
      const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      expect(scripts).toEqual([SITE_SCRIPT]);
      expect(meta.attribs['content']).toBe(
        `default-src 'none'; script-src ${hash(SITE_SCRIPT)}; style-src ${hash(styles[0]!)}; img-src 'self' data:; base-uri 'none'; form-action 'none'`,
      );
    }
  });

  it('keeps every page small (HTML under 30 KB)', async () => {
    for (const file of await htmlFiles(out)) expect((await readFile(file)).length, file).toBeLessThan(30 * 1024);
  });
});

describe('policy-card site with hostile text', () => {
  const TITLE = '<script>alert(1)</script>补贴';
  const CONDITION = '"><img src=x onerror=alert(1)>';

  let out: string;
  let report: SiteReport;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-hostile-'));
    await mkdir(path.join(work, 'specs'));
    await writeFile(
      path.join(work, 'specs', 'xss.json'),
      JSON.stringify({
        ...minimalSpec(),
        title: TITLE,
        category: '<b>类别</b>',
        summary: "' onmouseover='alert(1)",
        conditions: [CONDITION, '&amp; 不是实体'],
        contacts: [{ name: '</li><li>假联系人', phone: '"><svg onload=alert(1)>0512' }],
        qr: { url: 'https://a.cn/x?a=1&b="2"', purpose: '原文' },
      }),
    );
    await writeFile(path.join(work, 'specs', 'broken.json'), '{ "title": ');
    out = path.join(work, 'site');
    report = await writeSite({ paths: [path.join(work, 'specs')], out, site: { baseUrl: 'https://example.gov.cn/policies' } });
  });

  it('reports the broken card and publishes the other', () => {
    expect(report.cards.map((card) => [path.basename(card.file), card.status])).toEqual([
      ['broken.json', 'failed'],
      ['xss.json', 'rendered'],
    ]);
  });

  it.each(['p/xss/index.html', 'index.html'])('%s shows the fields as text and has no markup from them', async (page) => {
    const source = await readFile(path.join(out, page), 'utf8');
    const document = parseDocument(source);
    expect(source).not.toContain('<script>alert(1)');
    expect(source).not.toContain('<img src=x');
    expect(source).not.toContain('<b>类别');
    expect(DomUtils.getElementsByTagName('script', document).map((node) => DomUtils.textContent(node))).toEqual([SITE_SCRIPT]);
    expect(DomUtils.getElementsByTagName('svg', document)).toEqual([]);
    expect(DomUtils.getElementsByTagName('b', document)).toEqual([]);
    expect(DomUtils.findAll((node) => Object.keys(node.attribs).some((name) => name.startsWith('on')), document.children)).toEqual([]);
    const text = textOf(document);
    expect(text).toContain(TITLE);
    expect(text).toContain('<b>类别</b>');
  });

  it('shows every hostile field verbatim on the detail page', async () => {
    const document = parseDocument(await readFile(path.join(out, 'p', 'xss', 'index.html'), 'utf8'));
    expect(DomUtils.getElementsByTagName('h1', document).map((node) => DomUtils.textContent(node))).toEqual([TITLE]);
    expect(DomUtils.getElementsByTagName('ol', document).map((node) => DomUtils.getElementsByTagName('li', node).map((li) => DomUtils.textContent(li)))[0]).toEqual([
      CONDITION,
      '&amp; 不是实体',
    ]);
    const text = textOf(document);
    expect(text).toContain("' onmouseover='alert(1)");
    expect(text).toContain('</li><li>假联系人');
    expect(text).toContain('"><svg onload=alert(1)>0512');
    const links = DomUtils.getElementsByTagName('a', document).map((a) => a.attribs['href']);
    expect(links).toContain('https://a.cn/x?a=1&b="2"');
    expect(links).toContain('tel:10512');
  });

  it('keeps the feed data verbatim', async () => {
    const feed = JSON.parse(await readFile(path.join(out, 'policies.json'), 'utf8')) as { policies: Array<{ title: string; conditions: string[] }> };
    expect(feed.policies.map((policy) => [policy.title, policy.conditions])).toEqual([[TITLE, [CONDITION, '&amp; 不是实体']]]);
  });

  it('draws the hostile text on the card as text, not markup', async () => {
    const loaded = await loadCardFile(path.join(path.dirname(out), 'specs', 'xss.json'));
    const rendered = await renderCard(loaded.card!);
    expect(rendered.svg).not.toMatch(/<script|<img|onerror|onload|<foreignObject/i);
  });
});

// site --out pointed at the office's own web folder replaced its index.html without a word.
describe('policy-card site into a folder with files of its own', () => {
  it.each([
    ['index.html', '<h1>本单位首页</h1>'],
    ['policies.json', '{"news": []}'],
  ])('keeps %s that it did not make (E_EXISTS, nothing written), replaces it with force, and then its own without', async (name, content) => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-own-'));
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', 'a.json'), JSON.stringify(minimalSpec()));
    await mkdir(path.join(work, 'web'));
    await writeFile(path.join(work, 'web', name), content);
    const refused = await writeSite({ cwd: work, out: 'web', site: SITE }).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'E_EXISTS',
      text: {
        zh: `web 里已有不是 policy-card 生成的 ${name}，没有写入任何文件；请换一个空文件夹（如 output/site），或确认要覆盖时加 --force`,
        en: `web already holds ${name}, which policy-card did not make; nothing was written. Choose an empty folder (e.g. output/site), or pass --force to replace it`,
      },
    });
    expect(await readdir(path.join(work, 'web'))).toEqual([name]);
    expect((await writeSite({ cwd: work, out: 'web', site: SITE, force: true })).failed).toBe(0);
    expect((await writeSite({ cwd: work, out: 'web', site: SITE })).failed).toBe(0);
  });
});

// site --out . wrote the pages beside cards/ and the config, and said the whole folder could be uploaded.
describe('policy-card site into the catalogue folder itself', () => {
  it.each([
    ['.', 'cards/a.json'],
    ['cards', 'cards/a.json'],
  ])('refuses --out %s, which holds the cards (E_USAGE naming %s), and writes nothing', async (out, named) => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-root-'));
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', 'a.json'), JSON.stringify(minimalSpec()));
    await writeFile(path.join(work, 'policy-card.config.json'), '{}');
    const refused = await writeSite({ cwd: work, out, site: SITE }).then(() => null, (error: unknown) => error);
    const shown = out === '.' ? '.' : out;
    expect(refused).toMatchObject({
      code: 'E_USAGE',
      text: {
        zh: `网站文件夹 ${shown} 里有卡片或配置（${named}）：整个文件夹上传会把它们一起公开；请用 --out 指定单独的文件夹（默认 output/site）`,
        en: `the site folder ${shown} holds the cards or the config (${named}): uploading the whole folder would publish them too; choose a folder of its own with --out (default output/site)`,
      },
    });
    expect((await readdir(work)).sort()).toEqual(['cards', 'policy-card.config.json']);
    expect(await readdir(path.join(work, 'cards'))).toEqual(['a.json']);
  });

  it('refuses --out . over the config even when the cards are elsewhere', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-root-'));
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-cards-'));
    await writeFile(path.join(elsewhere, 'a.json'), JSON.stringify(minimalSpec()));
    await writeFile(path.join(work, 'policy-card.config.json'), '{}');
    const refused = await writeSite({ cwd: work, out: '.', paths: [elsewhere], site: SITE }).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({ code: 'E_USAGE', text: { zh: '网站文件夹 . 里有卡片或配置（policy-card.config.json）：整个文件夹上传会把它们一起公开；请用 --out 指定单独的文件夹（默认 output/site）' } });
    expect(await readdir(work)).toEqual(['policy-card.config.json']);
  });

  it('writes into a folder of its own beside the cards', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-site-root-'));
    await mkdir(path.join(work, 'cards'));
    await writeFile(path.join(work, 'cards', 'a.json'), JSON.stringify(minimalSpec()));
    expect((await writeSite({ cwd: work, out: 'public', site: SITE })).failed).toBe(0);
    expect(existsSync(path.join(work, 'public', 'index.html'))).toBe(true);
  });
});
