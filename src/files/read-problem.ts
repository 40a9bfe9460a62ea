/**
 * Why a file could not be read, in words, from the system's error code: Node's own text
 * ("ENOENT: no such file or directory, open …") is English and names no fix.
 */
import type { Localized } from '../errors.js';

/**
 * @param expected what the file should have been, for a folder given instead: `{ zh: '表格文件', en: 'a spreadsheet file' }`
 */
export function readProblem(error: unknown, expected: Localized): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { zh: '找不到这个文件；请检查文件名和所在文件夹', en: 'no such file; check the name and the folder' };
  if (code === 'EISDIR') return { zh: `这是一个文件夹，不是${expected.zh}`, en: `this is a folder, not ${expected.en}` };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有读取这个文件的权限', en: 'no permission to read this file' };
  return { zh: `无法读取文件（${code ?? '未知原因'}）`, en: `cannot read the file (${code ?? 'unknown reason'})` };
}
