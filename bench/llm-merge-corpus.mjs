// What `draft --llm` can and cannot do to the drafts of the corpus, without a model: the merge is
// fed two stand-in answers and the drafts are scored as `npm run bench:draft` scores them.
//   oracle:   a perfect reader, answering the spec a person wrote from the document
//             (<name>.expected.json). Shows how much the merge lets a good model add, and that
//             find-in-source does not throw true items away.
//   inventor: a model that answers with another document's spec (every value foreign). Shows
//             what invented text reaches a card: precision must not fall.
// Run after `npm run build`: node bench/llm-merge-corpus.mjs
import { readFileSync } from 'node:fs';
import { draftCard } from '../dist/draft/draft-card.js';
import { mergeLlmAnswer } from '../dist/draft/llm-merge.js';
import { readDocument } from '../dist/draft/read-document.js';
import { LIMITS } from '../dist/spec/card-schema.js';
import { corpusDocuments, runCorpus } from './draft-score.mjs';

const documents = corpusDocuments();
const expectedOf = new Map(documents.map((document, index) => [document.file, { index, spec: JSON.parse(readFileSync(document.expectedFile, 'utf8')) }]));

/** A card spec → the answer a model gives (ANSWER_SCHEMA). */
function answerOf(spec) {
  const strings = (list) => (list ?? []).filter((item) => typeof item === 'string' && !item.startsWith('待补充'));
  const text = (value) => (typeof value === 'string' && !value.startsWith('待补充') ? value : '');
  return {
    title: text(spec.title),
    issuer: text(spec.issuer),
    docNo: text(spec.docNo),
    parties: strings(spec.parties),
    conditions: strings(spec.conditions),
    process: (spec.process ?? []).map((step) => (typeof step === 'string' ? step : [step.title, step.detail].filter(Boolean).join('：'))),
    materials: strings(spec.materials),
    reward: { headline: text(spec.reward?.headline), items: strings(spec.reward?.items), table: spec.reward?.table ?? { columns: [], rows: [] } },
    period: { start: spec.period?.start ?? '', end: spec.period?.end ?? '', note: spec.period?.note ?? '', quote: spec.period?.note ?? '' },
    contacts: (spec.contacts ?? []).map((contact) => ({ name: contact.name ?? '', phone: contact.phone ?? '', address: contact.address ?? '' })),
  };
}

const stats = { oracle: { added: 0, dropped: 0 }, inventor: { added: 0, dropped: 0 } };
let mergeMs = 0;

function drafter(kind) {
  return async (file) => {
    const document = await readDocument(file);
    const rules = draftCard(document, {});
    if (kind === 'rules') return rules;
    const { index, spec } = expectedOf.get(file);
    const answerSpec = kind === 'oracle' ? spec : [...expectedOf.values()][(index + 1) % documents.length].spec;
    const reading = { endpoint: 'stand-in', model: kind, format: 'json_schema', sent: { sentChars: 0, totalChars: 0 }, answer: answerOf(answerSpec) };
    const started = performance.now();
    const merged = mergeLlmAnswer(rules, document.lines, reading, LIMITS);
    mergeMs += performance.now() - started;
    stats[kind].added += merged.report.model.fromModel.length;
    stats[kind].dropped += merged.report.model.dropped.length;
    return merged;
  };
}

const pct = (value) => (value === null ? '–' : value.toFixed(2));
const rows = [];
for (const kind of ['rules', 'oracle', 'inventor']) {
  const result = await runCorpus(drafter(kind));
  rows.push(`| ${kind} | ${pct(result.total.precision)} | ${pct(result.total.recall)} | ${result.total.matched} / ${result.total.drafted} / ${result.total.expected} | ${stats[kind]?.added ?? '–'} | ${stats[kind]?.dropped ?? '–'} |`);
}
console.log(`${documents.length} documents`);
console.log('| answers merged | precision | recall | matched / drafted / expected | values from the model | proposals dropped |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`merge time, all documents, both stand-ins: ${Math.round(mergeMs)} ms`);
