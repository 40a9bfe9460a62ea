/**
 * Recently rendered images, keyed by everything that decides their pixels (spec, options,
 * settings version). The gallery, the card view and repeated API calls for an unchanged card
 * then cost nothing, and requests for the same image while it renders share one render.
 */
import { createHash } from 'node:crypto';
import type { CardWarning } from '../errors.js';
import type { CardError } from '../errors.js';

export type CachedRender =
  | {
      ok: true;
      body: Uint8Array;
      contentType: string;
      width: number;
      height: number;
      /** Pages 2… of a card split into pages or with a back side (PNG and SVG; a PDF holds every page in `body`). */
      laterPages: Array<{ body: Uint8Array; width: number; height: number }>;
      /** Pages of the card: 1 + later pages. */
      pageCount: number;
      warnings: CardWarning[];
      renderMs: number;
    }
  | { ok: false; error: CardError };

export interface RenderCacheOptions {
  /** Images kept. @default 200 */
  maxEntries?: number;
  /** Bytes kept. @default 256 MiB */
  maxBytes?: number;
}

/** A short stable key of any JSON-able value. */
export function renderKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

export class RenderCache {
  readonly #entries = new Map<string, { promise: Promise<CachedRender>; bytes: number }>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(options: RenderCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 200;
    this.#maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  }

  /**
   * The cached render for `key`, or `produce()`'s. Failures caused by the machine (time-outs,
   * crashed workers) and thrown errors (a full queue) are not kept, so a retry renders again.
   */
  get(key: string, produce: () => Promise<CachedRender>): Promise<CachedRender> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.promise;
    }
    const entry = { promise: produce(), bytes: 0 };
    this.#entries.set(key, entry);
    entry.promise.then(
      (result) => {
        if (this.#entries.get(key) !== entry) return;
        if (!result.ok && (result.error.code === 'E_TIMEOUT' || result.error.code === 'E_RENDER_CRASH')) {
          this.#entries.delete(key);
          return;
        }
        entry.bytes = result.ok ? result.laterPages.reduce((sum, page) => sum + page.body.byteLength, result.body.byteLength) : 0;
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    this.#evict();
    return entry.promise;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(key);
      this.#bytes -= entry.bytes;
    }
  }
}
