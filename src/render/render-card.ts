/**
 * The render pipeline, one stage per line:
 *   glyph check → template + theme → QR and logo → view → HTML → element tree → SVG → PNG
 * `renderCard` returns bytes and never touches the output folder; writing files is the batch's job.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CardError, toCardError, type CardWarning } from '../errors.js';
import { assertGlyphsCovered } from '../fonts/check-glyphs.js';
import { loadFonts } from '../fonts/load-fonts.js';
import { makeQr, type ErrorCorrection } from '../qr/make-qr.js';
import type { CardSpec } from '../spec/card-schema.js';
import { buildCardView } from '../template/card-view.js';
import { iconDataUri, SECTION_ICONS } from '../template/icons.js';
import { loadTemplate } from '../template/load-template.js';
import { loadTheme } from '../template/themes.js';
import { WORD_JOINER } from '../template/typeset.js';
import { htmlToTree } from './html-to-tree.js';
import { loadLogo } from './load-logo.js';

export interface RenderOptions {
  /** Template name; the card's own `template` wins. @default 'phone' */
  template?: string;
  /** Theme name; the card's own `theme` wins. @default 'default' */
  theme?: string;
  /** Folder that the card's relative paths (logo) resolve against. @default process.cwd() */
  baseDir?: string;
  /** The card file, for messages. */
  file?: string;
  /** QR error correction. @default 'M' */
  errorCorrection?: ErrorCorrection;
  /** Skip PNG encoding (e.g. when only SVG is wanted). @default false */
  skipPng?: boolean;
}

export interface RenderTimings {
  templateMs: number;
  satoriMs: number;
  resvgMs: number;
  encodeMs: number;
}

export interface RenderedCard {
  png: Buffer | undefined;
  svg: string;
  width: number;
  height: number;
  template: string;
  theme: string;
  warnings: CardWarning[];
  timings: RenderTimings;
  /** Where each QR code was placed, in pixels, with its module size (for checks and print). */
  qr: Array<{ url: string; x: number; y: number; size: number; pixelsPerModule: number; modules: number }>;
}

const ZERO_WIDTH_ONLY = new RegExp(`^[${WORD_JOINER}\\s]*$`);

export async function renderCard(card: CardSpec, options: RenderOptions = {}): Promise<RenderedCard> {
  const file = options.file;
  const started = performance.now();
  assertGlyphsCovered(card, file);
  const template = await loadTemplate(card.template ?? options.template ?? 'phone');
  const theme = await loadTheme(card.theme ?? options.theme ?? 'default');
  const { manifest } = template;

  const makeCodes = (canvasSize?: number) =>
    card.qr.map((entry, index) =>
      makeQr(entry.url, { maxSize: manifest.qrSize, errorCorrection: options.errorCorrection, canvasSize }, { file, path: `/qr/${index}/url` }),
    );
  let qrImages = makeCodes();
  // Two codes side by side are drawn on equal white squares.
  if (qrImages.length > 1) qrImages = makeCodes(Math.max(...qrImages.map((qr) => qr.size)));
  const logo = card.logo ? await loadLogo(card.logo, options.baseDir ?? process.cwd(), file) : undefined;

  const view = buildCardView(card, { qr: qrImages, logo });
  const css = template.renderCss({ ...theme, ...theme.colors });
  const html = `<div class="card" lang="zh-CN"><style>${css}</style>${template.renderHtml(view)}</div>`;
  const slots: Record<string, string> = {};
  qrImages.forEach((qr, index) => (slots[`qr-${index}`] = qr.dataUri));
  if (logo) slots['logo'] = logo.dataUri;
  const tree = htmlToTree(html, {
    slots,
    icon: (name) => {
      const [section, tone] = name.split(':');
      const iconName = SECTION_ICONS[section as keyof typeof SECTION_ICONS];
      if (!iconName) return undefined;
      return iconDataUri(iconName, tone === 'light' ? theme.colors.onPrimary : theme.colors.primary);
    },
  });
  const templated = performance.now();

  let svg: string;
  try {
    svg = await satori(tree as never, {
      width: manifest.width,
      ...(manifest.height !== null ? { height: manifest.height } : {}),
      fonts: loadFonts(),
      // The glyph check ran already; what remains here is our own zero-width word joiner.
      loadAdditionalAsset: async (_code: string, segment: string) => {
        if (ZERO_WIDTH_ONLY.test(segment)) return [];
        throw new CardError('E_GLYPH_MISSING', {
          zh: `模板文字中有字体不支持的字符：${JSON.stringify(segment)}`,
          en: `the template contains characters the fonts lack: ${JSON.stringify(segment)}`,
        });
      },
    });
  } catch (error) {
    throw toCardError(error, 'E_RENDER', { file });
  }
  const laidOut = performance.now();

  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? NaN);
  if (!(height > 0)) throw new CardError('E_RENDER', { zh: '排版结果没有高度', en: 'the layout produced no height' }, { file });
  if (height > manifest.maxHeight) {
    throw new CardError(
      'E_TOO_TALL',
      {
        zh: `内容太多：卡片高 ${Math.ceil(height)} 像素，超过模板 "${template.name}" 的上限 ${manifest.maxHeight} 像素；请精简申报条件或明细，完整内容放到二维码指向的页面`,
        en: `too much content: the card is ${Math.ceil(height)} px tall, above the ${manifest.maxHeight} px limit of template "${template.name}"; shorten the conditions or items and put the full text on the page the QR code opens`,
      },
      { file },
    );
  }

  let png: Buffer | undefined;
  let resvgMs = 0;
  let encodeMs = 0;
  if (!options.skipPng) {
    try {
      const rendered = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
      const rasterised = performance.now();
      png = rendered.asPng();
      resvgMs = rasterised - laidOut;
      encodeMs = performance.now() - rasterised;
    } catch (error) {
      throw toCardError(error, 'E_RENDER', { file });
    }
  }

  return {
    png,
    svg,
    width: manifest.width,
    height: Math.ceil(height),
    template: template.name,
    theme: theme.name,
    warnings: cardWarnings(card),
    timings: { templateMs: templated - started, satoriMs: laidOut - templated, resvgMs, encodeMs },
    qr: card.qr.map((entry, index) => {
      const image = qrImages[index]!;
      const { x, y } = locateImage(svg, image.dataUri);
      return { url: entry.url, x, y, size: image.size, pixelsPerModule: image.pixelsPerModule, modules: image.modules };
    }),
  };
}

/** Things that do not stop a card but that its maintainer should hear about. */
function cardWarnings(card: CardSpec): CardWarning[] {
  const warnings: CardWarning[] = [];
  if (!card.edition) {
    warnings.push({
      code: 'W_NO_EDITION',
      text: {
        zh: '未填写版本日期 "edition"：读者无法判断手中的卡片是否为最新版本',
        en: 'no "edition" date: readers cannot tell which edition of the card they hold',
      },
    });
  }
  return warnings;
}

/** Where satori placed an embedded image (found by its unique data URI). */
function locateImage(svg: string, dataUri: string): { x: number; y: number } {
  const at = svg.indexOf(`href="${dataUri}"`);
  const tag = at < 0 ? '' : svg.slice(svg.lastIndexOf('<image', at), at);
  return { x: Number(/\sx="([\d.-]+)"/.exec(tag)?.[1] ?? NaN), y: Number(/\sy="([\d.-]+)"/.exec(tag)?.[1] ?? NaN) };
}

/** The folder a card file's relative paths resolve against. */
export function cardFolder(absoluteCardPath: string): string {
  return path.dirname(absoluteCardPath);
}
