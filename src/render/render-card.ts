/**
 * The render pipeline, one stage per line:
 *   glyph check → template + theme → QR and logo → view → HTML → element tree → SVG (fitted) → PNG
 * `renderCard` returns bytes and never touches the output folder; writing files is the batch's job.
 */
import { Resvg } from '@resvg/resvg-js';
import { CardError, toCardError, type CardWarning } from '../errors.js';
import type { Limits } from '../limits.js';
import { assertGlyphsCovered } from '../fonts/check-glyphs.js';
import { makeQr, type ErrorCorrection, type QrImage } from '../qr/make-qr.js';
import { resolveQrStyles, withDefaultCaptions, type QrDefaults } from '../qr/qr-style.js';
import type { CardSpec } from '../spec/card-schema.js';
import { applyBrandColor } from '../template/brand-colors.js';
import { buildCardView, visualLength } from '../template/card-view.js';
import { iconDataUri, SECTION_ICONS } from '../template/icons.js';
import { loadTemplate, type CardTemplate } from '../template/load-template.js';
import { convertCardText, localeText, type Locale } from '../template/locales.js';
import { loadTheme, type Theme } from '../template/themes.js';
import { assertQrCodesDecode } from '../qr/verify-qr.js';
import { encodePng, isOpaque } from './encode-png.js';
import { htmlToTree, type SatoriElement } from './html-to-tree.js';
import { loadLogo, type LogoImage } from './load-logo.js';
import { layoutSvg, svgHeight } from './layout-svg.js';
import { assertOutputSize } from './output-size.js';

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
}

/** The options a batch passes to every card (from the config and the command line). */
export type CardDefaults = Pick<RenderOptions, 'template' | 'theme' | 'locale' | 'brandColor' | 'templatesDir' | 'dpi' | 'defaultLogo' | 'errorCorrection' | 'qr' | 'limits'>;

export interface RenderTimings {
  templateMs: number;
  satoriMs: number;
  resvgMs: number;
  encodeMs: number;
}

export interface RenderedCard {
  png: Buffer | undefined;
  svg: string;
  /** Size of the SVG (design pixels). */
  width: number;
  height: number;
  /** Size of the PNG (differs from the SVG when `dpi` rescales a print template). */
  pngWidth: number;
  pngHeight: number;
  template: string;
  /** Physical trim size of print templates (null for screen templates such as phone). */
  physical: { widthMm: number; heightMm: number; dpi: number } | null;
  theme: string;
  /** Text scale used to fit a fixed-size card (1 = as designed). */
  scale: number;
  warnings: CardWarning[];
  timings: RenderTimings;
  /** Where each QR code was placed, in SVG pixels, with its module size (for checks and print). */
  qr: Array<{ url: string; x: number; y: number; size: number; pixelsPerModule: number; modules: number }>;
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
  const treeAt = (scale: number): SatoriElement => buildTree(template, theme, view, scale, locale, qrImages, logo);
  const templated = performance.now();

  const layout = (tree: SatoriElement, height: number | undefined, outlines = true): Promise<string> =>
    layoutSvg(tree, { width: manifest.width, height, outlines, fontDir: options.fontDir, file, templateName: template.name });
  const { svg, scale, warnings: fitWarnings } = await fitToTemplate(template, treeAt, layout, card, file, theme.fontScale);
  const laidOut = performance.now();

  const height = svgHeight(svg);
  assertOutputSize(template, height, options);

