#!/usr/bin/env node
// Entry point of the `policy-card` command; the code lives in dist/. The published package ships
// dist/ (built on `npm pack`). A fresh clone of the repository has none, and building on install
// would be an install script (npm warns about those), so the first run in a source checkout builds it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// WebAssembly (satori's layout engine and text shaper) is compiled by the baseline compiler only,
// without tiering hot functions up to the optimising one. A run of the command renders a card or a
// few in this process (batches use worker processes, which keep the default): the optimising
// compiles cost a cold `build one.json` about 0.1 s of CPU and gave no measurable speed back, even
// over 80 layouts in one process (issue #17, BENCHMARKS.md "Notes on #17"). Set before anything
// compiles WebAssembly; output is the same either way.
v8.setFlagsFromString('--no-wasm-tier-up');
v8.setFlagsFromString('--no-wasm-dynamic-tiering');

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url)) && existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  process.stderr.write('首次在源码中运行：正在编译 dist/（约半分钟）… / first run in a source checkout: building dist/…\n');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
}
const { runMain } = await import('../dist/cli/main.js');
await runMain();
