/**
 * Themes are data: colours, a font scale and a corner radius, read from
 * `templates/_themes/<name>.json`. A template's stylesheet is rendered with them, so one
 * template serves every theme. Values are checked strictly because they end up inside CSS.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CardError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { NAME_PATTERN } from '../spec/card-schema.js';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const themeSchema = z.strictObject({
  description: z.strictObject({ zh: z.string().max(120), en: z.string().max(160) }),
  colors: z.strictObject({
    /** Header band, headings, step nodes. */
    primary: color,
    /** Darker shade for text on light panels. */
    primaryDark: color,
    /** Light tint behind section panels. */
    primarySoft: color,
    /** The reward headline. */
    accent: color,
    accentSoft: color,
    /** Body text. */
    ink: color,
    /** Secondary text (issuer line, captions). */
    muted: color,
    /** Card background. */
    paper: color,
    /** Rules and borders. */
    line: color,
    /** Text on the primary colour. */
    onPrimary: color,
  }),
  /** Multiplies every font size of the template. @default 1 */
  fontScale: z.number().min(0.8).max(1.6).default(1),
  /** Line height of body text. @default 1.55 */
  lineHeight: z.number().min(1.3).max(2).default(1.55),
  /** Draw borders around panels (for themes whose paper is as white as the panels). @default false */
  panelBorder: z.boolean().default(false),
  /** Corner radius of panels, in px at 1080 wide. @default 20 */
  radius: z.number().int().min(0).max(60).default(20),
});

export type Theme = z.infer<typeof themeSchema> & { name: string };

export const THEMES_DIR = path.join(PACKAGE_ROOT, 'templates', '_themes');

const cache = new Map<string, Theme>();

/** Forget every loaded theme, so the next load reads the files again (after they changed on disk). */
export function clearThemeCache(): void {
  cache.clear();
}

export async function loadTheme(name: string, themesDir = THEMES_DIR): Promise<Theme> {
  const key = `${themesDir}|${name}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (!NAME_PATTERN.test(name)) {
    throw new CardError('E_TEMPLATE', {
      zh: `主题名 ${JSON.stringify(name)} 无效：只能包含小写字母、数字、- 和 _`,
      en: `invalid theme name ${JSON.stringify(name)}: only lowercase letters, digits, - and _`,
    });
  }
  let raw: string;
  try {
    raw = await readFile(path.join(themesDir, `${name}.json`), 'utf8');
  } catch {
    const known = await listThemeNames(themesDir);
    throw new CardError('E_TEMPLATE', {
      zh: `没有名为 "${name}" 的主题；可用主题：${known.join('、')}`,
      en: `no theme named "${name}"; available: ${known.join(', ')}`,
    });
  }
  const parsed = themeSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new CardError('E_TEMPLATE', {
      zh: `主题 "${name}" 的文件格式有误：${parsed.error.issues.map((issue) => issue.path.join('.')).join('、')}`,
      en: `theme "${name}" is malformed at: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
    });
  }
  const theme = { ...parsed.data, name };
  cache.set(key, theme);
  return theme;
}

export async function listThemeNames(themesDir = THEMES_DIR): Promise<string[]> {
  const files = await readdir(themesDir).catch(() => [] as string[]);
  return files.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5)).sort();
}
