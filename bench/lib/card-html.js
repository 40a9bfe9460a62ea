// The card's HTML for the headless-browser peer, produced with the project's own template
// exactly as src/render/render-card.ts does it (same view, same CSS, same markup), with two
// differences a browser needs: <img data-slot/data-icon> get real `src` data URIs (the satori
// path fills them while converting to its element tree), and the bundled fonts are declared
// with @font-face (satori is handed the font bytes directly).
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { importDist, ROOT } from './cards.js';

// Internal modules (not in the public API): there is no exported "card → HTML" function.
const [{ loadTemplate, loadTheme, makeQr }, { buildCardView }, { iconDataUri, SECTION_ICONS }, { loadLogo }, { FONT_FAMILY }, { resolveQrStyles }] = await Promise.all([
  importDist('index.js'),
  importDist('template/card-view.js'),
  importDist('template/icons.js'),
  importDist('assets/load-logo.js'),
  importDist('fonts/load-fonts.js'),
  importDist('qr/qr-style.js'),
]);

export { FONT_FAMILY };

/** @font-face rules for the bundled Noto Sans SC, by file:// URL (the page itself is a file:// page). */
export function fontFaceCss() {
  const face = (file, weight) =>
    `@font-face { font-family: '${FONT_FAMILY}'; src: url('${pathToFileURL(path.join(ROOT, 'fonts', file)).href}') format('truetype'); font-weight: ${weight}; font-style: normal; }`;
  return [face('NotoSansSC-Regular.ttf', 400), face('NotoSansSC-Bold.ttf', 700), 'html, body { margin: 0; padding: 0; background: #ffffff; }'].join('\n');
}

/** A whole HTML document for page.setContent. */
export function documentHtml(cardHtml) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${fontFaceCss()}</style></head><body>${cardHtml}</body></html>`;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unescapeAttribute = (value) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The `<div class="card">…</div>` string for a card, with image sources filled in.
 * Mirrors the first stage of renderCard for the defaults the benchmark uses (locale zh-CN, no
 * brand colour, no batch QR defaults, scale 1 since phone cards are content-sized); the glyph
 * check is left out.
 */
export async function cardHtml(card, options = {}) {
  const locale = 'zh-CN';
  const template = await loadTemplate(card.template ?? options.template ?? 'phone');
  const theme = await loadTheme(card.theme ?? options.theme ?? 'default');
  const { manifest } = template;
  const baseDir = options.baseDir ?? process.cwd();
  const styles = await resolveQrStyles(card, { baseDir, file: options.file });
  const make = (canvasSize) => card.qr.map((entry, index) => makeQr(entry.url, { maxSize: manifest.qrSize, canvasSize, ...styles[index] }));
  const codes = make();
  const qrImages = codes.length > 1 ? make(Math.max(...codes.map((qr) => qr.size))) : codes;
  const logo = card.logo ? await loadLogo(card.logo, baseDir, options.file) : undefined;
  const view = buildCardView(card, { qr: qrImages, logo }, locale);
  const css = template.renderCss({ ...theme, ...theme.colors });
  const html = `<div class="card" lang="${locale}"><style>${css}</style>${template.renderHtml(view)}</div>`;

  const slots = {};
  qrImages.forEach((qr, index) => (slots[`qr-${index}`] = qr.dataUri));
  if (logo) slots.logo = logo.dataUri;
  const icon = (name) => {
    const [section, tone] = name.split(':');
    const iconName = SECTION_ICONS[section];
    const color = tone === 'light' ? theme.colors.onPrimary : tone === 'accent' ? theme.colors.accent : theme.colors.primary;
    return iconName ? iconDataUri(iconName, color) : undefined;
  };
  const missing = [];
  const filled = html.replace(/<img\b([^>]*)>/g, (tag, attributes) => {
    const slot = /\sdata-slot="([^"]*)"/.exec(attributes)?.[1];
    const iconName = /\sdata-icon="([^"]*)"/.exec(attributes)?.[1];
    const source = slot !== undefined ? slots[unescapeAttribute(slot)] : iconName !== undefined ? icon(unescapeAttribute(iconName)) : undefined;
    if (source === undefined) {
      missing.push(tag);
      return tag;
    }
    return `<img src="${escapeAttribute(source)}"${attributes}>`;
  });
  if (missing.length) throw new Error(`card-html: no image source for ${missing.join(' ')}`);
  return { html: filled, width: manifest.width };
}
