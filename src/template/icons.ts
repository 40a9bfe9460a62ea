/**
 * Section icons from lucide-static, embedded as vector data URIs in the card's colours. Read
 * from the installed package (never fetched) and cached per colour.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The icon of each card section. */
export const SECTION_ICONS = {
  parties: 'users',
  conditions: 'list-checks',
  process: 'workflow',
  reward: 'hand-coins',
  materials: 'files',
  period: 'calendar-clock',
  contacts: 'phone',
  qr: 'scan-qr-code',
  issuer: 'landmark',
} as const;

export type IconName = (typeof SECTION_ICONS)[keyof typeof SECTION_ICONS];

const iconDir = path.join(path.dirname(require.resolve('lucide-static/package.json')), 'icons');
const cache = new Map<string, string>();

/** `data:image/svg+xml;base64,…` of a lucide icon stroked in `color` (a validated #hex). */
export function iconDataUri(name: string, color: string): string {
  const key = `${name}|${color}`;
  let uri = cache.get(key);
  if (!uri) {
    const source = readFileSync(path.join(iconDir, `${name}.svg`), 'utf8')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/currentColor/g, color);
    uri = `data:image/svg+xml;base64,${Buffer.from(source.trim()).toString('base64')}`;
    cache.set(key, uri);
  }
  return uri;
}
