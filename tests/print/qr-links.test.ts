/**
 * The link over each QR code of every PDF policy-card writes, read back with real readers: pdf.js
 * for the annotations, pdftoppm for the printed page, and jsQR to find each code in its pixels,
 * independently of the layout that placed the link.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQRModule from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/batch/build-cards.js';
import { newDocument, singleCardPdf } from '../../src/print/card-pdf.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { planSheet } from '../../src/print/plan-sheet.js';
import { linkQrCodes } from '../../src/print/qr-links.js';
import { printCards } from '../../src/print/write-print-pdf.js';
import { renderCard } from '../../src/render/render-card.js';
import { longPolicy, minimalSpec } from '../helpers/cards.js';
import { printTurnedBackSheet } from '../helpers/turned-back-sheet.js';
import { decodePng } from '../helpers/png.js';

// jsqr is CommonJS with `exports.default`; under nodenext the default import is the module object.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;
const run = promisify(execFile);
const DPI = 200;
const MM_PER_PT = 25.4 / 72;

/** A link annotation of a page: its URL and its rectangle in mm from the page's top-left corner. */
interface Link {
  url: string | undefined;
  subtype: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every annotation of every page, as pdf.js reads it. */
async function pdfLinks(file: string): Promise<Link[][]> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: Link[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const height = (page.view as number[])[3]!;
    const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string; rect: number[] }>;
    pages.push(
      annotations.map(({ subtype, url, rect }) => {
        const [x1, y1, x2, y2] = rect as [number, number, number, number];
        return { subtype, url, left: x1 * MM_PER_PT, right: x2 * MM_PER_PT, top: (height - y2) * MM_PER_PT, bottom: (height - y1) * MM_PER_PT };
      }),
    );
  }
  return pages;
}

/**
 * The QR code printed under a link, found in pdftoppm's rendering of its page: what it decodes to
 * and the box of its four outer corners (mm). Only the link's own area, with a margin for the
 * quiet zone, is searched, so a link that misses its code finds nothing.
 */
async function codeUnder(file: string, pageNumber: number, link: Link): Promise<{ data: string; left: number; top: number; right: number; bottom: number } | undefined> {
  const px = (mm: number): number => Math.round((mm / 25.4) * DPI);
  const margin = px((link.right - link.left) * 0.2);
  const x0 = Math.max(0, px(link.left) - margin);
  const y0 = Math.max(0, px(link.top) - margin);
  // pdftoppm renders just this area of the page (clipped at the page's edge).
  const prefix = `${file}-${pageNumber}-${x0}-${y0}`;
  const area = ['-x', x0, '-y', y0, '-W', px(link.right) + margin - x0, '-H', px(link.bottom) + margin - y0].map(String);
  await run('pdftoppm', ['-r', String(DPI), '-png', '-singlefile', '-f', String(pageNumber), '-l', String(pageNumber), ...area, file, prefix]);
  const png = decodePng(await readFile(`${prefix}.png`));
  const { width, height } = png;
  const pixels = new Uint8ClampedArray(png.data);
  const found = jsQR(pixels, width, height);
  if (!found) return undefined;
  const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = found.location;
  const corners = [topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner];
  const mm = (value: number, offset: number): number => ((value + offset) / DPI) * 25.4;
  return {
    data: found.data,
    left: Math.min(...corners.map((corner) => mm(corner.x, x0))),
    right: Math.max(...corners.map((corner) => mm(corner.x, x0))),
    top: Math.min(...corners.map((corner) => mm(corner.y, y0))),
    bottom: Math.max(...corners.map((corner) => mm(corner.y, y0))),
  };
}

/**
 * Each link lies over the code it names: the code found under it decodes to its URL, lies inside
 * it (to half a module's worth of rendering) and fills most of it (the rest is the quiet zone).
 */
async function expectLinksOverTheirCodes(file: string, pageNumber: number, links: Link[]): Promise<void> {
  for (const link of links) {
    const code = await codeUnder(file, pageNumber, link);
    expect(code?.data).toBe(link.url);
    const tolerance = 0.5;
    expect(code!.left).toBeGreaterThan(link.left - tolerance);
    expect(code!.top).toBeGreaterThan(link.top - tolerance);
    expect(code!.right).toBeLessThan(link.right + tolerance);
    expect(code!.bottom).toBeLessThan(link.bottom + tolerance);
    expect((code!.right - code!.left) / (link.right - link.left)).toBeGreaterThan(0.6);
    expect((code!.bottom - code!.top) / (link.bottom - link.top)).toBeGreaterThan(0.6);
  }
}

const URL_A = 'https://hrss.suzhou.gov.cn/wg/first';
const URL_B = 'https://hrss.suzhou.gov.cn/wg/second';
const twoCodes = [
  { url: URL_A, purpose: '原文' },
  { url: URL_B, purpose: '申报入口' },
];

describe('build --format pdf', () => {
  it.each([
    ['a6', [{ url: URL_A }], [URL_A]],
    ['phone', twoCodes, [URL_A, URL_B]],
    ['square', twoCodes, [URL_A, URL_B]],
    // The same URL twice draws the same image twice: each code gets a link of its own.
    ['phone', twoCodes.map((code) => ({ ...code, url: URL_A })), [URL_A, URL_A]],
  ])('links each code of an upright %s card to its own URL, over the printed code, and nothing else (%j)', async (template, qr, urls) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-links-'));
    await mkdir(path.join(folder, 'cards'));
    await writeFile(path.join(folder, 'cards', 'card.json'), JSON.stringify({ ...minimalSpec(), qr }));
    const report = await buildCards({ cwd: folder, template, formats: ['pdf'], workers: 'never' });
    expect(report.failed).toBe(0);
    const file = path.join(folder, 'output', 'card.pdf');
    const [links, ...more] = await pdfLinks(file);
    expect(more).toEqual([]);
    expect(links!.map((link) => [link.subtype, link.url])).toEqual(urls.map((url) => ['Link', url]));
    // Two links never overlap: each lies over a code of its own.
    if (links!.length === 2) expect(links![0]!.right < links![1]!.left || links![1]!.right < links![0]!.left).toBe(true);
    await expectLinksOverTheirCodes(file, 1, links!);
  });
});

