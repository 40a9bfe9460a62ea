/**
 * The built CLI end to end in a temporary folder: import, build straight from a workbook,
 * sheet-template and export, with their exit codes and printed reports.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { decodePng, PNG_SIGNATURE } from '../helpers/png.js';
import { tempDir, writeTestWorkbook } from '../helpers/sheets.js';
import { EXPECTED_SPECS, POLICY_SHEETS, ROW_7_ERRORS } from './policy-workbook.js';



const [first, second, third] = EXPECTED_SPECS.map((spec) => spec.id);

describe('policy-card import', () => {
  let work: string;
  let result: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    work = await tempDir('policy-card-cli-import-');
    await writeTestWorkbook(path.join(work, '政策清单.xlsx'), POLICY_SHEETS);
    result = await cli(work, 'import', '政策清单.xlsx', '--out', 'specs');
  });

  it('writes the good rows, reports the bad one by cell, and exits 1', async () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '读取 政策清单.xlsx 工作表“政策清单”（表头在第 2 行）',
        '未使用的列：A 序号、P 备注',
        `✔ 第3行 → specs/${first}.json（新建）`,
        `✔ 第4行 → specs/${second}.json（新建）`,
        `✔ 第6行 → specs/${third}.json（新建）`,
        '',
        '以下 1 行未导入：',
        '✘ 政策清单.xlsx!第7行',
        `    [E_SCHEMA] ${ROW_7_ERRORS.zh[0]}`,
        `    [E_SCHEMA] ${ROW_7_ERRORS.zh[1]}`,
        '',
        '导入完成：新建 3 张，更新 0 张，无变化 0 张，保留手工修改 0 张，失败 1 行；输出到 specs/',
        '',
      ].join('\n'),
    );
    expect((await readdir(path.join(work, 'specs'))).sort()).toEqual(['.policy-card-import.json', `${second}.json`, `${third}.json`, `${first}.json`].sort());
    expect(JSON.parse(await readFile(path.join(work, 'specs', `${third}.json`), 'utf8'))).toMatchObject(EXPECTED_SPECS[2]!);
  });

  it('validates the written specs with validate', async () => {
    const validated = await cli(work, 'validate', 'specs');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('检查完成：3 张通过，0 张有问题');
  });

  it('prints a machine-readable report in English', async () => {
    const json = await cli(work, '--lang', 'en', 'import', '政策清单.xlsx', '--out', 'specs', '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; counts: object; rows: Array<{ status: string; errors: Array<{ message: string; cell: string }> }> };
    expect(report.ok).toBe(false);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 3, kept: 0, failed: 1 });
    expect(report.rows[3]!.errors.map((error) => [error.cell, error.message])).toEqual([
      ['政策清单!D7', ROW_7_ERRORS.en[0]],
      ['政策清单!J7', ROW_7_ERRORS.en[1]],
    ]);
  });

  it.each([
    ['a --map file that does not exist', '没有.json', '[E_USAGE] 没有.json: 无法读取 --map 文件：找不到这个文件；请检查文件名和所在文件夹\n', '[E_USAGE] 没有.json: cannot read the --map file: no such file; check the name and the folder\n'],
    ['a folder given as --map', 'specs', '[E_USAGE] specs: 无法读取 --map 文件：这是一个文件夹，不是列名对应表 JSON 文件\n', '[E_USAGE] specs: cannot read the --map file: this is a folder, not a header map JSON file\n'],
  ])('says in words why %s cannot be read, without Node\'s English text', async (_name, map, zh, en) => {
    const chinese = await cli(work, 'import', '政策清单.xlsx', '--map', map, '--dry-run');
    const english = await cli(work, '--lang', 'en', 'import', '政策清单.xlsx', '--map', map, '--dry-run');
    expect([chinese.code, chinese.stderr, english.stderr]).toEqual([2, zh, en]);
  });

  it('exits 2 for a sheet that does not exist', async () => {
    const missing = await cli(work, 'import', '政策清单.xlsx', '--sheet', '人才');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('[E_SHEET] 政策清单.xlsx: 没有名为“人才”的工作表；现有工作表：“填写说明”、“政策清单”\n');
  });
});

describe('a hidden column repeating a visible one', () => {
  it.each([
    ['zh', [], '未使用的列：A 政策名称（旧）（隐藏的列，与显示的列重复）'],
    ['en', ['--lang', 'en'], 'Columns not used: A 政策名称（旧） (hidden, repeats a visible column)'],
  ])('is listed as not used, saying why (%s)', async (_lang, flags, line) => {
    const work = await tempDir('policy-card-cli-hidden-');
    const header = ['政策名称（旧）', '政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接'];
    const row = ['旧名', '稳岗返还', '区人社局', '参保企业', '不裁员', '申请→审核', '返还50%', 'https://a.example.gov.cn/x'];
    await writeTestWorkbook(path.join(work, 'h.xlsx'), [{ name: '清单', rows: [header, row], hiddenColumns: [1] }]);
    const result = await cli(work, ...flags, 'import', 'h.xlsx', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe(line);
  });
});

describe('policy-card build from a workbook', () => {
  it('renders one PNG per valid row and reports the invalid row', async () => {
    const work = await tempDir('policy-card-cli-build-');
    await writeTestWorkbook(path.join(work, 'policies.xlsx'), POLICY_SHEETS);
    const result = await cli(work, 'build', 'policies.xlsx', '--out', 'out');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✘ policies.xlsx!第7行\n    [E_SCHEMA] ${ROW_7_ERRORS.zh[0]}\n    [E_SCHEMA] ${ROW_7_ERRORS.zh[1]}`);
    expect((await readdir(path.join(work, 'out'))).filter((name) => name.endsWith('.png')).sort()).toEqual([`${second}.png`, `${third}.png`, `${first}.png`].sort());
    for (const id of [first, second, third]) {
      const png = await readFile(path.join(work, 'out', `${id}.png`));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(decodePng(png).width).toBe(1080);
    }
  });
});

describe('warnings of a sheet row', () => {
  const HEADERS = ['政策名称', '发文单位', '适用对象', '申报条件', '申报流程', '奖补标准', '政策链接', '咨询电话'];
  const ROW = ['稳岗补贴', '苏州市人社局、苏州市财政局', '参保企业', '足额缴费', '网上申请', '返还60%', 'https://hrss.suzhou.gov.cn/wg', 51268751234];
  const PHONE = {
    zh: '政策清单!H2 咨询电话: 电话 51268751234 开头的 0 被 Excel 去掉了（单元格是数字格式），已按 051268751234 导入；请把这一列设为“文本”格式后重新填写',
    en: '政策清单!H2 咨询电话: the phone 51268751234 lost its leading 0 (Excel stored it as a number); imported as 051268751234. Format the column as text and type the number again',
  };
  const NAME = {
    zh: '政策清单!H2 咨询电话: 没有填写咨询部门，已用发文单位“苏州市人社局”作为咨询部门；如需其他部门，请填写“咨询部门”列',
    en: '政策清单!H2 咨询电话: no contact name given; the issuer “苏州市人社局” is used as the contact name. Fill the “咨询部门” column to name another department',
  };
  let work: string;

  beforeAll(async () => {
    work = await tempDir('policy-card-cli-warnings-');
    await writeTestWorkbook(path.join(work, '政策清单.xlsx'), [{ name: '政策清单', rows: [HEADERS, ROW] }]);
  });

  it('are printed under the row by import, which still writes it and exits 0', async () => {
    const result = await cli(work, 'import', '政策清单.xlsx');
    expect([result.code, result.stdout]).toEqual([
      0,
      [
        '读取 政策清单.xlsx 工作表“政策清单”（表头在第 1 行）',
        '✔ 第2行 → cards/wen-gang-bu-tie.json（新建）',
        `    ⚠ [W_PHONE_FIXED] ${PHONE.zh}`,
        `    ⚠ [W_CONTACT_NAME] ${NAME.zh}`,
        '',
        '导入完成：新建 1 张，更新 0 张，无变化 0 张，保留手工修改 0 张，失败 0 行；输出到 cards/',
        '',
      ].join('\n'),
    ]);
    expect(JSON.parse(await readFile(path.join(work, 'cards', 'wen-gang-bu-tie.json'), 'utf8')).contacts).toEqual([{ name: '苏州市人社局', phone: '051268751234' }]);
  });

  it('are in the --json report, in English', async () => {
    const json = await cli(work, '--lang', 'en', 'import', '政策清单.xlsx', '--json');
    const report = JSON.parse(json.stdout) as { rows: Array<{ warnings: unknown }> };
    expect(report.rows[0]!.warnings).toEqual([
      { code: 'W_PHONE_FIXED', message: PHONE.en },
      { code: 'W_CONTACT_NAME', message: NAME.en },
    ]);
  });

  it('are printed by build, with the rendered card', async () => {
    const result = await cli(work, 'build', '政策清单.xlsx', '--out', 'out');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`    ⚠ [W_PHONE_FIXED] ${PHONE.zh}\n    ⚠ [W_CONTACT_NAME] ${NAME.zh}\n`);
  });

  it.each([
    ['validate', ['validate', '政策清单.xlsx']],
    ['site', ['site', '政策清单.xlsx', '--base-url', 'https://zc.example.gov.cn/', '--out', 'site']],
    ['print', ['print', '政策清单.xlsx', '--out', 'handouts.pdf']],
  ])('are printed by %s too, as build prints them', async (_command, args) => {
    const result = await cli(work, ...args);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(`    ⚠ [W_PHONE_FIXED] ${PHONE.zh}\n    ⚠ [W_CONTACT_NAME] ${NAME.zh}\n`);
  });

  it.each([['validate'], ['site']])('are in the --json report of %s, in English', async (command) => {
    const extra = command === 'site' ? ['--base-url', 'https://zc.example.gov.cn/', '--out', 'site-json'] : [];
    const json = await cli(work, '--lang', 'en', command, '政策清单.xlsx', ...extra, '--json');
    const report = JSON.parse(json.stdout) as { cards: Array<{ warnings: Array<{ code: string; message: string }> }> };
    expect(report.cards[0]!.warnings.slice(0, 2)).toEqual([
      { code: 'W_PHONE_FIXED', message: PHONE.en },
      { code: 'W_CONTACT_NAME', message: NAME.en },
    ]);
  });
});

describe('policy-card sheet-template and export', () => {
  it('writes the template, which imports back as one card, and refuses to overwrite it', async () => {
    const work = await tempDir('policy-card-cli-template-');
    const made = await cli(work, 'sheet-template', '--out', '模板.xlsx');
    expect(made.code).toBe(0);
    expect(made.stdout.split('\n')[0]).toBe('✔ 已生成模板 模板.xlsx');

    const dry = await cli(work, 'import', '模板.xlsx', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      '✔ 第2行 → cards/shili-wengang-butie.json（将新建）\n    ⚠ [W_EXAMPLE_ROW] 政策清单!A2 编号: 这是模板自带的示例行，内容未改，会生成示例卡片“稳岗补贴（示例，请改写或删除本行）”；请改写或删除这一行\n',
    );
    expect(dry.stdout).toContain('试运行完成（未写入任何文件）：将新建 1 张');
    expect(await readdir(work)).toEqual(['模板.xlsx']);

    const again = await cli(work, 'sheet-template', '--out', '模板.xlsx');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('[E_EXISTS] 模板.xlsx: 文件已存在；要覆盖请加 --force\n');
  });

  it('exports specs to CSV', async () => {
    const work = await tempDir('policy-card-cli-export-');
    await writeTestWorkbook(path.join(work, 'list.xlsx'), POLICY_SHEETS);
    await cli(work, 'import', 'list.xlsx');
    const exported = await cli(work, 'export', '--out', 'back.csv');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe('✔ 已导出 3 张卡片到 back.csv\n');
    const bytes = await readFile(path.join(work, 'back.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
