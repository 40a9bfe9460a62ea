/**
 * `draftDocument` with a language model as second reader, against a real HTTP server on
 * 127.0.0.1 that speaks the OpenAI chat-completions protocol: what is sent, how a careful
 * answer fills the gaps, how invented values are dropped, the json_object fallback, and how each
 * failure of the server becomes a warning while the rule-based draft is still returned.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/draft/draft-document.js';
import { llmEndpoint, type LlmSettings } from '../../src/draft/llm-reader.js';
import { ANSWER_SCHEMA, SYSTEM_PROMPT } from '../../src/draft/llm-request.js';
import { CardError } from '../../src/errors.js';
import { tempDir } from '../helpers/sheets.js';
import { EMPTY_ANSWER, GOOD_ANSWER, INVENTED_ANSWER, LLM_NOTICE } from './llm-notice.js';
import { answerWith, chatResponse, startLlmServer, type LlmServer } from './llm-server.js';

let server: LlmServer;
let file: string;
let endpoint: string;
let rulesOnly: Awaited<ReturnType<typeof draftDocument>>;

const settings = (extra: Partial<LlmSettings> = {}): LlmSettings => ({ url: `${server.origin}/v1`, model: 'qwen2.5-7b-instruct', timeoutMs: 5000, ...extra });

beforeAll(async () => {
  server = await startLlmServer();
  endpoint = `${server.origin}/v1/chat/completions`;
  const work = await tempDir('policy-card-llm-');
  file = path.join(work, '通知.txt');
  await writeFile(file, LLM_NOTICE);
  rulesOnly = await draftDocument(file);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
});

describe('draft --llm: the request', () => {
  it('posts the numbered text, the model name and a json_schema response format to …/chat/completions', async () => {
    server.handle(answerWith(200, chatResponse(JSON.stringify(EMPTY_ANSWER))));
    await draftDocument(file, { llm: settings({ apiKey: 'sk-local-test' }) });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.headers['authorization']).toBe('Bearer sk-local-test');
    expect(request!.body['model']).toBe('qwen2.5-7b-instruct');
    expect(request!.body['response_format']).toEqual({ type: 'json_schema', json_schema: { name: 'policy_card', schema: ANSWER_SCHEMA, strict: true } });
    const messages = request!.body['messages'] as Array<{ role: string; content: string }>;
    expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(messages[0]!.content).toBe(SYSTEM_PROMPT);
    expect(messages[1]!.content.split('\n').slice(0, 3)).toEqual(['1: 苏州市科学技术局关于组织申报2026年度高新技术企业培育奖励的通知', '2: 苏科规〔2026〕2号', '3: 一、申报对象']);
  });

  it('asks, in strict mode, for every field draft produces', () => {
    expect(ANSWER_SCHEMA).toMatchObject({ type: 'object', additionalProperties: false, required: ['title', 'issuer', 'docNo', 'parties', 'conditions', 'process', 'materials', 'reward', 'period', 'contacts'] });
  });

  it('sends whole lines up to draft.llm.maxChars and says how much was sent', async () => {
    server.handle(answerWith(200, chatResponse(JSON.stringify(EMPTY_ANSWER))));
    const [title, docNo] = LLM_NOTICE.split('\n');
    const twoLines = [...title!].length + [...docNo!].length;
    const { report } = await draftDocument(file, { llm: settings({ maxChars: twoLines + 5 }) });
    const sent = (server.requests[0]!.body['messages'] as Array<{ content: string }>)[1]!.content;
    expect(sent).toBe(`1: ${title}\n2: ${docNo}`);
    expect(report.model).toMatchObject({ sentChars: twoLines, totalChars: [...LLM_NOTICE.replace(/\n/g, '')].length });
  });

  it.each([
    ['http://10.0.0.5:8000', 'http://10.0.0.5:8000/v1/chat/completions'],
    ['http://10.0.0.5:8000/', 'http://10.0.0.5:8000/v1/chat/completions'],
    ['http://10.0.0.5:8000/v1', 'http://10.0.0.5:8000/v1/chat/completions'],
    ['https://llm.office.local/v1/', 'https://llm.office.local/v1/chat/completions'],
    ['https://llm.office.local/api/v2', 'https://llm.office.local/api/v2/chat/completions'],
    ['https://llm.office.local/v1/chat/completions', 'https://llm.office.local/v1/chat/completions'],
    ['https://llm.office.local/openai', 'https://llm.office.local/openai/v1/chat/completions'],
  ])('reads the server %s as %s', (given, expected) => {
    expect(llmEndpoint(given)).toBe(expected);
  });

  it.each([
    ['ftp://10.0.0.5/v1', '--llm 应为 http:// 或 https:// 开头的模型服务网址（如 http://10.0.0.5:8000/v1），收到 ftp://10.0.0.5/v1', '--llm must be the http:// or https:// address of a model server (such as http://10.0.0.5:8000/v1), received ftp://10.0.0.5/v1'],
    ['file:///etc/passwd', '--llm 应为 http:// 或 https:// 开头的模型服务网址（如 http://10.0.0.5:8000/v1），收到 file:///etc/passwd', '--llm must be the http:// or https:// address of a model server (such as http://10.0.0.5:8000/v1), received file:///etc/passwd'],
    ['10.0.0.5:8000', '--llm 应为 http:// 或 https:// 开头的模型服务网址（如 http://10.0.0.5:8000/v1），收到 10.0.0.5:8000', '--llm must be the http:// or https:// address of a model server (such as http://10.0.0.5:8000/v1), received 10.0.0.5:8000'],
    ['http://user:secret@10.0.0.5/v1', '--llm 网址中不要写用户名或密码；请把密钥放进环境变量，并在配置 draft.llm.apiKeyEnv 中写明变量名', '--llm must not carry a user name or password; put the key in an environment variable and name it in draft.llm.apiKeyEnv'],
  ])('refuses %s with E_USAGE', (given, zh, en) => {
    let caught: unknown;
    try {
      llmEndpoint(given);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CardError);
    expect([(caught as CardError).code, (caught as CardError).text]).toEqual(['E_USAGE', { zh, en }]);
  });
});

describe('draft --llm: the answer', () => {
  it('fills the rules’ gaps with values found in the source, marked as the model’s, with their lines', async () => {
    server.handle(answerWith(200, chatResponse(JSON.stringify(GOOD_ANSWER))));
    const { spec, report } = await draftDocument(file, { llm: settings() });
    // The rules' values stay; the model adds the condition they missed and the process they left blank.
    expect(spec.conditions).toEqual([...(rulesOnly.spec.conditions as string[]), '企业须在苏州市依法纳税，且上年度研发费用不低于200万元']);
    expect(spec.process).toEqual(['企业在线填写申请表', '区科技局审核推荐']);
    expect(spec.materials).toEqual(['申请表']);
    expect(spec.title).toBe(rulesOnly.spec.title);
    expect(Object.keys(spec)).toEqual(['id', 'title', 'issuer', 'docNo', 'parties', 'conditions', 'materials', 'process', 'reward', 'qr']);
    const fromModel = report.sources.filter((source) => source.by === 'model').map((source) => [source.path, source.from.map((place) => place.line)]);
    expect(fromModel).toEqual([
      ['/conditions/2', [11]],
      ['/materials/0', [12]],
      ['/process/0', [12]],
      ['/process/1', [12]],
    ]);
    expect(report.model).toMatchObject({ endpoint, model: 'qwen2.5-7b-instruct', format: 'json_schema', fromModel: ['/conditions/2', '/materials/0', '/process/0', '/process/1'], dropped: [], warnings: [] });
    expect(report.missing.map((missing) => missing.path)).not.toContain('/process');
    expect(report.missing.map((missing) => missing.path)).not.toContain('/materials');
  });

  it('drops what is not in the source: an invented condition, a reward with a changed amount', async () => {
    server.handle(answerWith(200, chatResponse(JSON.stringify(INVENTED_ANSWER))));
    const { spec, report } = await draftDocument(file, { llm: settings() });
    expect(spec.conditions).not.toContain('企业上年度营业收入不低于5000万元');
    expect(spec.reward.items).toEqual(rulesOnly.spec.reward.items);
    expect(report.model!.dropped).toEqual([
      { path: '/conditions', label: { zh: '申报条件', en: 'conditions' }, text: '企业上年度营业收入不低于5000万元', reason: 'not-in-source' },
      { path: '/reward/items', label: { zh: '奖补标准 明细', en: 'reward items' }, text: '对新认定的培育企业给予50万元奖励。', reason: 'not-in-source' },
    ]);
  });

  it('keeps the rules’ value where the model reads it differently, and lists the model’s', async () => {
    server.handle(answerWith(200, chatResponse(JSON.stringify({ ...EMPTY_ANSWER, reward: { ...EMPTY_ANSWER.reward, headline: '10万元奖励' } }))));
    const { spec, report } = await draftDocument(file, { llm: settings() });
    expect(spec.reward.headline).toBe(rulesOnly.spec.reward.headline);
    expect(report.model!.conflicts).toEqual([{ path: '/reward/headline', label: { zh: '奖补标准 最高奖补', en: 'reward headline' }, rule: rulesOnly.spec.reward.headline, model: '10万元奖励' }]);
  });

  it('asks again with json_object when the server answers 400 to json_schema, and reads a fenced ```json answer', async () => {
    server.handle((request, response, index) => {
      if (index === 0) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end('{"error":{"message":"response_format json_schema is not supported"}}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(chatResponse(`好的，摘录如下：\n\`\`\`json\n${JSON.stringify(GOOD_ANSWER, null, 2)}\n\`\`\``));
    });
    const { spec, report } = await draftDocument(file, { llm: settings() });
    expect(server.requests.map((request) => (request.body['response_format'] as { type: string }).type)).toEqual(['json_schema', 'json_object']);
    expect(report.model).toMatchObject({ format: 'json_object', warnings: [] });
    expect(spec.process).toEqual(['企业在线填写申请表', '区科技局审核推荐']);
  });

  it.each([
    ['a reasoning model’s <think> before the JSON', chatResponse(`<think>先找申报条件 {不确定}</think>\n${JSON.stringify(GOOD_ANSWER)}`)],
    ['content as a list of text parts', JSON.stringify({ choices: [{ message: { role: 'assistant', content: [{ type: 'text', text: JSON.stringify(GOOD_ANSWER) }] } }] })],
  ])('reads %s', async (_name, body) => {
    server.handle(answerWith(200, body));
    const { spec, report } = await draftDocument(file, { llm: settings() });
    expect(report.model!.warnings).toEqual([]);
    expect(spec.materials).toEqual(['申请表']);
  });
});

describe('draft --llm: a server that fails never fails the draft', () => {
  const fallback = (zh: string, en: string) => ({ zh: `${zh}（${endpoint}）；已只用规则起草`, en: `${en} (${endpoint}); drafted by the rules alone` });

  it.each([
    [
      'a timeout',
      () => server.handle(() => undefined),
      { timeoutMs: 300 },
      'W_LLM_TIMEOUT',
      ['模型服务 0.3 秒内没有回答，可在配置 draft.llm.timeoutMs 中加大等待时间', 'the model server did not answer within 0.3 s; raise draft.llm.timeoutMs to wait longer'],
    ],
    [
      'an HTTP 500',
      () => server.handle(answerWith(500, '{"error":"CUDA out of memory"}')),
      {},
      'W_LLM_HTTP',
      ['模型服务回答 HTTP 500；请检查模型服务的日志', 'the model server answered HTTP 500; check the log of the model server'],
    ],
    [
      'an HTTP 401',
      () => server.handle(answerWith(401, '{"error":"invalid api key"}')),
      {},
      'W_LLM_HTTP',
      ['模型服务回答 HTTP 401；请检查密钥：配置 draft.llm.apiKeyEnv 所写的环境变量', 'the model server answered HTTP 401; check the key: the environment variable named by draft.llm.apiKeyEnv'],
    ],
    [
      'a redirect elsewhere (never followed)',
      () => server.handle((_request, response) => {
        response.writeHead(302, { location: 'http://example.invalid/v1/chat/completions' });
        response.end();
      }),
      {},
      'W_LLM_HTTP',
      ['模型服务回答 HTTP 302；服务要求转到别的地址，draft 只连接给定的网址；请直接写最终地址', 'the model server answered HTTP 302; the server redirects elsewhere, and draft contacts only the address given; give the final address'],
    ],
    [
      'garbage instead of a chat response',
      () => server.handle(answerWith(200, '<html>502 Bad Gateway</html>')),
      {},
      'W_LLM_JSON',
      [
        '模型服务的回答不是 OpenAI 兼容的 chat/completions 格式（没有 choices[0].message.content）',
        'the answer of the model server is not in the OpenAI-compatible chat/completions form (no choices[0].message.content)',
      ],
    ],
    [
      'a message that is not JSON',
      () => server.handle(answerWith(200, chatResponse('抱歉，我无法处理这份文件。'))),
      {},
      'W_LLM_JSON',
      ['模型的回答不是 JSON，无法读取', 'the answer of the model is not JSON and cannot be read'],
    ],
    [
      'JSON that is not the schema',
      () => server.handle(answerWith(200, chatResponse('{"title": "某通知", "conditions": "企业须依法纳税"}'))),
      {},
      'W_LLM_SCHEMA',
      ['模型的回答不符合卡片字段格式：/conditions 应为列表', 'the answer of the model does not match the card fields: /conditions should be a list'],
    ],
    [
      'JSON with none of the fields',
      () => server.handle(answerWith(200, chatResponse('{"answer": "见原文"}'))),
      {},
      'W_LLM_SCHEMA',
      ['模型的回答中没有任何卡片字段（title、conditions 等）', 'the answer of the model holds none of the card fields (title, conditions…)'],
    ],
  ] as const)('%s: %s, and the rules’ draft as it is', async (_name, setUp, extra, code, [zh, en]) => {
    setUp();
    const { spec, report } = await draftDocument(file, { llm: settings(extra) });
    expect(spec).toEqual(rulesOnly.spec);
    expect(report.model!.warnings).toEqual([{ code, text: fallback(zh, en) }]);
    expect(report.sources).toEqual(rulesOnly.report.sources);
    expect(report.missing).toEqual(rulesOnly.report.missing);
  });

  it('connection refused: W_LLM_UNREACHABLE, and the rules’ draft as it is', async () => {
    const closed = await startLlmServer();
    await closed.close();
    const url = `${closed.origin}/v1`;
    const { spec, report } = await draftDocument(file, { llm: settings({ url }) });
    expect(spec).toEqual(rulesOnly.spec);
    expect(report.model!.warnings).toEqual([
      {
        code: 'W_LLM_UNREACHABLE',
        text: {
          zh: `连接不上模型服务：对方拒绝连接，服务可能没有启动或端口不对（${url}/chat/completions）；已只用规则起草`,
          en: `cannot reach the model server: the connection was refused: the server may not be running, or the port is wrong (${url}/chat/completions); drafted by the rules alone`,
        },
      },
    ]);
  });

  it('never shows a key given in the URL’s query: warnings and the report name the endpoint without it', async () => {
    const closed = await startLlmServer();
    await closed.close();
    const { report } = await draftDocument(file, { llm: settings({ url: `${closed.origin}/v1?key=sk-secret-123` }) });
    expect(report.model!.endpoint).toBe(`${closed.origin}/v1/chat/completions`);
    expect(report.model!.warnings.map((warning) => warning.code)).toEqual(['W_LLM_UNREACHABLE']);
    expect(JSON.stringify(report)).not.toContain('sk-secret-123');
  });
});
