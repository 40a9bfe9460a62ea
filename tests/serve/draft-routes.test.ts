/**
 * POST /api/draft over real HTTP on 127.0.0.1: real documents made in the test (.txt bytes, a
 * .docx written with the docx package, a PDF written with pdfkit) drafted from memory by the real
 * readers and extraction, bad input, the size limit, the guards, the save of a reviewed draft
 * through POST /api/cards, and the free id a document drafted before gets.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/draft/draft-document.js';
import { CardError } from '../../src/errors.js';
import { resolveLimits } from '../../src/limits.js';
import type { CardRenderer } from '../../src/serve/render-queue.js';
import { freeId } from '../../src/spec/free-id.js';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { NOTICE_LINES, NOTICE_TITLE, noticeDocx, noticePdf, noticeTxt } from '../helpers/documents.js';
import { copySampleCards } from '../helpers/studio.js';

/** 20 MB of spaces as word/document.xml, about 20 KB zipped: refused before anything is inflated. */
const ZIP_BOMB = await new JSZip().file('word/document.xml', Buffer.alloc(20 * 1024 * 1024, 0x20)).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

/** Drafting never renders: no worker processes. */
const noRenderer: CardRenderer = {
  concurrency: 1,
  render: () => Promise.reject(new Error('this test server does not render')),
};

const TOKEN = 'draft-test-token-0123456789';

interface DraftBody {
  file: string;
  spec: Record<string, unknown>;
  report: unknown;
  problems: Array<{ code: string; path?: string; text: string; message: string }>;
  existing: { id: string; file: string } | null;
}

interface ErrorsBody {
  errors: Array<{ code: string; message: string; text: string; file?: string }>;
}

function postDocument(url: string, name: string | undefined, body: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', ...(name === undefined ? {} : { 'X-File-Name': encodeURIComponent(name) }), ...headers },
    // A copy typed as the fetch body it is (a Buffer's own type is wider).
    body: new Uint8Array(body),
  });
}

/** Everything in this test's own temporary folder: drafting from memory must add nothing to it. */
async function leftoverDraftFolders(): Promise<string[]> {
  return (await readdir(os.tmpdir())).sort();
}

/** Every 待补充 value replaced by something a person would type. */
function fillGaps(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return value.startsWith('待补充') ? (key === 'url' ? 'https://gxj.suzhou.gov.cn/zhengce/2026-zhigai' : '已核对填写') : value;
  if (Array.isArray(value)) return value.map((item) => fillGaps(item, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fillGaps(item, name)]));
  return value;
}

/** The error draftDocument gives for these bytes under this name, as the API must repeat it. */
async function draftError(name: string, bytes: Uint8Array): Promise<CardError> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-reader-'));
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  try {
    await draftDocument(file);
  } catch (error) {
    if (!(error instanceof CardError)) throw error;
    const rename = (text: string): string => text.split(file).join(name);
    return new CardError(error.code, { zh: rename(error.text.zh), en: rename(error.text.en) }, { file: name });
  }
  throw new Error(`draftDocument accepted ${name}`);
}

