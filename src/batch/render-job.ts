/**
 * One card's render, as it crosses into a worker process: plain data in, plain data out.
 * Errors travel as their parts (code, texts, path) and become CardErrors again on the other side.
 */
import { CardError, toCardError, type CardWarning, type ErrorCode, type Localized } from '../errors.js';
import type { FitPlan } from '../render/fit-fixed-card.js';
import type { RenderOptions, RenderTimings } from '../render/render-card.js';
import type { CardSpec } from '../spec/card-schema.js';
import { setPngDpi } from '../print/png-dpi.js';
import type { OutputFormat } from './output-formats.js';

export interface RenderJob {
  card: CardSpec;
  options: RenderOptions;
  formats: OutputFormat[];
}

export interface SerializedCardError {
  code: ErrorCode;
  text: Localized;
  file?: string | undefined;
  path?: string | undefined;
  label?: Localized | undefined;
}

export type RenderJobResult =
  | {
      ok: true;
      png?: Uint8Array | undefined;
      svg?: string | undefined;
      pdf?: Uint8Array | undefined;
      /** Pages 2… of a card split into pages (`png` and `svg` above are its first page); one PDF holds them all. */
      laterPages?: Array<{ png?: Uint8Array | undefined; svg?: string | undefined; width: number; height: number }> | undefined;
      width: number;
      height: number;
      /** How a fixed-size card was fitted on one side, for the build manifest. */
      fit?: FitPlan | undefined;
      warnings: CardWarning[];
      timings: RenderTimings;
      /** Resident memory of the process that rendered, to decide when to recycle workers. */
      rssBytes: number;
    }
  | { ok: false; error: SerializedCardError; rssBytes: number }
  /** The batch was stopped while this card was rendering; the card is simply not done. */
  | { ok: false; interrupted: true; rssBytes: number };

export function serializeCardError(error: CardError): SerializedCardError {
  return { code: error.code, text: error.text, file: error.file, path: error.path, label: error.label };
}

export function deserializeCardError(error: SerializedCardError): CardError {
  return new CardError(error.code, error.text, { file: error.file, path: error.path, label: error.label });
}

export async function runRenderJob(job: RenderJob): Promise<RenderJobResult> {
  try {
    // Loaded on first use, so the build's main process (which only hands jobs to workers) never
    // loads satori and resvg.
    const { renderCard } = await import('../render/render-card.js');
    const rendered = await renderCard(job.card, { ...job.options, skipPng: !job.formats.includes('png'), textLayer: job.formats.includes('pdf') });
    // Print templates carry their resolution, so print dialogs place them at their real size.
    const dpi = rendered.physical ? (job.options.dpi ?? rendered.physical.dpi) : undefined;
    const pngOf = (png: Buffer | undefined): Buffer | undefined => (png && dpi ? setPngDpi(png, dpi) : png);
    const svgOf = (svg: string): string | undefined => (job.formats.includes('svg') ? svg : undefined);
    return {
      ok: true,
      png: pngOf(rendered.png),
      svg: svgOf(rendered.svg),
      ...(rendered.pages.length > 1 ? { laterPages: rendered.pages.slice(1).map((page) => ({ png: pngOf(page.png), svg: svgOf(page.svg), width: page.pngWidth, height: page.pngHeight })) } : {}),
      // pdfkit loads only in workers that are asked for PDFs.
      pdf: job.formats.includes('pdf') ? await (await import('../print/card-pdf.js')).singleCardPdf(rendered) : undefined,
      width: rendered.pngWidth,
      height: rendered.pngHeight,
      ...(rendered.fit ? { fit: rendered.fit } : {}),
      warnings: rendered.warnings,
      timings: rendered.timings,
      rssBytes: process.memoryUsage.rss(),
    };
  } catch (error) {
    return { ok: false, error: serializeCardError(toCardError(error, 'E_RENDER', { file: job.options.file })), rssBytes: process.memoryUsage.rss() };
  }
}
