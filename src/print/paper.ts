/** Paper sizes and unit conversions for print output. */
export const PAPER_SIZES_MM = {
  A3: { widthMm: 297, heightMm: 420 },
  A4: { widthMm: 210, heightMm: 297 },
  A5: { widthMm: 148, heightMm: 210 },
} as const;

export type PaperName = keyof typeof PAPER_SIZES_MM;

/** PDF points per millimetre (1 pt = 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;

/** Width at which a screen template (phone) is printed, in mm. */
export const SCREEN_TEMPLATE_PRINT_WIDTH_MM = 90;

/** What a desktop printer cannot print near the paper edge. */
export const UNPRINTABLE_MARGIN_MM = 5;

/** Crop marks: their distance from the bleed edge and their length. */
export const CROP_MARK_OFFSET_MM = 1;
export const CROP_MARK_LENGTH_MM = 4;
export const CROP_MARK_ZONE_MM = CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM;
