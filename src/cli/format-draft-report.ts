/**
 * The printed report of `policy-card draft`: per document, where each value came from (line, and
 * page for a PDF), what is missing, what came from draft.defaults, what looks doubtful and which
 * sub-programmes were found, so a person can check the draft against its source in a minute.
 */
import type { DraftedDocument, DraftsReport } from '../draft/write-drafts.js';
import type { SourcePlace } from '../draft/draft-report.js';
import type { DocumentFormat } from '../draft/source-document.js';
import type { LlmReport } from '../draft/llm-merge.js';
import { labelForPath } from '../spec/field-labels.js';
import type { Lang } from '../i18n/lang.js';

/** More places than this are cut to the first SHOWN_RUNS and a count: a list of 60 dropped items' lines reads as noise. */
const MAX_RUNS = 6;
const SHOWN_RUNS = 3;

/** Consecutive lines of one page. */
interface LineRun {
  page: number | undefined;
  first: number;
  last: number;
}

/**
 * What the numbers count: the lines of a .txt or of a PDF's page, but the paragraphs of a Word
 * document or of a web page's article (SourceLine.line), which have no lines a reader can find:
 * '第36行' sent a reviewer to line 36 of Word's line numbering, or of the page's HTML source.
 */
type PlaceUnit = 'line' | 'paragraph';

function placeUnit(format: DocumentFormat): PlaceUnit {
  return format === 'docx' || format === 'html' ? 'paragraph' : 'line';
}

/**
 * Where a value came from, short: consecutive lines as one range (第4–10行, lines 4–10), each page
 * named once (第2页第3–5行、第3页第1行; p.2 lines 3–5, p.3 line 1); a long list gives its first
 * places and how many there are (第5页第4行、第5页第6行、第5页第8–9行等 40 处); paragraphs
 * for a .docx or web page (第7段、第21段; paragraphs 7, 21).
 */
function places(from: readonly SourcePlace[], lang: Lang, unit: PlaceUnit): string {
  const runs = placeRuns(from);
  if (runs.length <= MAX_RUNS) return runsText(runs, lang, unit);
  const first = runsText(runs.slice(0, SHOWN_RUNS), lang, unit);
  return lang === 'zh' ? `${first}等 ${runs.length} 处` : `${first} and ${runs.length - SHOWN_RUNS} more`;
}

function placeRuns(from: readonly SourcePlace[]): LineRun[] {
  const runs: LineRun[] = [];
  // In document order, so that lines met as 10, 12, 11 make one run 10–12.
  for (const place of [...from].sort(inDocumentOrder)) {
    const run = runs.find((candidate) => candidate.page === place.page && place.line >= candidate.first - 1 && place.line <= candidate.last + 1);
    if (run) {
      run.first = Math.min(run.first, place.line);
      run.last = Math.max(run.last, place.line);
    } else runs.push({ page: place.page, first: place.line, last: place.line });
  }
  return runs;
}

function inDocumentOrder(a: SourcePlace, b: SourcePlace): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line;
}

function runsText(runs: readonly LineRun[], lang: Lang, unit: PlaceUnit): string {
  if (lang === 'zh') {
    const suffix = unit === 'paragraph' ? '段' : '行';
    return runs.map((run) => `${run.page !== undefined ? `第${run.page}页` : ''}第${run.first === run.last ? run.first : `${run.first}–${run.last}`}${suffix}`).join('、');
  }
  const pages = [...new Set(runs.map((run) => run.page))];
  return pages
    .map((page) => {
      const onPage = runs.filter((run) => run.page === page);
      const numbers = onPage.map((run) => (run.first === run.last ? String(run.first) : `${run.first}–${run.last}`)).join(', ');
      const plural = onPage.length > 1 || onPage[0]!.first !== onPage[0]!.last;
      return `${page !== undefined ? `p.${page} ` : ''}${unit}${plural ? 's' : ''} ${numbers}`;
    })
    .join('; ');
}

