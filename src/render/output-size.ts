/**
 * The size of a card's image, checked after layout and before anything is rasterised: a
 * content-sized card (phone) against its template's `maxHeight`, and every card against
 * `limits.outputMegapixels` at the resolution it is rendered at (`--dpi` rescales print
 * templates). A runaway card or flag is refused here instead of allocating gigabytes in resvg.
 */
import { CardError } from '../errors.js';
import { DEFAULT_LIMITS, formatMegapixels, type Limits } from '../limits.js';
import type { CardTemplate } from '../template/load-template.js';

export interface OutputSizeOptions {
  /** Print templates are rasterised at this resolution instead of their design dpi. */
  dpi?: number | undefined;
  /** No PNG: the output is the SVG (or a PDF of it) at its design size. */
  skipPng?: boolean | undefined;
  limits?: Pick<Limits, 'outputPixels' | 'pageHeight'> | undefined;
  file?: string | undefined;
}

/** Width and height of the PNG that resvg will make of the laid-out card (it rounds the scaled size). */
export function outputPixelSize(template: CardTemplate, height: number, options: OutputSizeOptions): { width: number; height: number; zoom: number } {
  const { manifest } = template;
  const zoom = !options.skipPng && options.dpi && manifest.physical ? options.dpi / manifest.physical.dpi : 1;
  return { width: Math.round(manifest.width * zoom), height: Math.round(height * zoom), zoom };
}

/**
 * The tallest page of a content-sized card: the template's `maxHeight`, lowered by
 * `limits.pageHeight` and by what `limits.outputMegapixels` allows at the card's width.
 */
export function pageHeightLimit(template: CardTemplate, options: Pick<OutputSizeOptions, 'limits'>): number {
  const { manifest } = template;
  const byPixels = Math.floor((options.limits?.outputPixels ?? DEFAULT_LIMITS.outputPixels) / manifest.width);
  return Math.min(manifest.maxHeight, options.limits?.pageHeight ?? manifest.maxHeight, byPixels);
}

export function assertOutputSize(template: CardTemplate, height: number, options: OutputSizeOptions): void {
  const { manifest, name } = template;
  const file = options.file;
  const contentSized = manifest.height === null;
  // Long content was split into pages of at most this height; a page above it holds one piece
  // (a list item or step) that is too tall with the title band and QR codes around it.
  const pageLimit = Math.min(manifest.maxHeight, options.limits?.pageHeight ?? manifest.maxHeight);
  if (contentSized && height > pageLimit) {
    const limitText =
      pageLimit < manifest.maxHeight
        ? { zh: `每页上限 ${pageLimit} 像素（limits.pageHeight）`, en: `the ${pageLimit} px page limit (limits.pageHeight)` }
        : { zh: `模板 "${name}" 每页的上限 ${pageLimit} 像素`, en: `the ${pageLimit} px page limit of template "${name}"` };
    throw new CardError(
      'E_TOO_TALL',
      {
        zh: `内容太多：分页后仍有一页高 ${Math.ceil(height)} 像素，超过${limitText.zh}；最长的一项连同标题和二维码放不进一页，请精简这一项，完整内容放到二维码指向的页面`,
        en: `too much content: even split into pages, a page is ${Math.ceil(height)} px tall, above ${limitText.en}; the longest item does not fit one page with the title band and QR code. Shorten it and put the full text on the page the QR code opens`,
      },
      { file },
    );
  }
  const limit = options.limits?.outputPixels ?? DEFAULT_LIMITS.outputPixels;
  const size = outputPixelSize(template, height, options);
  const pixels = size.width * size.height;
  if (pixels <= limit) return;
  const image = `${size.width}×${size.height}`;
  const megapixels = formatMegapixels(pixels);
  const limitText = formatMegapixels(limit);
  if (contentSized) {
    // The content made it this tall: the same advice as for the template's own maxHeight.
    const tallest = Math.floor(limit / size.width);
    throw new CardError(
      'E_TOO_TALL',
      {
        zh: `内容太多：卡片 ${image} 像素（${megapixels} 百万像素），超过上限 ${limitText} 百万像素（limits.outputMegapixels），即宽 ${size.width} 像素时最高 ${tallest} 像素；请精简申报条件或明细，完整内容放到二维码指向的页面`,
        en: `too much content: the card is ${image} px (${megapixels} megapixels), above the ${limitText} megapixel limit (limits.outputMegapixels), which allows ${tallest} px at ${size.width} px wide; shorten the conditions or items and put the full text on the page the QR code opens`,
      },
      { file },
    );
  }
  const physical = manifest.physical;
  const dpi = size.zoom === 1 ? physical?.dpi : options.dpi;
  const at = dpi !== undefined ? { zh: `按 ${dpi} dpi `, en: ` at ${dpi} dpi` } : { zh: '', en: '' };
  // The highest resolution that fits, for a PNG of a template that has one (--dpi changes nothing else).
  const maxDpi = physical && !options.skipPng ? Math.floor(physical.dpi * Math.sqrt(limit / (manifest.width * height))) : undefined;
  const fix =
    maxDpi !== undefined && maxDpi >= 36
      ? { zh: `请用 --dpi ${maxDpi} 或更低`, en: `use --dpi ${maxDpi} or lower` }
      : { zh: '请改用较小的模板', en: 'use a smaller template' };
  throw new CardError(
    'E_LIMIT',
    {
      zh: `模板 "${name}" ${at.zh}输出的图片为 ${image} 像素（${megapixels} 百万像素），超过上限 ${limitText} 百万像素（limits.outputMegapixels）；${fix.zh}，或在配置中提高 limits.outputMegapixels`,
      en: `template "${name}"${at.en} makes an image of ${image} px (${megapixels} megapixels), above the ${limitText} megapixel limit (limits.outputMegapixels); ${fix.en}, or raise limits.outputMegapixels in the config`,
    },
    { file },
  );
}
