/** `policy-card import`: a spreadsheet (.xlsx / .csv) → one card spec per row. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CardError } from '../../errors.js';
import { parseHeaderMap, type HeaderMap } from '../../import/map-columns.js';
import { parseCardJson } from '../../spec/parse-card-json.js';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { formatImportReport } from '../format-sheet-reports.js';
import { resolveSettings } from '../resolve-settings.js';

interface ImportFlags {
  sheet?: string;
  out?: string;
  map?: string;
  dryRun?: boolean;
  force?: boolean;
  config?: string;
  json?: boolean;
}

async function readHeaderMap(file: string): Promise<HeaderMap> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new CardError('E_USAGE', { zh: `无法读取 --map 文件：${error.message}`, en: `cannot read the --map file: ${error.message}` }, { file });
  });
  return parseHeaderMap(parseCardJson(text.replace(/^\uFEFF/, ''), file), file);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('从 Excel / CSV 表格导入卡片 / import cards from a spreadsheet')
    .argument('<file>', '表格文件 .xlsx 或 .csv spreadsheet')
    .option('--sheet <name>', '工作表名 sheet name (default: the first sheet with a header row)')
    .option('-o, --out <dir>', '卡片文件夹 folder for the specs (default: cards/)')
    .option('--map <file>', '列名对应表 JSON {"表头": "字段"} header → field map')
    .option('--dry-run', '只检查并报告，不写文件 report without writing')
    .option('--force', '覆盖手工修改过的卡片 overwrite specs changed by hand')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (file: string, flags: ImportFlags, command: Command) => {
      const lang = langOf(command);
      const { site, limits } = await resolveSettings([], { ...(flags.config ? { config: flags.config } : {}) });
      const { importSheet } = await import('../../import/import-sheet.js');
      const report = await importSheet(file, {
        sheet: flags.sheet,
        out: flags.out,
        map: flags.map ? await readHeaderMap(flags.map) : undefined,
        dryRun: flags.dryRun === true,
        force: flags.force === true,
        site,
        limits,
      });
      if (flags.json) {
        print(
          JSON.stringify(
            {
              ok: report.counts.failed === 0 && report.counts.kept === 0,
              ...report,
              rows: report.rows.map((row) => ({
                ...row,
                errors: row.errors.map((error) => error.toJSON(lang)),
                warnings: row.warnings.map((warning) => ({ code: warning.code, message: warning.text[lang] })),
              })),
            },
            null,
            2,
          ),
        );
      } else print(formatImportReport(report, lang));
      process.exitCode = report.counts.failed > 0 || report.counts.kept > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
