/** `policy-card print`: PDF handouts, N-up sheets with crop marks and bleed, or one PDF per card. */
import type { Command } from 'commander';
import { cardReportJson } from '../../batch/build-cards.js';
import { CardError } from '../../errors.js';
import { PAPER_SIZES_MM, type PaperName } from '../../print/paper.js';
import { parseLayout } from '../../print/plan-sheet.js';
import { EXIT_CARD_FAILED, EXIT_OK, langOf, print } from '../command-helpers.js';
import { withCardOptions } from '../card-options.js';
import { formatPrintReport } from '../format-report.js';
import { resolveSettings, type BatchFlags } from '../resolve-settings.js';

interface PrintFlags extends BatchFlags {
  paper: string;
  layout: string;
  bleed?: string;
  cropMarks?: boolean;
  gap?: string;
  margin?: string;
  duplex?: string;
  perCard?: boolean;
  strict?: boolean;
  force?: boolean;
  json?: boolean;
}

function millimetres(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 20) {
    throw new CardError('E_USAGE', { zh: `${flag} 应为 0–20 的毫米数，收到 ${value}`, en: `${flag} must be 0–20 mm, received ${value}` });
  }
  return number;
}

export function registerPrintCommand(program: Command): void {
  withCardOptions(
    program
      .command('print')
      .description('生成打印用 PDF（拼版、裁切线、出血）/ PDF handouts for printing')
      .argument('[paths...]', '卡片文件或文件夹 card files or folders (default: cards/)'),
  )
    .requiredOption('-o, --out <file>', '输出 PDF（--per-card 时为文件夹）output PDF (a folder with --per-card)')
    .option('--paper <size>', '纸张 paper: A4, A3, A5', 'A4')
    .option('--layout <layout>', '拼版 auto 或 列x行，如 2x2', 'auto')
    .option('--bleed <mm>', '出血（毫米）bleed in mm (default: 3 for one card per page, 0 for N-up)')
    .option('--crop-marks', '加裁切线 add crop marks (default for sheets)')
    .option('--no-crop-marks', '不加裁切线 no crop marks')
    .option('--gap <mm>', '卡片间距（毫米）gap between cards in mm')
    .option('--margin <mm>', '纸边距（毫米，默认 5）sheet margin in mm (default 5)')
    .option('--duplex <edge>', '双面打印 long-edge 或 short-edge：背面与正面对齐 print double-sided, backs behind their fronts')
    .option('--per-card', '每张卡片一个 PDF one PDF per card at its physical size')
    .option('--strict', '二维码印出来过小时判为失败 fail cards whose QR would print too small')
    .option('--force', '覆盖不是 policy-card 生成的同名文件 replace an existing file that policy-card did not make')
    .option('--json', '输出机器可读报告 machine-readable report')
    .action(async (paths: string[], flags: PrintFlags, command: Command) => {
      const lang = langOf(command);
      const paper = flags.paper.toUpperCase();
      if (!(paper in PAPER_SIZES_MM)) {
        throw new CardError('E_USAGE', { zh: `--paper 只能是 A4、A3、A5，收到 ${flags.paper}`, en: `--paper must be A4, A3 or A5, received ${flags.paper}` });
      }
      const settings = await resolveSettings(paths, flags);
      const bleedMm = millimetres(flags.bleed, '--bleed');
      const gapMm = millimetres(flags.gap, '--gap');
      const marginMm = millimetres(flags.margin, '--margin');
      if (flags.duplex !== undefined && flags.duplex !== 'long-edge' && flags.duplex !== 'short-edge') {
        throw new CardError('E_USAGE', { zh: `--duplex 只能是 long-edge（沿长边翻转）或 short-edge（沿短边翻转），收到 ${flags.duplex}`, en: `--duplex must be long-edge or short-edge, received ${flags.duplex}` });
      }
      const { printCards } = await import('../../print/write-print-pdf.js');
      const report = await printCards({
        ...settings,
        out: flags.out ?? settings.out,
        paper: paper as PaperName,
        layout: parseLayout(flags.layout),
        perCard: flags.perCard === true,
        strict: flags.strict === true,
        force: flags.force === true,
        ...(bleedMm !== undefined ? { bleedMm } : {}),
        ...(gapMm !== undefined ? { gapMm } : {}),
        ...(marginMm !== undefined ? { marginMm } : {}),
        ...(flags.duplex !== undefined ? { duplex: flags.duplex } : {}),
        ...(flags.cropMarks !== undefined ? { cropMarks: flags.cropMarks } : {}),
      });
      if (flags.json) {
        print(
          JSON.stringify(
            {
              ok: report.failed === 0,
              files: report.files,
              pages: report.pages,
              failed: report.failed,
              notes: report.notes.map((note) => ({ code: note.code, message: note.text[lang] })),
              cards: report.cards.map((card) => cardReportJson(card, lang)),
            },
            null,
            2,
          ),
        );
      } else print(formatPrintReport(report, lang));
      process.exitCode = report.failed > 0 ? EXIT_CARD_FAILED : EXIT_OK;
    });
}
