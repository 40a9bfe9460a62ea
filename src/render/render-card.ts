/**
 * The render pipeline, one stage per line:
 *   glyph check → template + theme → QR and logo → view → HTML → element tree → SVG (fitted) → PNG
 * `renderCard` returns bytes and never touches the output folder; writing files is the batch's job.
 */
import { Resvg } from '@resvg/resvg-js';
import { toCardError, type CardWarning } from '../errors.js';
import type { Limits } from '../limits.js';
import { assertGlyphsCovered } from '../fonts/check-glyphs.js';
import { makeQr, type ErrorCorrection, type QrImage } from '../qr/make-qr.js';
import { resolveQrStyles, withDefaultCaptions, type QrDefaults } from '../qr/qr-style.js';
import type { CardSpec } from '../spec/card-schema.js';
import { applyBrandColor } from '../template/brand-colors.js';
import { buildCardView, type CardView } from '../template/card-view.js';
import { iconDataUri, SECTION_ICONS } from '../template/icons.js';
import { loadTemplate, type CardTemplate } from '../template/load-template.js';
import { convertCardText, type Locale } from '../template/locales.js';
import { loadTheme, type Theme } from '../template/themes.js';
import { assertQrCodesDecode } from '../qr/verify-qr.js';
import { encodePng, isOpaque } from './encode-png.js';
import { htmlToTree, type SatoriElement } from './html-to-tree.js';
import { loadLogo, type LogoImage } from '../assets/load-logo.js';
import { layoutSvg, svgHeight } from './layout-svg.js';
import { textRunsOfSvg, type TextRun } from './text-runs.js';
import type { NodeBox } from './column-bottoms.js';
import { assertOutputSize, pageHeightLimit } from './output-size.js';
import { fitFixedCard, type FitPlan } from './fit-fixed-card.js';
import { splitIntoPages, type LaidOutCard } from './split-pages.js';
import { arrangeView } from '../template/slice-view.js';
import { cardWarnings } from '../spec/card-warnings.js';

export interface RenderOptions {
  /** Template name; the card's own `template` wins. @default 'phone' */
  template?: string;
  /** Theme name; the card's own `theme` wins. @default 'default' */
  theme?: string;
  /** Output locale of labels (and, for zh-TW, of the text). @default 'zh-CN' */
  locale?: Locale;
  /** Replaces the theme's primary colour (#rrggbb). */
  brandColor?: string;
  /** Folder of template folders. @default the built-in templates/ */
  templatesDir?: string;
  /** Rasterise a print template at this resolution instead of its design dpi. */
  dpi?: number;
  /** Folder that the card's relative paths (logo) resolve against. @default process.cwd() */
  baseDir?: string;
  /** Logo for cards that name none (e.g. from the config), resolved inside `baseDir` of its own. */
  defaultLogo?: { path: string; baseDir: string };
  /** The card file, for messages. */
  file?: string;
  /** QR error correction for codes that name none. @default 'M' */
  errorCorrection?: ErrorCorrection;
  /** QR colours, centre logo and caption for codes that name none (config `qr`). */
  qr?: QrDefaults;
  /** Skip PNG encoding (e.g. when only SVG is wanted). @default false */
  skipPng?: boolean;
  /** Safety limits (from the config's `limits`); rendering uses the logo ones. @default DEFAULT_LIMITS */
  limits?: Limits;
  /** Decode every QR code from the rendered pixels and fail with E_QR_VERIFY on a mismatch. @default false */
  verifyQr?: boolean;
  /**
   * A folder of font subsets made for this batch (`writeFontSubset`). Output is identical with
   * or without; the subset only makes a fresh worker faster and smaller. @default the bundled fonts
   */
  fontDir?: string;
  /**
   * How this card was fitted before (fixed-size templates; the build manifest keeps it). Tried
   * first with one measured layout and used only if the card fits with it; the output is the
   * same with or without. @default none
   */
  fitHint?: FitPlan;
  /**
   * Also give each page's words with their places (`textRuns`), for the invisible text layer of
   * PDFs. Costs one more satori layout per page, without glyph outlines. @default false
   */
  textLayer?: boolean;
}

/** The options a batch passes to every card (from the config and the command line). */
export type CardDefaults = Pick<RenderOptions, 'template' | 'theme' | 'locale' | 'brandColor' | 'templatesDir' | 'dpi' | 'defaultLogo' | 'errorCorrection' | 'qr' | 'limits'>;

export interface RenderTimings {
  templateMs: number;
  satoriMs: number;
  resvgMs: number;
  encodeMs: number;
}

