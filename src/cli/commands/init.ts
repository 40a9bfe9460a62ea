/** `policy-card init [folder]`: start an office's own catalogue (samples or the Excel template). */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { EXIT_OK, langOf, print } from '../command-helpers.js';

interface InitFlags {
  name?: string;
  sheet?: boolean;
}

/** Ask for the office name, only when a person sits at the terminal; scripts and tests get the placeholder. */
async function askOfficeName(lang: Lang): Promise<string | undefined> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const question =
      lang === 'zh'
        ? '单位名称（如“苏州工业园区企业服务中心”，可以以后在配置文件里改；直接回车跳过）：'
        : 'Office name (e.g. 苏州工业园区企业服务中心; can be changed later in the config; Enter to skip): ';
    return (await prompt.question(question)).trim() || undefined;
  } finally {
    prompt.close();
  }
}

/**
 * The folder as it must be typed after `cd`: a name with a space or a shell character in double
 * quotes, which cmd, PowerShell and sh all read the same way (`cd my cards` goes to "my").
 */
function typedFolder(dir: string): string {
  return /^[\p{L}\p{N}._\-/\\:]+$/u.test(dir) ? dir : `"${dir}"`;
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('新建卡片库：示例卡片、配置和使用说明 / start a catalogue with samples, config and a guide')
    .argument('[folder]', '卡片库文件夹 folder of the new catalogue (default: the current folder)')
    .option('--name <office>', '单位名称 the office publishing the cards (asked when omitted in a terminal)')
    .option('--sheet', '从 Excel 表格开始（政策清单.xlsx），不放示例卡片 start from the Excel template instead of sample cards')
    .action(async (folder: string | undefined, flags: InitFlags, command: Command) => {
      const lang = langOf(command);
      const { initCatalogue } = await import('../../init/init-catalogue.js');
      const office = flags.name ?? (await askOfficeName(lang));
      const report = await initCatalogue({ dir: folder, office, sheet: flags.sheet === true });
      const enter = report.dir === '.' ? '' : `cd ${typedFolder(report.dir)}\n    `;
      const first = report.sheet ? 'policy-card import 政策清单.xlsx' : 'policy-card build';
      print(
        lang === 'zh'
          ? [
              `✔ 已新建卡片库${report.dir === '.' ? '（当前文件夹）' : ` ${report.dir}`}：`,
              ...report.files.map((file) => `  ${file}`),
              report.office ? '' : '\n  请打开 policy-card.config.json，把 "office" 改成本单位名称（用作详情网站的标题）。',
              `\n下一步（详见 使用说明.md）：\n    ${enter}${report.sheet ? '用 Excel 填写 政策清单.xlsx，然后 ' : ''}${first}\n    policy-card serve --open   在浏览器里编辑和预览`,
            ].filter(Boolean).join('\n')
          : [
              `✔ Started a catalogue in ${report.dir}:`,
              ...report.files.map((file) => `  ${file}`),
              report.office ? '' : '\n  Open policy-card.config.json and set "office" to your office name (the detail site title).',
              `\nNext (see 使用说明.md):\n    ${enter}${report.sheet ? 'fill in 政策清单.xlsx, then ' : ''}${first}\n    policy-card serve --open   edit and preview in the browser`,
            ].filter(Boolean).join('\n'),
      );
      process.exitCode = EXIT_OK;
    });
}
