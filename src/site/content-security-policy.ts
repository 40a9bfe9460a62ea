/**
 * The Content-Security-Policy of a generated page, delivered in a <meta> tag so it works on any
 * static host. Nothing may load from anywhere: the one inline stylesheet and the one inline
 * script are allowed by their SHA-256 hashes (computed here, at build time), images only from
 * the site itself. Directives that a <meta> policy ignores (frame-ancestors, report-uri) are left
 * out, since browsers log a console error for them.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` of an inline script or style, exactly as written between its tags. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inline: { scripts: readonly string[]; styles: readonly string[] }): string {
  return [
    "default-src 'none'",
    `script-src ${inline.scripts.map(cspHash).join(' ')}`,
    `style-src ${inline.styles.map(cspHash).join(' ')}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
