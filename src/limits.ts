/**
 * The limits that keep one runaway input from stalling or exhausting a batch, with safe
 * defaults; `policy-card.config.json` can change them under `limits`. Each limit, when hit,
 * names itself (e.g. `limits.logoKb`) and the value received.
 */
import { LIMITS, type FieldCharKey, type ListItemKey, type SpecLimits } from './spec/card-schema.js';

export interface Limits {
  /** Largest card spec file. @default 1 MiB */
  specFileBytes: number;
  /** Largest logo image file. @default 2 MiB */
  logoBytes: number;
  /** Largest logo width or height in pixels. @default 4096 */
  logoPixels: number;
  /** Time one card may take to render. @default 60 s */
  renderTimeoutMs: number;
  /** Longest text of each spec field (characters) and most items of each list. @default LIMITS */
  spec: SpecLimits;
  /**
   * Most pixels of one output image: a card's PNG at its resolution (`--dpi`), a content-sized
   * card as tall as its content, a print page at the resolution of its cards. @default 40 000 000
   */
  outputPixels: number;
  /** Largest policy document `draft` reads (.docx, .pdf, .html, .txt). @default 20 MiB */
  documentBytes: number;
  /** Longest time `draft` may take to parse one PDF or .docx before it is stopped and refused. @default 20 s */
  documentTimeoutMs: number;
  /** Most memory (heap, MB) the parse of one PDF or .docx may take before it is stopped and refused. @default 1024 */
  documentMemoryMb: number;
  /**
   * Tallest page of a content-sized card (phone), in pixels; taller content continues on a
   * next page. Never above the template's `maxHeight` or what `outputPixels` allows. @default the template's maxHeight
   */
  pageHeight?: number | undefined;
}

export const DEFAULT_LIMITS: Limits = {
  specFileBytes: 1024 * 1024,
  logoBytes: 2 * 1024 * 1024,
  logoPixels: 4096,
  renderTimeoutMs: 60_000,
  spec: LIMITS,
  // 40 MP holds an A4 card at 600 dpi (35 MP) and an A3 sheet at 300 dpi (17 MP); its pixels
  // alone take 160 MB, and a render worker is recycled at 800 MB.
  outputPixels: 40_000_000,
  // A 200-page scanned-and-OCRed notice is a few MB; 20 MB leaves room and bounds what pdfjs parses.
  documentBytes: 20 * 1024 * 1024,
  // A 20-page notice reads in well under 2 s; twenty leaves room for a slow machine and a long report.
  documentTimeoutMs: 20_000,
  // A 23-page notice parses in under 60 MB of heap; a .docx whose XML expands to 44 MB takes
  // about 1.5 GB in mammoth. 1 GB leaves room for long documents and stops a runaway parse
  // before it takes the machine (the hostile PDF of the tests grows by 15 MB a second).
  documentMemoryMb: 1024,
};

/** `policy-card.config.json` → `limits`, in the units people write (KB, seconds, megapixels). */
export interface LimitsConfig {
  specFileKb?: number | undefined;
  logoKb?: number | undefined;
  logoPixels?: number | undefined;
  renderTimeoutSec?: number | undefined;
  fieldChars?: Partial<Record<FieldCharKey, number | undefined>> | undefined;
  listItems?: Partial<Record<ListItemKey, number | undefined>> | undefined;
  outputMegapixels?: number | undefined;
  documentMb?: number | undefined;
  documentSeconds?: number | undefined;
  documentMemoryMb?: number | undefined;
  pageHeight?: number | undefined;
}

/** The config's `limits` over the defaults. */
export function resolveLimits(config: LimitsConfig | undefined): Limits {
  const changed = { ...definedOnly(config?.fieldChars), ...definedOnly(config?.listItems) };
  return {
    specFileBytes: config?.specFileKb !== undefined ? config.specFileKb * 1024 : DEFAULT_LIMITS.specFileBytes,
    logoBytes: config?.logoKb !== undefined ? config.logoKb * 1024 : DEFAULT_LIMITS.logoBytes,
    logoPixels: config?.logoPixels ?? DEFAULT_LIMITS.logoPixels,
    renderTimeoutMs: config?.renderTimeoutSec !== undefined ? config.renderTimeoutSec * 1000 : DEFAULT_LIMITS.renderTimeoutMs,
    // The defaults object itself when nothing changes, so the prebuilt default card schema is used.
    spec: Object.keys(changed).length > 0 ? { ...LIMITS, ...changed } : LIMITS,
    outputPixels: config?.outputMegapixels !== undefined ? Math.round(config.outputMegapixels * 1_000_000) : DEFAULT_LIMITS.outputPixels,
    documentBytes: config?.documentMb !== undefined ? config.documentMb * 1024 * 1024 : DEFAULT_LIMITS.documentBytes,
    documentTimeoutMs: config?.documentSeconds !== undefined ? config.documentSeconds * 1000 : DEFAULT_LIMITS.documentTimeoutMs,
    documentMemoryMb: config?.documentMemoryMb ?? DEFAULT_LIMITS.documentMemoryMb,
    ...(config?.pageHeight !== undefined ? { pageHeight: config.pageHeight } : {}),
  };
}

function definedOnly(values: Record<string, number | undefined> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(values ?? {}).filter((entry): entry is [string, number] => entry[1] !== undefined));
}

/** `40`, `8.5`: megapixels as the config writes them. */
export function formatMegapixels(pixels: number): string {
  return String(Math.round(pixels / 100_000) / 10);
}
