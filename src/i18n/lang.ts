/** Message languages. Chinese is the default because the users are Chinese civil servants. */
export type Lang = 'zh' | 'en';

/**
 * The language to report in: an explicit choice wins, then `LANG`/`LC_ALL` starting with `en`.
 * @default 'zh'
 */
export function resolveLang(explicit?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit === 'en' || explicit === 'zh') return explicit;
  const locale = env['LC_ALL'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
