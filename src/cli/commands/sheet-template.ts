/** `policy-card sheet-template`: the spreadsheet staff fill in, with notes, validation and an example row. */
import type { Command } from 'commander';
import { EXIT_OK, langOf, print } from '../command-helpers.js';

export function registerSheetTemplateCommand(program: Command): void {
  program
    .command('sheet-template')
    .description('生成填写用的 Excel 模板 / write the spreadsheet template')
    .option('-o, --out <file>', '输出文件 .xlsx（或 .csv）output file (default: 政策清单模板.xlsx)')
    .option('--force', '覆盖已有文件 replace an existing file')
    .action(async (flags: { out?: string; force?: boolean }, command: Command) => {
      const lang = langOf(command);
      const { writeSheetTemplate } = await import('../../import/sheet-template.js');
      const file = await writeSheetTemplate({ out: flags.out, force: flags.force === true });
      print(
        lang === 'zh'
          ? `✔ 已生成模板 ${file}\n  每列表头的批注和“填写说明”工作表说明了怎么填；第 2 行是示例，请改写或删除。\n  填好后运行：policy-card import ${file}（写出卡片文件）或 policy-card build ${file}（直接生成图片）`
          : `✔ Wrote the template ${file}\n  The header notes and the 填写说明 sheet explain each column; row 2 is an example to overwrite or delete.\n  Then run: policy-card import ${file} (writes specs) or policy-card build ${file} (renders cards)`,
      );
      process.exitCode = EXIT_OK;
    });
}
