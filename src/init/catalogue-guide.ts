/**
 * 使用说明.md, the page `init` leaves in a new catalogue: what is in the folder and the few
 * commands of daily work, for the staff who keep it (the README has the full story).
 */

export const GUIDE_FILE_NAME = '使用说明.md';
export const SHEET_FILE_NAME = '政策清单.xlsx';

export interface GuideOptions {
  office: string | undefined;
  sheet: boolean;
}

export function catalogueGuide({ office, sheet }: GuideOptions): string {
  const start = sheet
    ? `1. 用 Excel 或 WPS 打开 \`${SHEET_FILE_NAME}\`：每行一条政策，表头的批注和“填写说明”工作表说明了每列怎么填。
   第 2 行是示例，请改写或删除。
2. 填好后导入，每行变成 \`cards/\` 里的一张卡片：

   \`\`\`
   policy-card import ${SHEET_FILE_NAME}
   \`\`\`
3. 表格改了，再导入一次即可；在工作台里手工改过的卡片不会被覆盖。`
    : `1. \`cards/\` 里有三张 **虚构的示例卡片**（编号以 \`shili-\` 开头、类别为“示例”）。照着它们的样子写自己的卡片，
   写好后把示例删掉。
2. 最方便的是在工作台里填表，边填边看效果：

   \`\`\`
   policy-card serve --open
   \`\`\`
3. 也可以用 Excel 批量填写：\`policy-card sheet-template\` 生成表格，填好后 \`policy-card import 政策清单模板.xlsx\`。`;
  return `# ${office ? `${office} · ` : ''}政策明白卡 使用说明

这个文件夹是一个政策明白卡卡片库。所有命令都在这个文件夹里运行
（Windows：在文件夹地址栏输入 \`cmd\` 回车，打开“命令提示符”）。
${office ? '' : '\n> 先打开 `policy-card.config.json`，把 `"office"` 的 “待补充：单位名称” 改成本单位名称（会用作详情网站的标题）。\n'}
## 文件夹里有什么

| 文件 | 用途 |
|---|---|
| \`cards/\` | 卡片文件，一张卡片一个 \`.json\` |${sheet ? `\n| \`${SHEET_FILE_NAME}\` | 填写政策用的 Excel 表格 |` : ''}
| \`policy-card.config.json\` | 单位名称、默认模板等设置 |
| \`schema/\` | 卡片格式说明，编辑器（如 VS Code）据此检查和提示字段 |
| \`output/\` | 生成的图片、PDF 和网站（运行命令后出现，可随时删除重来） |

## 开始

${start}

## 日常使用

| 要做的事 | 命令 |
|---|---|
| 在浏览器里编辑和预览（工作台） | \`policy-card serve --open\` |
| 检查所有卡片，不生成图片 | \`policy-card validate\` |
| 生成手机长图（PNG，在 \`output/\`） | \`policy-card build\` |
| 生成打印用 PDF（A6 口袋卡拼在 A4 纸上，带裁切线） | \`policy-card print --template a6 --paper A4 -o output/打印.pdf\` |
| 生成二维码指向的详情网站（在 \`output/site/\`） | \`policy-card site --base-url https://本单位网站/政策/\` |

出现提示时，按提示里写的文件、字段和改法修改即可；每条提示开头方括号里的代码（如 \`[E_SCHEMA]\`）
在 policy-card 的说明文档 docs/errors.md 中有详细解释。

这个文件夹可以整个复制给同事或放进共享盘；卡片里的 \`$schema\` 指向本文件夹的 \`schema/\`，复制后照样有效。
`;
}