describe('POST /api/draft', () => {
  let work: string;
  let studio: RunningStudio;
  let guarded: RunningStudio;
  let small: RunningStudio;
  let withDefaults: RunningStudio;
  let base: string;

  let systemTmp: string | undefined;

  beforeAll(async () => {
    // A temporary folder of this test's own (this file runs in its own process), so the check for
    // folders left behind never sees those of other tests running at the same time.
    systemTmp = process.env['TMPDIR'];
    process.env['TMPDIR'] = await mkdtemp(path.join(os.tmpdir(), 'policy-card-api-draft-tmp-'));
    work = await copySampleCards('policy-card-api-draft-');
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, renderer: noRenderer, watch: false, lang: 'zh' });
    guarded = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, renderer: noRenderer, watch: false, token: TOKEN, readOnly: true });
    small = await startStudio({ settings: { paths: ['cards'], limits: resolveLimits({ documentMb: 1 }) }, cwd: work, port: 0, renderer: noRenderer, watch: false });
    withDefaults = await startStudio({
      settings: { paths: ['cards'], draftDefaults: { issuer: '苏州工业园区经济发展委员会', qr: { url: 'https://www.sipac.gov.cn/zhengce/', caption: '扫码查看政策原文' } } },
      cwd: work,
      port: 0,
      renderer: noRenderer,
      watch: false,
    });
    base = studio.url.replace(/\/$/, '');
  });

  afterAll(async () => {
    await Promise.all([studio?.close(), guarded?.close(), small?.close(), withDefaults?.close()]);
    if (systemTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = systemTmp;
  });

  it('drafts a .txt notice from memory: the spec, its sources, its gaps, and no temporary file', async () => {
    const before = await leftoverDraftFolders();
    const response = await postDocument(`${base}/api/draft`, '智能化改造申报通知.txt', noticeTxt());
    expect(response.status).toBe(200);
    const body = (await response.json()) as DraftBody;
    expect(body.file).toBe('智能化改造申报通知.txt');
    expect(body.spec['title']).toBe(NOTICE_TITLE);
    expect(body.spec['issuer']).toBe('苏州市工业和信息化局');
    expect(body.spec['conditions']).toEqual(expect.arrayContaining([expect.stringContaining('设备投资不低于500万元')]));
    expect(typeof body.spec['id']).toBe('string');
    // No address in the notice: the QR URL is the gap, refused until filled.
    expect(JSON.stringify(body.spec)).toContain('待补充');
    expect(body.problems.length).toBeGreaterThan(0);
    expect(body.problems.every((problem) => problem.code === 'E_PLACEHOLDER')).toBe(true);
    expect(body.existing).toBeNull();
    // The report names the document as sent, never a path on the server.
    expect(JSON.stringify(body.report)).not.toContain(os.tmpdir());
    expect(await leftoverDraftFolders()).toEqual(before);
  });

  it('needs no temporary folder at all: the document never touches the disk', async () => {
    const own = process.env['TMPDIR'];
    // A temporary folder that does not exist: any attempt to write a copy would fail the request.
    process.env['TMPDIR'] = path.join(own ?? os.tmpdir(), 'does-not-exist');
    try {
      for (const [name, bytes] of [['通知.pdf', await noticePdf()], ['通知.docx', await noticeDocx()]] as const) {
        const response = await postDocument(`${base}/api/draft`, name, bytes);
        expect(response.status).toBe(200);
        expect(((await response.json()) as DraftBody).spec['title']).toBe(NOTICE_TITLE);
      }
    } finally {
      process.env['TMPDIR'] = own;
    }
  });

  it("fills the gaps the config's draft.defaults covers, and says so in the report", async () => {
    // The notice without its signature block: no issuer of its own.
    const unsigned = Buffer.from(`${NOTICE_LINES.slice(0, -2).join('\n')}\n`, 'utf8');
    const plain = (await (await postDocument(`${base}/api/draft`, 'unsigned.txt', unsigned)).json()) as DraftBody;
    expect(plain.spec['issuer']).toBe('待补充：发文单位');
    const response = await postDocument(`${withDefaults.url}api/draft`, 'unsigned.txt', unsigned);
    expect(response.status).toBe(200);
    const body = (await response.json()) as DraftBody & { report: { fromDefaults: Array<{ path: string; value: string }> } };
    expect(body.spec['issuer']).toBe('苏州工业园区经济发展委员会');
    expect(body.spec['qr']).toEqual({ url: 'https://www.sipac.gov.cn/zhengce/', caption: '扫码查看政策原文' });
    expect(body.report.fromDefaults.map((entry) => entry.path)).toEqual(expect.arrayContaining(['/issuer']));
    // Those gaps are gone from what must be filled before saving.
    expect(plain.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['/issuer', '/qr/url']));
    expect(body.problems.map((problem) => problem.path)).not.toContain('/issuer');
    expect(body.problems.map((problem) => problem.path)).not.toContain('/qr/url');
  });

  it('drafts a .docx written in the test', async () => {
    const response = await postDocument(`${base}/api/draft`, '通知.docx', await noticeDocx(), {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as DraftBody;
    expect(body.spec['title']).toBe(NOTICE_TITLE);
    expect(body.spec['conditions']).toEqual(expect.arrayContaining([expect.stringContaining('未被列入严重失信主体名单')]));
  });

  it('drafts a PDF with a text layer, its sources naming page and line', async () => {
    const response = await postDocument(`${base}/api/draft`, '通知.pdf', await noticePdf(), { 'Content-Type': 'application/pdf' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as DraftBody & { report: { sources: Array<{ path: string; from: Array<{ line: number; page?: number }> }> } };
    expect(body.spec['title']).toBe(NOTICE_TITLE);
    expect(body.report.sources.find((source) => source.path === '/title')?.from).toEqual([{ line: 1, page: 1 }]);
  });

  it.each([
    ['a binary renamed to .docx', '申报通知.docx', Uint8Array.from({ length: 2048 }, (_, index) => (index * 7919) % 251), 'E_DOCUMENT'],
    ['an empty document', '空白.txt', new Uint8Array(), 'E_DOCUMENT'],
    ['a zip bomb disguised as .docx', '炸弹.docx', ZIP_BOMB, 'E_DOCUMENT'],
    ['a PDF that is not one', '通知.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'), 'E_DOCUMENT'],
    ['an old Word file', '通知.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), 'E_DOCUMENT'],
    ['a document without any card field', '随笔.txt', Buffer.from('今天天气很好。\n我们去公园散步，看了很多花。\n', 'utf8'), 'E_DRAFT_EMPTY'],
  ])('answers %s with 422 naming the file as sent (zh and en), and leaves nothing behind', async (_case, name, bytes, code) => {
    // The reference error first: it reads the document from a file of its own in the temporary folder.
    const expected = await draftError(name, bytes);
    const before = await leftoverDraftFolders();
    expect(expected.code).toBe(code);
    for (const lang of ['zh', 'en'] as const) {
      const response = await postDocument(`${base}/api/draft?lang=${lang}`, name, bytes);
      expect(response.status).toBe(422);
      const body = (await response.json()) as ErrorsBody;
      expect(body).toEqual({ errors: [{ code, file: name, message: expected.format(lang), text: expected.text[lang] }] });
      // Never a path on the server.
      expect(body.errors[0]!.message).not.toContain(os.tmpdir());
    }
    expect(await leftoverDraftFolders()).toEqual(before);
  });

  it('keeps only the last part of a file name that holds a path', async () => {
    const response = await postDocument(`${base}/api/draft`, '../../etc/通知.txt', noticeTxt());
    expect(response.status).toBe(200);
    expect(((await response.json()) as DraftBody).file).toBe('通知.txt');
  });

  it('refuses a document over limits.documentMb with 413 before reading it', async () => {
    const response = await postDocument(`${small.url}api/draft`, '大文件.txt', new Uint8Array(1024 * 1024 + 1).fill(0x41));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          code: 'E_TOO_LARGE',
          message: '文件超过上限 1 MB（limits.documentMb）；请只上传政策原文，或在配置文件中调高 limits.documentMb',
          text: '文件超过上限 1 MB（limits.documentMb）；请只上传政策原文，或在配置文件中调高 limits.documentMb',
        },
      ],
    });
    const english = await postDocument(`${small.url}api/draft?lang=en`, 'big.txt', new Uint8Array(1024 * 1024 + 1).fill(0x41));
    expect(((await english.json()) as ErrorsBody).errors[0]!.message).toBe(
      'the document is larger than the 1 MB limit (limits.documentMb); send the policy text only, or raise limits.documentMb in the config',
    );
    // The same document under the limit is drafted.
    expect((await postDocument(`${small.url}api/draft`, 'notice.txt', noticeTxt())).status).toBe(200);
  });

  it.each([
    ['no X-File-Name', undefined, {}, 400, 'E_USAGE', '请在请求头 X-File-Name 中给出文件名（URL 编码），例如 X-File-Name: %E9%80%9A%E7%9F%A5.docx；扩展名决定如何读取'],
    ['a form instead of the file', 'a.txt', { 'Content-Type': 'multipart/form-data; boundary=x' }, 415, 'E_MEDIA_TYPE', '请求体应为文件本身（Content-Type: application/octet-stream），不是表单（multipart/form-data）；例如 curl --data-binary @通知.docx'],
    ['a cross-site Origin', 'a.txt', { Origin: 'https://evil.example' }, 403, 'E_FORBIDDEN', '拒绝访问：来自其他网站（https://evil.example）的修改请求'],
    ['a badly encoded X-File-Name', 'a.txt', { 'X-File-Name': '%E9%80' }, 400, 'E_USAGE', 'X-File-Name 不是有效的 URL 编码："%E9%80"；请用 encodeURIComponent 编码文件名'],
    ['an X-File-Name without a name', 'a.txt', { 'X-File-Name': encodeURIComponent('../') }, 400, 'E_USAGE', 'X-File-Name 中没有文件名："../"'],
  ])('refuses %s', async (_case, name, headers, status, code, message) => {
    const response = await postDocument(`${base}/api/draft`, name, noticeTxt(), headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ errors: [{ code, message, text: message }] });
  });

  it('needs the token like every other request, and drafts on a read-only server', async () => {
    const url = `${guarded.url}api/draft`;
    const without = await postDocument(url, 'notice.txt', noticeTxt());
    expect(without.status).toBe(401);
    expect(((await without.json()) as ErrorsBody).errors[0]!.code).toBe('E_AUTH');
    const withToken = await postDocument(url, 'notice.txt', noticeTxt(), { Authorization: `Bearer ${TOKEN}` });
    expect(withToken.status).toBe(200);
    expect(((await withToken.json()) as DraftBody).spec['title']).toBe(NOTICE_TITLE);
    // Saving is what read-only refuses.
    const save = await fetch(`${guarded.url}api/cards`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: '{"id":"x"}' });
    expect(save.status).toBe(403);
  });

  it('saves a reviewed draft through POST /api/cards; drafted again, it gets the next free id and overwrites nothing', async () => {
    const first = (await (await postDocument(`${base}/api/draft`, 'notice.txt', noticeTxt())).json()) as DraftBody;
    // Unfilled, the save is refused with the placeholder rule.
    const refused = await fetch(`${base}/api/cards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(first.spec) });
    expect(refused.status).toBe(422);
    const refusedCodes = ((await refused.json()) as ErrorsBody).errors.map((error) => error.code);
    expect(refusedCodes).toEqual(first.problems.map((problem) => problem.code));
    const reviewed = fillGaps(first.spec) as Record<string, unknown>;
    const created = await fetch(`${base}/api/cards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(reviewed) });
    expect(created.status).toBe(201);
    const id = first.spec['id'] as string;
    const file = path.join(work, 'cards', `${id}.json`);
    const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(saved).toEqual(reviewed);
    expect(validateCard(saved, { defaultId: id }).ok).toBe(true);

    // Drafted again: the same title gives the same id, so the draft proposes the next free one.
    const again = (await (await postDocument(`${base}/api/draft`, 'notice.txt', noticeTxt())).json()) as DraftBody;
    expect(again.existing).toEqual({ id, file: `cards/${id}.json` });
    // freeId's form: a long id is cut to 60 characters before the number.
    const secondId = freeId(id, new Set([id]));
    expect(secondId).toMatch(/-2$/);
    expect(again.spec['id']).toBe(secondId);
    expect(again.problems.map((problem) => problem.code)).not.toContain('E_EXISTS');
    expect(again.problems.every((problem) => problem.code === 'E_PLACEHOLDER')).toBe(true);
    const second = await fetch(`${base}/api/cards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fillGaps(again.spec)) });
    expect(second.status).toBe(201);
    expect(JSON.parse(await readFile(path.join(work, 'cards', `${secondId}.json`), 'utf8'))).toMatchObject({ id: secondId, title: NOTICE_TITLE });
    // A third time: both ids are taken now.
    const third = (await (await postDocument(`${base}/api/draft?lang=en`, 'notice.txt', noticeTxt())).json()) as DraftBody;
    expect([third.spec['id'], third.existing]).toEqual([freeId(id, new Set([id, secondId])), { id, file: `cards/${id}.json` }]);
    expect(third.spec['id']).toMatch(/-3$/);
    // Saving a draft under a taken id is still refused, and the card is never overwritten.
    const overwrite = await fetch(`${base}/api/cards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...(fillGaps(again.spec) as object), id }) });
    expect(overwrite.status).toBe(409);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(reviewed);
  });
});
