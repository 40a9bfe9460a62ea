/**
 * Whether `site` may write into its output folder: over pages and a feed it made itself (the
 * daily re-run), or anything with `--force`. An office that points `--out` at its own web
 * folder keeps its index.html. Checked before the first file is written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CardError } from '../errors.js';
import { GENERATOR_MARK } from './page-shell.js';

async function madeBySite(file: string): Promise<boolean | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  // Pages written before the generator mark are known by the large-type button of the shell.
  if (file.endsWith('.html')) return text.includes(GENERATOR_MARK) || text.includes('id="large-toggle"');
  try {
    const feed = JSON.parse(text) as { version?: unknown; site?: unknown; policies?: unknown };
    return typeof feed.version === 'number' && typeof feed.site === 'string' && Array.isArray(feed.policies);
  } catch {
    return false;
  }
}

/** Throws E_EXISTS when a file the site would write exists and was not made by it; `shown` names the folder. */
export async function assertReplaceableSiteFiles(outDir: string, shown: string, ids: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  const names = ['index.html', '404.html', 'policies.json', ...ids.map((id) => `p/${id}/index.html`)];
  const foreign: string[] = [];
  for (const name of names) if ((await madeBySite(path.join(outDir, ...name.split('/')))) === false) foreign.push(name);
  if (foreign.length === 0) return;
  const listed = foreign.slice(0, 3).join('、') + (foreign.length > 3 ? ` 等 ${foreign.length} 个文件` : '');
  const listedEn = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : '');
  throw new CardError('E_EXISTS', {
    zh: `${shown} 里已有不是 policy-card 生成的 ${listed}，没有写入任何文件；请换一个空文件夹（如 output/site），或确认要覆盖时加 --force`,
    en: `${shown} already holds ${listedEn}, which policy-card did not make; nothing was written. Choose an empty folder (e.g. output/site), or pass --force to replace it`,
  });
}