  // Where each code landed in the SVG: for --verify and for the print checks.
  const placements = card.qr.map((entry, index) => ({ url: entry.url, image: qrImages[index]!, ...locateImage(svg, qrImages[index]!.dataUri) }));
  const zoom = options.dpi && manifest.physical ? options.dpi / manifest.physical.dpi : 1;
  let png: Buffer | undefined;
  let resvgMs = 0;
  let encodeMs = 0;
  let pngWidth = manifest.width;
  let pngHeight = Math.ceil(height);
  if (!options.skipPng) {
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
    pngWidth,
    pngHeight,
    template: template.name,
    physical: manifest.physical ?? null,
    theme: theme.name,
    scale,
    warnings: [...fitWarnings, ...cardWarnings(card)],
    timings: { templateMs: templated - started, satoriMs: laidOut - templated, resvgMs, encodeMs },
    qr: placements.map(({ url, x, y, image }) => ({ url, x, y, size: image.size, pixelsPerModule: image.pixelsPerModule, modules: image.modules })),
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
  view: ReturnType<typeof buildCardView>,
  scale: number,
  locale: Locale,
  qrImages: QrImage[],
  logo: LogoImage | undefined,
): SatoriElement {
  const css = template.renderCss({ ...theme, ...theme.colors, fontScale: theme.fontScale * scale });
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

/**
 * Content-sized templates are laid out once. Fixed-size templates are laid out without a height
 * to learn the content's natural height; while it overflows, the text scale steps down to the
 * template's floor. Past the floor the card is refused with E_OVERFLOW.
 */
async function fitToTemplate(
  template: CardTemplate,
  treeAt: (scale: number) => SatoriElement,
  layout: (tree: SatoriElement, height: number | undefined, outlines?: boolean) => Promise<string>,
  card: CardSpec,
  file: string | undefined,
  themeScale: number,
): Promise<{ svg: string; scale: number; warnings: CardWarning[] }> {
  const { manifest } = template;
  const fixedHeight = manifest.height;
  if (fixedHeight === null) return { svg: await layout(treeAt(1), undefined), scale: 1, warnings: [] };
  // Probes are only measured, so they skip the glyph outlines (same boxes, a third faster).
  const heightAt = async (scale: number): Promise<number> => svgHeight(await layout(treeAt(scale), undefined, false));
  // The floor is relative to the design size: a large-type theme (elder, 1.25×) may give up its
  // extra size before the card is refused, but never goes below what the template allows.
  const floor = Math.round((manifest.minScale / themeScale) * 1000) / 1000;
  let scale = 1;
  let natural = await heightAt(1);
  if (natural > fixedHeight) {
    const atOne = natural;
    natural = await heightAt(floor);
    if (natural > fixedHeight) scale = Number.NaN;
    else {
      // Height is close to linear in the type scale (text shrinks, margins do not): aim between
      // the two measurements, then step down by 1 % until it fits. Usually one or two layouts,
      // where a bisection needs six.
      const aimed = floor + ((fixedHeight - natural) / (atOne - natural)) * (1 - floor);
      scale = Math.min(0.99, Math.max(floor, Math.floor(aimed * 100) / 100));
      let stepped = false;
      while (scale > floor && (await heightAt(scale)) > fixedHeight) {
        scale = Math.max(floor, Math.round((scale - 0.01) * 100) / 100);
        stepped = true;
      }
      // The aim fitted at once: one probe slightly larger, since the estimate errs small.
      const larger = Math.round((scale + 0.02) * 100) / 100;
      if (!stepped && larger < 1 && (await heightAt(larger)) <= fixedHeight) scale = larger;
    }
  }
  if (!Number.isNaN(scale)) {
    const svg = await layout(treeAt(scale), fixedHeight);
    const percent = Math.round(scale * 100);
    const design = Math.round(scale * themeScale * 100);
    const ofDesign = themeScale === 1 ? '' : `（设计字号的 ${design}%）`;
    const ofDesignEn = themeScale === 1 ? '' : ` (${design}% of the design size)`;
    const warnings: CardWarning[] =
      scale < 1
        ? [
            {
              code: 'W_TEXT_SCALED',
              text: {
                zh: `内容较多，文字已缩小到 ${percent}%${ofDesign || ' '}以放进模板 "${template.name}"`,
                en: `long content: text was scaled to ${percent}%${ofDesignEn} to fit template "${template.name}"`,
              },
            },
          ]
        : [];
    return { svg, scale, warnings };
  }
  const over = Math.ceil(natural - fixedHeight);
  const sections = longestSections(card);
  throw new CardError(
    'E_OVERFLOW',
    {
      zh: `内容放不进模板 "${template.name}"：文字缩小到 ${Math.round(manifest.minScale * 100)}% 后仍超出 ${over} 像素（约 ${Math.round((over / fixedHeight) * 100)}%）。最长的部分：${sections.map((s) => `${s.zh}（${s.chars}字）`).join('、')}。请精简这些内容，或改用 phone 模板（高度随内容增长）`,
      en: `the content does not fit template "${template.name}": even at ${Math.round(manifest.minScale * 100)}% text size it is ${over} px (about ${Math.round((over / fixedHeight) * 100)}%) too tall. Longest sections: ${sections.map((s) => `${s.en} (${s.chars} characters)`).join(', ')}. Shorten them or use the phone template, which grows with the content`,
    },
    { file },
  );
}

/** The two sections with the most text, for the overflow message. */
function longestSections(card: CardSpec): Array<{ zh: string; en: string; chars: number }> {
  const labels = localeText('zh-CN').labels;
  const english = localeText('en').labels;
  const count = (texts: readonly string[]): number => Math.round(texts.reduce((sum, text) => sum + visualLength(text), 0));
  const sections = [
    { zh: labels.parties, en: english.parties, chars: count(card.parties) },
    { zh: labels.conditions, en: english.conditions, chars: count(card.conditions) },
    { zh: labels.process, en: english.process, chars: count(card.process.flatMap((step) => (typeof step === 'string' ? [step] : [step.title, step.detail ?? '']))) },
    { zh: labels.reward, en: english.reward, chars: count([...card.reward.items, ...(card.reward.table?.rows.flat() ?? [])]) },
    { zh: labels.materials, en: english.materials, chars: count(card.materials ?? []) },
    { zh: '一句话解读', en: 'summary', chars: count(card.summary ? [card.summary] : []) },
  ];
  return sections.sort((a, b) => b.chars - a.chars).slice(0, 2);
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

