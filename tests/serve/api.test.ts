/**
 * The render API over real HTTP on 127.0.0.1 (an ephemeral port), against a temporary copy of
 * the sample cards, rendering through the same worker pool as `build`.
 */
import { request as httpRequest } from 'node:http';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import jsQRModule from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import type { CardRenderer } from '../../src/serve/render-queue.js';
import { minimalSpec, readJson, ROOT, sampleCardFiles } from '../helpers/cards.js';
import { decodePng, PNG_SIGNATURE } from '../helpers/png.js';
import { copySampleCards, readEvents } from '../helpers/studio.js';

const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;
const SAMPLE_IDS = sampleCardFiles().map((file) => path.basename(file, '.json'));

/** A renderer for servers whose tests never render (token, read-only): no worker processes. */
const noRenderer: CardRenderer = {
  concurrency: 1,
  render: () => Promise.reject(new Error('this test server does not render')),
};

const post = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** A raw request, for headers fetch will not send as given (Host). */
function rawGet(port: number, pathname: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the render API', () => {
  let work: string;
  let studio: RunningStudio;
  let base: string;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-api-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 1, lang: 'zh' });
    base = studio.url.replace(/\/$/, '');
  });

  afterAll(async () => {
    await studio?.close();
  });

  it('listens on 127.0.0.1 and answers /healthz', async () => {
    expect(studio.host).toBe('127.0.0.1');
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', cards: 8, version: 0 });
  });

  it('lists every sample card as valid', async () => {
    const body = (await (await fetch(`${base}/api/cards`)).json()) as { cards: Array<{ id: string; valid: boolean; file: string; errors: unknown[] }> };
    expect(body.cards.map((card) => card.id)).toEqual(SAMPLE_IDS);
    expect(body.cards.every((card) => card.valid && card.errors.length === 0)).toBe(true);
    expect(body.cards[0]!.file).toBe(`cards/${SAMPLE_IDS[0]}.json`);
  });

  it('renders a posted sample spec to a PNG whose QR code decodes to the spec URL', async () => {
    const spec = readJson(path.join(work, 'cards', 'wengang-butie.json')) as { qr: { url: string } };
    const response = await post(`${base}/api/render`, spec);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const png = decodePng(bytes);
    expect([png.width, Number(response.headers.get('x-card-width')), Number(response.headers.get('x-card-height'))]).toEqual([1080, 1080, png.height]);
    // The whole image, as a phone camera would see it on a screen.
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(spec.qr.url);
  });

  it('renders a catalogue card as SVG and PDF, and as an attachment when asked', async () => {
    const svg = await fetch(`${base}/api/cards/zhigai-shuzhuan.svg`);
    expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8']);
    expect((await svg.text()).startsWith('<svg')).toBe(true);
    const pdf = await fetch(`${base}/api/cards/zhigai-shuzhuan.pdf?download=1`);
    expect([pdf.status, pdf.headers.get('content-type'), pdf.headers.get('content-disposition')]).toEqual([200, 'application/pdf', 'attachment; filename="zhigai-shuzhuan.pdf"']);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('answers an unchanged image with 304 when the client has it', async () => {
    const first = await fetch(`${base}/api/cards/zhigai-shuzhuan.svg`);
    await first.arrayBuffer();
    const again = await fetch(`${base}/api/cards/zhigai-shuzhuan.svg`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('answers an invalid spec with 422 and the CLI messages, with path and label', async () => {
    const response = await post(`${base}/api/render`, { ...minimalSpec(), conditions: ['上年度未裁员', 5] });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [{ code: 'E_SCHEMA', path: '/conditions/1', message: '/conditions/1 (申报条件 第2项): 应为文本，收到数字 5', text: '应为文本，收到数字 5', label: '申报条件 第2项' }],
    });
    const english = await post(`${base}/api/render?lang=en`, { ...minimalSpec(), conditions: ['上年度未裁员', 5] });
    expect(((await english.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe('/conditions/1 (conditions item 2): expected text, received number 5');
  });

  it('answers a dpi whose image would exceed limits.outputMegapixels with 422 E_LIMIT, rendering nothing that large', async () => {
    const response = await post(`${base}/api/render?template=a5&dpi=1200`, minimalSpec());
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: Array<{ code: string; text: string }> };
    expect(errors.map((error) => [error.code, error.text])).toEqual([
      ['E_LIMIT', '模板 "a5" 按 1200 dpi 输出的图片为 6992×9920 像素（69.4 百万像素），超过上限 40 百万像素（limits.outputMegapixels）；请用 --dpi 911 或更低，或在配置中提高 limits.outputMegapixels'],
    ]);
  });

  it('answers bad JSON with 400 and the line and column', async () => {
    const response = await post(`${base}/api/render`, '{\n  "title": "x",\n}');
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: Array<{ code: string; message: string }> };
    expect(errors.map((error) => error.code)).toEqual(['E_JSON_SYNTAX']);
    expect(errors[0]!.message).toMatch(/^JSON 格式错误，第 3 行第 1 列：最后一项后面多了逗号/);
  });

  it('answers an oversize body with 413 before reading it', async () => {
    const response = await post(`${base}/api/render`, { ...minimalSpec(), summary: '长'.repeat(300 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ code: string }> }).errors.map((error) => error.code)).toEqual(['E_TOO_LARGE']);
  });

  it('refuses a body not declared as JSON (415) and an unknown template (400)', async () => {
    const plain = await fetch(`${base}/api/render`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(minimalSpec()) });
    expect(plain.status).toBe(415);
    const template = await post(`${base}/api/render?template=nope`, minimalSpec());
    expect(template.status).toBe(400);
    expect(((await template.json()) as { errors: Array<{ code: string; message: string }> }).errors[0]).toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/^没有名为 "nope" 的模板；可用模板：/) });
    const missing = await fetch(`${base}/api/cards/no-such-card.png`);
    expect(missing.status).toBe(404);
  });

  it('refuses requests addressed to another host name (DNS rebinding) and changes from other sites', async () => {
    const rebound = await rawGet(studio.port, '/api/cards', { Host: `evil.example:${studio.port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).errors[0].code).toBe('E_FORBIDDEN');
    const crossSite = await post(`${base}/api/render`, minimalSpec(), { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
  });

  it('saves an edited card over the version it was read from, changing only what changed', async () => {
    const file = path.join(work, 'cards', 'zhigai-shuzhuan.json');
    const before = await readFile(file, 'utf8');
    const read = await fetch(`${base}/api/cards/zhigai-shuzhuan`);
    const etag = read.headers.get('etag')!;
    const { spec } = (await read.json()) as { spec: Record<string, unknown> };
    const saved = await fetch(`${base}/api/cards/zhigai-shuzhuan`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify({ ...spec, title: '智改数转奖补（2026年版）' }),
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ id: 'zhigai-shuzhuan', title: '智改数转奖补（2026年版）', valid: true, written: true });
    expect(await readFile(file, 'utf8')).toBe(before.replace('"title": "智能化改造数字化转型项目奖补"', '"title": "智改数转奖补（2026年版）"'));
    // The old version is gone: saving over it again is refused.
    const stale = await fetch(`${base}/api/cards/zhigai-shuzhuan`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': etag }, body: JSON.stringify(spec) });
    expect(stale.status).toBe(412);
    expect(await readFile(file, 'utf8')).toContain('智改数转奖补（2026年版）');
    // No temporary files are left beside the cards.
    expect((await readdir(path.join(work, 'cards'))).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses to save an invalid card or to change its id', async () => {
    const file = path.join(work, 'cards', 'wengang-butie.json');
    const before = await readFile(file, 'utf8');
    const spec = JSON.parse(before);
    const put = (body: unknown): Promise<Response> => fetch(`${base}/api/cards/wengang-butie`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const invalid = await put({ ...spec, parties: [] });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { errors: Array<{ path: string }> }).errors.map((error) => error.path)).toEqual(['/parties']);
    const renamed = await put({ ...spec, id: 'other' });
    expect(renamed.status).toBe(422);
    expect(((await renamed.json()) as { errors: Array<{ path: string }> }).errors.map((error) => error.path)).toEqual(['/id']);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('creates a new card only inside the card folder, with a valid unused id', async () => {
    const created = await post(`${base}/api/cards`, { ...minimalSpec(), id: 'xin-ka' });
    expect([created.status, created.headers.get('location')]).toEqual([201, '/api/cards/xin-ka']);
    expect(JSON.parse(await readFile(path.join(work, 'cards', 'xin-ka.json'), 'utf8'))).toEqual({ ...minimalSpec(), id: 'xin-ka' });
    expect((await post(`${base}/api/cards`, { ...minimalSpec(), id: 'xin-ka' })).status).toBe(409);
    const traversal = await post(`${base}/api/cards`, { ...minimalSpec(), id: '../escaped' });
    expect(traversal.status).toBe(422);
    expect((await readdir(work)).sort()).toEqual(['cards']);
    const encoded = await fetch(`${base}/api/cards/..%2F..%2Fetc%2Fpasswd`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(encoded.status).toBe(404);
  });

  it('documents every route in docs/openapi.json, and every documented listing answers', async () => {
    const openapi = JSON.parse(await readFile(path.join(ROOT, 'docs', 'openapi.json'), 'utf8')) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(openapi.openapi).toBe('3.0.3');
    expect(Object.fromEntries(Object.entries(openapi.paths).map(([route, methods]) => [route, Object.keys(methods).sort()]))).toEqual({
      '/healthz': ['get'],
      '/api/render': ['post'],
      '/api/cards': ['get', 'post'],
      '/api/cards/{id}': ['get', 'put'],
      '/api/cards/{id}.{format}': ['get'],
      '/api/templates': ['get'],
      '/api/themes': ['get'],
      '/api/schema': ['get'],
      '/api/samples': ['get'],
      '/api/new-id': ['get'],
      '/api/docs': ['get'],
      '/api/events': ['get'],
    });
    for (const route of ['/api/templates', '/api/themes', '/api/schema', '/api/samples', '/api/new-id', '/api/docs']) expect([route, (await fetch(`${base}${route}`)).status]).toEqual([route, 200]);
  });

  it('serves the studio pages with a strict content security policy', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/studio/gallery.js"></script>');
    expect((await fetch(`${base}/studio/..%2Fpackage.json`)).status).toBe(404);
  });

  it('tells open pages about a spec changed on disk (server-sent events)', async () => {
    const events = await fetch(`${base}/api/events`);
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const file = path.join(work, 'cards', 'shoutaitao.json');
    const changed = readEvents(events, (event) => event.event === 'catalogue', 5000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const spec = readJson(file);
    await writeFile(file, JSON.stringify({ ...spec, title: '首台（套）保险补偿（已更新）' }, null, 2));
    const received = await changed;
    expect(received.map((event) => event.event)).toEqual(['hello', 'catalogue']);
    expect(JSON.parse(received[1]!.data)).toMatchObject({ reason: 'cards', ids: ['shoutaitao'] });
    const card = (await (await fetch(`${base}/api/cards/shoutaitao`)).json()) as { title: string };
    expect(card.title).toBe('首台（套）保险补偿（已更新）');
  });
});

describe('the render API under load', () => {
  let work: string;
  let studio: RunningStudio;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-api-load-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 1, maxQueue: 1, watch: false });
  });

  afterAll(async () => {
    await studio?.close();
  });

  it('queues one render beyond the worker and answers the rest 503 with Retry-After', async () => {
    // Distinct specs, so no two requests share one render.
    const responses = await Promise.all([1, 2, 3, 4].map((n) => post(`${studio.url}api/render`, { ...minimalSpec(), title: `稳岗补贴 第${n}批` })));
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 503, 503]);
    const busy = responses.find((response) => response.status === 503)!;
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('the render API with a token', () => {
  const token = 'a3f1c9e27b5d4086a1e2f3c4d5b6a798';
  let studio: RunningStudio;
  let work: string;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-api-token-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, token, renderer: noRenderer, watch: false, lang: 'en' });
  });

  afterAll(async () => {
    await studio?.close();
  });

  it('answers 401 without the token or with a wrong one, on the API and the pages', async () => {
    const missing = await fetch(`${studio.url}api/cards`);
    expect([missing.status, missing.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="policy-card"']);
    expect(((await missing.json()) as { errors: Array<{ code: string }> }).errors.map((error) => error.code)).toEqual(['E_AUTH']);
    const wrong = await fetch(`${studio.url}api/cards`, { headers: { Authorization: 'Bearer wrong-token-wrong-token' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe('the access token is wrong');
    expect((await fetch(`${studio.url}api/events`)).status).toBe(401);
    expect((await fetch(studio.url)).status).toBe(401);
  });

  it('accepts the token as a bearer header, and once in the address of a page (then as a cookie)', async () => {
    expect((await fetch(`${studio.url}api/cards`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    const opened = await fetch(`${studio.url}?token=${token}`, { redirect: 'manual' });
    expect([opened.status, opened.headers.get('location')]).toEqual([303, '/']);
    const cookie = opened.headers.get('set-cookie')!;
    expect(cookie).toBe(`policy_card_token=${token}; Path=/; HttpOnly; SameSite=Strict`);
    expect((await fetch(`${studio.url}api/cards`, { headers: { Cookie: cookie.split(';')[0]! } })).status).toBe(200);
  });

  it('keeps /healthz open', async () => {
    expect((await fetch(`${studio.url}healthz`)).status).toBe(200);
  });

  it('refuses to listen beyond this machine without a token, or with a short one', async () => {
    await expect(startStudio({ settings: { paths: ['cards'] }, cwd: work, host: '0.0.0.0', port: 0, renderer: noRenderer, watch: false })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringContaining('请同时给出 --token'),
    });
    await expect(startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, token: 'short', renderer: noRenderer, watch: false })).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

describe('the render API in read-only mode', () => {
  let studio: RunningStudio;
  let work: string;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-api-ro-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, readOnly: true, renderer: noRenderer, watch: false });
  });

  afterAll(async () => {
    await studio?.close();
  });

  it('refuses every save with 403 and leaves the files alone', async () => {
    const file = path.join(work, 'cards', 'wengang-butie.json');
    const before = await readFile(file, 'utf8');
    const put = await fetch(`${studio.url}api/cards/wengang-butie`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: before });
    expect(put.status).toBe(403);
    expect(((await put.json()) as { errors: Array<{ code: string }> }).errors.map((error) => error.code)).toEqual(['E_READ_ONLY']);
    expect((await post(`${studio.url}api/cards`, { ...minimalSpec(), id: 'neu' })).status).toBe(403);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(((await (await fetch(`${studio.url}api/cards`)).json()) as { readOnly: boolean; canCreate: boolean })).toMatchObject({ readOnly: true, canCreate: false });
  });
});

describe('live reload of templates and config', () => {
  let work: string;
  let studio: RunningStudio;
  let reloads = 0;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-api-watch-');
    await cp(path.join(ROOT, 'tests', 'fixtures', 'templates', 'mini'), path.join(work, 'templates', 'mini'), { recursive: true });
    await writeFile(path.join(work, 'policy-card.config.json'), '{ "theme": "default" }\n');
    const settings = { paths: ['cards'], templatesDir: path.join(work, 'templates') };
    studio = await startStudio({
      settings,
      cwd: work,
      port: 0,
      renderer: noRenderer,
      configFiles: [path.join(work, 'policy-card.config.json')],
      reloadSettings: async () => {
        reloads++;
        return { ...settings, theme: 'red' };
      },
    });
  });

  afterAll(async () => {
    await studio?.close();
  });

  it('tells open pages when a template or the config changes, and re-reads the config', async () => {
    const events = await fetch(`${studio.url}api/events`);
    const received = readEvents(events, (event) => event.event === 'catalogue' && JSON.parse(event.data).reason === 'config', 8000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const css = path.join(work, 'templates', 'mini', 'style.css.hbs');
    await writeFile(css, `${await readFile(css, 'utf8')}\n`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await writeFile(path.join(work, 'policy-card.config.json'), '{ "theme": "red" }\n');
    const reasons = (await received).filter((event) => event.event === 'catalogue').map((event) => JSON.parse(event.data) as { reason: string; ids: string[] });
    expect(reasons.map((change) => change.reason)).toEqual(['templates', 'config']);
    expect(reasons[0]!.ids).toEqual(SAMPLE_IDS);
    expect(reloads).toBe(1);
    expect(((await (await fetch(`${studio.url}api/cards`)).json()) as { defaults: { theme: string } }).defaults.theme).toBe('red');
  });
});
