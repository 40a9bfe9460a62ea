/** `--llm [url]` of `draft` and `serve`: the flag and config draft.llm → the model's settings. */
import type { PolicyCardConfig } from '../config/load-config.js';
import type { LlmSettings } from '../draft/llm-reader.js';
import { CardError } from '../errors.js';

/**
 * `--llm [url]` + config draft.llm → the model's settings, for `draft` and for the studio's
 * drafting (`serve --llm`). The key is read here, from the environment variable the config
 * names, so it is never written in a file.
 */
export async function llmSettings(flag: string | true, config: NonNullable<PolicyCardConfig['draft']>['llm']): Promise<LlmSettings> {
  const url = flag === true ? config?.url : flag;
  if (url === undefined) {
    throw new CardError('E_USAGE', { zh: '--llm 需要模型服务网址：写在 --llm 后面，或写进配置 draft.llm.url', en: '--llm needs the address of the model server: after --llm, or in draft.llm.url of the config' });
  }
  // Loaded here, as the command loads the drafting code: not with every command of the CLI.
  const { isDocumentFile } = await import('../draft/read-document.js');
  if (isDocumentFile(url) && !/^https?:/iu.test(url)) {
    // `draft --llm 通知.docx`: commander gave the document to --llm, whose URL is optional.
    throw new CardError('E_USAGE', {
      zh: `--llm 后面应是模型服务网址，收到的 ${url} 像是文件名；请把文件名写在前面：policy-card draft ${url} --llm`,
      en: `--llm takes the address of a model server, and ${url} looks like a file name; put the file first: policy-card draft ${url} --llm`,
    });
  }
  // Checked now, not at the first document: serve would otherwise start with an address it cannot use.
  const { llmEndpoint } = await import('../draft/llm-reader.js');
  llmEndpoint(url);
  if (!config?.model) {
    throw new CardError('E_USAGE', { zh: '使用 --llm 时请在配置 draft.llm.model 中写明模型名称', en: 'with --llm, name the model in draft.llm.model of the config' });
  }
  let apiKey: string | undefined;
  if (config.apiKeyEnv !== undefined) {
    apiKey = process.env[config.apiKeyEnv];
    if (!apiKey) {
      throw new CardError('E_USAGE', {
        zh: `配置 draft.llm.apiKeyEnv 指定的环境变量 ${config.apiKeyEnv} 没有设置；请先设置密钥，或删去 apiKeyEnv`,
        en: `the environment variable ${config.apiKeyEnv} named by draft.llm.apiKeyEnv is not set; set the key, or remove apiKeyEnv`,
      });
    }
  }
  return { url, model: config.model, timeoutMs: config.timeoutMs, maxChars: config.maxChars, apiKey };
}