/** Where a QR code was placed, in SVG pixels, with its module size (for checks and print). */
export interface QrPlacement {
  url: string;
  /** Top-left corner of the code's image as satori drew it; NaN on a page that does not show the code. */
  x: number;
  y: number;
  size: number;
  /** Width and height of the image as satori drew it (its white square and quiet zone included): the box a PDF link covers. */
  width: number;
  height: number;
  pixelsPerModule: number;
  modules: number;
}

/** One page of a card: the whole card, or one of the pages a long card is split into. */
export interface RenderedPage {
  png: Buffer | undefined;
  svg: string;
  /** Size of the SVG (design pixels). */
  width: number;
  height: number;
  /** Size of the PNG (differs from the SVG when `dpi` rescales a print template). */
  pngWidth: number;
  pngHeight: number;
  qr: QrPlacement[];
  /** The page's text, line by line in reading order (only with the `textLayer` option). */
  textRuns?: TextRun[] | undefined;
}

/**
 * A rendered card. Its own image fields are those of its first page; `pages` holds every page
 * (one for a card that fits, more when long content continues on further pages).
 */
export interface RenderedCard extends RenderedPage {
  pages: RenderedPage[];
  template: string;
  /** Physical trim size of print templates (null for screen templates such as phone). */
  physical: { widthMm: number; heightMm: number; dpi: number } | null;
  theme: string;
  /** Text scale used to fit a fixed-size card (1 = as designed). */
  scale: number;
  /** How a fixed-size card that fits one side was fitted (a hint for the next build); null otherwise. */
  fit: FitPlan | null;
  warnings: CardWarning[];
  timings: RenderTimings;
}

export async function renderCard(spec: CardSpec, options: RenderOptions = {}): Promise<RenderedCard> {
  const file = options.file;
  const card = withDefaultCaptions(spec, options.qr?.caption);
  const started = performance.now();
  const locale = options.locale ?? 'zh-CN';
  assertGlyphsCovered(convertCardText(card, locale), file);
  const template = await loadTemplate(card.template ?? options.template ?? 'phone', options.templatesDir);
  const theme = applyBrandColor(await loadTheme(card.theme ?? options.theme ?? 'default'), options.brandColor);
  const { manifest } = template;

  const qrImages = await makeQrImages(card, manifest.qrSize, options);
  const logo = card.logo
    ? await loadLogo(card.logo, options.baseDir ?? process.cwd(), file, undefined, options.limits)
    : options.defaultLogo
      ? await loadLogo(options.defaultLogo.path, options.defaultLogo.baseDir, file, undefined, options.limits)
      : undefined;
  const view = buildCardView(card, { qr: qrImages, logo }, locale);
  const arrange = (shown: CardView): CardView => arrangeView(manifest, shown);
  const treeOf = (shown: CardView, scale: number, space = 1): SatoriElement => buildTree(template, theme, arrange(shown), scale, space, locale, qrImages, logo);
  const templated = performance.now();

  // Each layout drawn with outlines may become a page; its text is laid out only if it does.
  const textLayouts = new Map<string, () => Promise<TextRun[]>>();
  const layout = async (tree: SatoriElement, height: number | undefined, outlines = true, onNode?: (node: NodeBox) => void): Promise<string> => {
    const common = { width: manifest.width, height, fontDir: options.fontDir, file, templateName: template.name };
    const svg = await layoutSvg(tree, { ...common, outlines, onNode });
    if (outlines && options.textLayer) {
      textLayouts.set(svg, async () => {
        const boxes: NodeBox[] = [];
        const text = await layoutSvg(tree, { ...common, textOnly: true, onNode: (box) => boxes.push(box) });
        return textRunsOfSvg(text, boxes);
      });
    }
    return svg;
  };
  const laid: LaidOutCard & { plan?: FitPlan | null } =
    manifest.height === null
      ? await splitIntoPages(view, { pageHeight: pageHeightLimit(template, options), layout: (shown, outlines) => layout(treeOf(shown, 1), undefined, outlines) })
      : await fitFixedCard({
          template,
          view,
          layout: (shown, scale, height, outlines, space, onNode) => layout(treeOf(shown, scale, space), height, outlines, onNode),
          card,
          file,
          themeScale: theme.fontScale,
          hint: options.fitHint,
        });
  const laidOut = performance.now();

  const zoom = options.dpi && manifest.physical ? options.dpi / manifest.physical.dpi : 1;
  let resvgMs = 0;
  let encodeMs = 0;
  let textMs = 0;
  const pages: RenderedPage[] = [];
  for (const svg of laid.svgs) {
    const height = svgHeight(svg);
    assertOutputSize(template, height, options);
    // Where each code landed in the SVG: for --verify and for the print checks.
    // Two entries with the same URL and style have the same image: each takes its own occurrence.
    const placements = card.qr.map((entry, index) => {
      const image = qrImages[index]!;
      const earlier = qrImages.slice(0, index).filter((other) => other.dataUri === image.dataUri).length;
      return { url: entry.url, image, ...locateImage(svg, image.dataUri, earlier) };
    });
    let png: Buffer | undefined;
    let pngWidth = manifest.width;
    let pngHeight = Math.ceil(height);
    if (!options.skipPng) {
      const rasterising = performance.now();
      try {
        const rendered = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom } }).render();
        const rasterised = performance.now();
        // Our encoder is faster and smaller (see encode-png.ts); resvg's pixels are premultiplied,
        // which only equals straight alpha for opaque images, so anything translucent uses asPng().
        const pixels = rendered.pixels;
        if (options.verifyQr) {
          const codes = placements.map(({ url, x, y, image }) => ({ url, x: x * zoom, y: y * zoom, size: image.size * zoom }));
          assertQrCodesDecode(pixels, rendered.width, rendered.height, codes, file);
        }
        png = isOpaque(pixels) ? encodePng(pixels, rendered.width, rendered.height) : rendered.asPng();
        pngWidth = rendered.width;
        pngHeight = rendered.height;
        resvgMs += rasterised - rasterising;
        encodeMs += performance.now() - rasterised;
      } catch (error) {
        throw toCardError(error, 'E_RENDER', { file });
      }
    }
    // The same tree without outlines has the same boxes and line breaks, with <text> for each word.
    const textLayout = textLayouts.get(svg);
    const textStarted = performance.now();
    const textRuns = textLayout ? await textLayout() : undefined;
    textMs += performance.now() - textStarted;
    pages.push({
      png,
      svg,
      ...(textRuns ? { textRuns } : {}),
      width: manifest.width,
      height: Math.ceil(height),
      pngWidth,
      pngHeight,
      qr: placements.map(({ url, x, y, width, height, image }) => ({ url, x, y, size: image.size, width, height, pixelsPerModule: image.pixelsPerModule, modules: image.modules })),
    });
  }

  return {
    ...pages[0]!,
    pages,
    template: template.name,
    physical: manifest.physical ?? null,
    theme: theme.name,
    scale: laid.scale,
    fit: laid.plan ?? null,
    warnings: [...laid.warnings, ...cardWarnings(card)],
    timings: { templateMs: templated - started, satoriMs: laidOut - templated + textMs, resvgMs, encodeMs },
  };
}

