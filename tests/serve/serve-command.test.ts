/**
 * `policy-card serve` as a user runs it: the built CLI in a temporary folder, a real port, the
 * request log on stdout, and a clean stop on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cards.js';
import { copySampleCards } from '../helpers/studio.js';

const BIN = path.join(ROOT, 'bin', 'policy-card.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runCli(cwd: string, args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, LANG: 'zh_CN.UTF-8', POLICY_CARD_TOKEN: '', ...env } });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(check: () => RegExpExecArray | null, timeoutMs: number): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('policy-card serve', () => {
  const started: ChildProcess[] = [];

  afterAll(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('serves the catalogue, logs one line per request and stops cleanly on SIGTERM', async () => {
    const work = await copySampleCards('policy-card-serve-cli-');
    const run = runCli(work, ['serve', '--port', '0', '-j', '1']);
    started.push(run.child);
    const [, url] = await waitFor(() => /政策明白卡工作台已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(run.output()), 60_000);
    expect(run.output()).toContain(`卡片 8 张；API 文档：${url}api/docs；按 Ctrl-C 停止`);
    const docs = await fetch(`${url}api/docs`);
    expect([docs.status, docs.headers.get('content-type'), docs.headers.get('x-content-type-options')]).toEqual([200, 'text/markdown; charset=utf-8', 'nosniff']);
    expect(await docs.text()).toMatch(/^# Studio and render API \(`policy-card serve`\)/);
    const health = await fetch(`${url}healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', cards: 8, version: 0 }]);
    await waitFor(() => /^\S+Z GET \/healthz 200 \d+ms$/m.exec(run.output()), 5000);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('--open hands the studio address to the browser (BROWSER, so that nothing really opens)', async () => {
    const work = await copySampleCards('policy-card-serve-open-');
    const opened = path.join(await mkdtemp(path.join(os.tmpdir(), 'policy-card-browser-')), 'opened.txt');
    const browser = path.join(path.dirname(opened), 'browser.sh');
    await writeFile(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    await chmod(browser, 0o755);
    const run = runCli(work, ['serve', '--port', '0', '-j', '1', '--open', '--quiet'], { BROWSER: browser });
    started.push(run.child);
    const [, url] = await waitFor(() => /政策明白卡工作台已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(run.output()), 60_000);
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline && text === '') {
      text = await readFile(opened, 'utf8').catch(() => '');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(text).toBe(url);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('refuses to listen on all addresses without a token (exit 2)', async () => {
    const work = await copySampleCards('policy-card-serve-cli-host-');
    const run = runCli(work, ['serve', '--host', '0.0.0.0', '--port', '0']);
    started.push(run.child);
    expect(await run.exited).toBe(2);
    expect(run.output()).toBe('[E_USAGE] 在 0.0.0.0 上监听会让局域网内的其他电脑访问并修改卡片；请同时给出 --token（或环境变量 POLICY_CARD_TOKEN）\n');
  });

  it.each([
    [['--llm', 'http://127.0.0.1:9/v1'], null, '[E_USAGE] 使用 --llm 时请在配置 draft.llm.model 中写明模型名称\n'],
    [['--llm'], null, '[E_USAGE] --llm 需要模型服务网址：写在 --llm 后面，或写进配置 draft.llm.url\n'],
    [['--llm', 'ftp://10.0.0.5/v1'], { model: 'm' }, '[E_USAGE] --llm 应为 http:// 或 https:// 开头的模型服务网址（如 http://10.0.0.5:8000/v1），收到 ftp://10.0.0.5/v1\n'],
    [['--lang', 'en', '--llm', 'http://127.0.0.1:9/v1'], null, '[E_USAGE] with --llm, name the model in draft.llm.model of the config\n'],
  ])('refuses %j with config draft.llm %j (null: no config) before it starts (exit 2), as draft --llm does', async (flags, llm, message) => {
    const work = await copySampleCards('policy-card-serve-cli-llm-');
    if (llm) await writeFile(path.join(work, 'policy-card.config.json'), JSON.stringify({ draft: { llm } }));
    const args = flags[0] === '--lang' ? [...flags.slice(0, 2), 'serve', '--port', '0', ...flags.slice(2)] : ['serve', '--port', '0', ...flags];
    const run = runCli(work, args);
    started.push(run.child);
    expect(await run.exited).toBe(2);
    expect(run.output()).toBe(message);
  });
});
