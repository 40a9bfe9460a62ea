/**
 * Command-line flags + config file → the options of one batch. Flags override the config;
 * a card's own `template`/`theme` override both (that happens in renderCard).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFormat } from '../batch/build-cards.js';
import { loadConfig } from '../config/load-config.js';
import { CardError } from '../errors.js';
import { assertScannableColors, DEFAULT_QR_DARK, DEFAULT_QR_LIGHT } from '../qr/qr-colors.js';
import type { QrDefaults } from '../qr/qr-style.js';
import type { CardDefaults } from '../render/render-card.js';
import { HEX_COLOR } from '../template/brand-colors.js';
import { resolveLimits } from '../limits.js';
import { LOCALES, type Locale } from '../template/locales.js';
import type { SiteTarget } from '../spec/validate-card.js';

export interface BatchFlags {
  config?: string;
  out?: string;
  template?: string;
  theme?: string;
  locale?: string;
  format?: string;
  dpi?: string;
  templates?: string;
  brandColor?: string;
  baseUrl?: string;
  qrTarget?: string;
  qrUtm?: string;
}

export interface BatchSettings extends CardDefaults {
  paths: string[];
  out: string;
  formats: OutputFormat[];
  site?: SiteTarget;
}

function usage(zh: string, en: string): CardError {
  return new CardError('E_USAGE', { zh, en });
}

export function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((format) => format.trim()).filter(Boolean);
  for (const format of formats) {
    if (format !== 'png' && format !== 'svg' && format !== 'pdf') {
      throw usage(`--format 只能是 png、svg、pdf，收到 ${format}`, `--format must be png, svg or pdf, received ${format}`);
    }
  }
  return formats as OutputFormat[];
}

export async function resolveSettings(paths: string[], flags: BatchFlags, cwd = process.cwd()): Promise<BatchSettings> {
  const { config, dir, file } = await loadConfig(cwd, flags.config);
  const fromConfig = (relative: string | undefined): string | undefined => (relative === undefined ? undefined : path.resolve(dir, relative));

  const locale = flags.locale ?? config.locale;
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    throw usage(`--locale 只能是 ${LOCALES.join('、')}，收到 ${locale}`, `--locale must be one of ${LOCALES.join(', ')}, received ${locale}`);
  }
  const brandColor = flags.brandColor ?? config.brandColor;
  if (brandColor !== undefined && !HEX_COLOR.test(brandColor)) {
    throw usage(`--brand-color 应为 #rrggbb 形式的颜色，收到 ${brandColor}`, `--brand-color must be a #rrggbb colour, received ${brandColor}`);
  }
  let dpi: number | undefined;
  if (flags.dpi !== undefined) {
    dpi = Number(flags.dpi);
    if (!Number.isInteger(dpi) || dpi < 36 || dpi > 1200) throw usage(`--dpi 应为 36–1200 的整数，收到 ${flags.dpi}`, `--dpi must be an integer from 36 to 1200, received ${flags.dpi}`);
  }
  const templatesDir = flags.templates ? path.resolve(cwd, flags.templates) : fromConfig(config.templatesDir);
  // A mistyped folder would otherwise leave only the built-in templates, without a word.
  if (templatesDir && !(await stat(templatesDir).catch(() => undefined))?.isDirectory()) {
    const named = flags.templates ?? config.templatesDir ?? templatesDir;
    const configShown = path.relative(cwd, file ?? '') || 'policy-card.config.json';
    throw new CardError('E_PATH_NOT_FOUND', {
      zh: `${flags.templates ? '--templates' : `${configShown} 的 templatesDir`} 指定的模板文件夹 ${named} 不存在；请检查文件夹名（自定义模板的写法见 docs/templates.md）`,
      en: `the templates folder ${named} (${flags.templates ? '--templates' : `templatesDir in ${configShown}`}) does not exist; check its name (docs/templates.md shows how to write a template)`,
    });
  }
  const settings: BatchSettings = {
    paths: paths.length > 0 ? paths : (config.cards?.map((entry) => path.resolve(dir, entry)) ?? ['cards']),
    out: flags.out ?? fromConfig(config.out) ?? 'output',
    formats: flags.format ? parseFormats(flags.format) : (config.formats ?? ['png']),
  };
  const template = flags.template ?? config.template;
  const theme = flags.theme ?? config.theme;
  if (template) settings.template = template;
  if (theme) settings.theme = theme;
  if (locale) settings.locale = locale as Locale;
  if (brandColor) settings.brandColor = brandColor;
  if (dpi) settings.dpi = dpi;
  if (templatesDir) settings.templatesDir = templatesDir;
  if (config.logo) settings.defaultLogo = { path: config.logo, baseDir: dir };
  if (config.limits) settings.limits = resolveLimits(config.limits);
  if (config.qr) {
    const { errorCorrection, dark, light, logo, caption } = config.qr;
    const shown = path.relative(cwd, file ?? '') || file;
    assertScannableColors(dark ?? DEFAULT_QR_DARK, light ?? DEFAULT_QR_LIGHT, { file: shown, path: '/qr', label: { zh: '二维码', en: 'QR code' } });
    // The level goes with the existing per-card default, so every batch honours it.
    if (errorCorrection) settings.errorCorrection = errorCorrection;
    const qr: QrDefaults = {};
    if (dark) qr.dark = dark;
    if (light) qr.light = light;
    if (logo) qr.logo = { path: logo, baseDir: dir };
    if (caption) qr.caption = caption;
    if (Object.keys(qr).length > 0) settings.qr = qr;
  }
  const site = resolveSite(flags, config.site);
  if (site) settings.site = site;
  return settings;
}

function resolveSite(flags: BatchFlags, config: { baseUrl?: string; utm?: string; qrTarget?: 'spec' | 'site' } | undefined): SiteTarget | undefined {
  const baseUrl = flags.baseUrl ?? config?.baseUrl;
  const qrTarget = flags.qrTarget ?? config?.qrTarget;
  if (qrTarget !== undefined && qrTarget !== 'spec' && qrTarget !== 'site') {
    throw usage(`--qr-target 只能是 spec 或 site，收到 ${qrTarget}`, `--qr-target must be spec or site, received ${qrTarget}`);
  }
  if (baseUrl === undefined) {
    if (qrTarget === 'site') throw usage('--qr-target site 需要 --base-url（或配置 site.baseUrl）', '--qr-target site needs --base-url (or site.baseUrl in the config)');
    return undefined;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.search || parsed.hash) {
    throw usage(`--base-url 应为 https:// 开头、不带 ? 和 # 的网址，收到 ${baseUrl}`, `--base-url must be an https:// URL without ? or #, received ${baseUrl}`);
  }
  const utm = flags.qrUtm ?? config?.utm;
  if (utm !== undefined && !/^\??[A-Za-z0-9_.~=&%-]{1,100}$/.test(utm)) {
    throw usage(`--qr-utm 应为查询串，如 src=card，收到 ${utm}`, `--qr-utm must be a query such as src=card, received ${utm}`);
  }
  return { baseUrl, ...(utm ? { utm: utm.replace(/^\?/, '') } : {}), ...(qrTarget ? { qrTarget: qrTarget as 'spec' | 'site' } : {}) };
}
