/**
 * `validate`: every check that `build` makes before rendering (schema, ids, glyphs, template
 * and theme names, QR capacity, logo), without rendering anything.
 */
import { toCardError, type CardError, type CardWarning } from '../errors.js';
import { assertGlyphsCovered } from '../fonts/check-glyphs.js';
import { makeQr } from '../qr/make-qr.js';
import { resolveQrStyles } from '../qr/qr-style.js';
import { loadLogo } from '../assets/load-logo.js';
import type { CardDefaults } from '../render/render-card.js';
import { cardFolder } from '../spec/card-folder.js';
import { cardWarnings } from '../spec/card-warnings.js';
import { loadCards } from '../spec/load-cards.js';
import type { SiteTarget } from '../spec/validate-card.js';
import { loadTemplate } from '../template/load-template.js';
import { convertCardText } from '../template/locales.js';
import { loadTheme } from '../template/themes.js';

export interface ValidateReport {
  /** `warnings` are those `build` gives before rendering (W_NO_EDITION), for valid cards. */
  cards: Array<{ id: string | undefined; file: string; valid: boolean; errors: CardError[]; warnings: CardWarning[] }>;
  valid: number;
  invalid: number;
}

export async function validateCards(options: CardDefaults & { paths?: string[]; cwd?: string; site?: SiteTarget } = {}): Promise<ValidateReport> {
  const entries = await loadCards(options.paths?.length ? options.paths : ['cards'], options.cwd, options.site, options.limits);
  const cards: ValidateReport['cards'] = [];
  for (const entry of entries) {
    const errors = [...entry.errors];
    const card = entry.card;
    if (card && errors.length === 0) {
      const checks: Array<() => unknown> = [
        () => assertGlyphsCovered(convertCardText(card, options.locale ?? 'zh-CN'), entry.file),
        () => loadTemplate(card.template ?? options.template ?? 'phone', options.templatesDir),
        () => loadTheme(card.theme ?? options.theme ?? 'default'),
        async () => {
          const styles = await resolveQrStyles(card, { ...options, baseDir: cardFolder(entry.absolutePath), file: entry.file });
          card.qr.forEach((qr, index) => makeQr(qr.url, { maxSize: 300, ...styles[index] }, { file: entry.file, path: `/qr/${index}/url` }));
        },
        ...(card.logo ? [() => loadLogo(card.logo!, cardFolder(entry.absolutePath), entry.file, undefined, options.limits)] : []),
        ...(!card.logo && options.defaultLogo ? [() => loadLogo(options.defaultLogo!.path, options.defaultLogo!.baseDir, entry.file, undefined, options.limits)] : []),
      ];
      for (const check of checks) {
        try {
          await check();
        } catch (error) {
          errors.push(toCardError(error, 'E_SCHEMA', { file: entry.file }));
        }
      }
    }
    const valid = errors.length === 0;
    cards.push({ id: entry.id, file: entry.file, valid, errors, warnings: valid && card ? cardWarnings(card) : [] });
  }
  return { cards, valid: cards.filter((card) => card.valid).length, invalid: cards.filter((card) => !card.valid).length };
}
