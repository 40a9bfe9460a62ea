// Where an item of a draft sits in its document, computed from the document's lines and the draft
// report only (never from reading it): used by bench/first-look-collect.mjs to put each first-look
// error into a kind. Plain functions, no I/O.
import { normalise } from './draft-scoring.js';

/** A list marker at the start of a line: 一、 （一） 1. 1、 (1) ① 第X条 • -. */
const MARKER = /^\s*(?:第[一二三四五六七八九十百零\d]+[条章节款]|[一二三四五六七八九十]+[、.．，,]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．)）,，](?!\d)|[①-⑳]|[•·●▪◆\-—])/u;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/u;

const key = (place) => (place.page ?? 0) * 1e6 + place.line;

/** The document's shape: how many lines, the longest, and the share that begin with a list marker. */
export function documentShape(lines) {
  const longest = Math.max(0, ...lines.map((line) => [...line.text].length));
  const marked = lines.filter((line) => MARKER.test(line.text)).length;
  return { lines: lines.length, longest, markerShare: lines.length ? Math.round((100 * marked) / lines.length) / 100 : 0 };
}

/** A document band from its shape: run-on (≤ 3 lines or a line over 600 characters), marked (≥ 30 % marker lines), plain. */
export function shapeBand(shape) {
  if (shape.lines <= 3 || shape.longest > 600) return 'run-on';
  return shape.markerShare >= 0.3 ? 'marked' : 'plain';
}

export function lengthBand(text) {
  const length = normalise(text).length;
  if (length <= 8) return '≤8';
  if (length <= 25) return '9–25';
  if (length <= 80) return '26–80';
  if (length <= 200) return '81–200';
  return '>200';
}

/** The document line most of an item's text comes from (share of its character bigrams), when at least 60 %. */
export function locate(lines, text) {
  const want = normalise(text);
  if (want.length < 2) return [];
  const grams = new Set();
  for (let index = 0; index < want.length - 1; index++) grams.add(want.slice(index, index + 2));
  let best;
  let bestShare = 0.6;
  for (const line of lines) {
    const have = normalise(line.text);
    let shared = 0;
    for (const gram of grams) if (have.includes(gram)) shared++;
    const share = shared / grams.size;
    if (share > bestShare) [best, bestShare] = [line, share];
  }
  return best ? [{ line: best.line, ...(best.page ? { page: best.page } : {}) }] : [];
}

const lineAt = (lines, place) => lines.find((line) => line.line === place.line && (line.page ?? 0) === (place.page ?? 0));

export function startsWithMarker(lines, from) {
  const line = from[0] && lineAt(lines, from[0]);
  return line ? MARKER.test(line.text) : false;
}

/** The item's text (≥ 4 characters) is found on more than one line of the document. */
export function repeats(lines, text) {
  const want = normalise(text);
  if (want.length < 4) return false;
  return lines.filter((line) => normalise(line.text).includes(want.slice(0, 40))).length > 1;
}

/**
 * The item's place: `unlocated` (no source line), `before-title`, `after-signature` (below the
 * issuer's signature or a bare date line in the second half), `table-row`, then by the nearest
 * heading above that the report read as a field: `own-heading` (that field), `other-heading`
 * (another field), `no-heading` (no field heading above it).
 */
export function itemPlace({ lines, report }, from, field) {
  if (!from || from.length === 0) return 'unlocated';
  const at = key(from[0]);
  const title = report.sources.find((source) => source.path === '/title')?.from?.[0];
  if (field !== 'title' && title && at < key(title)) return 'before-title';
  const half = lines[Math.floor(lines.length / 2)];
  const issuer = report.sources.find((source) => source.path === '/issuer')?.from?.[0];
  const dateLine = [...lines].reverse().find((line) => DATE_LINE.test(normalise(line.text)));
  const ends = [issuer, dateLine].filter((place) => place && half && key(place) >= key(half)).map(key);
  if (field !== 'issuer' && ends.length > 0 && at > Math.min(...ends)) return 'after-signature';
  const line = lineAt(lines, from[0]);
  if (line && (line.kind === 'table-row' || line.text.includes(' | '))) return 'table-row';
  const heading = (report.headings ?? []).filter((h) => h.field && key(h.from) <= at).sort((a, b) => key(b.from) - key(a.from))[0];
  if (!heading) return 'no-heading';
  const wanted = field.startsWith('reward') ? 'reward' : field.startsWith('period') ? 'period' : field === 'phones' ? 'contacts' : field;
  return heading.field === wanted || (wanted === 'reward' && heading.field?.startsWith('reward')) ? 'own-heading' : 'other-heading';
}
