/**
 * HTML built with a tagged template that escapes every interpolated value, so a card field can
 * never become markup: `html\`<h1>${title}</h1>\`` is safe whatever the title holds. Only values
 * that are already SafeHtml (other `html` results) pass through unescaped.
 */

import { splitNumberRuns } from '../template/typeset.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (for attributes always quoted with "). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A fragment of HTML that is known to be safe: the output of `html` or of `trustedHtml`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = string | number | SafeHtml | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted, every `${value}` is escaped (lists are joined). */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new SafeHtml(out);
}

/**
 * Text whose numbers keep their units on one line in the browser (200万元, 2026年3月31日), the
 * site's counterpart of the card's word joiners: a narrow table cell must not break "200万|元".
 */
export function htmlKeepingNumbers(text: string): SafeHtml {
  return html`${splitNumberRuns(text).map((part) => (part.number ? html`<span class="nb">${part.text}</span>` : part.text))}`;
}

/** Markup produced by this module itself (inline CSS and scripts), never from card data. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
