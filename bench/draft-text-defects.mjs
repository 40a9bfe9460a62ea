#!/usr/bin/env node
// Drafts every document of the corpus (tests/fixtures/documents/, never the held-out folder) with
// `draftDocument` from dist/index.js and counts the text defects a reviewer would have to fix by
// hand before `build`, over every drafted string: title, issuer, list items, steps' title and
// detail, reward table cells, contact names and the period note. The scorer matches items
// fuzzily, so an item can match and still read badly on a card; this counts how it reads.
// Each kind is a precise test of the string (KINDS below), never a list of documents.
//
// Usage: node bench/draft-text-defects.mjs [--json] [--write] [--before FILE]
//   --json         print the counts and examples as JSON (save one to compare later)
//   --write        replace the `## Draft text defects` section of BENCHMARKS.md
//   --before FILE  a saved --json run: the table shows before → after
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusDocuments } from './draft-score.mjs';
import { replaceBenchmarksSection } from './lib/sections.js';
import { table } from './lib/stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECTION = '## Draft text defects';
const PLACEHOLDER = '待补充';

/** Opening marks and closing marks by family; ( and （ pair either way, as copies mix them. */
const OPENERS = { '（': 'round', '(': 'round', '《': 'book', '“': 'quote', '【': 'lenticular', '〔': 'tortoise', '「': 'corner', '[': 'square' };
const CLOSERS = { '）': 'round', ')': 'round', '》': 'book', '”': 'quote', '】': 'lenticular', '〕': 'tortoise', '」': 'corner', ']': 'square' };

/** Whether some bracket or quote is left open or closes nothing. */
export function unbalanced(text) {
  const open = [];
  for (const char of text) {
    if (OPENERS[char]) open.push(OPENERS[char]);
    else if (CLOSERS[char] && open.pop() !== CLOSERS[char]) return true;
  }
  return open.length > 0;
}

/** List markers the heading tree reads, each with the pattern of its series' next marker. */
const MARKERS = [
  { start: /^\s*[（(][一二三四五六七八九十]{1,3}[)）]/u, series: /[（(][一二三四五六七八九十]{1,3}[)）]/u },
  { start: /^\s*[（(]\d{1,2}[)）]/u, series: /[（(]\d{1,2}[)）]/u },
  { start: /^\s*[一二三四五六七八九十]{1,3}[、.．]/u, series: /[一二三四五六七八九十]{1,3}、/u },
  { start: /^\s*\d{1,2}(?:[、．]|\.(?!\d))/u, series: /(?:^|[^\d.])\d{1,2}(?:[、．]|\.(?!\d))/u },
  { start: /^\s*[①-⑳]/u, series: /[①-⑳]/u },
];

/**
 * A value that starts with a list marker and holds no later marker of its series (a single item
 * that kept its number; (一)…(二)… in one value is a list inside it), or is only a marker (（一）, 四).
 */
export function leadMarker(text) {
  if (/^\s*[一二三四五六七八九十]{1,3}[、.．]?\s*$/u.test(text)) return true;
  for (const { start, series } of MARKERS) {
    const found = start.exec(text);
    if (found) return !series.test(text.slice(found[0].length));
  }
  return false;
}

/** A value that is nothing but a pointer elsewhere: 详见附件2, 具体要求见《实施细则》, 参见附件。 (申报表（见附件） names a paper.) */
export const ONLY_POINTER = /^(?:具体|详细|其他|有关|相关)?[\u4e00-\u9fff]{0,8}?(?:详见|参见|请见|参阅|见)(?:附件|附表|《[^》]{1,40}》)[\d一二三四五六七八九十、\-—至和及]*[。；;]?$/u;

/** Labels that name a list's own field, at an item's start before a colon. */
const FIELD_LABELS = {
  parties: /^(?:申报|申请|适用|支持|扶持|补贴|奖励)?(?:对象|主体)[：:]/u,
  conditions: /^(?:申报|申请|基本|办理|享受)?条件[：:]/u,
  materials: /^(?:申报|申请|所需|提交|办理)?材料[：:]/u,
  process: /^(?:申报|申请|办理|审批)?(?:流程|程序|方式)[：:]/u,
  'reward.items': /^(?:奖励|补贴|扶持|支持|资助|奖补)?标准[：:]/u,
};

