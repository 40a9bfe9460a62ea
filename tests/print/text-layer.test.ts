/**
 * The invisible text layer of every PDF policy-card writes, read back with real readers: pdf.js
 * for the words, their order and their places on the page, poppler's pdftotext as a second
 * reader, and pdftoppm to check that the printed page looks the same with and without it.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/batch/build-cards.js';
import { planSheet } from '../../src/print/plan-sheet.js';
import { printCards } from '../../src/print/write-print-pdf.js';
import { renderCard } from '../../src/render/render-card.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { singleCardPdf } from '../../src/print/card-pdf.js';
import { longPolicy, minimalSpec, validCard } from '../helpers/cards.js';
import { printTurnedBackSheet } from '../helpers/turned-back-sheet.js';
import { decodePng, differingPixelShare } from '../helpers/png.js';

const run = promisify(execFile);
const MM_PER_PT = 25.4 / 72;

const TITLE = '科技型企业研发费用补助';
const CONDITION = '上年度研发投入不低于100万元';
const PHONE = '0512-6861 5000';
const URL = 'https://kjj.suzhou.gov.cn';

/** A card whose title, a condition, a phone number and a URL a reader wants to copy. */
function spec(title = TITLE): Record<string, unknown> {
  return {
    ...minimalSpec(),
    title,
    edition: '2026-01-01',
    conditions: [CONDITION, `网上申报：${URL}`],
    contacts: [{ name: '市科技局', phone: '0512-68615000' }],
  };
}

async function workspace(specs: Array<Record<string, unknown>>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-text-layer-'));
  await mkdir(path.join(folder, 'cards'));
  for (const [index, each] of specs.entries()) await writeFile(path.join(folder, 'cards', `card-${index + 1}.json`), JSON.stringify(each));
  return folder;
}

/** A piece of text on a page, where its baseline starts and ends, in mm from the page's top-left corner. */
interface PlacedText {
  text: string;
  start: [number, number];
  end: [number, number];
}

/** The text of every page in content order, as pdf.js reads it. */
async function pdfText(file: string): Promise<PlacedText[][]> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PlacedText[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const height = (page.view as number[])[3]!;
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
    pages.push(
      items.map((item) => {
        const [a, b, , , e, f] = item.transform as number[];
        const length = Math.hypot(a!, b!);
        const toMm = (x: number, y: number): [number, number] => [x * MM_PER_PT, (height - y) * MM_PER_PT];
        return { text: item.str, start: toMm(e!, f!), end: toMm(e! + (a! / length) * item.width, f! + (b! / length) * item.width) };
      }),
    );
  }
  return pages;
}

/** Where each text comes first in the joined text of a page (-1 when it is missing). */
const positions = (page: PlacedText[], texts: string[]): number[] => {
  const joined = page.map((item) => item.text).join('\n');
  return texts.map((text) => joined.indexOf(text));
};

/**
 * Where the card's own layout puts the start of the first line starting with `text`, in mm from the
 * card's top-left corner (design pixels × the printed size of one).
 */
async function laidOutAt(template: string, text: string, widthMm: number, title = TITLE): Promise<[number, number]> {
  const rendered = await renderCard(validCard(spec(title)), { template, skipPng: true, textLayer: true });
  const found = rendered.textRuns!.find((each) => each.text.startsWith(text))!;
  const mmPerPx = widthMm / rendered.width;
  return [found.x * mmPerPx, found.y * mmPerPx];
}

/** Whether two points (mm) are within 0.3 mm of each other. */
const near = (a: [number, number], b: [number, number]): boolean => Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.3;

/** Whether both ends of a piece of text lie inside a rectangle (mm), with 0.5 mm to spare. */
const inside = (item: PlacedText, box: { xMm: number; yMm: number; widthMm: number; heightMm: number }): boolean =>
  [item.start, item.end].every(([x, y]) => x >= box.xMm - 0.5 && x <= box.xMm + box.widthMm + 0.5 && y >= box.yMm - 0.5 && y <= box.yMm + box.heightMm + 0.5);