describe('singleCardPdf', () => {
  it('links the codes on every page of a long phone card that shows them, each over its code', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-links-'));
    const rendered = await renderCard(longPolicy(), { template: 'phone', skipPng: true, limits: { ...DEFAULT_LIMITS, pageHeight: 3000 } });
    expect(rendered.pages.length).toBeGreaterThan(1);
    const file = path.join(folder, 'card.pdf');
    await writeFile(file, await singleCardPdf(rendered));
    const pages = await pdfLinks(file);
    expect(pages.length).toBe(rendered.pages.length);
    const shown = rendered.pages.map((page) => page.qr.filter((code) => Number.isFinite(code.x)).map((code) => code.url));
    expect(pages.map((links) => links.map((link) => link.url))).toEqual(shown);
    expect(shown.flat().length).toBeGreaterThan(0);
    for (const [index, links] of pages.entries()) await expectLinksOverTheirCodes(file, index + 1, links);
  });
});

describe('print', () => {
  it('links each card’s code inside its own slot on a sheet of rotated a6 cards', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-links-'));
    await mkdir(path.join(folder, 'cards'));
    await writeFile(path.join(folder, 'cards', 'first.json'), JSON.stringify({ ...minimalSpec(), title: '稳岗补贴第一批', qr: { url: URL_A } }));
    await writeFile(path.join(folder, 'cards', 'second.json'), JSON.stringify({ ...minimalSpec(), title: '稳岗补贴第二批', qr: { url: URL_B } }));
    await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A4' });
    const plan = planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, cropMarks: true, layout: 'auto' });
    expect([plan.rotated, plan.perPage]).toEqual([true, 2]);
    const file = path.join(folder, 'sheet.pdf');
    const [links, ...more] = await pdfLinks(file);
    expect(more).toEqual([]);
    expect(links!.map((link) => link.url)).toEqual([URL_A, URL_B]);
    // plan.trim is the slot as placed on the sheet (a rotated card's height across).
    links!.forEach((link, index) => {
      const slot = plan.slots[index]!;
      expect(link.left).toBeGreaterThan(slot.xMm);
      expect(link.right).toBeLessThan(slot.xMm + plan.trim.widthMm);
      expect(link.top).toBeGreaterThan(slot.yMm);
      expect(link.bottom).toBeLessThan(slot.yMm + plan.trim.heightMm);
    });
    await expectLinksOverTheirCodes(file, 1, links!);
  });

  it('links both codes of the front and of a turned back side (long-edge duplex, rotated a5 on A3) where they are printed', async () => {
    const { file, pageCount, plan, back } = await printTurnedBackSheet('policy-card-qr-links-');
    expect(pageCount).toBe(2);
    expect([plan.rotated, back.turned]).toEqual([true, true]);
    const pages = await pdfLinks(file);
    const urls = longPolicy().qr.map((code) => code.url);
    // Both sides of the a5 card show its two codes: the front of the sheet and its back.
    expect(pages.map((links) => links.map((link) => link.url))).toEqual([urls, urls]);
    for (const link of pages[1]!) {
      expect(link.left).toBeGreaterThan(back.xMm);
      expect(link.right).toBeLessThan(back.xMm + plan.trim.widthMm);
      expect(link.top).toBeGreaterThan(back.yMm);
      expect(link.bottom).toBeLessThan(back.yMm + plan.trim.heightMm);
    }
    await expectLinksOverTheirCodes(file, 1, pages[0]!);
    await expectLinksOverTheirCodes(file, 2, pages[1]!);
  });
});

describe('linkQrCodes', () => {
  it('links only web addresses, only codes the page shows, and writes a Chinese URL percent-encoded', async () => {
    const { doc, done } = newDocument();
    doc.addPage({ size: [200, 200], margin: 0 });
    const svg = '<svg width="100" height="100" viewBox="0 0 100 100" xmlns="http://www.w3.org/2000/svg"></svg>';
    const code = { x: 10, y: 10, size: 50, width: 50, height: 50, pixelsPerModule: 2, modules: 25 };
    linkQrCodes(
      doc,
      [
        { ...code, url: 'javascript:alert(1)' },
        { ...code, url: 'file:///etc/passwd' },
        { ...code, url: URL_B, x: Number.NaN, y: Number.NaN },
        { ...code, url: URL_A },
        { ...code, url: 'https://example.gov.cn/政策/补贴?q=稳岗', y: 60 },
      ],
      svg,
      { width: 200, height: 200 },
      [1, 0, 0, 1, 0, 0],
    );
    doc.end();
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-qr-links-'));
    await writeFile(path.join(folder, 'links.pdf'), await done);
    const [links] = await pdfLinks(path.join(folder, 'links.pdf'));
    // The SVG's 100 px fill the 200 pt box: the code's 50 px are 100 pt from (20, 20) pt.
    expect(links!.map(({ url, left, top, right, bottom }) => [url, ...[left, top, right, bottom].map((mm) => Math.round(mm / MM_PER_PT))])).toEqual([
      [URL_A, 20, 20, 120, 120],
      ['https://example.gov.cn/%E6%94%BF%E7%AD%96/%E8%A1%A5%E8%B4%B4?q=%E7%A8%B3%E5%B2%97', 20, 120, 120, 220],
    ]);
  });
});
