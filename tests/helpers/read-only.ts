/**
 * A folder the CLI cannot write to. Root ignores file modes, so when the tests run as root the
 * CLI runs as nobody (uid/gid 65534), from a hard-linked copy of the package in a world-readable
 * folder: the checkout itself may sit where nobody cannot reach it. Otherwise mode 0555 is enough.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './cards.js';
import { BIN, type CliResult } from './cli.js';

const run = promisify(execFile);
const NOBODY = 65534;

export const isRoot = process.getuid?.() === 0;

/** What the built CLI needs at run time. */
const PACKAGE_PARTS = ['package.json', 'bin', 'dist', 'fonts', 'templates', 'node_modules'];

/** Whether everyone may pass through `folder` and each folder above it (the x bit for others). */
function traversableByAll(folder: string): boolean {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/**
 * Where folders for nobody go: the temp folder, unless nobody cannot pass through it. CI's temp
 * folder is a fresh `mktemp -d`, which is mode 0700, so as root the folders then go to /tmp
 * (mode 1777 on every Unix), still in fresh folders made here.
 */
function tempBase(): string {
  if (!isRoot || traversableByAll(os.tmpdir())) return os.tmpdir();
  return '/tmp';
}

let installed: Promise<string> | undefined;

/** The package, hard-linked (instant) or else copied into a folder that nobody can read. */
function packageForNobody(): Promise<string> {
  installed ??= (async () => {
    const folder = await mkdtemp(path.join(tempBase(), 'policy-card-nobody-'));
    await chmod(folder, 0o755);
    const linked = path.join(folder, 'linked');
    try {
      await mkdir(linked);
      await run('cp', ['-al', ...PACKAGE_PARTS.map((part) => path.join(ROOT, part)), linked]);
      return linked;
    } catch {
      // Another file system, or no GNU cp: a plain copy, into a fresh folder (copying over a
      // hard link would write into the checkout's own file).
      const copied = path.join(folder, 'copied');
      await mkdir(copied);
      for (const part of PACKAGE_PARTS) await cp(path.join(ROOT, part), path.join(copied, part), { recursive: true, verbatimSymlinks: true });
      return copied;
    }
  })();
  return installed;
}

/** A fresh working folder that nobody can read (and, as root, enter). */
export async function workFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(tempBase(), prefix));
  await chmod(folder, 0o755);
  return folder;
}

/** Make `folder` read-only for the CLI: mode 0555 (r-x for everyone). */
export async function makeReadOnly(folder: string): Promise<void> {
  await chmod(folder, 0o555);
}

/** Run `policy-card …` in `cwd` without write access to read-only folders; never throws. */
export async function cliWithoutWriteAccess(cwd: string, ...args: string[]): Promise<CliResult> {
  const bin = isRoot ? path.join(await packageForNobody(), 'bin', 'policy-card.js') : BIN;
  const identity = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, ...identity, env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
