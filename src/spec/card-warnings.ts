/**
 * Warnings about a valid card that need no rendering to find, so that `validate` reports them
 * exactly as `build` does. Warnings that depend on the rendered layout (W_TEXT_SCALED) or on the
 * printed size (W_QR_SMALL, W_SAFE_AREA) come from the render and print stages.
 */
import type { CardWarning } from '../errors.js';
import type { CardSpec } from './card-schema.js';

export function cardWarnings(card: CardSpec): CardWarning[] {
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
