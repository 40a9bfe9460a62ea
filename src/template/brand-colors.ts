/**
 * A brand colour (one hex value from the config) → the theme colours derived from it, so an
 * office can put its own colour on any theme without writing a theme file.
 */
import type { Theme } from './themes.js';

function parseHex(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: [number, number, number]): string {
  return `#${rgb.map((channel) => Math.round(Math.max(0, Math.min(255, channel))).toString(16).padStart(2, '0')).join('')}`;
}

/** Mix `hex` with `other` by `amount` (0 = hex, 1 = other). */
export function mixColor(hex: string, other: string, amount: number): string {
  const a = parseHex(hex);
  const b = parseHex(other);
  return toHex([0, 1, 2].map((index) => a[index]! + (b[index]! - a[index]!) * amount) as [number, number, number]);
}

/** WCAG relative luminance of a colour (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG relative luminance contrast ratio between two colours. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function applyBrandColor(theme: Theme, brandColor: string | undefined): Theme {
  if (!brandColor) return theme;
  return {
    ...theme,
    colors: {
      ...theme.colors,
      primary: brandColor,
      primaryDark: mixColor(brandColor, '#000000', 0.3),
      primarySoft: mixColor(brandColor, '#ffffff', 0.9),
    },
  };
}
