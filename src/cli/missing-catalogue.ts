/**
 * `build` and `serve` without paths in a folder that has no card folder yet: the usual first
 * step of a new user. Say how to start instead of only "not found".
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CardError } from '../errors.js';

/** Throws E_PATH_NOT_FOUND with the `init` hint when none of the default card folders exists. */
export async function assertDefaultCardsExist(command: string, given: readonly string[], defaults: readonly string[], cwd = process.cwd()): Promise<void> {
  if (given.length > 0) return;
  for (const entry of defaults) if (await stat(path.resolve(cwd, entry)).catch(() => undefined)) return;
  const shown = defaults.map((entry) => path.relative(cwd, path.resolve(cwd, entry)) || entry).join('、');
  throw new CardError('E_PATH_NOT_FOUND', {
    zh: `这里还没有卡片库：找不到 ${shown} 文件夹。新建卡片库请运行 policy-card init（会放入示例卡片和使用说明）；卡片在别处时请写明路径，如 policy-card ${command} 我的卡片/`,
    en: `there is no catalogue here: no ${shown} folder. To start one, run policy-card init (it adds sample cards and a guide); if your cards are elsewhere, name them, e.g. policy-card ${command} my-cards/`,
  });
}
