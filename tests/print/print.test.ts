/**
 * Print handouts, read back with real tools: pdf.js for page count and size, poppler's
 * pdftoppm to rasterise at 300 dpi, zbar to scan every QR code from the printed page.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/batch/build-cards.js';
import { backSlot, planSheet } from '../../src/print/plan-sheet.js';
import { readPngDpi } from '../../src/print/png-dpi.js';
import { printCards } from '../../src/print/write-print-pdf.js';
import { CARDS_DIR, minimalSpec, ROOT } from '../helpers/cards.js';
import { decodePng } from '../helpers/png.js';

const run = promisify(execFile);
const PT_PER_MM = 72 / 25.4;

async function workspace(count: number, overrides: Record<string, unknown> = {}): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-print-'));
  await mkdir(path.join(folder, 'cards'));
  for (let index = 0; index < count; index++) {
    const spec = { ...minimalSpec(), title: `稳岗补贴第${index + 1}批`, edition: '2026-01-01', qr: { url: `https://hrss.suzhou.gov.cn/wg/${index + 1}` }, ...overrides };
    await writeFile(path.join(folder, 'cards', `card-${String(index + 1).padStart(2, '0')}.json`), JSON.stringify(spec));
  }
  return folder;
}

async function pdfPages(file: string): Promise<Array<[number, number]>> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const sizes: Array<[number, number]> = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const [, , width, height] = (await pdf.getPage(page)).view as [number, number, number, number];
    sizes.push([Math.round(width * 10) / 10, Math.round(height * 10) / 10]);
  }
  return sizes;
}

async function rasterise(pdf: string, dpi: number): Promise<string[]> {
  const prefix = path.join(path.dirname(pdf), `${path.basename(pdf, '.pdf')}-page`);
  await run('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  return (await readdir(path.dirname(pdf))).filter((file) => file.startsWith(path.basename(prefix))).sort().map((file) => path.join(path.dirname(pdf), file));
}

const A4: [number, number] = [595.3, 841.9];

describe('sheet layout', () => {
  it.each([
    ['A4', 'a6', { widthMm: 105, heightMm: 148 }, 2, true],
    ['A3', 'a6', { widthMm: 105, heightMm: 148 }, 4, false],
    ['A4', 'a5', { widthMm: 148, heightMm: 210 }, 1, false],
  ] as const)('%s holds %s cards %j, %i per page (rotated: %s), inside the margins', (paper, _template, trim, perPage, rotated) => {
    const plan = planSheet({ paper, trim, bleedMm: 0, cropMarks: true, layout: 'auto' });
    expect([plan.perPage, plan.rotated]).toEqual([perPage, rotated]);
    for (const slot of plan.slots) {
      expect(slot.xMm).toBeGreaterThanOrEqual(10);
      expect(slot.xMm + plan.trim.widthMm).toBeLessThanOrEqual(plan.paper.widthMm - 10);
    }
  });

  it('places four A6 on A4 edge to edge when asked for 2x2 without crop marks, gap or bleed', () => {
    const plan = planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, gapMm: 0, cropMarks: false, layout: { cols: 2, rows: 2 } });
    expect([plan.perPage, plan.rotated, plan.marginMm]).toEqual([4, false, 0]);
    expect(plan.slots).toEqual([
      { xMm: 0, yMm: 0.5 },
      { xMm: 105, yMm: 0.5 },
      { xMm: 0, yMm: 148.5 },
      { xMm: 105, yMm: 148.5 },
    ]);
    // With --margin 0 the automatic layout finds the same four.
    expect(planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, cropMarks: false, marginMm: 0, layout: 'auto' }).perPage).toBe(4);
  });

  it.each([
    ['long-edge', [1, 0, 3, 2]],
    ['short-edge', [2, 3, 0, 1]],
  ] as const)('puts each back behind its own front when the sheet is turned about its %s', (duplex, behind) => {
    const plan = planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, gapMm: 0, cropMarks: false, layout: { cols: 2, rows: 2 } });
    // On a 2x2 sheet, the back of slot i sits where slot behind[i] is on the front.
    expect(plan.slots.map((_, slot) => backSlot(plan, slot, duplex))).toEqual(behind.map((other) => ({ ...plan.slots[other]!, turned: false })));
  });

  it('turns the backs of rotated cards the other way for long-edge duplex', () => {
    const plan = planSheet({ paper: 'A3', trim: { widthMm: 148, heightMm: 210 }, bleedMm: 0, cropMarks: true, layout: 'auto' });
    expect(plan.rotated).toBe(true);
    expect(backSlot(plan, 0, 'long-edge')).toEqual({ xMm: plan.paper.widthMm - plan.slots[0]!.xMm - plan.trim.widthMm, yMm: plan.slots[0]!.yMm, turned: true });
    expect(backSlot(plan, 0, 'short-edge').turned).toBe(false);
  });

  it('refuses a layout that does not fit instead of shrinking the cards', () => {
    expect(() => planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, cropMarks: true, layout: { cols: 2, rows: 2 } })).toThrow(
      /^A4 纸放不下 2x2 张 105×148 毫米的卡片（含出血 0 毫米、裁切线和 5 毫米纸边距，可用 190×277 毫米）；请换更大的纸（--paper A3）、减少每页张数（--layout auto），或去掉裁切线和出血（--no-crop-marks --bleed 0 --gap 0）并减小纸边距（--margin 0，需打印机支持无边距）$/,
    );
  });

  // In auto the layout is already the fewest per sheet; only a change the user can make is named.
  it('in auto, the refusal names no --layout auto and, for a card longer than A3, the print templates', () => {
    const refuse = (trim: { widthMm: number; heightMm: number }): unknown => {
      try {
        return planSheet({ paper: 'A4', trim, bleedMm: 3, cropMarks: true, layout: 'auto' });
      } catch (error) {
        return error;
      }
    };
    expect(refuse({ widthMm: 200, heightMm: 290 })).toMatchObject({
      code: 'E_USAGE',
      message: 'A4 纸放不下 1x1 张 200×290 毫米的卡片（含出血 3 毫米、裁切线和 5 毫米纸边距，可用 190×277 毫米）；请换更大的纸（--paper A3），或去掉裁切线和出血（--no-crop-marks --bleed 0 --gap 0）并减小纸边距（--margin 0，需打印机支持无边距）',
    });
    const phone = refuse({ widthMm: 90, heightMm: 658.3 }) as { message: string; text: { en: string } };
    expect(phone.message).toBe('A4 纸放不下 90×658.3 毫米的卡片：它比最大的 A3 纸（297×420 毫米）还长。打印请用打印模板：--template a6（口袋卡）、a5 或 a4');
    expect(phone.text.en).toBe('A4 cannot hold a card of 90×658.3 mm: it is longer than the largest paper, A3 (297×420 mm). To print, use a print template: --template a6 (pocket card), a5 or a4');
  });
});

describe('policy-card print', () => {
  it.each([
    ['a6', 1, 1],
    ['a6', 4, 2],
    ['a6', 9, 5],
    ['a5', 1, 1],
    ['a5', 4, 4],
  ])('%s × %i cards on A4 gives %i A4 pages', async (template, count, pages) => {
    const folder = await workspace(count);
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template, paper: 'A4' });
    expect(report.failed).toBe(0);
    expect(await pdfPages(path.join(folder, 'sheet.pdf'))).toEqual(Array.from({ length: pages }, () => A4));
  });

  it('keeps two A6 per A4 sheet by default and says why four need --layout 2x2 --gap 0 --no-crop-marks (W_SHEET_LAYOUT)', async () => {
    const folder = await workspace(2);
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A4' });
    expect(report.pages).toBe(1);
    expect(report.notes).toEqual([
      {
        code: 'W_SHEET_LAYOUT',
        text: {
          zh: 'A4 纸（210×297 毫米）每张排 2 张 105×148 毫米的卡片：4 张会铺满整张纸（210×296 毫米），出血、裁切线和打印机 5 毫米的不可打印边都没有位置。要一张印 4 张，请加 --layout 2x2 --gap 0 --no-crop-marks（卡片相接、无出血，需能无边距打印的打印机，沿卡片边线裁开），或换更大的纸（--paper A3）保留出血和裁切线',
          en: "A4 (210×297 mm) holds 2 cards of 105×148 mm per sheet: 4 would cover the whole sheet (210×296 mm), leaving no room for bleed, crop marks or a printer's 5 mm unprintable edge. For 4 per sheet add --layout 2x2 --gap 0 --no-crop-marks (cards butted, no bleed, for printers that print to the edge; cut along the card edges), or use larger paper (--paper A3) to keep bleed and crop marks",
        },
      },
    ]);
    // Asked for the full sheet: no note. On A3 (eight A6 would tile it) no larger paper is named.
    expect((await printCards({ cwd: folder, out: 'full.pdf', template: 'a6', paper: 'A4', layout: { cols: 2, rows: 2 }, gapMm: 0, cropMarks: false })).notes).toEqual([]);
    const a3 = (await printCards({ cwd: folder, out: 'a3.pdf', template: 'a6', paper: 'A3' })).notes;
    expect(a3.map((note) => note.code)).toEqual(['W_SHEET_LAYOUT']);
    expect(a3[0]!.text.en).toContain('For 8 per sheet add --layout 2x4 --gap 0 --no-crop-marks (cards butted, no bleed, for printers that print to the edge; cut along the card edges)');
    expect(a3[0]!.text.en).not.toContain('--paper');
  });

  // `policy-card print --template a4` with no other flag used to stop with E_USAGE (and advised --layout auto, already in force).
  it.each([
    ['a4', 'A4', [595.3, 841.9], '210×297', 'A3'],
    ['a5', 'A5', [419.5, 595.3], '148×210', 'A4'],
  ] as const)('prints %s cards on %s paper, one per page edge to edge, and says there is no room for bleed or crop marks', async (template, paper, size, mm, larger) => {
    const folder = await workspace(2);
    const report = await printCards({ cwd: folder, out: 'poster.pdf', template, paper });
    expect(report.failed).toBe(0);
    expect(await pdfPages(path.join(folder, 'poster.pdf'))).toEqual([size, size]);
    expect(report.notes).toEqual([
      {
        code: 'W_SHEET_LAYOUT',
        text: {
          zh: `${paper} 纸（${mm} 毫米）和 ${mm} 毫米的卡片一样大：每页印 1 张，铺满整张纸，没有出血和裁切线；普通打印机在纸边约 5 毫米印不上。要保留出血和裁切线，请换更大的纸（--paper ${larger}）`,
          en: `${paper} (${mm} mm) is the size of the ${mm} mm card: one card per page, edge to edge, with no bleed or crop marks; a desktop printer leaves about 5 mm at the edge unprinted. To keep bleed and crop marks, use larger paper (--paper ${larger})`,
        },
      },
    ]);
    const pngs = await rasterise(path.join(folder, 'poster.pdf'), 150);
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', pngs[0]!]);
    expect(stdout.trim()).toBe('https://hrss.suzhou.gov.cn/wg/1');
    // Asked for bleed or crop marks that cannot fit: still refused, not dropped.
    const refused = await printCards({ cwd: folder, out: 'bleed.pdf', template, paper, bleedMm: 3 }).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({ code: 'E_USAGE' });
  });

  // print -o notes.txt (or a PDF the office made itself) used to replace that file without a word.
  it.each([
    ['notes.txt', '会议记录'],
    ['通知.pdf', '%PDF-1.7 a PDF from elsewhere'],
  ])('does not replace %s, a file it did not make, without force (E_EXISTS), and replaces its own PDF', async (name, content) => {
    const folder = await workspace(1);
    await writeFile(path.join(folder, name), content);
    const refused = await printCards({ cwd: folder, out: name, template: 'a6', paper: 'A4' }).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'E_EXISTS',
      text: {
        zh: `${name} 已存在，且不是 policy-card 生成的 PDF，没有写入；换一个文件名，或确认要覆盖时加 --force`,
        en: `${name} already exists and is not a PDF made by policy-card; nothing was written. Choose another name, or pass --force to replace it`,
      },
    });
    expect(await readFile(path.join(folder, name), 'utf8')).toBe(content);
    expect((await printCards({ cwd: folder, out: name, template: 'a6', paper: 'A4', force: true })).pages).toBe(1);
    // Printing the batch again replaces the PDF it made last time.
    expect((await printCards({ cwd: folder, out: name, template: 'a6', paper: 'A4' })).pages).toBe(1);
  });

  it('refuses -o naming a folder with E_USAGE (--force cannot help there), and the folder is left as it was', async () => {
    const folder = await workspace(1);
    await mkdir(path.join(folder, 'handouts'));
    const refused = await printCards({ cwd: folder, out: 'handouts', template: 'a6', paper: 'A4', force: true }).then(() => null, (error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'E_USAGE',
      text: { zh: 'handouts 是一个文件夹，没有写入；请写 PDF 文件名，如 -o output/打印.pdf', en: 'handouts is a folder; nothing was written. Name a PDF file, e.g. -o output/handouts.pdf' },
    });
    expect(await readdir(path.join(folder, 'handouts'))).toEqual([]);
  });

  it('four A6 cards on one A4 sheet (--layout 2x2 --gap 0 --no-crop-marks) all scan at 300 dpi', async () => {
    const folder = await workspace(4);
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A4', layout: { cols: 2, rows: 2 }, gapMm: 0, cropMarks: false });
    expect(report.pages).toBe(1);
    const pngs = await rasterise(path.join(folder, 'sheet.pdf'), 300);
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', pngs[0]!]);
    expect(stdout.trim().split('\n').sort()).toEqual([1, 2, 3, 4].map((index) => `https://hrss.suzhou.gov.cn/wg/${index}`));
  });

  it('a two-sided a5 handout printed --duplex long-edge: front and back pages, both scan', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-print-'));
    await mkdir(path.join(folder, 'cards'));
    await writeFile(path.join(folder, 'cards', 'long.json'), await readFile(path.join(ROOT, 'tests', 'fixtures', 'wujiang-zhigai.json')));
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a5', paper: 'A4', duplex: 'long-edge' });
    expect(report.cards[0]!.warnings.map((warning) => warning.code)).toContain('W_TWO_SIDED');
    expect([report.pages, report.cards[0]!.outputs]).toEqual([2, ['sheet.pdf#page=1', 'sheet.pdf#page=2']]);
    for (const png of await rasterise(path.join(folder, 'sheet.pdf'), 150)) {
      const { stdout } = await run('zbarimg', ['--quiet', '--raw', png]);
      expect(stdout.trim().split('\n').sort()).toEqual(['https://hqzc.wujiang.gov.cn/apply/zgsz2026', 'https://www.wujiang.gov.cn/zgj/zcwj/2026/zgsz12.html']);
    }
  });

  it('every QR code scans from the sheet printed at 300 dpi, and crop marks sit at the trim corners', async () => {
    const folder = await workspace(3);
    await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6', paper: 'A4' });
    const pngs = await rasterise(path.join(folder, 'sheet.pdf'), 300);
    const decoded: string[] = [];
    for (const png of pngs) {
      const { stdout } = await run('zbarimg', ['--quiet', '--raw', png]);
      decoded.push(...stdout.trim().split('\n'));
    }
    expect(decoded.sort()).toEqual(['https://hrss.suzhou.gov.cn/wg/1', 'https://hrss.suzhou.gov.cn/wg/2', 'https://hrss.suzhou.gov.cn/wg/3']);

    // First slot of an A4 sheet of rotated a6 cards: trim 148×105 mm, centred, 10 mm gap.
    const plan = planSheet({ paper: 'A4', trim: { widthMm: 105, heightMm: 148 }, bleedMm: 0, cropMarks: true, layout: 'auto' });
    const page = decodePng(await readFile(pngs[0]!));
    const px = (mm: number): number => Math.round((mm * 300) / 25.4);
    // A 0.25 pt line is about one pixel at 300 dpi: look at a 5×5 neighbourhood.
    const dark = (xMm: number, yMm: number): boolean => {
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          if (page.data[((px(yMm) + dy) * page.width + px(xMm) + dx) * 4]! < 160) return true;
        }
      }
      return false;
    };
    const { xMm, yMm } = plan.slots[0]!;
    // The horizontal mark left of the top-left corner, 1–5 mm out; nothing 0.5 mm out.
    expect(dark(xMm - 3, yMm)).toBe(true);
    expect(dark(xMm, yMm - 3)).toBe(true);
    expect(dark(xMm - 0.5, yMm - 3)).toBe(false);
    expect(dark(xMm + plan.trim.widthMm + 3, yMm + plan.trim.heightMm)).toBe(true);
  });

  it('one PDF per card has the physical size plus 3 mm bleed on each side', async () => {
    const folder = await workspace(2);
    const report = await printCards({ cwd: folder, out: 'pdfs', template: 'a6', perCard: true });
    expect(report.files).toEqual(['pdfs/card-01.pdf', 'pdfs/card-02.pdf']);
    expect(await pdfPages(path.join(folder, 'pdfs', 'card-01.pdf'))).toEqual([[Math.round(111 * PT_PER_MM * 10) / 10, Math.round(154 * PT_PER_MM * 10) / 10]]);
  });

  it('warns when a QR code would print too small to scan, and fails it with strict', async () => {
    const long = `https://hrss.suzhou.gov.cn/${'zhengce/'.repeat(40)}`;
    const folder = await workspace(1, { qr: { url: long } });
    const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a6' });
    expect(report.cards[0]!.warnings.map((warning) => warning.code)).toContain('W_QR_SMALL');
    expect(report.cards[0]!.warnings.find((warning) => warning.code === 'W_QR_SMALL')!.text.zh).toMatch(
      /^第1个二维码印出来只有 [\d.]+ 毫米、每个模块 0\.\d\d 毫米（建议至少 20 毫米、模块 0\.4 毫米），手机可能扫不出；请用更短的网址、更大的模板（当前 a6），或降低纠错等级$/,
    );
    const strict = await printCards({ cwd: folder, out: 'strict.pdf', template: 'a6', strict: true });
    expect(strict.cards[0]!.errors.map((error) => error.code)).toEqual(['E_QR_PRINT']);
  });

  it('does not warn about QR size or the safe area for the sample cards on a6', async () => {
    const report = await printCards({ paths: [CARDS_DIR], cwd: await mkdtemp(path.join(os.tmpdir(), 'policy-card-print-')), out: 'samples.pdf', template: 'a6' });
    expect(report.failed).toBe(0);
    const codes = report.cards.flatMap((card) => card.warnings.map((warning) => warning.code));
    expect(codes).not.toContain('W_QR_SMALL');
    expect(codes).not.toContain('W_SAFE_AREA');
  });
});

describe('print resolution of PNG files', () => {
  it.each([[undefined, 300], [150, 150]])('a5 PNG rendered at dpi %s records %i dpi in its pHYs chunk and has the matching size', async (dpi, expected) => {
    const folder = await workspace(1);
    await buildCards({ cwd: folder, template: 'a5', workers: 'never', ...(dpi ? { dpi } : {}) });
    const png = await readFile(path.join(folder, 'output', 'card-01.png'));
    expect(readPngDpi(png)).toBe(expected);
    expect(decodePng(png).width).toBe(Math.round((148 / 25.4) * expected));
  });
});
