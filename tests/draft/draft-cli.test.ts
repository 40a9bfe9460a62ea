/**
 * `policy-card draft` end to end with the built CLI in a temporary folder: a .txt notice → a
 * spec and the review report; no overwrite without --force; --json; a folder where one document
 * is bad; --format xlsx read back by import; and validate/build/print/site refusing the
 * placeholders a draft leaves.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftIdFromTitle } from '../../src/draft/draft-id.js';
import { cli } from '../helpers/cli.js';
import { NOTO_SANS_SC, pdfBytes } from '../helpers/document-folder.js';
import { tempDir } from '../helpers/sheets.js';
import { NOTICE_TITLE, noticeDocx } from '../helpers/documents.js';
import { nestedFormsPdf } from '../helpers/hostile-pdf.js';
import { SAMPLE_NOTICE, SAMPLE_SPEC } from './sample-notice.js';

const URL = 'https://kjj.suzhou.gov.cn/notice/2026-2.html';
const ID = draftIdFromTitle(SAMPLE_SPEC.title);
/** The sample notice without its last paragraph and signature: no contacts, no issuer but the title's. */
const NO_QR_MESSAGE = '[E_PLACEHOLDER] cards/gaoqi.json: /qr/url (二维码 链接): 还是草稿占位“待补充：二维码网址”；请填写后再生成';