async function makeQrImages(card: CardSpec, maxSize: number, options: RenderOptions): Promise<QrImage[]> {
  const styles = await resolveQrStyles(card, { ...options, baseDir: options.baseDir ?? process.cwd() });
  const make = (canvasSize?: number): QrImage[] =>
    card.qr.map((entry, index) => makeQr(entry.url, { maxSize, canvasSize, ...styles[index] }, { file: options.file, path: `/qr/${index}/url` }));
  const codes = make();
  // Two codes side by side are drawn on equal white squares.
  return codes.length > 1 ? make(Math.max(...codes.map((qr) => qr.size))) : codes;
}

function buildTree(
  template: CardTemplate,
  theme: Theme,
  view: CardView,
  scale: number,
  space: number,
  locale: Locale,
  qrImages: QrImage[],
  logo: LogoImage | undefined,
): SatoriElement {
  const css = template.renderCss({ ...theme, ...theme.colors, fontScale: theme.fontScale * scale, spaceScale: space });
  const html = `<div class="card" lang="${locale}"><style>${css}</style>${template.renderHtml(view)}</div>`;
  const slots: Record<string, string> = {};
  qrImages.forEach((qr, index) => (slots[`qr-${index}`] = qr.dataUri));
  if (logo) slots['logo'] = logo.dataUri;
  return htmlToTree(html, {
    slots,
    icon: (name) => {
      const [section, tone] = name.split(':');
      const iconName = SECTION_ICONS[section as keyof typeof SECTION_ICONS];
      if (!iconName) return undefined;
      const color = tone === 'light' ? theme.colors.onPrimary : tone === 'accent' ? theme.colors.accent : theme.colors.primary;
      return iconDataUri(iconName, color);
    },
  });
}

/** Where satori placed an embedded image (found by its data URI, the `occurrence`-th time it appears): its box in SVG pixels. */
function locateImage(svg: string, dataUri: string, occurrence = 0): { x: number; y: number; width: number; height: number } {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = svg.indexOf(`href="${dataUri}"`, at + 1);
    if (at < 0) break;
  }
  const tag = at < 0 ? '' : svg.slice(svg.lastIndexOf('<image', at), at);
  const number = (name: string): number => Number(new RegExp(`\\s${name}="([\\d.-]+)"`).exec(tag)?.[1] ?? NaN);
  return { x: number('x'), y: number('y'), width: number('width'), height: number('height') };
}
