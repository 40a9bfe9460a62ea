/**
 * QR colours that phones can still scan. Scanners look for dark modules on a light ground:
 * an inverted code (light on dark) is missed by many apps, and a low-contrast one fails under
 * glare or on a cheap printer. So a colour pair is accepted only when the dark colour really is
 * darker and the two differ by a WCAG contrast ratio of at least 4:1.
 */
import { CardError, type CardErrorContext } from '../errors.js';
import { contrastRatio, relativeLuminance } from '../template/brand-colors.js';

/** The smallest accepted contrast ratio between the dark and the light colour. */
export const MIN_QR_CONTRAST = 4;

export const DEFAULT_QR_DARK = '#000000';
export const DEFAULT_QR_LIGHT = '#ffffff';

/** Throws E_QR_CONTRAST unless `dark` on `light` is a code scanners read reliably. */
export function assertScannableColors(dark: string, light: string, context: CardErrorContext = {}): void {
  const ratio = contrastRatio(dark, light);
  const shown = ratio.toFixed(2).replace(/\.?0+$/, '');
  if (relativeLuminance(dark) >= relativeLuminance(light)) {
    throw new CardError(
      'E_QR_CONTRAST',
      {
        zh: `二维码颜色反了：深色 dark ${dark} 不比浅色 light ${light} 暗（浅色码印在深色底上，很多扫码软件识别不了）；请让 dark 用深色、light 用浅色`,
        en: `the QR colours are inverted: dark ${dark} is not darker than light ${light} (many scanner apps miss light-on-dark codes); use a dark colour for dark and a light one for light`,
      },
      context,
    );
  }
  if (ratio < MIN_QR_CONTRAST) {
    throw new CardError(
      'E_QR_CONTRAST',
      {
        zh: `二维码深色 ${dark} 与浅色 ${light} 的对比度只有 ${shown}:1，至少需要 ${MIN_QR_CONTRAST}:1，否则反光或印刷偏色时扫不出来；请加深 dark 或调浅 light（黑 #000000 配白 #ffffff 为 21:1）`,
        en: `the QR colours ${dark} on ${light} have a contrast of only ${shown}:1, at least ${MIN_QR_CONTRAST}:1 is needed to scan under glare or on a weak print; darken dark or lighten light (#000000 on #ffffff is 21:1)`,
      },
      context,
    );
  }
}
