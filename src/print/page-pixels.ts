/**
 * A print page is vector, but a printer or viewer rasterises it at the resolution its cards were
 * designed for (300 dpi for the print templates): that is the page's size in pixels, and it must
 * stay within `limits.outputMegapixels` like any PNG the tool writes.
 */
import { CardError } from '../errors.js';
import { DEFAULT_LIMITS, formatMegapixels, type Limits } from '../limits.js';
import type { RenderedCard } from '../render/render-card.js';

const MM_PER_INCH = 25.4;

export interface PrintPage {
  widthMm: number;
  heightMm: number;
  /** `A3`, or undefined for a page of the card's own size (`--per-card`). */
  paper?: string | undefined;
}

/** The card's resolution on paper: its template's dpi, or for a screen template (phone) its pixels over its printed width. */
export function printResolution(rendered: Pick<RenderedCard, 'physical' | 'width'>, trimWidthMm: number): number {
  return rendered.physical?.dpi ?? (rendered.width / trimWidthMm) * MM_PER_INCH;
}

/** Refuse a page that would be larger than the limit at `dpi`, before anything is written. */
export function assertPagePixels(page: PrintPage, dpi: number, limits: Pick<Limits, 'outputPixels'> | undefined, file: string | undefined): void {
  const limit = limits?.outputPixels ?? DEFAULT_LIMITS.outputPixels;
  const width = Math.round((page.widthMm / MM_PER_INCH) * dpi);
  const height = Math.round((page.heightMm / MM_PER_INCH) * dpi);
  if (width * height <= limit) return;
  const size = `${round(page.widthMm)}×${round(page.heightMm)}`;
  const which = page.paper ? { zh: `打印页 ${page.paper}（${size} 毫米）`, en: `an ${page.paper} page (${size} mm)` } : { zh: `每张卡片一页（${size} 毫米，含出血）`, en: `a page of the card's size (${size} mm with bleed)` };
  const fix = page.paper ? { zh: '请用较小的纸张（--paper）或较低分辨率的模板', en: 'use smaller paper (--paper) or a template of lower resolution' } : { zh: '请用较低分辨率的模板', en: 'use a template of lower resolution' };
  const limitText = formatMegapixels(limit);
  const megapixels = formatMegapixels(width * height);
  throw new CardError(
    'E_LIMIT',
    {
      zh: `${which.zh}按卡片的 ${Math.round(dpi)} dpi 相当于 ${width}×${height} 像素（${megapixels} 百万像素），超过上限 ${limitText} 百万像素（limits.outputMegapixels）；${fix.zh}，或在配置中提高 limits.outputMegapixels`,
      en: `${which.en} at the card's ${Math.round(dpi)} dpi is ${width}×${height} px (${megapixels} megapixels), above the ${limitText} megapixel limit (limits.outputMegapixels); ${fix.en}, or raise limits.outputMegapixels in the config`,
    },
    { file },
  );
}

function round(mm: number): number {
  return Math.round(mm * 10) / 10;
}