function documentLines(document: DraftedDocument, lang: Lang): string[] {
  const zh = lang === 'zh';
  if (document.status === 'failed') {
    return [`✘ ${document.file}`, ...document.errors.map((error) => `    [${error.code}] ${error.format(lang)}`)];
  }
  const report = document.report!;
  const unit = placeUnit(report.format);
  const lines = [`✔ ${document.file} → ${document.out ?? document.id}`];
  const byModel = zh ? '〔来自模型〕' : '[from the model]';
  for (const source of report.sources) lines.push(`    ${source.path} ${source.label[lang]}  ← ${places(source.from, lang, unit)}${zh ? '：' : ': '}${source.text}${source.by === 'model' ? ` ${byModel}` : ''}`);
  const gaps = report.missing.filter((missing) => missing.required);
  const absent = report.missing.filter((missing) => !missing.required);
  const colon = zh ? '：' : ': ';
  if (gaps.length > 0) lines.push(`  ${zh ? '待补充（必填，已写占位）' : 'to fill in (required, placeholder written)'}${colon}${gaps.map((gap) => gap.label[lang]).join(zh ? '、' : ', ')}`);
  if (absent.length > 0) lines.push(`  ${zh ? '文中未找到（选填）' : 'not found (optional)'}${colon}${absent.map((gap) => gap.label[lang]).join(zh ? '、' : ', ')}`);
  for (const value of report.fromDefaults) lines.push(`  ${zh ? '取自配置 draft.defaults' : 'from config draft.defaults'}${colon}${value.path} ${value.label[lang]} = ${value.value}`);
  // The place, then the reason after a colon: "line 4–10 this item is long" read as one phrase.
  for (const doubt of report.doubts) {
    const where = [doubt.path, doubt.from.length > 0 ? places(doubt.from, lang, unit) : undefined].filter(Boolean).join(' ');
    lines.push(`  ${zh ? '存疑' : 'doubtful'}${colon}${where ? `${where}${colon}` : ''}${doubt.text[lang]}`);
  }
  if (report.model) lines.push(...modelLines(report.model, lang));
  if (report.subProgrammes.length > 0) {
    lines.push(`  ${zh ? `发现 ${report.subProgrammes.length} 个子项目，已合并为一张卡片；可考虑每项一张：` : `${report.subProgrammes.length} sub-programmes found and merged into one card; consider one card each:`}`);
    for (const programme of report.subProgrammes) {
      const fields = programme.fields.map((field) => labelForPath([field])[lang]);
      lines.push(`    ${places([programme.from], lang, unit)} ${programme.title}${zh ? `（${fields.join('、')}）` : ` (${fields.join(', ')})`}`);
    }
  }
  return lines;
}

/** What the language model did (`draft --llm`): added, dropped, disputed, or why it was not used. */
function modelLines(model: LlmReport, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `  模型 ${model.model}（${model.endpoint}）：补充 ${model.fromModel.length} 项，丢弃 ${model.dropped.length} 项${model.sentChars > 0 ? `；发送原文 ${model.sentChars} 字` : ''}${model.sentChars > 0 && model.sentChars < model.totalChars ? `（共 ${model.totalChars} 字，超过 draft.llm.maxChars 的部分未发送）` : ''}`
      : `  model ${model.model} (${model.endpoint}): ${model.fromModel.length} values added, ${model.dropped.length} dropped${model.sentChars > 0 ? `; sent ${model.sentChars} characters of the text` : ''}${model.sentChars > 0 && model.sentChars < model.totalChars ? ` (of ${model.totalChars}; the rest is over draft.llm.maxChars)` : ''}`,
  ];
  for (const warning of model.warnings) lines.push(`  ${zh ? '警告' : 'warning'} [${warning.code}] ${warning.text[lang]}`);
  for (const dropped of model.dropped) {
    const why = dropped.reason === 'over-limit' ? (zh ? '模型提出但超过列表上限，已丢弃' : 'proposed by the model but over the list limit; dropped') : zh ? '模型提出但原文中找不到，已丢弃' : 'proposed by the model but not found in the source; dropped';
    lines.push(`  ${why}${zh ? '：' : ': '}${dropped.path} ${dropped.label[lang]}${zh ? '：' : ': '}${dropped.text}`);
  }
  for (const conflict of model.conflicts) {
    lines.push(
      zh
        ? `  模型与规则不同，保留规则的值：${conflict.path} ${conflict.label.zh}：规则“${conflict.rule}”，模型“${conflict.model}”`
        : `  the model differs from the rules, the rules' value kept: ${conflict.path} ${conflict.label.en}: rules "${conflict.rule}", model "${conflict.model}"`,
    );
  }
  return lines;
}

