/**
 * The hostile corpus through every other command and the render API: good cards always come
 * out, bad ones are reported, and no command prints a stack trace or crashes.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type RunningStudio } from '../../src/serve/start-studio.js';
import { cli } from '../helpers/cli.js';
import { corpusWorkspace, EXPECTED, GOOD } from './corpus.js';

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

describe('the hostile corpus through every command', () => {
  let work: string;
  beforeAll(async () => {
    work = await corpusWorkspace('policy-card-corpus-all-');
  });

  it('validate: reports every bad card and passes the good ones, without a stack trace', async () => {
    const result = await cli(work, 'validate', 'specs');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(STACK_TRACE);
    for (const name of GOOD) expect(result.stdout).toContain(`✔ specs/${name}\n`);
    for (const name of Object.keys(EXPECTED)) expect(result.stdout, name).toContain(`✘ specs/${name}\n`);
  });

  it('print: puts every good card on the sheet and reports the rest', async () => {
    const result = await cli(work, 'print', 'specs', '--template', 'a6', '--out', 'out/sheet.pdf', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { files: string[]; cards: Array<{ file: string; status: string }> };
    expect(report.files).toEqual(['out/sheet.pdf']);
    expect(report.cards.filter((card) => card.status === 'rendered').map((card) => path.basename(card.file)).sort()).toEqual(GOOD);
    expect((await readFile(path.join(work, 'out', 'sheet.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('site: writes a page for every good card and reports the rest', async () => {
    const result = await cli(work, 'site', 'specs', '--base-url', 'https://example.gov.cn/policies', '--out', 'out/site', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { cards: Array<{ id: string; file: string; status: string }> };
    const good = report.cards.filter((card) => card.status === 'rendered');
    // The site always shows the phone card, so a card naming an unknown template still gets its page.
    expect(good.map((card) => path.basename(card.file)).sort()).toEqual([...GOOD, 'template-unknown.json'].sort());
    const pages = await readdir(path.join(work, 'out', 'site', 'p'));
    expect(pages.sort()).toEqual(good.map((card) => card.id).sort());
  });
});

describe('the hostile corpus through the render API', () => {
  let work: string;
  let studio: RunningStudio;
  beforeAll(async () => {
    work = await corpusWorkspace('policy-card-corpus-api-');
    studio = await startStudio({ settings: { paths: ['specs'] }, cwd: work, port: 0, concurrency: 1, watch: false });
  });
  afterAll(async () => {
    await studio?.close();
  });

  it.each([...GOOD, ...Object.keys(EXPECTED)].sort())('POST %s → an image, or a 4xx with a structured error (never a 5xx)', async (name) => {
    const body = await readFile(path.join(work, 'specs', name));
    const response = await fetch(new URL('/api/render', studio.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    // One card at a time, a duplicate id is no conflict: both render.
    if ([...GOOD, 'dup-one.json', 'dup-two.json'].includes(name)) {
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      return;
    }
    expect([400, 413, 422]).toContain(response.status);
    const error = (await response.json()) as { error?: { code?: string }; errors?: Array<{ code: string }> };
    const codes = [error.error?.code, ...(error.errors ?? []).map((entry) => entry.code)].filter(Boolean);
    expect(codes.length, JSON.stringify(error)).toBeGreaterThan(0);
  });
});
