// BENCHMARKS.md is written by several scripts: run.js writes the whole file, the others replace
// only their own `## ` section. These keep one script from dropping another's section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cards.js';

export const BENCHMARKS_FILE = path.join(ROOT, 'BENCHMARKS.md');

/** Sections that scripts other than run.js own; run.js carries them over. */
export const KEPT_SECTIONS = ['## Single card, cold', '## Studio preview', '## Print and PDF', '## Notes on #17', '## Draft with a language model', '## Draft quality', '## Section classifier', '## Line field reader', '## Draft agreement between two writers'];

/** The `## heading` section of a Markdown text (up to the next `## `), or ''. */
export function sectionOf(markdown, heading) {
  const start = markdown.indexOf(`\n${heading}`);
  if (start === -1) return '';
  const next = markdown.indexOf('\n## ', start + 1);
  return `${markdown.slice(start, next === -1 ? undefined : next).trimEnd()}\n`;
}

/** Every kept section of the current BENCHMARKS.md, in KEPT_SECTIONS order. */
export function keptSections() {
  const old = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '';
  return KEPT_SECTIONS.map((heading) => sectionOf(old, heading)).join('');
}

/** Replaces (or appends) one section of BENCHMARKS.md; `body` starts with its `## ` heading. */
export function writeSection(heading, body) {
  const old = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const current = sectionOf(old, heading);
  const text = `\n${body.trimEnd()}\n`;
  // A new section goes before the kept sections that come after it in KEPT_SECTIONS (the notes).
  const later = KEPT_SECTIONS.slice(KEPT_SECTIONS.indexOf(heading) + 1).map((each) => old.indexOf(`\n${each}`)).filter((at) => at >= 0);
  const at = later.length > 0 && KEPT_SECTIONS.includes(heading) ? Math.min(...later) : -1;
  const updated = current ? old.replace(current, text) : at >= 0 ? `${old.slice(0, at).trimEnd()}\n${text}${old.slice(at)}` : `${old.trimEnd()}\n${text}`;
  writeFileSync(BENCHMARKS_FILE, updated);
}

/**
 * `markdown` with its `heading` section (the heading on a line of its own, up to the next `## `)
 * replaced by `section`, which starts with that heading, or with `section` appended when there is
 * none; the other sections are left as they are.
 */
export function replaceSection(markdown, heading, section) {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return `${markdown.replace(/\n*$/, '\n\n')}${section}`;
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return `${markdown.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${markdown.slice(next + 1)}`}`;
}

/** Replaces (or appends) the `heading` section of BENCHMARKS.md with `section` (see replaceSection). */
export function replaceBenchmarksSection(heading, section) {
  const old = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  writeFileSync(BENCHMARKS_FILE, replaceSection(old, heading, section));
}

/** Puts `text` after run.js's own sections and before the kept ones (bench/batch.js's section 4). */
export function insertBeforeKeptSections(text) {
  const old = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : '# Benchmarks\n';
  const starts = KEPT_SECTIONS.map((heading) => old.indexOf(`\n${heading}`)).filter((at) => at >= 0);
  const at = starts.length > 0 ? Math.min(...starts) : old.length;
  writeFileSync(BENCHMARKS_FILE, `${old.slice(0, at).trimEnd()}\n${text.trimEnd()}\n${old.slice(at)}`);
}