/**
 * The defect kinds. `where` names the strings a kind is tested on (all: every drafted string).
 * A list marker is one the heading tree knows (（二） 1、 2. ①), followed by text, not by a digit (1.5倍).
 */
export const KINDS = [
  { kind: 'lead-marker', where: 'items', test: leadMarker },
  // 申报条件：… under the conditions, 流程：… among the steps: the field's own heading, which the card already prints.
  { kind: 'lead-label', where: 'list', test: (text, list) => (FIELD_LABELS[list] ?? /^$/u).test(text) },
  { kind: 'trailing-punct', where: 'all', test: (text) => /(?:\s[|｜]|[|｜，,；;、])\s*$/u.test(text) },
  // A space a line join left next to a Chinese mark (备案类型 。, （ 企业工程): never meant.
  { kind: 'stray-space', where: 'all', test: (text) => /\s(?=[，。；、：！？）》”】])|[（《“【]\s/u.test(text) },
  { kind: 'trailing-colon', where: 'all', test: (text) => /[：:]\s*$/u.test(text) },
  { kind: 'unbalanced', where: 'all', test: (text) => unbalanced(text) },
  {
    kind: 'contact-key',
    where: 'contact',
    // A name holding a key (电话:…, 联系人：) or a sentence (…，请…。).
    test: (text) => /(?:电话|手机|传真|邮箱|地址|联系人|联系方式)\s*[：:]|[，。；！？,;]/u.test(text),
  },
  { kind: 'title-tag', where: 'title', test: (text) => /^[【\[][^】\]]{1,8}[】\]]|[【\[][^】\]]{1,8}[】\]]$|[_|｜—-]\s*[^_|｜—-]{0,20}(?:网|网站|门户|平台|政府|频道|首页)\s*$/u.test(text) },
  { kind: 'only-pointer', where: 'items', test: (text) => ONLY_POINTER.test(text.trim()) },
  // Found across the strings of a spec (defectsOf), not one string at a time.
  { kind: 'duplicate-item', where: 'none', test: () => false },
  { kind: 'cross-field', where: 'none', test: () => false },
];

/** Text compared for duplicates: spaces and a closing mark do not make an item different. */
const sameKey = (text) => text.replace(/\s+/gu, '').replace(/[。；，、.;,]+$/gmu, '');

/** Every drafted string of a spec, with where it sits: { path, text, where: title|issuer|item|step|cell|contact|note, list }. */
export function draftedStrings(spec) {
  const out = [];
  const add = (pathText, text, where, list, whole = text) => {
    if (typeof text !== 'string' || text.startsWith(PLACEHOLDER) || text.trim() === '') return;
    out.push({ path: pathText, text, where, list, whole });
  };
  add('title', spec.title, 'title');
  add('issuer', spec.issuer, 'issuer');
  for (const field of ['parties', 'conditions', 'materials']) (spec[field] ?? []).forEach((text, index) => add(`${field}/${index}`, text, 'item', field));
  (spec.process ?? []).forEach((step, index) => {
    if (typeof step === 'string') add(`process/${index}`, step, 'item', 'process');
    else {
      // A step is the same as another only with the same title and detail (two channels may share 招生录取).
      add(`process/${index}/title`, step.title, 'item', 'process', `${step.title}\n${step.detail ?? ''}`);
      add(`process/${index}/detail`, step.detail, 'step');
    }
  });
  (spec.reward?.items ?? []).forEach((text, index) => add(`reward/items/${index}`, text, 'item', 'reward.items'));
  const cells = [...(spec.reward?.table?.columns ?? []), ...(spec.reward?.table?.rows ?? []).flat()];
  cells.forEach((text, index) => add(`reward/table/${index}`, text, 'cell'));
  (spec.contacts ?? []).forEach((contact, index) => add(`contacts/${index}/name`, contact.name, 'contact'));
  add('period/note', spec.period?.note, 'note');
  return out;
}

function appliesTo(where, entry) {
  if (where === 'all') return true;
  if (where === 'list') return entry.list !== undefined && entry.where === 'item';
  if (where === 'items') return entry.where === 'item' || entry.where === 'step';
  return where === entry.where;
}

