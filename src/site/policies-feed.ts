/**
 * `policies.json`: the site's data for other systems (a government CMS, a mini program, a
 * search index). The same fields as the pages, plus the public URLs of each page and card image.
 * No build time or other changing value, so an unchanged batch gives an identical file.
 */
import type { PolicyView } from './policy-view.js';

export const FEED_VERSION = 1;

export interface PoliciesFeed {
  version: typeof FEED_VERSION;
  /** The site's public base URL, ending in `/`. */
  site: string;
  count: number;
  policies: Array<
    Omit<PolicyView, 'contacts' | 'edition'> & {
      /** Public URL of the detail page. */
      url: string;
      /** Public URL of the card image. */
      image: string;
      edition: string | null;
      contacts: Array<{ name: string; phone: string | null; address: string | null }>;
    }
  >;
}

export function policiesFeed(entries: ReadonlyArray<{ view: PolicyView; pageUrl: string; imageUrl: string }>, siteUrl: string): PoliciesFeed {
  return {
    version: FEED_VERSION,
    site: siteUrl,
    count: entries.length,
    policies: entries.map(({ view, pageUrl, imageUrl }) => ({
      ...view,
      url: pageUrl,
      image: imageUrl,
      edition: view.edition?.iso ?? null,
      contacts: view.contacts.map(({ name, phone, address }) => ({ name, phone, address })),
    })),
  };
}
