/// <reference lib="dom" />
/**
 * 从政策文件起草 in a real browser (Debian chromium driven by playwright-core): a notice chosen on
 * the gallery opens in the editor as a new card with its source lines beside the fields and its
 * gaps highlighted; the placeholder rule shows beside the gap; once the gaps are filled, saving
 * writes the card into the card folder. Also: the same document drafted again (the next free id,
 * shown to keep or change, and nothing overwritten), a document dropped on the page, and one that
 * cannot be read.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardRenderer } from '../../src/serve/render-queue.js';
import { freeId } from '../../src/spec/free-id.js';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { NOTICE_LINES, NOTICE_TITLE, noticeDocx, noticeTxt } from '../helpers/documents.js';
import { copySampleCards } from '../helpers/studio.js';
import { INVENTED_ANSWER, LLM_NOTICE } from '../draft/llm-notice.js';
import { answerWith, chatResponse, startLlmServer } from '../draft/llm-server.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const QR_URL = 'https://gxj.suzhou.gov.cn/zhengce/2026-zhigai';

/** For a second server whose pages are only looked at: previews fail, nothing else renders. */
const noRenderer: CardRenderer = {
  concurrency: 1,
  render: () => Promise.reject(new Error('this test server does not render')),
};

interface StoredDraft {
  spec: Record<string, unknown>;
  report: unknown;
}

/** JSON pointers of every 待补充 value. */
function placeholderPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.startsWith('待补充') ? [prefix] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, `${prefix}/${index}`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, `${prefix}/${key}`));
  return [];
}

