/**
 * How each QR code of a card looks: its own `qr` entry first, then the batch defaults (config
 * `qr.*`), then the built-in black on white at level M. Logos are loaded and checked here, so
 * that `makeQr` stays synchronous and free of file access.
 */
import type { Localized } from '../errors.js';
import type { Limits } from '../limits.js';
import { loadLogo, type LogoImage } from '../assets/load-logo.js';
import type { CardSpec, QrPurpose } from '../spec/card-schema.js';
import { labelForPath } from '../spec/field-labels.js';
import type { ErrorCorrection, QrOptions } from './make-qr.js';

/** QR settings for a whole batch (config `qr`); a card's own `qr` entry overrides each one. */
export interface QrDefaults {
  /** Colour of the dark modules, #rrggbb. @default '#000000' */
  dark?: string;
  /** Colour of the light modules, #rrggbb. @default '#ffffff' */
  light?: string;
  /** Centre logo for codes that name none, resolved inside `baseDir` (the config's folder). */
  logo?: { path: string; baseDir: string };
  /**
   * Caption under codes that have none: one text for all, or one per purpose.
   * @default by purpose, e.g. 扫码查看政策原文
   */
  caption?: string | Partial<Record<QrPurpose, string>>;
}

export type QrStyle = Pick<QrOptions, 'errorCorrection' | 'dark' | 'light' | 'logo' | 'colorContext'>;

export interface QrStyleOptions {
  /** Level for codes that name none. @default 'M' */
  errorCorrection?: ErrorCorrection;
  qr?: QrDefaults;
  /** The card's folder: a logo named by a `qr` entry must lie inside it. */
  baseDir: string;
  file?: string;
  limits?: Pick<Limits, 'logoBytes' | 'logoPixels'>;
}

/** One style per `qr` entry of the card, logos loaded. */
export async function resolveQrStyles(card: CardSpec, options: QrStyleOptions): Promise<QrStyle[]> {
  const defaults = options.qr ?? {};
  return Promise.all(
    card.qr.map(async (entry, index): Promise<QrStyle> => {
      const at = (key: string): { path: string; label: Localized } => ({ path: `/qr/${index}/${key}`, label: labelForPath(['qr', index, key]) });
      let logo: LogoImage | undefined;
      if (entry.logo) logo = await loadLogo(entry.logo, options.baseDir, options.file, at('logo'), options.limits);
      else if (defaults.logo) logo = await loadLogo(defaults.logo.path, defaults.logo.baseDir, options.file, at('logo'), options.limits);
      const style: QrStyle = {
        dark: entry.dark ?? defaults.dark,
        light: entry.light ?? defaults.light,
      };
      // Colours from the batch defaults were checked when the config was read.
      if (entry.dark || entry.light) style.colorContext = at(entry.dark ? 'dark' : 'light');
      const errorCorrection = entry.errorCorrection ?? options.errorCorrection;
      if (errorCorrection) style.errorCorrection = errorCorrection;
      if (logo) style.logo = logo;
      return style;
    }),
  );
}

/** The card with the batch's default caption on every code that has none of its own. */
export function withDefaultCaptions(card: CardSpec, caption: QrDefaults['caption']): CardSpec {
  if (caption === undefined) return card;
  return {
    ...card,
    qr: card.qr.map((entry) => {
      if (entry.caption) return entry;
      const text = typeof caption === 'string' ? caption : caption[entry.purpose ?? '其他'];
      return text ? { ...entry, caption: text } : entry;
    }),
  };
}