/** The defects of one spec: [{ kind, path, text }]. */
export function defectsOf(spec) {
  const strings = draftedStrings(spec);
  const found = [];
  for (const entry of strings) {
    for (const { kind, where, test } of KINDS) if (appliesTo(where, entry) && test(entry.text, entry.list)) found.push({ kind, path: entry.path, text: entry.text });
  }
  // The same item twice in one list, and the same text in two list fields.
  const firstIn = new Map();
  for (const entry of strings.filter((item) => item.list)) {
    const key = sameKey(entry.whole);
    if (key.length < 4) continue;
    const seen = firstIn.get(key);
    if (!seen) firstIn.set(key, entry);
    else found.push({ kind: seen.list === entry.list ? 'duplicate-item' : 'cross-field', path: entry.path, text: entry.text });
  }
  return found;
}

/** A long example shows its start and its end, where the defects are. */
function clip(text, max = 40) {
  const chars = [...text];
  const half = max / 2;
  return chars.length > max ? `${chars.slice(0, half).join('')} … ${chars.slice(-half).join('')}` : text;
}

export async function measure(draft, dir) {
  const counts = Object.fromEntries(KINDS.map(({ kind }) => [kind, 0]));
  const examples = Object.fromEntries(KINDS.map(({ kind }) => [kind, []]));
  let strings = 0;
  let documents = 0;
  for (const { name, file } of corpusDocuments(dir)) {
    let spec;
    try {
      spec = (await draft(file)).spec;
    } catch {
      continue;
    }
    documents++;
    strings += draftedStrings(spec).length;
    for (const defect of defectsOf(spec)) {
      counts[defect.kind]++;
      // Two examples from two documents where there are.
      if (examples[defect.kind].length < 2 && !examples[defect.kind].some((example) => example.document === name)) examples[defect.kind].push({ document: name, path: defect.path, text: defect.text });
    }
  }
  return { documents, strings, counts, examples };
}

export function markdownSection(result, { date, command, before }) {
  const total = (counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);
  const head = before ? ['kind', 'before', 'after', 'example 1', 'example 2'] : ['kind', 'count', 'example 1', 'example 2'];
  const example = (item) => (item ? `${clip(item.text).replace(/\|/gu, '\\|')} (${item.document.replace(/\.[a-z]+$/u, '')} ${item.path})` : '');
  const rows = KINDS.map(({ kind }) => [kind, ...(before ? [before.counts[kind] ?? 0] : []), result.counts[kind], example(result.examples[kind][0] ?? before?.examples[kind]?.[0]), example(result.examples[kind][1] ?? before?.examples[kind]?.[1])]);
  rows.push(['all', ...(before ? [total(before.counts)] : []), total(result.counts), '', '']);
  return [
    SECTION,
    '',
    `Generated by \`${command}\` on ${date}; the script replaces this section on every run.`,
    '',
    `Defects a reviewer fixes by hand in ${result.strings} drafted strings of ${result.documents} corpus documents (title, issuer, items, steps, table cells, contact names, period note; placeholders left out). Each kind is a test of the string (bench/draft-text-defects.mjs): a list marker at the start (lead-marker), its own field's label and a colon at an item's start (lead-label: 申报条件： among the conditions), a trailing | ， ； 、 (trailing-punct), a space beside a Chinese mark (stray-space), a trailing colon (trailing-colon), a bracket or quote without its pair (unbalanced), a contact name holding a key or a sentence (contact-key), a copier's tag or site name in the title (title-tag), an item that is only a pointer such as 详见附件2 (only-pointer), the same item twice in a list (duplicate-item) or in two fields (cross-field). lead-marker, unbalanced and only-pointer are tested with the same patterns the tidy stage (src/draft/tidy-values.ts) removes them by, so their \"after\" of 0 only shows that the stage ran; how often they occur is the \"before\" column.${before ? ` Before: ${before.label ?? 'the saved run'}; examples are from this run, or from before where none is left.` : ''}`,
    '',
    table(head, rows),
    '',
  ].join('\n');
}

async function main(argv) {
  const library = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  const beforeIndex = argv.indexOf('--before');
  const before = beforeIndex >= 0 ? JSON.parse(readFileSync(argv[beforeIndex + 1], 'utf8')) : undefined;
  const result = await measure((file) => library.draftDocument(file, {}), path.join(ROOT, 'tests/fixtures/documents'));
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const section = markdownSection(result, { date: new Date().toISOString(), command: `node bench/draft-text-defects.mjs${argv.length ? ` ${argv.join(' ')}` : ''}`, before });
  if (argv.includes('--write')) replaceBenchmarksSection(SECTION, section);
  process.stdout.write(section);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
