/**
 * The flags every card-rendering command shares (build, validate, print, site, serve), declared
 * once so they read the same everywhere. `resolveSettings` turns them into batch options.
 */
import type { Command } from 'commander';

export function withCardOptions(command: Command, which: { template: boolean } = { template: true }): Command {
  if (which.template) command.option('-t, --template <name>', '模板 template (see `policy-card templates`)');
  return command
    .option('--theme <name>', '主题 theme: default, red, green, elder')
    .option('--locale <locale>', '标签语言 label locale: zh-CN, zh-TW, en')
    .option('--brand-color <hex>', '品牌色 brand colour, e.g. #0b5ed7')
    .option('--templates <dir>', '自定义模板文件夹 folder of custom templates')
    .option('--config <file>', '配置文件 config file (default: ./policy-card.config.json)')
    .option('--base-url <url>', '详情站点网址 base URL of the detail site (see `policy-card site`)')
    .option('--qr-target <target>', '二维码指向 spec（卡片中的网址）或 site（详情页）')
    .option('--qr-utm <query>', '详情页网址追加的查询串 query added to detail-page URLs, e.g. src=card');
}
