#!/usr/bin/env node
// Entry point of the `policy-card` command; the code lives in dist/. The published package ships
// dist/ (built on `npm pack`). A fresh clone of the repository has none, and building on install
// would be an install script (npm warns about those), so the first run in a source checkout builds it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url)) && existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  process.stderr.write('首次在源码中运行：正在编译 dist/（约半分钟）… / first run in a source checkout: building dist/…\n');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
}
const { runMain } = await import('../dist/cli/main.js');
await runMain();