describe('build --format pdf', () => {
  it.each([
    ['a6', { widthMm: 105, heightMm: 148 }],
    ['phone', { widthMm: 90, heightMm: null }],
  ] as const)('a %s card PDF has its title, a condition, the URL and the phone as text, in order, inside the trim box', async (template, trim) => {
    const folder = await workspace([spec()]);
    await buildCards({ cwd: folder, template, formats: ['pdf'], workers: 'never' });
    const file = path.join(folder, 'output', 'card-1.pdf');
    const [page, ...others] = await pdfText(file);
    expect(others).toEqual([]);
    const found = positions(page!, [TITLE, CONDITION, URL, PHONE]);
    expect(found.every((at) => at >= 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    // Inside the trim box: 3 mm of bleed on each side of the page.
    const [, , , pageHeightPt] = (await (await getDocument({ data: new Uint8Array(await readFile(file)) }).promise).getPage(1)).view as number[];
    const box = { xMm: 3, yMm: 3, widthMm: trim.widthMm, heightMm: trim.heightMm ?? pageHeightPt! * MM_PER_PT - 6 };
    expect(page!.filter((item) => !inside(item, box))).toEqual([]);
    // At the very place the card prints them: the title at the top, the phone near the bottom.
    for (const text of [TITLE, '市科技局']) {
      const [x, y] = await laidOutAt(template, text, trim.widthMm);
      expect(near(page!.find((item) => item.text.startsWith(text))!.start, [3 + x, 3 + y])).toBe(true);
    }
    // pdftotext, a second reader, finds them in the same order.
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const second = [TITLE, CONDITION, URL, PHONE].map((text) => stdout.indexOf(text));
    expect(second.every((at) => at >= 0)).toBe(true);
    expect([...second].sort((a, b) => a - b)).toEqual(second);
  });
});

describe('singleCardPdf', () => {
  it('gives each page of a phone card split into pages the text of that page', async () => {
    const rendered = await renderCard(longPolicy(), { skipPng: true, textLayer: true, limits: { ...DEFAULT_LIMITS, pageHeight: 3000 } });
    const count = rendered.pages.length;
    expect(count).toBeGreaterThan(1);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-text-layer-'));
    await writeFile(path.join(folder, 'long.pdf'), await singleCardPdf(rendered));
    const pages = await pdfText(path.join(folder, 'long.pdf'));
    expect(pages.length).toBe(count);
    // Each page has the title band and its own page mark; the lines are those of its own layout.
    for (const [index, page] of pages.entries()) {
      const own = rendered.pages[index]!.textRuns!.map((line) => line.text);
      expect(page.map((item) => item.text).join('')).toBe(own.join(''));
      expect(own.join('')).toContain(`${index + 1}/${count}`);
    }
  });
});

describe('print', () => {
  it('puts each card’s text on its own page, inside its slot, on a sheet of rotated a6 cards', async () => {
    const titles = ['稳岗补贴第一批', '稳岗补贴第二批', '稳岗补贴第三批'];
    const folder = await workspace(titles.map((title) => spec(title)));
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A4' });
    expect(report.pages).toBe(2);
    const plan = planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, cropMarks: true, layout: 'auto' });
    expect([plan.rotated, plan.perPage]).toEqual([true, 2]);
    const pages = await pdfText(path.join(folder, 'sheet.pdf'));
    for (const [index, title] of titles.entries()) {
      const page = pages[Math.floor(index / plan.perPage)]!;
      const slot = { ...plan.slots[index % plan.perPage]!, ...plan.trim };
      const own = page.filter((item) => inside(item, slot));
      // The card's words, in order, all inside its slot; the page's slug line is outside every slot.
      const found = positions(own, [title, CONDITION, URL, PHONE]);
      expect(found.every((at) => at >= 0)).toBe(true);
      expect([...found].sort((a, b) => a - b)).toEqual(found);
      expect(positions(page, [title])[0]).toBeGreaterThanOrEqual(0);
      // Rotated 90° clockwise: each line runs down the page.
      const titleItem = own.find((item) => item.text.includes(title))!;
      expect(titleItem.end[1] - titleItem.start[1]).toBeGreaterThan(20);
      expect(Math.abs(titleItem.end[0] - titleItem.start[0])).toBeLessThan(0.5);
      // At the place the card prints it: card (u, v) is at (slot right − v, slot top + u) turned clockwise.
      for (const text of [title, '市科技局']) {
        const [u, v] = await laidOutAt('a6', text, 105, title);
        expect(near(own.find((item) => item.text.startsWith(text))!.start, [slot.xMm + slot.widthMm - v, slot.yMm + u])).toBe(true);
      }
    }
    // pdftotext -raw (content order) reads the turned cards in the same order; its default layout
    // analysis reorders the lines of rotated list items, so it is not the reader checked here.
    const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(folder, 'sheet.pdf'), '-']);
    // (It breaks rotated lines at spaces: the phone number is looked for up to its space.)
    const order = [titles[0]!, CONDITION, URL, PHONE.split(' ')[0]!, titles[1]!, titles[2]!].map((text) => stdout.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const slug = pages[0]!.filter((item) => !plan.slots.some((slot) => inside(item, { ...slot, ...plan.trim })));
    expect(slug.map((item) => item.text)).toEqual([expect.stringMatching(/^sheet · \d{4}-\d\d-\d\d · 1\/2$/)]);
  });

  it('places the text of a turned back side (long-edge duplex, rotated a5 on A3) inside its back slot', async () => {
    const { file, pageCount, plan, back } = await printTurnedBackSheet('policy-card-text-layer-');
    expect(pageCount).toBe(2);
    expect([plan.rotated, back.turned]).toEqual([true, true]);
    const [front, backPage] = await pdfText(file);
    const frontSlot = { ...plan.slots[0]!, ...plan.trim };
    const backBox = { xMm: back.xMm, yMm: back.yMm, ...plan.trim };
    // Everything but the front's slug line is inside the card's slot on each side (backs have no slug), and a back has text of its own.
    expect(front!.filter((item) => !inside(item, frontSlot)).map((item) => item.text)).toEqual([expect.stringMatching(/^sheet · /)]);
    expect(backPage!.filter((item) => !inside(item, backBox)).map((item) => item.text)).toEqual([]);
    expect(backPage!.length).toBeGreaterThan(10);
    // Turned the other way (-90°): lines run up the page.
    const line = backPage!.find((item) => inside(item, backBox) && item.text.length > 6)!;
    expect(line.start[1] - line.end[1]).toBeGreaterThan(5);
  });

  it('looks the same with and without the text layer (pdftoppm at 100 dpi), and only the layer has text', async () => {
    const folder = await workspace([spec('稳岗补贴第一批'), spec('稳岗补贴第二批')]);
    // Same file name in two folders, so the slug lines match too.
    await printCards({ cwd: folder, out: 'with/sheet.pdf', template: 'a6', paper: 'A4' });
    await printCards({ cwd: folder, out: 'without/sheet.pdf', template: 'a6', paper: 'A4', textLayer: false });
    const texts = async (name: string): Promise<string[]> => (await pdfText(path.join(folder, name, 'sheet.pdf'))).flat().map((item) => item.text);
    expect((await texts('with')).length).toBeGreaterThan(20);
    // Without the layer only the slug line is text.
    expect(await texts('without')).toEqual([expect.stringMatching(/^sheet · /)]);
    const pixels = async (name: string): Promise<ReturnType<typeof decodePng>> => {
      await run('pdftoppm', ['-r', '100', '-png', '-singlefile', path.join(folder, name, 'sheet.pdf'), path.join(folder, name, 'page')]);
      return decodePng(await readFile(path.join(folder, name, 'page.png')));
    };
    const [withLayer, withoutLayer] = [await pixels('with'), await pixels('without')];
    expect(differingPixelShare(withLayer, withoutLayer)).toBeLessThan(0.002);
    expect(differingPixelShare(withLayer, withoutLayer, 0)).toBeLessThan(0.001);
  });
});
