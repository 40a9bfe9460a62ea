/**
 * Whether `print` may write over a file: a PDF it made itself (printing the batch again after an
 * edit is the daily case), or anything with `--force`. Any other file, a letter saved as 通知.pdf
 * or a mistyped `-o notes.txt`, is kept.
 */
import { readFile, stat } from 'node:fs/promises';
import { CardError } from '../errors.js';

/** The Creator that `newDocument` writes into every PDF's info dictionary. */
const OWN_CREATOR = Buffer.from('/Creator');
const OWN_CREATOR_VALUE = Buffer.from('(policy-card)');

async function madeByPrint(file: string): Promise<boolean> {
  const bytes = await readFile(file);
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.includes(OWN_CREATOR) && bytes.includes(OWN_CREATOR_VALUE);
}

/** Throws E_EXISTS when `file` exists and may not be replaced, E_USAGE when it is a folder (--force cannot help there); `shown` is how the message names it. */
export async function assertReplaceablePdf(file: string, shown: string, force: boolean): Promise<void> {
  const found = await stat(file).catch(() => undefined);
  if (!found) return;
  if (found.isDirectory()) {
    throw new CardError('E_USAGE', { zh: `${shown} 是一个文件夹，没有写入；请写 PDF 文件名，如 -o output/打印.pdf`, en: `${shown} is a folder; nothing was written. Name a PDF file, e.g. -o output/handouts.pdf` });
  }
  if (force || (await madeByPrint(file))) return;
  throw new CardError('E_EXISTS', {
    zh: `${shown} 已存在，且不是 policy-card 生成的 PDF，没有写入；换一个文件名，或确认要覆盖时加 --force`,
    en: `${shown} already exists and is not a PDF made by policy-card; nothing was written. Choose another name, or pass --force to replace it`,
  });
}
