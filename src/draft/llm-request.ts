/**
 * What `draft --llm` sends to an OpenAI-compatible chat endpoint: a Chinese system prompt that
 * asks for the card's fields, the document's text with line numbers (cut at a character budget),
 * and a response format that constrains the answer to ANSWER_SCHEMA. The schema is the one
 * contract with the model: llm-answer reads the answer against the same object.
 */
import type { SourceDocument } from './source-document.js';

/** A JSON Schema node of the small subset the answer uses (and strict structured output accepts). */
export type AnswerNode =
  | { type: 'string'; description?: string }
  | { type: 'array'; items: AnswerNode; description?: string }
  | { type: 'object'; properties: Record<string, AnswerNode>; required: string[]; additionalProperties: false; description?: string };

const text = (description: string): AnswerNode => ({ type: 'string', description });
const list = (description: string, items: AnswerNode = { type: 'string' }): AnswerNode => ({ type: 'array', items, description });
function object(properties: Record<string, AnswerNode>, description?: string): AnswerNode {
  // Strict structured output wants every property required; "not found" is "" or [].
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false, ...(description ? { description } : {}) };
}

/** The fields `draft` produces, as the model is asked to give them: text copied from the document. */
export const ANSWER_SCHEMA = object({
  title: text('政策名称'),
  issuer: text('发文单位'),
  docNo: text('文号，如 苏科规〔2026〕2号'),
  parties: list('适用对象，每项一句'),
  conditions: list('申报条件，每项一条'),
  process: list('申报流程，每项一步'),
  materials: list('申报材料，每项一份'),
  reward: object({
    headline: text('最高奖补金额，如 最高500万元'),
    items: list('奖补标准，每项一条'),
    table: object({ columns: list('表头'), rows: list('各行', list('一行的各格')) }, '奖补档次表；没有则 columns 与 rows 都为 []'),
  }),
  period: object({
    start: text('开始日期 YYYY-MM-DD'),
    end: text('截止日期 YYYY-MM-DD'),
    note: text('申报时间的说明，如 常年受理'),
    quote: text('写明申报时间的原文句子'),
  }),
  contacts: list('咨询方式', object({ name: text('部门或联系人'), phone: text('电话'), address: text('地址') })),
});

/** The system prompt: what to extract, and that every value is copied, never written. */
export const SYSTEM_PROMPT = [
  '你是政策文件的摘录助手。用户会给出一份政策文件的全文，每行开头是行号。',
  '请从中摘录政策明白卡的各个字段，只输出一个 JSON 对象，字段如下：',
  'title 政策名称；issuer 发文单位；docNo 文号；parties 适用对象；conditions 申报条件；process 申报流程（按先后顺序的步骤）；',
  'materials 申报材料；reward.headline 最高奖补金额（如“最高500万元”）；reward.items 奖补标准；',
  'reward.table 奖补档次表（columns 为表头，rows 为各行）；period.start / period.end 申报起止日期（YYYY-MM-DD）、period.note 说明、period.quote 写明申报时间的原文句子；',
  'contacts 咨询方式（name 部门或联系人、phone 电话、address 地址）。',
  '要求：',
  '1. 每一项都必须照抄原文中的文字，不要改写、概括或补充，不要写原文中没有的内容；',
  '2. 金额、电话、日期必须与原文完全一致；',
  '3. 原文中找不到的字段，文字写 ""，列表写 []；',
  '4. 不要输出行号，不要输出 JSON 以外的任何文字。',
].join('\n');

/** Where the model may answer in: constrained by the schema, or any JSON object (servers that refuse json_schema). */
export type ResponseFormatKind = 'json_schema' | 'json_object';

export interface NumberedText {
  text: string;
  /** Characters of the document's text. */
  totalChars: number;
  /** Characters of it sent (whole lines, up to the budget; the start of the first line when it alone is over). */
  sentChars: number;
}

/**
 * The document as `行号: 文字` lines (`第3页12: 文字` in a PDF): its first whole lines, up to
 * `maxChars` characters of text. A first line longer than the whole budget (a copy that lost its
 * line breaks is one paragraph) is sent cut at the budget: skipping it would send nothing at all.
 */
export function numberedText(document: SourceDocument, maxChars: number): NumberedText {
  const out: string[] = [];
  let totalChars = 0;
  let sentChars = 0;
  let full = false;
  for (const line of document.lines) {
    const chars = [...line.text];
    totalChars += chars.length;
    full ||= sentChars + chars.length > maxChars;
    const text = full && out.length === 0 ? chars.slice(0, maxChars).join('') : full ? undefined : line.text;
    if (text === undefined) continue;
    sentChars += [...text].length;
    out.push(`${line.page !== undefined ? `第${line.page}页` : ''}${line.line}: ${text}`);
  }
  return { text: out.join('\n'), totalChars, sentChars };
}

/** The body of `POST …/chat/completions`. */
export function chatRequestBody(model: string, documentText: string, format: ResponseFormatKind): Record<string, unknown> {
  return {
    model,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: documentText },
    ],
    temperature: 0,
    stream: false,
    response_format: format === 'json_schema' ? { type: 'json_schema', json_schema: { name: 'policy_card', schema: ANSWER_SCHEMA, strict: true } } : { type: 'json_object' },
  };
}
