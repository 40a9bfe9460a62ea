/**
 * The second reader of `draft --llm`: one document → the card fields an OpenAI-compatible chat
 * endpoint proposes (`POST …/chat/completions`). Only the given address is contacted: redirects
 * are refused, nothing else is fetched. Whatever goes wrong (no connection, timeout, an HTTP
 * error, an answer that is not JSON or not the schema) comes back as a warning, never thrown:
 * the model must never make a draft fail, the rule-based draft is written as usual.
 */
import { CardError, type CardWarning, type Localized } from '../errors.js';
import { readLlmAnswer, type LlmAnswer } from './llm-answer.js';
import { chatRequestBody, numberedText, type NumberedText, type ResponseFormatKind } from './llm-request.js';
import type { SourceDocument } from './source-document.js';

/** Waiting time for one answer: an on-premises model reading a long notice is slow. */
export const DEFAULT_LLM_TIMEOUT_MS = 120_000;
/** Characters of the document sent: a 20-page notice is about 20,000; small local models hold 32k tokens. */
export const DEFAULT_LLM_MAX_CHARS = 20_000;
/** Largest answer read: a card's fields are a few KB. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export interface LlmSettings {
  /** The server, e.g. http://10.0.0.5:8000/v1 (see llmEndpoint for the rule). */
  url: string;
  /** The model name the server knows, e.g. qwen2.5-14b-instruct. */
  model: string;
  /** @default DEFAULT_LLM_TIMEOUT_MS */
  timeoutMs?: number | undefined;
  /** @default DEFAULT_LLM_MAX_CHARS */
  maxChars?: number | undefined;
  /** Sent as `Authorization: Bearer …`; the CLI reads it from the variable that `draft.llm.apiKeyEnv` names. */
  apiKey?: string | undefined;
  /**
   * Set by a batch once the server could not be reached or timed out: later documents do not
   * wait for it again, and their reports say why the model was not asked.
   */
  unavailable?: { code: 'W_LLM_UNREACHABLE' | 'W_LLM_TIMEOUT' } | undefined;
}

export type LlmWarningCode = 'W_LLM_UNREACHABLE' | 'W_LLM_TIMEOUT' | 'W_LLM_HTTP' | 'W_LLM_JSON' | 'W_LLM_SCHEMA';

export interface LlmReading {
  /** The address called. */
  endpoint: string;
  model: string;
  /** The response format the answer came in (json_object after a server refused json_schema). */
  format: ResponseFormatKind;
  sent: Omit<NumberedText, 'text'>;
  answer?: LlmAnswer;
  warning?: CardWarning & { code: LlmWarningCode };
}

/**
 * The chat-completions address of a server given as a base URL. The rule: a URL that ends in
 * /chat/completions is used as it is; one whose path ends in a version (/v1, /api/v2) gets
 * /chat/completions; any other gets /v1/chat/completions. So http://host:8000,
 * http://host:8000/v1 and http://host:8000/v1/chat/completions all reach the same endpoint.
 * Throws E_USAGE for anything but an http(s) address, and for a password inside the URL.
 */
export function llmEndpoint(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '' || /\s/u.test(url)) {
    throw new CardError('E_USAGE', {
      zh: `--llm 应为 http:// 或 https:// 开头的模型服务网址（如 http://10.0.0.5:8000/v1），收到 ${url}`,
      en: `--llm must be the http:// or https:// address of a model server (such as http://10.0.0.5:8000/v1), received ${url}`,
    });
  }
  if (parsed.username || parsed.password) {
    throw new CardError('E_USAGE', {
      zh: '--llm 网址中不要写用户名或密码；请把密钥放进环境变量，并在配置 draft.llm.apiKeyEnv 中写明变量名',
      en: '--llm must not carry a user name or password; put the key in an environment variable and name it in draft.llm.apiKeyEnv',
    });
  }
  const pathname = parsed.pathname.replace(/\/+$/u, '');
  if (/\/chat\/completions$/u.test(pathname)) parsed.pathname = pathname;
  else if (/\/v\d+$/u.test(pathname)) parsed.pathname = `${pathname}/chat/completions`;
  else parsed.pathname = `${pathname}/v1/chat/completions`;
  parsed.hash = '';
  return parsed.toString();
}

/** Why a connection failed, in words (Node names it with a system code in English). */
function connectionProblem(error: unknown): Localized {
  let cause: unknown = error;
  while (cause instanceof Error && cause.cause !== undefined && !(cause as NodeJS.ErrnoException).code) cause = cause.cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  const known: Record<string, Localized> = {
    ECONNREFUSED: { zh: '对方拒绝连接，服务可能没有启动或端口不对', en: 'the connection was refused: the server may not be running, or the port is wrong' },
    ENOTFOUND: { zh: '找不到这个主机名', en: 'the host name is unknown' },
    EAI_AGAIN: { zh: '暂时无法解析主机名', en: 'the host name cannot be resolved right now' },
    ECONNRESET: { zh: '连接被对方断开', en: 'the server closed the connection' },
    EHOSTUNREACH: { zh: '到不了这台主机', en: 'the host is unreachable' },
    ENETUNREACH: { zh: '网络不通', en: 'the network is unreachable' },
    UND_ERR_SOCKET: { zh: '连接被对方断开', en: 'the server closed the connection' },
    UND_ERR_CONNECT_TIMEOUT: { zh: '连接超时', en: 'the connection timed out' },
  };
  if (known[code]) return known[code];
  if (/CERT|SSL|TLS/u.test(code)) return { zh: `HTTPS 证书无法验证（${code}）`, en: `the HTTPS certificate cannot be verified (${code})` };
  return code ? { zh: `网络错误（${code}）`, en: `network error (${code})` } : { zh: '网络错误', en: 'network error' };
}