describe('policy-card draft', () => {
  let work: string;

  beforeAll(async () => {
    work = await tempDir('policy-card-draft-');
    await writeFile(path.join(work, '通知.txt'), SAMPLE_NOTICE);
  });

  it('writes one spec per document and prints where each value came from', async () => {
    const result = await cli(work, 'draft', '通知.txt', '--url', URL);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(path.join(work, 'cards', `${ID}.json`), 'utf8'))).toEqual({ ...SAMPLE_SPEC, id: ID });
    const printed = result.stdout.split('\n');
    expect(printed[0]).toBe(`✔ 通知.txt → cards/${ID}.json`);
    expect(printed).toContain('    /conditions/2 申报条件 第3项  ← 第10–12行：满足以下条件之一：（1）研发投入占营业收入3%以上；（2）拥有发明专利1件以上。');
    expect(printed).toContain('    /issuer 发文单位  ← 第24行：苏州市科学技术局');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('起草完成：写入 1 份，失败 0 份；输出到 cards');
    const validated = await cli(work, 'validate', 'cards');
    expect(validated.code).toBe(0);
  });

  // The printed report as a reader meets it: consecutive lines as one range, the place then the reason after a colon.
  it.each([
    [
      'zh',
      [],
      [
        '    /conditions/2 申报条件 第3项  ← 第10–12行：满足以下条件之一：（1）研发投入占营业收入3%以上；（2）拥有发明专利1件以上。',
        '  待补充（必填，已写占位）：二维码 链接',
      ],
    ],
    [
      'en',
      ['--lang', 'en'],
      [
        '    /conditions/2 conditions item 3  ← lines 10–12: 满足以下条件之一：（1）研发投入占营业收入3%以上；（2）拥有发明专利1件以上。',
        '  to fill in (required, placeholder written): QR code URL',
      ],
    ],
  ])('prints the review in %s with line ranges and the place before the reason', async (_lang, lang, expected) => {
    const result = await cli(work, ...lang, 'draft', '通知.txt', '--id', 'ranges', '--out', `ranges-${_lang}`);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual(expect.arrayContaining(expected));
  });

  it('never replaces an existing spec without --force', async () => {
    const file = path.join(work, 'cards', `${ID}.json`);
    await writeFile(file, '{"edited": true}\n');
    const again = await cli(work, 'draft', '通知.txt', '--url', URL);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`✘ 通知.txt\n    [E_EXISTS] 通知.txt: cards/${ID}.json 已存在；要覆盖请加 --force\n`);
    expect(await readFile(file, 'utf8')).toBe('{"edited": true}\n');
    const forced = await cli(work, 'draft', '通知.txt', '--url', URL, '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ title: SAMPLE_SPEC.title });
    expect((await readdir(path.join(work, 'cards'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('prints a machine-readable report with --json, in English with --lang en', async () => {
    const result = await cli(work, '--lang', 'en', 'draft', '通知.txt', '--id', 'gaoqi', '--out', 'json-out', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      documents: Array<{ file: string; status: string; id: string; out: string; spec: Record<string, unknown>; errors: unknown[]; report: Record<string, Array<Record<string, unknown>>> }>;
    };
    expect(report).toMatchObject({ ok: true, format: 'json', out: 'json-out' });
    const [document] = report.documents;
    expect(document).toMatchObject({ file: '通知.txt', status: 'written', id: 'gaoqi', out: 'json-out/gaoqi.json', errors: [] });
    expect(document!.spec).toMatchObject({ id: 'gaoqi', qr: { url: '待补充：二维码网址' } });
    expect(Object.keys(document!.report)).toEqual(['sources', 'missing', 'fromDefaults', 'doubts', 'subProgrammes', 'headings']);
    expect(document!.report['sources']![0]).toEqual({ path: '/title', label: 'title', from: [{ line: 1 }], text: SAMPLE_SPEC.title });
    expect(document!.report['missing']!.filter((missing) => missing['required'])).toEqual([{ path: '/qr/url', label: 'QR code URL', required: true }]);
    expect(document!.report['headings']![0]).toEqual({ from: { line: 5 }, text: '一、申报对象', field: 'parties' });
  });

  it('drafts every document of a folder; one bad document fails alone (exit 1)', async () => {
    const folder = path.join(work, 'batch');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a-通知.txt'), SAMPLE_NOTICE);
    await writeFile(path.join(folder, 'b-纪要.txt'), '会议纪要\n一、参会人员\n1.张三\n');
    await writeFile(path.join(folder, 'c-说明.xlsx'), 'not a document draft reads');
    const result = await cli(work, 'draft', 'batch', '--out', 'batch-cards', '--url', URL);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✔ batch/a-通知.txt → batch-cards/${ID}.json`);
    expect(result.stdout).toContain(
      '✘ batch/b-纪要.txt\n    [E_DRAFT_EMPTY] batch/b-纪要.txt: 找不到任何卡片字段（政策名称、文号、适用对象、申报条件、申报流程、奖补标准、申报材料、申报时间、咨询方式）；看到的标题：一、参会人员。请确认这是政策通知或申报指南，或手工填写卡片\n',
    );
    expect(result.stdout).toContain('起草完成：写入 1 份，失败 1 份；输出到 batch-cards');
    expect(await readdir(path.join(work, 'batch-cards'))).toEqual([`${ID}.json`]);
  });

  it('stops reading a PDF past limits.documentSeconds and goes on to the next document (exit 1)', async () => {
    const folder = path.join(work, 'slow');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a-复杂.pdf'), nestedFormsPdf(8, 10));
    await writeFile(path.join(folder, 'b-通知.txt'), SAMPLE_NOTICE);
    await writeFile(path.join(work, 'one-second.json'), JSON.stringify({ limits: { documentSeconds: 1 } }));
    const started = performance.now();
    const result = await cli(work, 'draft', 'slow', '--out', 'slow-cards', '--url', URL, '--config', 'one-second.json');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✔ slow/b-通知.txt → slow-cards/${ID}.json`);
    expect(result.stdout).toContain(
      '✘ slow/a-复杂.pdf\n    [E_DOCUMENT] slow/a-复杂.pdf: 读取超时：超过 1 秒仍未读完，已停止（limits.documentSeconds）；这个 PDF 的结构异常复杂或已损坏，请用 Word 原稿，或重新导出 PDF 后再试\n',
    );
    expect(await readdir(path.join(work, 'slow-cards'))).toEqual([`${ID}.json`]);
  });

  it.each([
    ['zh', [], ['以下 1 份文件未能起草，其余照常写出：', '以下 1 份文件未能起草：']],
    ['en', ['--lang', 'en'], ['1 document could not be drafted; the other was written:', '1 document could not be drafted:']],
  ])('says in %s which documents failed, and that the others were written only when there are others', async (_lang, lang, [withOther, alone]) => {
    await writeFile(path.join(work, '空.txt'), '');
    const both = await cli(work, ...lang, 'draft', '空.txt', '通知.txt', '--out', `failed-${_lang}`);
    expect([both.code, both.stdout.split('\n')]).toEqual([1, expect.arrayContaining([withOther])]);
    const one = await cli(work, ...lang, 'draft', '空.txt', '--out', `failed-${_lang}`);
    expect([one.code, one.stdout.split('\n')]).toEqual([1, expect.arrayContaining([alone])]);
  });

  it('numbers the ids of two documents of one run that give the same id', async () => {
    const folder = path.join(work, 'two-years');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a-2025.txt'), SAMPLE_NOTICE.replace('2026年度', '2025年度'));
    await writeFile(path.join(folder, 'b-2026.txt'), SAMPLE_NOTICE);
    const result = await cli(work, 'draft', 'two-years', '--out', 'two-years-cards', '--url', URL);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`✔ two-years/a-2025.txt → two-years-cards/${ID}.json`);
    expect(result.stdout).toContain(`✔ two-years/b-2026.txt → two-years-cards/${ID}-2.json`);
    expect(JSON.parse(await readFile(path.join(work, 'two-years-cards', `${ID}-2.json`), 'utf8')).id).toBe(`${ID}-2`);
  });

  it.each([
    [['draft', '通知.txt', 'batch', '--id', 'x'], '[E_USAGE] --id 只能用于一个文件，这里有 3 个'],
    [['draft', '通知.txt', '--url', 'ftp://example.com/x'], '[E_USAGE] --url 应为 http:// 或 https:// 开头的网址，收到 ftp://example.com/x'],
    [['draft', '通知.txt', '--format', 'csv'], '[E_USAGE] --format 只能是 json 或 xlsx，收到 csv'],
    [['draft', '通知.txt', '--url', 'https://kjj.suzhou.gov.cn/通知 2026.html'], '[E_USAGE] --url 中有空格或换行："https://kjj.suzhou.gov.cn/通知 2026.html"；网址里不能有空格，请删去（网址本身含空格时写成 %20）'],
    [
      ['--lang', 'en', 'draft', '通知.txt', '--url', 'https://kjj.suzhou.gov.cn/通知 2026.html'],
      '[E_USAGE] --url holds a space or line break: "https://kjj.suzhou.gov.cn/通知 2026.html"; a web address has none, so remove it (write a space that belongs to the address as %20)',
    ],
    // A line break left at the end of a pasted address is the same slip, not a wrong scheme.
    [['draft', '通知.txt', '--url', 'https://kjj.suzhou.gov.cn/a\n'], '[E_USAGE] --url 中有空格或换行："https://kjj.suzhou.gov.cn/a\\n"；网址里不能有空格，请删去（网址本身含空格时写成 %20）'],
    [['draft', '没有.txt'], '[E_PATH_NOT_FOUND] 找不到文件或文件夹 没有.txt'],
  ])('exits 2 for %j', async (args, message) => {
    const result = await cli(work, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
  });

  it.each([
    ['zh', [], '[E_USAGE] --id "My Card" 不能作为编号：只能用小写字母、数字、- 和 _，最长 64 字；可改为 --id my-card'],
    ['en', ['--lang', 'en'], '[E_USAGE] --id "My Card" cannot serve as an id: lowercase letters, digits, - and _ only, at most 64; use e.g. --id my-card'],
  ])('in %s refuses a wrong --id up front (exit 2), before any document is read and nothing written', async (_lang, lang, message) => {
    const result = await cli(work, ...lang, 'draft', '通知.txt', '--id', 'My Card', '--out', `bad-id-${_lang}`);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', `${message}\n`]);
    // A document that does not exist: the id is refused before the documents are looked at.
    const missing = await cli(work, ...lang, 'draft', '不存在.txt', '--id', 'My Card', '--out', `bad-id-${_lang}`);
    expect([missing.code, missing.stderr]).toEqual([2, `${message}\n`]);
    expect(await readdir(work)).not.toContain(`bad-id-${_lang}`);
  });

  it.each([
    ['zh', '[E_USAGE] 文件夹 收文2026 中没有可起草的文件（.docx、.pdf、.html、.txt）；子文件夹不读，请分别写出，如 policy-card draft 收文2026/区级 收文2026/市级'],
    ['en', '[E_USAGE] the folder 收文2026 holds no document draft reads (.docx, .pdf, .html, .txt); subfolders are not read: name them, e.g. policy-card draft 收文2026/区级 收文2026/市级'],
  ])('in %s names the subfolders of a folder whose documents are filed in them (exit 2)', async (lang, message) => {
    for (const level of ['区级', '市级']) {
      await mkdir(path.join(work, '收文2026', level), { recursive: true });
      await writeFile(path.join(work, '收文2026', level, '通知.txt'), SAMPLE_NOTICE);
    }
    const result = await cli(work, '--lang', lang, 'draft', '收文2026');
    expect([result.code, result.stderr]).toEqual([2, `${message}\n`]);
  });

  // A wrong --out is said once, before any document is read: never a folder named like a sheet,
  // never the file system's English text as each document's "internal error", never a stack trace
  // after every document was drafted.
  describe('refuses an --out it cannot write, before reading any document', () => {
    beforeAll(async () => {
      await writeFile(path.join(work, '备注'), '一个文件，不是文件夹\n');
      await mkdir(path.join(work, '旧表.xlsx'));
    });

    it.each([
      ['zh', ['--out', '草稿.xlsx'], '[E_USAGE] --out 草稿.xlsx 是表格文件名，不是文件夹；要把草稿写成导入表格请加 --format xlsx（文件名以 .xlsx 结尾），要写卡片文件请给一个文件夹，如 --out cards'],
      ['en', ['--out', '草稿.xlsx'], '[E_USAGE] --out 草稿.xlsx names a spreadsheet, not a folder; add --format xlsx to write the drafts as rows of the import sheet (a name ending in .xlsx), or give a folder for the spec files, e.g. --out cards'],
      ['zh', ['--out', '备注'], '[E_IO] --out 备注 是一个文件，不是文件夹；请用 --out 指定卡片文件夹，如 --out cards'],
      ['en', ['--out', '备注'], '[E_IO] --out 备注 is a file, not a folder; name the folder for the specs with --out, e.g. --out cards'],
      ['zh', ['--out', '备注/cards'], '[E_IO] 无法写入 备注/cards：备注 是一个文件，不是文件夹；请用 --out 指定另一个位置'],
      ['zh', ['--format', 'xlsx', '--out', '备注/草稿.xlsx'], '[E_IO] 无法写入 备注/草稿.xlsx：备注 是一个文件，不是文件夹；请用 --out 指定另一个位置'],
      ['en', ['--format', 'xlsx', '--out', '备注/草稿.xlsx'], '[E_IO] cannot write 备注/草稿.xlsx: 备注 is a file, not a folder; choose another place with --out'],
      ['zh', ['--format', 'xlsx', '--out', '旧表.xlsx', '--force'], '[E_USAGE] --out 旧表.xlsx 是一个文件夹，没有写入；请写表格文件名，如 --out 草稿.xlsx'],
      ['en', ['--format', 'xlsx', '--out', '旧表.xlsx', '--force'], '[E_USAGE] --out 旧表.xlsx is a folder; nothing was written. Name the sheet file, e.g. --out drafts.xlsx'],
    ])('in %s for %j (exit 2, nothing written)', async (lang, args, message) => {
      const before = (await readdir(work)).sort();
      const result = await cli(work, '--lang', lang, 'draft', '通知.txt', ...args);
      expect([result.code, result.stderr, result.stdout]).toEqual([2, `${message}\n`, '']);
      expect((await readdir(work)).sort()).toEqual(before);
      expect(await readFile(path.join(work, '备注'), 'utf8')).toBe('一个文件，不是文件夹\n');
      expect(await readdir(path.join(work, '旧表.xlsx'))).toEqual([]);
    });
  });
});

describe('policy-card draft on a folder of many documents', () => {
  const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  let work: string;

  beforeAll(async () => {
    work = await tempDir('policy-card-draft-folder-');
    const folder = path.join(work, '收文');
    await mkdir(folder);
    await writeFile(path.join(folder, '1-智改通知.docx'), await noticeDocx());
    await writeFile(path.join(folder, '2-高企通知.txt'), SAMPLE_NOTICE);
    await writeFile(path.join(folder, '3-旧通知.doc'), OLE);
    await writeFile(path.join(folder, '4-图片.docx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    await writeFile(path.join(folder, '5-空白.txt'), '');
    await writeFile(path.join(folder, '6-纪要.txt'), '会议纪要\n一、参会人员\n1.张三\n');
    // A page saved by the browser as one file: a policy document too, refused with how to save it as .html.
    await writeFile(path.join(folder, '7-网页.mht'), 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>通知</p>\r\n--b--\r\n');
    // What Word leaves beside an open document, and a sheet: neither is a document to draft.
    await writeFile(path.join(folder, '~$智改通知.docx'), Buffer.alloc(162, 1));
    await writeFile(path.join(folder, '清单.xlsx'), 'not read by draft');
  });

  it('drafts every good document, lists each refused one with its message after them, and exits 1', async () => {
    const result = await cli(work, 'draft', '收文', '--out', 'drafted', '--url', URL);
    expect(result.code).toBe(1);
    const printed = result.stdout.split('\n');
    const refusedAt = printed.indexOf('以下 5 份文件未能起草，其余照常写出：');
    expect(refusedAt).toBeGreaterThan(0);
    // Drafted documents first, each with its review…
    expect(printed.slice(0, refusedAt).filter((line) => line.startsWith('✔') || line.startsWith('✘'))).toEqual([
      `✔ 收文/1-智改通知.docx → drafted/${draftIdFromTitle(NOTICE_TITLE)}.json`,
      `✔ 收文/2-高企通知.txt → drafted/${ID}.json`,
    ]);
    // …then the refused ones, as build lists its failed cards, then the counts.
    expect(printed.slice(refusedAt + 1)).toEqual([
      '✘ 收文/3-旧通知.doc',
      '    [E_DOCUMENT] 收文/3-旧通知.doc: 不能直接读取 .doc 格式；请用 Word 或 WPS 打开，另存为 .docx 后再生成草稿',
      '✘ 收文/4-图片.docx',
      '    [E_DOCUMENT] 收文/4-图片.docx: 这个文件不是 Word 文档（不是 .docx 的压缩包格式），可能是改了扩展名的其他文件；请用 Word 或 WPS 打开原文件，另存为 .docx',
      '✘ 收文/5-空白.txt',
      '    [E_DOCUMENT] 收文/5-空白.txt: 文件是空的，没有可读的文字；请检查是否选错了文件',
      '✘ 收文/6-纪要.txt',
      '    [E_DRAFT_EMPTY] 收文/6-纪要.txt: 找不到任何卡片字段（政策名称、文号、适用对象、申报条件、申报流程、奖补标准、申报材料、申报时间、咨询方式）；看到的标题：一、参会人员。请确认这是政策通知或申报指南，或手工填写卡片',
      '✘ 收文/7-网页.mht',
      '    [E_DOCUMENT] 收文/7-网页.mht: 这是保存为“单个文件”的网页（.mht），不能直接读取；请用浏览器打开它，另存为“网页，仅 HTML”（.html），或把正文复制到 .txt 后再生成草稿',
      '',
      '起草完成：写入 2 份，失败 5 份；输出到 drafted',
      '',
    ]);
    expect((await readdir(path.join(work, 'drafted'))).sort()).toEqual([`${ID}.json`, `${draftIdFromTitle(NOTICE_TITLE)}.json`].sort());
  });

  it('says the same in English and in --json, with the counts', async () => {
    const english = await cli(work, '--lang', 'en', 'draft', '收文', '--out', 'english', '--url', URL);
    expect(english.code).toBe(1);
    expect(english.stdout).toContain(
      '5 documents could not be drafted; the others were written:\n✘ 收文/3-旧通知.doc\n    [E_DOCUMENT] 收文/3-旧通知.doc: .doc files cannot be read directly; open it in Word or WPS, save it as .docx and draft again\n',
    );
    expect(english.stdout.trimEnd().split('\n').at(-1)).toBe('Drafting done: 2 written, 5 failed; output in english');
    const json = await cli(work, 'draft', '收文', '--out', 'as-json', '--url', URL, '--json');
    expect([json.code, json.stderr]).toEqual([1, '']);
    const report = JSON.parse(json.stdout) as { ok: boolean; drafted: number; failed: number; documents: Array<{ file: string; status: string; errors: Array<{ code: string }> }> };
    expect([report.ok, report.drafted, report.failed]).toEqual([false, 2, 5]);
    expect(report.documents.map((document) => [document.file, document.status, document.errors.map((error) => error.code)])).toEqual([
      ['收文/1-智改通知.docx', 'written', []],
      ['收文/2-高企通知.txt', 'written', []],
      ['收文/3-旧通知.doc', 'failed', ['E_DOCUMENT']],
      ['收文/4-图片.docx', 'failed', ['E_DOCUMENT']],
      ['收文/5-空白.txt', 'failed', ['E_DOCUMENT']],
      ['收文/6-纪要.txt', 'failed', ['E_DRAFT_EMPTY']],
      ['收文/7-网页.mht', 'failed', ['E_DOCUMENT']],
    ]);
  });
});

describe('drafts with placeholders', () => {
  let work: string;

  beforeAll(async () => {
    work = await tempDir('policy-card-draft-gaps-');
    await writeFile(path.join(work, '通知.txt'), SAMPLE_NOTICE);
    const drafted = await cli(work, 'draft', '通知.txt', '--id', 'gaoqi');
    expect(drafted.code).toBe(0);
    expect(drafted.stdout).toContain('  待补充（必填，已写占位）：二维码 链接\n');
    expect(drafted.stdout).toContain('起草完成：写入 1 份，失败 0 份，其中 1 份有待补充项（validate/build 会拒绝，填写后再生成）；输出到 cards');
  });

  it.each([
    ['validate', ['validate', 'cards']],
    ['build', ['build', 'cards', '--out', 'out']],
    ['print', ['print', 'cards', '--out', 'cards.pdf']],
    ['site', ['site', 'cards', '--out', 'site', '--base-url', 'https://example.gov.cn/p']],
  ])('%s refuses them, naming the field', async (_command, args) => {
    const result = await cli(work, ...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`    ${NO_QR_MESSAGE}\n`);
  });

  it('names the field in English too', async () => {
    const result = await cli(work, '--lang', 'en', 'validate', 'cards');
    expect(result.stdout).toContain('[E_PLACEHOLDER] cards/gaoqi.json: /qr/url (QR code URL): still holds the draft placeholder "待补充：二维码网址"; fill it in before generating');
  });
});

describe('policy-card draft --format xlsx', () => {
  it('writes the drafts as rows of the import sheet, and import brings back the same specs', async () => {
    const work = await tempDir('policy-card-draft-xlsx-');
    await writeFile(path.join(work, '通知.txt'), SAMPLE_NOTICE);
    const asJson = await cli(work, 'draft', '通知.txt', '--url', URL, '--out', 'drafted');
    expect(asJson.code).toBe(0);
    const asSheet = await cli(work, 'draft', '通知.txt', '--url', URL, '--format', 'xlsx', '--out', 'drafts.xlsx');
    expect(asSheet.code).toBe(0);
    expect(asSheet.stdout).toContain('输出到 drafts.xlsx');
    const again = await cli(work, 'draft', '通知.txt', '--url', URL, '--format', 'xlsx', '--out', 'drafts.xlsx');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('[E_EXISTS] drafts.xlsx: 文件已存在；要覆盖请加 --force\n');
    const imported = await cli(work, 'import', 'drafts.xlsx', '--out', 'imported');
    expect(imported.code).toBe(0);
    const drafted = JSON.parse(await readFile(path.join(work, 'drafted', `${ID}.json`), 'utf8')) as Record<string, unknown>;
    const back = JSON.parse(await readFile(path.join(work, 'imported', `${ID}.json`), 'utf8')) as Record<string, unknown>;
    const { $schema: _schema, ...backSpec } = back;
    expect(backSpec).toEqual(drafted);
  });
});

/** The sample notice as Word saves it: 一、 and 1. as automatic numbering, not in the text. */
async function sampleDocx(): Promise<Buffer> {
  const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = await import('docx');
  const numbered = (text: string, level: number, instance: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'notice', level, instance } });
  const lines = SAMPLE_NOTICE.split('\n');
  const children = [new Paragraph({ text: lines[0]!, heading: HeadingLevel.TITLE })];
  let section = 0;
  for (const line of lines.slice(1)) {
    const heading = /^[一二三四五六七]、(.+)$/u.exec(line);
    const item = /^\d\.(.+)$/u.exec(line);
    if (heading) children.push(numbered(heading[1]!, 0, 1));
    else if (item) children.push(numbered(item[1]!, 1, 10 + section));
    else children.push(new Paragraph(line));
    if (heading) section++;
  }
  const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: index, format, text, alignment: AlignmentType.LEFT });
  const document = new Document({
    numbering: { config: [{ reference: 'notice', levels: [level(0, LevelFormat.CHINESE_COUNTING, '%1、'), level(1, LevelFormat.DECIMAL, '%2.')] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

describe('policy-card draft of a .docx', () => {
  it('reads Word’s automatic numbering and drafts the same card as from the text', async () => {
    const work = await tempDir('policy-card-draft-docx-');
    await writeFile(path.join(work, '通知.docx'), await sampleDocx());
    const result = await cli(work, 'draft', '通知.docx', '--url', URL, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { documents: Array<{ spec: Record<string, unknown> }> };
    expect(report.documents[0]!.spec).toEqual({ ...SAMPLE_SPEC, id: ID });
  });
});

describe('policy-card draft with config draft.defaults', () => {
  it('fills what the document lacks from the config and says so', async () => {
    const work = await tempDir('policy-card-draft-defaults-');
    const withoutContacts = SAMPLE_NOTICE.split('\n').filter((line) => !line.startsWith('七、') && !line.startsWith('市科技局高新处')).join('\n');
    await writeFile(path.join(work, '通知.txt'), withoutContacts);
    await writeFile(
      path.join(work, 'policy-card.config.json'),
      JSON.stringify({ draft: { defaults: { contacts: [{ name: '企业服务中心', phone: '0512-12345678' }], qr: { url: URL, caption: '扫码查看原文' } } } }),
    );
    const result = await cli(work, 'draft', '通知.txt', '--id', 'gaoqi');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  取自配置 draft.defaults：/contacts/0 咨询方式 第1项 = 企业服务中心 0512-12345678\n');
    expect(result.stdout).toContain(`  取自配置 draft.defaults：/qr/url 二维码 链接 = ${URL}\n`);
    const spec = JSON.parse(await readFile(path.join(work, 'cards', 'gaoqi.json'), 'utf8')) as Record<string, unknown>;
    expect(spec).toMatchObject({ contacts: [{ name: '企业服务中心', phone: '0512-12345678' }], qr: { url: URL, caption: '扫码查看原文' } });
    expect((await cli(work, 'validate', 'cards')).code).toBe(0);
  });

  it('refuses a config whose draft.defaults is malformed (exit 2)', async () => {
    const work = await tempDir('policy-card-draft-defaults-');
    await writeFile(path.join(work, '通知.txt'), SAMPLE_NOTICE);
    await writeFile(path.join(work, 'policy-card.config.json'), JSON.stringify({ draft: { defaults: { issuer: '' } } }));
    const result = await cli(work, 'draft', '通知.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\[E_USAGE\] policy-card\.config\.json: \/draft\/defaults\/issuer/u);
  });
});

describe('policy-card draft of a saved web page', () => {
  it('finds the notice inside the site’s chrome and drafts the same card as from the text', async () => {
    const work = await tempDir('policy-card-draft-html-');
    const paragraphs = SAMPLE_NOTICE.split('\n').map((line) => `<p>${line}</p>`).join('\n');
    const page = [
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>苏州市科学技术局门户网站</title></head><body>',
      '<div class="nav"><a href="/">首页</a> &gt; <a href="/tzgg">通知公告</a></div>',
      '<div class="info">发布时间：2026-02-15 浏览次数：1024 【字体：大 中 小】</div>',
      `<div id="zoom">${paragraphs}</div>`,
      '<div class="related">相关链接：<a href="/a">关于2025年度高企奖励的通知</a></div>',
      '<div class="footer">版权所有 苏州市科学技术局 苏ICP备05000000号</div>',
      '<script>document.title = "changed"</script>',
      '</body></html>',
    ].join('\n');
    await writeFile(path.join(work, '通知.html'), page);
    const result = await cli(work, 'draft', '通知.html', '--url', URL, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { documents: Array<{ spec: Record<string, unknown> }> };
    expect(report.documents[0]!.spec).toEqual({ ...SAMPLE_SPEC, id: ID });
  });
});

describe('policy-card draft of a PDF', () => {
  it('rebuilds the lines of a PDF (long lines wrapped by the page) and drafts the same card, with pages in the report', async () => {
    const work = await tempDir('policy-card-draft-pdf-');
    const bytes = await pdfBytes({}, (doc) => {
      doc.font(NOTO_SANS_SC).fontSize(12);
      for (const line of SAMPLE_NOTICE.split('\n')) doc.text(line);
    });
    await writeFile(path.join(work, '通知.pdf'), bytes);
    const result = await cli(work, 'draft', '通知.pdf', '--url', URL, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { documents: Array<{ spec: Record<string, unknown>; report: { sources: Array<{ path: string; from: unknown[] }> } }> };
    expect(report.documents[0]!.spec).toEqual({ ...SAMPLE_SPEC, id: ID });
    expect(report.documents[0]!.report.sources.find((source) => source.path === '/title')?.from).toEqual([{ line: 1, page: 1 }]);
  });
});
