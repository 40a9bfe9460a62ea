/**
 * The model's message → the card fields it proposes, read against ANSWER_SCHEMA. Servers without
 * constrained output wrap JSON in ```json fences or add a sentence around it, so the first JSON
 * object in the message is taken. A missing field or null is "not found"; a field of the wrong
 * type makes the whole answer unusable (W_LLM_SCHEMA): a model that misread the schema may have
 * misread the document too.
 */
import type { Localized } from '../errors.js';
import { ANSWER_SCHEMA, type AnswerNode } from './llm-request.js';

export interface LlmAnswer {
  title: string;
  issuer: string;
  docNo: string;
  parties: string[];
  conditions: string[];
  process: string[];
  materials: string[];
  reward: { headline: string; items: string[]; table: { columns: string[]; rows: string[][] } };
  period: { start: string; end: string; note: string; quote: string };
  contacts: Array<{ name: string; phone: string; address: string }>;
}

export type AnswerReading = { ok: true; answer: LlmAnswer } | { ok: false; code: 'W_LLM_JSON' | 'W_LLM_SCHEMA'; text: Localized };

/**
 * The JSON text inside a message: a ```json fence's content, else from the first { to the last }.
 * Reasoning models (deployed on premises as often as not) think aloud in <think>…</think> first.
 */
function jsonTextOf(message: string): string {
  const answer = message.replace(/<think>[\s\S]*?<\/think>/giu, '');
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/iu.exec(answer);
  const inner = (fenced?.[1] ?? answer).trim();
  const open = inner.indexOf('{');
  const close = inner.lastIndexOf('}');
  return open >= 0 && close > open ? inner.slice(open, close + 1) : inner;
}

/** `value` read as `node`: missing and null become empty; a wrong type returns the JSON Pointer where it is. */
function conform(value: unknown, node: AnswerNode, at: string): { value: unknown } | { wrong: string; expected: Localized } {
  if (node.type === 'string') {
    if (value === undefined || value === null) return { value: '' };
    if (typeof value === 'string') return { value: value.trim() };
    if (typeof value === 'number') return { value: String(value) };
    return { wrong: at, expected: { zh: '文字', en: 'a string' } };
  }
  if (node.type === 'array') {
    if (value === undefined || value === null) return { value: [] };
    if (!Array.isArray(value)) return { wrong: at, expected: { zh: '列表', en: 'a list' } };
    const items: unknown[] = [];
    for (const [index, item] of value.entries()) {
      const read = conform(item, node.items, `${at}/${index}`);
      if ('wrong' in read) return read;
      items.push(read.value);
    }
    return { value: items };
  }
  if (value === undefined || value === null) return conform({}, node, at);
  if (typeof value !== 'object' || Array.isArray(value)) return { wrong: at, expected: { zh: '对象', en: 'an object' } };
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const read = conform((value as Record<string, unknown>)[key], child, `${at}/${key}`);
    if ('wrong' in read) return read;
    out[key] = read.value;
  }
  return { value: out };
}

/** The model's message → the proposed fields, or why they cannot be used. */
export function readLlmAnswer(message: string): AnswerReading {
  let json: unknown;
  try {
    json = JSON.parse(jsonTextOf(message));
  } catch {
    return {
      ok: false,
      code: 'W_LLM_JSON',
      text: { zh: '模型的回答不是 JSON，无法读取', en: 'the answer of the model is not JSON and cannot be read' },
    };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, code: 'W_LLM_SCHEMA', text: { zh: '模型的回答不是 JSON 对象', en: 'the answer of the model is not a JSON object' } };
  }
  if (ANSWER_SCHEMA.type === 'object' && !Object.keys(ANSWER_SCHEMA.properties).some((key) => key in json)) {
    return { ok: false, code: 'W_LLM_SCHEMA', text: { zh: '模型的回答中没有任何卡片字段（title、conditions 等）', en: 'the answer of the model holds none of the card fields (title, conditions…)' } };
  }
  const read = conform(json, ANSWER_SCHEMA, '');
  if ('wrong' in read) {
    return {
      ok: false,
      code: 'W_LLM_SCHEMA',
      text: { zh: `模型的回答不符合卡片字段格式：${read.wrong} 应为${read.expected.zh}`, en: `the answer of the model does not match the card fields: ${read.wrong} should be ${read.expected.en}` },
    };
  }
  return { ok: true, answer: read.value as LlmAnswer };
}
