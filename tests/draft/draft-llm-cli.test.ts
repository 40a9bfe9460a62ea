/**
 * `policy-card draft --llm` end to end with the built CLI and a chat-completions server on
 * 127.0.0.1: the printed report marks the model's values and lists what was dropped, --json
 * says which fields came from the model, a server failure is a warning with exit 0, bad
 * settings are usage errors, and without --llm nothing is sent even when the config names a server.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sheets.js';
import { INVENTED_ANSWER, LLM_NOTICE } from './llm-notice.js';
import { answerWith, chatResponse, startLlmServer, type LlmServer } from './llm-server.js';

const URL = 'https://kjj.suzhou.gov.cn/notice/2026-2.html';

let server: LlmServer;
let work: string;

async function writeConfig(llm: Record<string, unknown>): Promise<void> {
  await writeFile(path.join(work, 'policy-card.config.json'), JSON.stringify({ draft: { llm } }));
}

beforeAll(async () => {
  server = await startLlmServer();
  work = await tempDir('policy-card-draft-llm-');
  await writeFile(path.join(work, '通知.txt'), LLM_NOTICE);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
});

describe('policy-card draft --llm', () => {
  it('marks the model’s values, lists what it proposed that the source does not hold, and writes the merged draft', async () => {
    await writeConfig({ model: 'qwen2.5-7b-instruct', timeoutMs: 5000 });
    server.handle(answerWith(200, chatResponse(JSON.stringify(INVENTED_ANSWER))));
    const result = await cli(work, 'draft', '通知.txt', '--llm', server.origin, '--url', URL, '--id', 'gaoqi', '--out', 'printed');
    expect(result.code).toBe(0);
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/chat/completions']);
    const printed = result.stdout.split('\n');
    expect(printed).toContain('    /conditions/2 申报条件 第3项  ← 第11行：企业须在苏州市依法纳税，且上年度研发费用不低于200万元。 〔来自模型〕');
    expect(printed).toContain('    /process/0 申报流程 第1步  ← 第12行：请企业先在线填写申请表，再由区科技局审核推荐。 〔来自模型〕');
    expect(printed).toContain(`  模型 qwen2.5-7b-instruct（${server.origin}/v1/chat/completions）：补充 4 项，丢弃 2 项；发送原文 ${[...LLM_NOTICE.replace(/\n/g, '')].length} 字`);
    expect(printed).toContain('  模型提出但原文中找不到，已丢弃：/conditions 申报条件：企业上年度营业收入不低于5000万元');
    expect(printed).toContain('  模型提出但原文中找不到，已丢弃：/reward/items 奖补标准 明细：对新认定的培育企业给予50万元奖励。');
    const spec = JSON.parse(await readFile(path.join(work, 'printed', 'gaoqi.json'), 'utf8')) as { conditions: string[]; process: string[] };
    expect(spec.conditions).toHaveLength(3);
    expect(spec.conditions).not.toContain('企业上年度营业收入不低于5000万元');
    expect(spec.process).toEqual(['企业在线填写申请表', '区科技局审核推荐']);
  });

  it('says in --json which values came from the model, in English with --lang en', async () => {
    await writeConfig({ url: `${server.origin}/v1`, model: 'qwen2.5-7b-instruct', timeoutMs: 5000 });
    server.handle(answerWith(200, chatResponse(JSON.stringify(INVENTED_ANSWER))));
    const result = await cli(work, '--lang', 'en', 'draft', '通知.txt', '--llm', '--id', 'gaoqi', '--out', 'json-out', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { documents: Array<{ report: { sources: Array<{ path: string; by?: string }>; model: Record<string, unknown> } }> };
    const [document] = report.documents;
    expect(document!.report.sources.filter((source) => source.by === 'model').map((source) => source.path)).toEqual(['/conditions/2', '/materials/0', '/process/0', '/process/1']);
    expect(document!.report.model).toMatchObject({
      endpoint: `${server.origin}/v1/chat/completions`,
      model: 'qwen2.5-7b-instruct',
      format: 'json_schema',
      fromModel: ['/conditions/2', '/materials/0', '/process/0', '/process/1'],
      dropped: [
        { path: '/conditions', label: 'conditions', text: '企业上年度营业收入不低于5000万元', reason: 'not-in-source' },
        { path: '/reward/items', label: 'reward items', text: '对新认定的培育企业给予50万元奖励。', reason: 'not-in-source' },
      ],
      conflicts: [],
      warnings: [],
    });
  });

  it('sends the key from the environment variable the config names', async () => {
    await writeConfig({ model: 'm', apiKeyEnv: 'POLICY_CARD_TEST_LLM_KEY' });
    server.handle(answerWith(200, chatResponse('{}')));
    process.env['POLICY_CARD_TEST_LLM_KEY'] = 'sk-from-env';
    try {
      const result = await cli(work, 'draft', '通知.txt', '--llm', server.origin, '--out', 'keyed');
      expect(result.code).toBe(0);
    } finally {
      delete process.env['POLICY_CARD_TEST_LLM_KEY'];
    }
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer sk-from-env');
  });

  it('writes the rules’ draft with a warning when the server fails (exit 0)', async () => {
    await writeConfig({ model: 'qwen2.5-7b-instruct', timeoutMs: 5000 });
    server.handle(answerWith(503, '{"error":"overloaded"}'));
    const result = await cli(work, 'draft', '通知.txt', '--llm', `${server.origin}/v1`, '--out', 'failed-model');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toContain(`  警告 [W_LLM_HTTP] 模型服务回答 HTTP 503；请检查模型服务的日志（${server.origin}/v1/chat/completions）；已只用规则起草`);
    expect(await readdir(path.join(work, 'failed-model'))).toHaveLength(1);
  });

  it('asks a server that timed out once no more in the same batch', async () => {
    await writeConfig({ model: 'qwen2.5-7b-instruct', timeoutMs: 500 });
    server.handle(() => undefined);
    const folder = path.join(work, 'batch');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.txt'), LLM_NOTICE);
    await writeFile(path.join(folder, 'b.txt'), LLM_NOTICE.replace('培育奖励', '认定奖励'));
    const result = await cli(work, 'draft', 'batch', '--llm', server.origin, '--out', 'batch-out');
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('  警告'));
    expect(warnings).toEqual([
      `  警告 [W_LLM_TIMEOUT] 模型服务 0.5 秒内没有回答，可在配置 draft.llm.timeoutMs 中加大等待时间（${server.origin}/v1/chat/completions）；已只用规则起草`,
      `  警告 [W_LLM_TIMEOUT] 前面一份文件起草时模型服务连接不上或超时，这一份没有再询问（${server.origin}/v1/chat/completions）；已只用规则起草`,
    ]);
    expect(await readdir(path.join(work, 'batch-out'))).toHaveLength(2);
  });

  it.each([
    [['--llm', 'ftp://10.0.0.5/v1'], { model: 'm' }, '[E_USAGE] --llm 应为 http:// 或 https:// 开头的模型服务网址（如 http://10.0.0.5:8000/v1），收到 ftp://10.0.0.5/v1'],
    [['--llm'], { model: 'm' }, '[E_USAGE] --llm 需要模型服务网址：写在 --llm 后面，或写进配置 draft.llm.url'],
    [['--llm', 'http://127.0.0.1:9/v1'], undefined, '[E_USAGE] 使用 --llm 时请在配置 draft.llm.model 中写明模型名称'],
    [['--llm'], { model: 'm', url: 'ftp://10.0.0.5/v1' }, '[E_USAGE] policy-card.config.json: /draft/llm/url (起草 模型服务 链接): 应为 http:// 或 https:// 开头的网址，收到文本 "ftp://10.0.0.5/v1"（17字）'],
    [['--llm'], { model: 'm', apiKey: 'sk-123' }, '[E_USAGE] policy-card.config.json: /draft/llm/apiKey (起草 模型服务): 不认识的字段 "apiKey"；你是不是想写 apiKeyEnv？'],
    [['--llm'], { model: 'm', apiKeyEnv: 'sk-123' }, '[E_USAGE] policy-card.config.json: /draft/llm/apiKeyEnv (起草 模型服务 密钥环境变量): 应为存放密钥的环境变量的名称（字母、数字和 _，如 POLICY_LLM_KEY），不是密钥本身'],
    [['--llm', '通知.txt'], { model: 'm' }, '[E_USAGE] --llm 后面应是模型服务网址，收到的 通知.txt 像是文件名；请把文件名写在前面：policy-card draft 通知.txt --llm'],
    [['--llm', 'http://127.0.0.1:9/v1'], { model: 'm', apiKeyEnv: 'POLICY_CARD_TEST_UNSET_KEY' }, '[E_USAGE] 配置 draft.llm.apiKeyEnv 指定的环境变量 POLICY_CARD_TEST_UNSET_KEY 没有设置；请先设置密钥，或删去 apiKeyEnv'],
  ])('refuses %j with config %j before reading anything (exit 2)', async (flags, llm, message) => {
    await writeFile(path.join(work, 'policy-card.config.json'), JSON.stringify(llm ? { draft: { llm } } : {}));
    const result = await cli(work, 'draft', '通知.txt', ...flags, '--out', 'refused');
    expect([result.code, result.stderr.trim()]).toEqual([2, message]);
    expect(await readdir(work)).not.toContain('refused');
  });

  it('touches no network without --llm, even when the config names a server', async () => {
    await writeConfig({ url: `${server.origin}/v1`, model: 'qwen2.5-7b-instruct' });
    server.handle(answerWith(200, chatResponse(JSON.stringify(INVENTED_ANSWER))));
    const result = await cli(work, 'draft', '通知.txt', '--url', URL, '--out', 'offline', '--json');
    expect(result.code).toBe(0);
    expect(server.requests).toEqual([]);
    const report = JSON.parse(result.stdout) as { documents: Array<{ report: Record<string, unknown> }> };
    expect(Object.keys(report.documents[0]!.report)).toEqual(['sources', 'missing', 'fromDefaults', 'doubts', 'subProgrammes', 'headings']);
  });
});
