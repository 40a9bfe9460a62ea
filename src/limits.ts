/**
 * The limits that keep one runaway input from stalling or exhausting a batch, with safe
 * defaults; `policy-card.config.json` can change them under `limits`. Each limit, when hit,
 * names itself (e.g. `limits.logoKb`) and the value received.
 */
export interface Limits {
  /** Largest card spec file. @default 1 MiB */
  specFileBytes: number;
  /** Largest logo image file. @default 2 MiB */
  logoBytes: number;
  /** Largest logo width or height in pixels. @default 4096 */
  logoPixels: number;
  /** Time one card may take to render. @default 60 s */
  renderTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  specFileBytes: 1024 * 1024,
  logoBytes: 2 * 1024 * 1024,
  logoPixels: 4096,
  renderTimeoutMs: 60_000,
};

/** The config's `limits` (in KB, pixels and seconds) over the defaults. */
export function resolveLimits(config: { specFileKb?: number; logoKb?: number; logoPixels?: number; renderTimeoutSec?: number } | undefined): Limits {
  return {
    specFileBytes: config?.specFileKb !== undefined ? config.specFileKb * 1024 : DEFAULT_LIMITS.specFileBytes,
    logoBytes: config?.logoKb !== undefined ? config.logoKb * 1024 : DEFAULT_LIMITS.logoBytes,
    logoPixels: config?.logoPixels ?? DEFAULT_LIMITS.logoPixels,
    renderTimeoutMs: config?.renderTimeoutSec !== undefined ? config.renderTimeoutSec * 1000 : DEFAULT_LIMITS.renderTimeoutMs,
  };
}
