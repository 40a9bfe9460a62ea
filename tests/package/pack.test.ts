/**
 * What `npm pack` puts in the tarball (read with --dry-run and --ignore-scripts, so dist/ is
 * not rebuilt under the other tests): what users need, and no tests, benchmarks, CI or sources.
 * .ci/tarball installs the real tarball and runs it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cards.js';

const run = promisify(execFile);

describe('the npm package', () => {
  it('ships dist, templates, fonts, schemas, studio, samples and user docs, and nothing of the development', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const [pack] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = pack!.files.map((file) => file.path);
    expect([...new Set(files.map((file) => (file.includes('/') ? `${file.split('/')[0]}/` : file)))].sort()).toEqual([
      'LICENSE', 'README.md', 'bin/', 'dist/', 'docs/', 'fonts/', 'package.json', 'samples/', 'schema/', 'studio/', 'templates/',
    ]);
    expect(files.filter((file) => /^(tests|bench|\.ci|src)\/|\.map$|^tsconfig|^docs\/images\//.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['bin/policy-card.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'fonts/OFL.txt', 'docs/api.md', 'docs/errors.md', 'schema/card.schema.json', 'samples/shili-shuzhuan-butie.json']));
  });
});
