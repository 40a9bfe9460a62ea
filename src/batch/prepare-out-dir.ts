/**
 * The output folder of a command (build, print, site): created when missing, refused with one
 * clear message when it is a file or not writable, and cleared of temporary files that a killed
 * run left behind. Checked before the first file is written, so a batch never fails card by card
 * (or with a stack trace) over a folder it could never have written to.
 */
import { constants } from 'node:fs';
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { CardError } from '../errors.js';
import { TEMP_FILE } from './write-file-atomic.js';

/** Temporary files of a run that was killed (SIGKILL, power loss) before it could rename them. */
async function removeStaleTempFiles(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    const match = TEMP_FILE.exec(name);
    if (match && !isProcessAlive(Number(match[1]))) await rm(path.join(outDir, name), { force: true });
  }
}

/** Signal 0 only asks whether the process exists; a temp file of a live writer is left alone. */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `out/cards` when inside the working directory, else the absolute path. */
function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** The output folder must be a writable folder; say so clearly when it is a file or read-only. */
export async function prepareOutDir(outDir: string, cwd: string): Promise<void> {
  const shown = shownPath(outDir, cwd);
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
    await removeStaleTempFiles(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? { zh: '它是一个文件，不是文件夹', en: 'it is a file, not a folder' }
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? { zh: '没有写入权限', en: 'it is not writable' }
          : { zh: `无法创建（${code || (error as Error).message}）`, en: `it cannot be created (${code || (error as Error).message})` };
    throw new CardError('E_IO', {
      zh: `输出文件夹 ${shown} 不可用：${reason.zh}；请用 --out 指定另一个文件夹`,
      en: `the output folder ${shown} cannot be used: ${reason.en}; choose another with --out`,
    });
  }
}
