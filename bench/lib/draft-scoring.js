// How a drafted card spec is scored against the spec a careful person wrote from the same
// document (tests/fixtures/documents/<name>.expected.json). Plain functions, no I/O, so the unit
// test (tests/draft/draft-score.test.ts) can call them on hand-made cases.
//
// Lists (parties, conditions, materials, process steps, reward items, table rows) are compared
// item by item with a fuzzy match; scalar facts (title, issuer, docNo, phones, period dates, the
// headline amount) must be equal after normalisation. Both count in the same precision
// (matched drafted / drafted) and recall (matched expected / expected). A drafted value that
// begins with 待补充 is a named gap: it counts as not drafted, never as wrong.

/** Two items match when their similarity reaches this. */
export const MATCH_THRESHOLD = 0.6;
/** A placeholder the drafter writes for a fact it did not find. */
export const PLACEHOLDER_PREFIX = '待补充';

/** The fields the scorer reports, in report order. */
export const SCORED_FIELDS = [
  'title',
  'issuer',
  'docNo',
  'parties',
  'conditions',
  'materials',
  'process',
  'reward.items',
  'reward.table',
  'reward.headline',
  'period.start',
  'period.end',
  'phones',
];

const LIST_FIELDS = new Set(['parties', 'conditions', 'materials', 'process', 'reward.items', 'reward.table']);

/**
 * Width folded (FF01–FF5E → ASCII, U+3000 → space; ①② stay, so no NFKC), then every space and
 * punctuation mark dropped and Latin letters lower-cased: copies of one notice differ in exactly
 * these ways.
 */
