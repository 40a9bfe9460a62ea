import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { backSlot, planSheet } from '../../src/print/plan-sheet.js';
import { printCards } from '../../src/print/write-print-pdf.js';
import { ROOT } from './cards.js';

/**
 * The long policy printed as a5 on A3, long-edge duplex, in a fresh folder: the front and the
 * turned back of a rotated card, on two pages. The print tests that place things on a back side use it.
 */
export async function printTurnedBackSheet(prefix: string) {
  const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  await mkdir(path.join(folder, 'cards'));
  await writeFile(path.join(folder, 'cards', 'long.json'), await readFile(path.join(ROOT, 'tests', 'fixtures', 'wujiang-zhigai.json')));
  const report = await printCards({ cwd: folder, out: 'sheet.pdf', template: 'a5', paper: 'A3', duplex: 'long-edge' });
  const plan = planSheet({ paper: 'A3', trim: { widthMm: 148, heightMm: 210 }, bleedMm: 0, cropMarks: true, layout: 'auto' });
  return { file: path.join(folder, 'sheet.pdf'), pageCount: report.pages, plan, back: backSlot(plan, 0, 'long-edge') };
}