/** What to check for an HTTP status. */
function statusAdvice(status: number): Localized {
  if (status === 401 || status === 403) return { zh: '请检查密钥：配置 draft.llm.apiKeyEnv 所写的环境变量', en: 'check the key: the environment variable named by draft.llm.apiKeyEnv' };
  if (status === 404) return { zh: '请检查网址和配置 draft.llm.model 中的模型名称', en: 'check the address and the model name in draft.llm.model' };
  if (status >= 300 && status < 400) return { zh: '服务要求转到别的地址，draft 只连接给定的网址；请直接写最终地址', en: 'the server redirects elsewhere, and draft contacts only the address given; give the final address' };
  return { zh: '请检查模型服务的日志', en: 'check the log of the model server' };
}

/** The body, up to MAX_RESPONSE_BYTES; undefined when longer. */
async function boundedText(response: Response): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

type Exchange = { status: number; body: string | undefined } | { failed: 'timeout' } | { failed: 'connection'; problem: Localized };

async function post(endpoint: string, body: Record<string, unknown>, settings: LlmSettings, signal: AbortSignal): Promise<Exchange> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
      body: JSON.stringify(body),
      // Only the address given: a redirect is an answer (3xx), never followed.
      redirect: 'manual',
      signal,
    });
    return { status: response.status, body: response.status === 200 ? await boundedText(response) : (await response.body?.cancel(), undefined) };
  } catch (error) {
    if (signal.aborted) return { failed: 'timeout' };
    return { failed: 'connection', problem: connectionProblem(error) };
  }
}

/** The message content of a chat-completions response body: a string, or (some servers) a list of text parts. */
function messageOf(body: string): string | undefined {
  try {
    const json = JSON.parse(body) as { choices?: Array<{ message?: { content?: unknown } }> };
    const content = json.choices?.[0]?.message?.content;
    if (Array.isArray(content)) {
      const texts = content.map((part: unknown) => (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : undefined));
      return texts.every((text) => text !== undefined) ? texts.join('') : undefined;
    }
    return typeof content === 'string' ? content : undefined;
  } catch {
    return undefined;
  }
}

function withoutQuery(endpoint: string): string {
  const url = new URL(endpoint);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Ask the model for the document's card fields. Never throws for the server's sake: problems come back as `warning`. */
export async function readWithLlm(document: SourceDocument, settings: LlmSettings): Promise<LlmReading> {
  const endpoint = llmEndpoint(settings.url);
  // Reports and warnings name the endpoint without its query: some gateways take the key as ?key=….
  const shown = withoutQuery(endpoint);
  const timeoutMs = settings.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  const sent = numberedText(document, settings.maxChars ?? DEFAULT_LLM_MAX_CHARS);
  const reading: LlmReading = { endpoint: shown, model: settings.model, format: 'json_schema', sent: { totalChars: sent.totalChars, sentChars: sent.sentChars } };
  const warn = (code: LlmWarningCode, text: Localized): LlmReading => ({
    ...reading,
    warning: { code, text: { zh: `${text.zh}（${shown}）；已只用规则起草`, en: `${text.en} (${shown}); drafted by the rules alone` } },
  });

  if (settings.unavailable) {
    reading.sent.sentChars = 0;
    return warn(settings.unavailable.code, {
      zh: '前面一份文件起草时模型服务连接不上或超时，这一份没有再询问',
      en: 'the model server could not be reached or timed out for an earlier document, so it was not asked again',
    });
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let exchange = await post(endpoint, chatRequestBody(settings.model, sent.text, 'json_schema'), settings, controller.signal);
    // Some on-premises servers know only { type: "json_object" }; they answer 400 to json_schema.
    if ('status' in exchange && exchange.status === 400) {
      reading.format = 'json_object';
      exchange = await post(endpoint, chatRequestBody(settings.model, sent.text, 'json_object'), settings, controller.signal);
    }
    if ('failed' in exchange) {
      if (exchange.failed === 'timeout') {
        const seconds = Math.round(timeoutMs / 100) / 10;
        return warn('W_LLM_TIMEOUT', {
          zh: `模型服务 ${seconds} 秒内没有回答，可在配置 draft.llm.timeoutMs 中加大等待时间`,
          en: `the model server did not answer within ${seconds} s; raise draft.llm.timeoutMs to wait longer`,
        });
      }
      return warn('W_LLM_UNREACHABLE', { zh: `连接不上模型服务：${exchange.problem.zh}`, en: `cannot reach the model server: ${exchange.problem.en}` });
    }
    if (exchange.status !== 200) {
      const advice = statusAdvice(exchange.status);
      return warn('W_LLM_HTTP', { zh: `模型服务回答 HTTP ${exchange.status}；${advice.zh}`, en: `the model server answered HTTP ${exchange.status}; ${advice.en}` });
    }
    if (exchange.body === undefined) {
      return warn('W_LLM_HTTP', { zh: `模型服务的回答超过 ${MAX_RESPONSE_BYTES / 1024 / 1024} MB，未读取`, en: `the answer of the model server is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB and was not read` });
    }
    const message = messageOf(exchange.body);
    if (message === undefined) {
      return warn('W_LLM_JSON', {
        zh: '模型服务的回答不是 OpenAI 兼容的 chat/completions 格式（没有 choices[0].message.content）',
        en: 'the answer of the model server is not in the OpenAI-compatible chat/completions form (no choices[0].message.content)',
      });
    }
    const read = readLlmAnswer(message);
    return read.ok ? { ...reading, answer: read.answer } : warn(read.code, read.text);
  } finally {
    clearTimeout(timer);
  }
}