describe('drafting from a policy document in the studio', () => {
  let work: string;
  let shots: string;
  let studio: RunningStudio;
  let browser: Browser;

  beforeAll(async () => {
    work = await copySampleCards('policy-card-studio-draft-');
    shots = await mkdtemp(path.join(os.tmpdir(), 'policy-card-studio-draft-shots-'));
    studio = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, concurrency: 1 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });

  async function openGallery(): Promise<Page & { problems: string[] }> {
    const page = (await browser.newPage({ viewport: { width: 1280, height: 900 } })) as Page & { problems: string[] };
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(error.message));
    await page.goto(studio.url);
    await page.waitForSelector('.draft-button:not([hidden])', { timeout: 30_000 });
    return page;
  }

  const storedDraft = (page: Page): Promise<StoredDraft> => page.evaluate(() => JSON.parse(sessionStorage.getItem('policy-card-draft') ?? 'null') as StoredDraft);

  it('opens a chosen notice as a new card with sources and gaps, refuses it until the gaps are filled, then saves it', async () => {
    const page = await openGallery();
    expect(await page.textContent('.draft-button .draft-label-full')).toBe('从政策文件起草');
    await page.setInputFiles('#draft-file', { name: '智能化改造申报通知.txt', mimeType: 'text/plain', buffer: noticeTxt() });
    await page.waitForURL(/\/new\?draft=[a-z0-9]+$/, { timeout: 30_000 });
    await page.waitForSelector('.draft-intro', { timeout: 30_000 });
    const draft = await storedDraft(page);
    const id = draft.spec['id'] as string;

    // The draft is in the form, as a new card.
    expect(await page.inputValue('#f_title')).toBe(NOTICE_TITLE);
    expect(await page.inputValue('#f_id')).toBe(id);
    expect(await page.textContent('.editor-title')).toBe('新建卡片');
    expect(await page.textContent('.draft-intro > p')).toBe('已从《智能化改造申报通知.txt》起草。请对照每项旁边的原文核对；黄色标出的是待补充的内容，填好后才能保存。');

    // Each field shows the line it came from.
    expect(await page.textContent('[data-path="/title"] .draft-source')).toBe(`原文 第1行${NOTICE_TITLE}`);
    const conditionLine = NOTICE_LINES.findIndex((line) => line.includes('设备投资不低于500万元')) + 1;
    const conditionSources = await page.$$eval('[data-path^="/conditions"] .draft-source', (elements) => elements.map((element) => element.textContent ?? ''));
    expect(conditionSources.some((source) => source.startsWith(`原文 第${conditionLine}行`) && source.includes('设备投资不低于500万元'))).toBe(true);

    // Every gap is highlighted, listed above the form, and refused beside its field.
    const gaps = placeholderPaths(draft.spec);
    expect(gaps.length).toBeGreaterThan(0);
    expect(await page.$$eval('.field.draft-gap', (fields) => fields.map((field) => (field as HTMLElement).dataset['path']))).toEqual(expect.arrayContaining(gaps));
    expect(await page.$$eval('.draft-gaps button', (buttons) => buttons.map((button) => (button as HTMLElement).dataset['path']))).toEqual(expect.arrayContaining(gaps));
    const expected = validateCard(draft.spec, { defaultId: id });
    expect(expected.ok).toBe(false);
    const firstGap = expected.ok ? undefined : expected.errors.find((error) => error.code === 'E_PLACEHOLDER');
    expect(firstGap).toBeDefined();
    const gapField = `[data-path="${firstGap!.path}"]`;
    await page.waitForSelector(`${gapField}.has-error .field-error p`, { timeout: 30_000 });
    expect(await page.textContent(`${gapField} .field-error`)).toBe(firstGap!.text.zh);
    await page.screenshot({ path: path.join(shots, 'draft-editor.png'), fullPage: true });

    // Saving now is refused, and nothing is written.
    await page.click('.save-button');
    await page.waitForSelector('.save-status[data-kind="error"]', { timeout: 30_000 });
    expect(await page.textContent('.save-status')).toMatch(/^有 \d+ 个问题，未保存；请按红色提示修改$/);
    expect(existsSync(path.join(work, 'cards', `${id}.json`))).toBe(false);

    // Fill every gap: the highlight goes as each is filled.
    for (const gap of gaps) {
      await page.locator(`.field.draft-gap[data-path="${gap}"]`).locator('input, textarea').first().fill(gap.endsWith('/url') ? QR_URL : '已核对填写');
    }
    expect(await page.$$eval('.field.draft-gap', (fields) => fields.length)).toBe(0);
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    await page.click('.save-button');
    await page.waitForURL(`**/cards/${id}/edit`, { timeout: 30_000 });
    const saved = JSON.parse(await readFile(path.join(work, 'cards', `${id}.json`), 'utf8')) as Record<string, unknown>;
    expect(saved['title']).toBe(NOTICE_TITLE);
    expect(placeholderPaths(saved)).toEqual([]);
    expect(validateCard(saved, { defaultId: id }).ok).toBe(true);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('gives a document drafted before the next free id, shows it in the editor, and saves without touching the first card', async () => {
    // The first test saved this notice's card; this one drafts the same notice again.
    const page = await openGallery();
    await page.setInputFiles('#draft-file', { name: '智能化改造申报通知.txt', mimeType: 'text/plain', buffer: noticeTxt() });
    await page.waitForSelector('.draft-intro', { timeout: 30_000 });
    const draft = (await storedDraft(page)) as StoredDraft & { existing: { id: string; file: string } };
    const taken = draft.existing.id;
    const first = await readFile(path.join(work, 'cards', `${taken}.json`), 'utf8');
    const proposed = freeId(taken, new Set([taken]));
    expect(draft.spec['id']).toBe(proposed);
    expect(await page.inputValue('#f_id')).toBe(proposed);
    expect(await page.textContent('.draft-exists')).toBe(
      `编号 "${taken}" 已被 cards/${taken}.json 使用，这份文件可能已起草过；草稿改用编号 "${proposed}"，可在“编号”一栏修改。已有卡片不会被覆盖。 修改编号`,
    );
    // The placeholder rule is all that stands between the draft and saving: no id clash.
    await page.waitForSelector('.preview-problems:not([hidden])', { timeout: 30_000 });
    expect(await page.$$eval('[data-path="/id"].has-error', (fields) => fields.length)).toBe(0);
    await page.click('.draft-exists button');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f_id');
    await page.screenshot({ path: path.join(shots, 'draft-free-id.png'), fullPage: true });

    // The user changes the proposed id, fills the gaps and saves: a new card, the first untouched.
    await page.fill('#f_id', 'zhigai-2026-second');
    for (const gap of placeholderPaths(draft.spec)) {
      await page.locator(`.field.draft-gap[data-path="${gap}"]`).locator('input, textarea').first().fill(gap.endsWith('/url') ? QR_URL : '已核对填写');
    }
    await page.waitForSelector('.preview-frame[data-state="ready"]', { timeout: 90_000 });
    await page.click('.save-button');
    await page.waitForURL('**/cards/zhigai-2026-second/edit', { timeout: 30_000 });
    expect(JSON.parse(await readFile(path.join(work, 'cards', 'zhigai-2026-second.json'), 'utf8'))).toMatchObject({ id: 'zhigai-2026-second', title: NOTICE_TITLE });
    expect(await readFile(path.join(work, 'cards', `${taken}.json`), 'utf8')).toBe(first);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it('drafts a .docx dropped on the gallery', async () => {
    const page = await openGallery();
    const bytes = [...(await noticeDocx())];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], '通知.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      return transfer;
    }, bytes);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    expect(await page.isVisible('.draft-drop')).toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.waitForURL(/\/new\?draft=/, { timeout: 30_000 });
    await page.waitForSelector('.draft-intro', { timeout: 30_000 });
    expect(await page.inputValue('#f_title')).toBe(NOTICE_TITLE);
    // Word shows no line numbers: the source is named by its paragraph, as the reader counts them.
    expect(await page.textContent('[data-path="/title"] .draft-source')).toBe(`原文 第1段${NOTICE_TITLE}`);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  // The editor holds one draft: the other documents of a drop are named above it, not dropped unsaid.
  it.each([
    ['zh', '一次只起草一份文件：同时拖入的《2-高企通知.txt》、《3-清单.xlsx》没有起草。保存这张卡片后，请回到卡片库逐份拖入；要一次起草整个文件夹，可用命令 policy-card draft 文件夹。'],
    ['en', 'One document is drafted at a time: “2-高企通知.txt”, “3-清单.xlsx”, dropped with it, were not drafted. Save this card, then drop them one by one on the gallery; to draft a whole folder at once, run policy-card draft FOLDER.'],
  ] as const)('in %s names the other documents of a drop of several', async (lang, expected) => {
    const office = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, renderer: noRenderer, watch: false, lang });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(office.url);
      await page.waitForSelector('.draft-button:not([hidden])', { timeout: 30_000 });
      const files = [
        { name: '1-智改通知.txt', bytes: [...noticeTxt()] },
        { name: '2-高企通知.txt', bytes: [...noticeTxt()] },
        { name: '3-清单.xlsx', bytes: [1, 2, 3] },
      ];
      const dataTransfer = await page.evaluateHandle((list) => {
        const transfer = new DataTransfer();
        for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
        return transfer;
      }, files);
      await page.dispatchEvent('body', 'dragenter', { dataTransfer });
      await page.dispatchEvent('body', 'drop', { dataTransfer });
      await page.waitForSelector('.draft-intro', { timeout: 30_000 });
      expect(await page.inputValue('#f_title')).toBe(NOTICE_TITLE);
      expect(await page.textContent('.draft-skipped')).toBe(expected);
      await page.close();
    } finally {
      await office.close();
    }
  });

  it("marks the values that came from the config's draft.defaults", async () => {
    const office = await startStudio({ settings: { paths: ['cards'], draftDefaults: { category: '智改数转' } }, cwd: work, port: 0, renderer: noRenderer, watch: false });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(office.url);
      await page.waitForSelector('.draft-button:not([hidden])', { timeout: 30_000 });
      await page.setInputFiles('#draft-file', { name: 'notice.txt', mimeType: 'text/plain', buffer: noticeTxt() });
      await page.waitForSelector('.draft-intro', { timeout: 30_000 });
      expect(await page.inputValue('#f_category')).toBe('智改数转');
      expect(await page.textContent('[data-path="/category"] .draft-default')).toBe('来自配置 draft.defaults');
      await page.close();
    } finally {
      await office.close();
    }
  });

  // Two sections of conditions, at lines 4 and 9: the editor names them as the printed report
  // does (第4行、第9行), never as a range that sends the reader to the lines between.
  it.each([
    ['zh', '第4行、第9行：2 处都是申报条件，已合并；请确认是否属于不同的子项目', '原文 第5行企业生产经营正常', '申报流程 第1步：还是草稿占位“待补充：申报流程”；请填写后再生成'],
    ['en', 'lines 4, 9: ', 'Source line 5企业生产经营正常', 'process step 1: still holds the draft placeholder "待补充：申报流程"; fill it in before generating'],
  ] as const)('in %s names the lines of a doubt that lie apart one by one, and the gap in its own punctuation', async (lang, doubt, source, gap) => {
    const notice = [
      '关于组织申报2026年度示范工厂奖励的通知',
      '一、申报对象',
      '本区规模以上工业企业。',
      '二、申报条件',
      '（一）企业生产经营正常；',
      '（二）近三年无重大安全事故。',
      '三、奖励标准',
      '给予一次性奖励50万元。',
      '四、申报要求',
      '（一）项目已完成建设；',
      '五、联系方式',
      '区工信局，联系电话：0512-66251234。',
      '苏州市吴中区工业和信息化局',
    ].join('\n');
    const office = await startStudio({ settings: { paths: ['cards'] }, cwd: work, port: 0, renderer: noRenderer, watch: false, lang });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(office.url);
      await page.waitForSelector('.draft-button:not([hidden])', { timeout: 30_000 });
      await page.setInputFiles('#draft-file', { name: '示范工厂.txt', mimeType: 'text/plain', buffer: Buffer.from(notice) });
      await page.waitForSelector('.draft-intro', { timeout: 30_000 });
      const doubts = await page.$$eval('.draft-doubtful li', (items) => items.map((item) => item.textContent ?? ''));
      expect(doubts.filter((text) => text.startsWith(doubt))).toHaveLength(1);
      expect(await page.textContent('[data-path="/conditions/0"] .draft-source')).toBe(source);
      // Each gap named as the printed report names it.
      expect(await page.$$eval('.draft-gaps button', (buttons) => buttons.map((button) => button.textContent))).toEqual(
        lang === 'zh' ? ['申报流程', '二维码 链接'] : ['process', 'QR code URL'],
      );
      await page.waitForSelector('.preview-problems .error-list li', { timeout: 30_000 });
      expect(await page.textContent('.preview-problems .error-list li')).toBe(gap);
      await page.close();
    } finally {
      await office.close();
    }
  });

  it('stays on the gallery and shows why when the document cannot be read', async () => {
    const page = await openGallery();
    await page.setInputFiles('#draft-file', { name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.waitForSelector('.draft-status.notice-error', { timeout: 30_000 });
    const response = await fetch(`${studio.url}api/draft`, { method: 'POST', headers: { 'X-File-Name': encodeURIComponent('空白.txt') }, body: new Uint8Array() });
    const message = ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message;
    expect(await page.textContent('.draft-status li')).toBe(message);
    expect(await page.textContent('.draft-status strong')).toBe('无法从《空白.txt》起草：');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('with serve --llm, merges the model’s reading: its values reach the editor marked 〔来自模型〕, and the report panel lists what was dropped and any warning', async () => {
    const server = await startLlmServer();
    const withModel = await startStudio({
      settings: { paths: ['cards'], draftLlm: { url: server.origin, model: 'qwen2.5-7b-instruct', timeoutMs: 5000 } },
      cwd: work,
      port: 0,
      renderer: noRenderer,
      watch: false,
    });
    try {
      server.handle(answerWith(200, chatResponse(JSON.stringify(INVENTED_ANSWER))));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(withModel.url);
      await page.waitForSelector('.draft-button:not([hidden])', { timeout: 30_000 });
      await page.setInputFiles('#draft-file', { name: '培育奖励通知.txt', mimeType: 'text/plain', buffer: Buffer.from(LLM_NOTICE) });
      await page.waitForSelector('.draft-intro', { timeout: 30_000 });
      expect(server.requests.map((request) => request.path)).toEqual(['/v1/chat/completions']);

      // The condition the rules missed (under 四、温馨提示) is in the form, its source line marked as the model's.
      const condition = '企业须在苏州市依法纳税，且上年度研发费用不低于200万元';
      expect(await page.locator('[data-path="/conditions/2"]').locator('input, textarea').first().inputValue()).toBe(condition);
      expect(await page.textContent('[data-path="/conditions/2"] .draft-source')).toBe(`原文 第11行${condition}。〔来自模型〕`);
      expect(await page.textContent('[data-path="/conditions/0"] .draft-source')).not.toContain('〔来自模型〕');

      // The report panel says what the model did, and what it proposed that the notice does not hold.
      expect(await page.textContent('.draft-model > p')).toBe(
        `模型 qwen2.5-7b-instruct（${server.origin}/v1/chat/completions）作第二读者：补充 4 项，丢弃 2 项。标有〔来自模型〕的内容也已在原文中找到，请同样核对。`,
      );
      expect(await page.$$eval('.draft-model li', (items) => items.map((item) => item.textContent))).toEqual([
        '/conditions 申报条件：企业上年度营业收入不低于5000万元',
        '/reward/items 奖补标准 明细：对新认定的培育企业给予50万元奖励。',
      ]);
      await page.screenshot({ path: path.join(shots, 'draft-llm-editor.png'), fullPage: true });

      // A server that fails: the rules' draft opens as usual, and the panel says why the model was not used (here in English).
      server.handle(answerWith(500, '{}'));
      const englishStudio = await startStudio({ settings: withModel.catalogue.settings, cwd: work, port: 0, renderer: noRenderer, watch: false, lang: 'en' });
      const english = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await english.goto(englishStudio.url);
        await english.waitForSelector('.draft-button:not([hidden])', { timeout: 30_000 });
        await english.setInputFiles('#draft-file', { name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from(LLM_NOTICE) });
        await english.waitForSelector('.draft-intro', { timeout: 30_000 });
        expect(await english.textContent('.draft-model > p')).toBe(
          `Model qwen2.5-7b-instruct (${server.origin}/v1/chat/completions) as second reader: 0 added, 0 dropped. Values marked [from the model] were found in the source too; check them the same way.`,
        );
        expect(await english.$$eval('.draft-model li', (items) => items.map((item) => item.textContent))).toEqual([
          `[W_LLM_HTTP] the model server answered HTTP 500; check the log of the model server (${server.origin}/v1/chat/completions); drafted by the rules alone`,
        ]);
      } finally {
        await englishStudio.close();
      }
      await page.close();
      await english.close();
    } finally {
      await withModel.close();
      await server.close();
    }
  });
});
