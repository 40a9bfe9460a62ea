/** The file formats `build` can write per card. */
export type OutputFormat = 'png' | 'svg' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['png', 'svg', 'pdf'];