/**
 * Drafted documents first, each with its review; then, as build lists its failed cards, the
 * documents that could not be drafted, each with its message; then the counts.
 */
export function formatDraftReport(report: DraftsReport, lang: Lang): string {
  const zh = lang === 'zh';
  const drafted = report.documents.filter((document) => document.status === 'written');
  const failed = report.documents.filter((document) => document.status === 'failed');
  const gaps = drafted.filter((document) => document.report?.missing.some((missing) => missing.required)).length;
  const lines = drafted.flatMap((document) => [...documentLines(document, lang), '']);
  if (failed.length > 0) {
    // "the others were written" only when there are others.
    const others = drafted.length === 0 ? '' : zh ? '，其余照常写出' : `; the ${drafted.length === 1 ? 'other was' : 'others were'} written`;
    lines.push(zh ? `以下 ${failed.length} 份文件未能起草${others}：` : `${failed.length} ${failed.length === 1 ? 'document' : 'documents'} could not be drafted${others}:`);
    lines.push(...failed.flatMap((document) => documentLines(document, lang)), '');
  }
  lines.push(
    zh
      ? `起草完成：写入 ${drafted.length} 份，失败 ${failed.length} 份${gaps > 0 ? `，其中 ${gaps} 份有待补充项（validate/build 会拒绝，填写后再生成）` : ''}；输出到 ${report.out}`
      : `Drafting done: ${drafted.length} written, ${failed.length} failed${gaps > 0 ? `, ${gaps} with placeholders to fill in (validate/build refuse them until filled)` : ''}; output in ${report.out}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The report as JSON: the specs, their review reports and the errors, in the chosen language. */
export function draftReportJson(report: DraftsReport, lang: Lang): unknown {
  const drafted = report.documents.filter((document) => document.status === 'written').length;
  return {
    ok: drafted === report.documents.length,
    drafted,
    failed: report.documents.length - drafted,
    format: report.format,
    out: report.out,
    documents: report.documents.map((document) => ({
      file: document.file,
      status: document.status,
      ...(document.id !== undefined ? { id: document.id } : {}),
      ...(document.out !== undefined ? { out: document.out } : {}),
      ...(document.spec ? { spec: document.spec } : {}),
      ...(document.report
        ? {
            report: {
              sources: document.report.sources.map((source) => ({ ...source, label: source.label[lang] })),
              missing: document.report.missing.map((missing) => ({ ...missing, label: missing.label[lang] })),
              fromDefaults: document.report.fromDefaults.map((value) => ({ ...value, label: value.label[lang] })),
              doubts: document.report.doubts.map((doubt) => ({ ...doubt, text: doubt.text[lang] })),
              subProgrammes: document.report.subProgrammes,
              headings: document.report.headings,
              ...(document.report.model
                ? {
                    model: {
                      ...document.report.model,
                      dropped: document.report.model.dropped.map((dropped) => ({ ...dropped, label: dropped.label[lang] })),
                      conflicts: document.report.model.conflicts.map((conflict) => ({ ...conflict, label: conflict.label[lang] })),
                      warnings: document.report.model.warnings.map((warning) => ({ code: warning.code, message: warning.text[lang] })),
                    },
                  }
                : {}),
            },
          }
        : {}),
      errors: document.errors.map((error) => error.toJSON(lang)),
    })),
  };
}