export function normalise(text) {
  return String(text)
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

function bigrams(text) {
  const grams = new Map();
  for (let index = 0; index < text.length - 1; index++) {
    const gram = text.slice(index, index + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function sharedBigrams(a, b) {
  let shared = 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return shared;
}

/**
 * Similarity of two items in 0..1: the character-bigram Dice coefficient of their normalised
 * text. When one item is at least 30 % as long as the other, the overlap coefficient
 * (shared / smaller) counts too, so that a drafted item that merges two expected items, or one
 * the drafter shortened to fit a limit, still matches the item it holds.
 */
export function similarity(left, right) {
  const a = normalise(left);
  const b = normalise(right);
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const gramsA = bigrams(a);
  const gramsB = bigrams(b);
  const shared = sharedBigrams(gramsA, gramsB);
  const sizeA = a.length - 1;
  const sizeB = b.length - 1;
  const dice = (2 * shared) / (sizeA + sizeB);
  if (Math.min(a.length, b.length) < 0.3 * Math.max(a.length, b.length)) return dice;
  return Math.max(dice, shared / Math.min(sizeA, sizeB));
}

/**
 * Pairs expected and drafted items one to one, best pairs first. An expected item is matched by
 * at most one drafted item and a drafted item matches at most one expected item (so a merged
 * item counts once).
 */
export function matchItems(expected, drafted, threshold = MATCH_THRESHOLD) {
  const candidates = [];
  expected.forEach((want, wantIndex) => {
    drafted.forEach((got, gotIndex) => {
      const score = similarity(want, got);
      if (score >= threshold) candidates.push({ wantIndex, gotIndex, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.wantIndex - y.wantIndex || x.gotIndex - y.gotIndex);
  const usedWant = new Set();
  const usedGot = new Set();
  const pairs = [];
  for (const candidate of candidates) {
    if (usedWant.has(candidate.wantIndex) || usedGot.has(candidate.gotIndex)) continue;
    usedWant.add(candidate.wantIndex);
    usedGot.add(candidate.gotIndex);
    pairs.push(candidate);
  }
  return { expected: expected.length, drafted: drafted.length, matched: pairs.length, pairs };
}

const isPlaceholder = (value) => typeof value === 'string' && value.trim().startsWith(PLACEHOLDER_PREFIX);
const present = (value) => typeof value === 'string' && value.trim().length > 0 && !isPlaceholder(value);
const texts = (list) => (Array.isArray(list) ? list.filter(present) : []);

/** A process step as one text: its title and detail together, as a reader sees them on the card. */
function stepText(step) {
  if (typeof step === 'string') return step;
  if (step && typeof step === 'object') return [step.title, step.detail].filter(present).join(' ');
  return '';
}

/** Digits only: 0512-6688 1234 and 051266881234 are the same number. */
function phoneKey(phone) {
  return String(phone).replace(/\D/g, '');
}

function phonesOf(spec) {
  const phones = new Set();
  for (const contact of Array.isArray(spec?.contacts) ? spec.contacts : []) {
    if (!present(contact?.phone)) continue;
    // One field may hold several numbers: "0512-1234567、13800000000".
    for (const part of String(contact.phone).split(/[、,，;；/]|\s{2,}/)) {
      const key = phoneKey(part);
      if (key.length >= 5) phones.add(key);
    }
  }
  return [...phones];
}

const UNIT = { 元: 1, 万元: 1e4, 亿元: 1e8 };
/** The largest amount a headline names, in yuan: "最高500万元" → 5000000. */
export function headlineAmount(text) {
  if (!present(text)) return undefined;
  let largest;
  for (const match of normalise(text).matchAll(/(\d+(?:\.\d+)?)(亿元|万元|元|亿|万)?/g)) {
    const unit = match[2] ? UNIT[match[2].endsWith('元') ? match[2] : `${match[2]}元`] : 1;
    const value = Number(match[1]) * unit;
    if (largest === undefined || value > largest) largest = value;
  }
  return largest;
}

/**
 * A title matches when equal after normalisation, or when one holds the other with only an
 * issuer-sized prefix before it ("宁波前湾新区管理委员会 经济和信息化局 关于…的通知" against
 * "关于…的通知"): official titles are quoted both ways.
 */
function titlesMatch(want, got) {
  const a = normalise(want);
  const b = normalise(got);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.endsWith(short) && long.length - short.length <= 30;
}

function scalar(want, got, equal) {
  const hasWant = want !== undefined;
  const hasGot = got !== undefined;
  const matched = hasWant && hasGot && equal(want, got) ? 1 : 0;
  return { expected: hasWant ? 1 : 0, drafted: hasGot ? 1 : 0, matched };
}

const value = (text) => (present(text) ? text : undefined);

/**
 * Scores one drafted spec against the expected one: per field, how many items each side has and
 * how many matched.
 */
export function scoreDraft(expected, drafted, threshold = MATCH_THRESHOLD) {
  const want = expected ?? {};
  const got = drafted ?? {};
  const lists = {
    parties: [texts(want.parties), texts(got.parties)],
    conditions: [texts(want.conditions), texts(got.conditions)],
    materials: [texts(want.materials), texts(got.materials)],
    process: [(want.process ?? []).map(stepText).filter(present), (got.process ?? []).map(stepText).filter(present)],
    'reward.items': [texts(want.reward?.items), texts(got.reward?.items)],
    'reward.table': [
      (want.reward?.table?.rows ?? []).map((row) => row.join(' ')).filter(present),
      (got.reward?.table?.rows ?? []).map((row) => row.filter(present).join(' ')).filter(present),
    ],
  };
  const fields = {};
  for (const [field, [wantItems, gotItems]] of Object.entries(lists)) {
    const { expected: e, drafted: d, matched } = matchItems(wantItems, gotItems, threshold);
    fields[field] = { expected: e, drafted: d, matched };
  }
  fields.title = scalar(value(want.title), value(got.title), titlesMatch);
  fields.issuer = scalar(value(want.issuer), value(got.issuer), (a, b) => normalise(a) === normalise(b));
  fields.docNo = scalar(value(want.docNo), value(got.docNo), (a, b) => normalise(a) === normalise(b));
  fields['reward.headline'] = scalar(headlineAmount(want.reward?.headline), headlineAmount(got.reward?.headline), (a, b) => a === b);
  fields['period.start'] = scalar(value(want.period?.start), value(got.period?.start), (a, b) => a === b);
  fields['period.end'] = scalar(value(want.period?.end), value(got.period?.end), (a, b) => a === b);
  const wantPhones = phonesOf(want);
  const gotPhones = new Set(phonesOf(got));
  fields.phones = { expected: wantPhones.length, drafted: gotPhones.size, matched: wantPhones.filter((phone) => gotPhones.has(phone)).length };
  return { fields, ...totals(Object.values(fields)) };
}

/** Pooled counts with precision and recall; a ratio with nothing to divide by is null. */
export function totals(counts) {
  const sum = counts.reduce((acc, count) => ({ expected: acc.expected + count.expected, drafted: acc.drafted + count.drafted, matched: acc.matched + count.matched }), { expected: 0, drafted: 0, matched: 0 });
  return {
    ...sum,
    precision: sum.drafted === 0 ? null : sum.matched / sum.drafted,
    recall: sum.expected === 0 ? null : sum.matched / sum.expected,
  };
}

/**
 * Scores a whole corpus: per document, per field (pooled over documents) and overall (micro:
 * every item of every document counts once).
 */
export function scoreCorpus(documents, threshold = MATCH_THRESHOLD) {
  const scored = documents.map((document) => ({ ...document, score: scoreDraft(document.expected, document.drafted, threshold) }));
  const byField = {};
  for (const field of SCORED_FIELDS) byField[field] = totals(scored.map((document) => document.score.fields[field]));
  return { documents: scored, byField, total: totals(scored.map((document) => document.score)) };
}

export { LIST_FIELDS };
