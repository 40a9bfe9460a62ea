import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/draft/read-document.js';
import { documentFolder } from '../helpers/document-folder.js';

/** A notice page as a city government site serves it: navigation, breadcrumbs, info bar, share and print buttons, related links, footer, scripts. */
function governmentPage(charsetMeta: string): string {
  return `<!DOCTYPE html>
<html>
<head>
${charsetMeta}
<title>关于组织申报2026年度商务发展专项资金的通知_通知公告_苏州市人民政府</title>
<meta name="ArticleTitle" content="关于组织申报2026年度商务发展专项资金的通知">
<meta name="PubDate" content="2026-03-02 09:30">
<script src="/js/jquery.min.js"></script>
<script>globalThis.__pageScriptRan = true;</script>
<style>.article-content p { text-indent: 2em; }</style>
</head>
<body>
<div class="header"><div class="logo"><h1><img src="logo.png" alt="苏州市人民政府"></h1></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>
<div class="article">
  <div class="article-title">关于组织申报2026年度商务发展专项资金的通知</div>
  <div class="article-info">发布日期：2026-03-02　来源：苏州市商务局　浏览次数：<script>document.write(Math.round(Math.random()*1000) + "脚本写的次数")</script>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div id="zoom" class="article-content">
    <p>各市、区商务主管部门，有关企业：</p>
    <p>　　为贯彻落实《苏州市商务发展专项资金管理办法》（苏商规〔2024〕3号），现将有关事项通知如下：</p>
    <p><strong>一、申报条件</strong></p>
    <p>（一）在苏州市依法登记注册，具有独立法人资格；</p>
    <p>（二）近三年无严重失信
    记录。</p>
    <script>document.write('这段脚本文字不应出现');</script>
    <p><strong>二、奖励标准</strong></p>
    <table border="1"><tbody>
      <tr><td>档次</td><td>年进出口额</td><td>奖励</td></tr>
      <tr><td>一档</td><td>1亿美元以上</td><td>50万元</td></tr>
    </tbody></table>
    <p>三、联系方式</p>
    <p>联系人：张科长&nbsp;&nbsp;电话：0512-68612345</p>
    <p style="text-align:right">苏州市商务局</p>
    <p style="text-align:right">2026年3月1日</p>
  </div>
  <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
  <div class="related"><h3>相关链接</h3><ul><li><a href="/a">关于2025年度专项资金拟支持项目的公示</a></li><li><a href="/b">苏州市商务发展专项资金管理办法</a></li><li><a href="/c">政策解读：商务发展专项资金</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：苏州市人民政府办公室</p><p>苏ICP备05001234号　苏公网安备 32050802010001号　网站标识码：3205000001</p></div>
<script>var _hmt = _hmt || []; document.write('统计脚本');</script>
</body>
</html>`;
}

const EXPECTED = [
  { text: '关于组织申报2026年度商务发展专项资金的通知', kind: 'heading', level: 1, line: 1 },
  { text: '各市、区商务主管部门，有关企业：', line: 2 },
  { text: '为贯彻落实《苏州市商务发展专项资金管理办法》（苏商规〔2024〕3号），现将有关事项通知如下：', line: 3 },
  { text: '一、申报条件', line: 4 },
  { text: '（一）在苏州市依法登记注册，具有独立法人资格；', line: 5 },
  { text: '（二）近三年无严重失信记录。', line: 6 },
  { text: '二、奖励标准', line: 7 },
  { text: '档次 | 年进出口额 | 奖励', kind: 'table-row', cells: ['档次', '年进出口额', '奖励'], line: 8 },
  { text: '一档 | 1亿美元以上 | 50万元', kind: 'table-row', cells: ['一档', '1亿美元以上', '50万元'], line: 9 },
  { text: '三、联系方式', line: 10 },
  { text: '联系人：张科长 电话：0512-68612345', line: 11 },
  { text: '苏州市商务局', line: 12 },
  { text: '2026年3月1日', line: 13 },
];

describe('readDocument on a saved government web page', () => {
  it.each([
    ['UTF-8 declared by <meta charset>', 'page.html', '<meta charset="utf-8">', 'utf8'],
    ['GBK declared by http-equiv as gb2312', 'page.htm', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gbk'],
    ['GBK with no declaration', 'page.html', '', 'gbk'],
    // A GBK page re-saved by an editor (Notepad saves UTF-8) keeps its old declaration: the bytes win.
    ['UTF-8 bytes under a stale GBK declaration', 'page.html', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', 'utf8'],
    ['UTF-8 bytes under a stale GB2312 <meta charset>', 'page.htm', '<meta charset="gb2312">', 'utf8'],
  ])('finds the article inside the chrome: %s', async (_name, name, meta, encoding) => {
    const { write } = await documentFolder();
    const file = await write(name, iconv.encode(governmentPage(meta), encoding));
    const document = await readDocument(file);
    expect(document).toEqual({
      file,
      format: 'html',
      metaTitle: '关于组织申报2026年度商务发展专项资金的通知_通知公告_苏州市人民政府',
      lines: EXPECTED,
    });
  });

  it('never runs the page scripts, and their text is not read', async () => {
    const { write } = await documentFolder();
    const document = await readDocument(await write('page.html', governmentPage('<meta charset="utf-8">')));
    expect((globalThis as { __pageScriptRan?: boolean }).__pageScriptRan).toBeUndefined();
    const text = document.lines.map((line) => line.text).join('\n');
    for (const fragment of ['脚本', 'document.write', '_hmt', 'jquery']) expect(text).not.toContain(fragment);
  });

  it('falls back to the element with the most Chinese text in its paragraphs when no known container holds the article', async () => {
    const { write } = await documentFolder();
    const page = `<html><head><title>某区人民政府</title></head><body>
      <div class="top"><a href="/">首页</a> <a href="/xxgk">信息公开</a> <a href="/zmhd">政民互动</a></div>
      <div class="wrap"><div class="left"><ul><li><a href="/1">通知公告栏目一</a></li><li><a href="/2">通知公告栏目二</a></li></ul></div>
      <div class="wenzhang"><h2>相城区促进现代服务业发展的若干政策</h2>
        <p>第一条 为加快我区现代服务业高质量发展，结合实际，制定本政策。</p>
        <p>第二条 对新认定的省级现代服务业集聚区，给予一次性奖励100万元。</p>
        <p>第三条 本政策自发布之日起施行，由区发改委负责解释。</p>
      </div></div>
      <div class="bottom">版权所有：某区人民政府 苏ICP备12345678号</div></body></html>`;
    const document = await readDocument(await write('page.html', page));
    expect(document.lines.map((line) => line.text)).toEqual([
      '相城区促进现代服务业发展的若干政策',
      '第一条 为加快我区现代服务业高质量发展，结合实际，制定本政策。',
      '第二条 对新认定的省级现代服务业集聚区，给予一次性奖励100万元。',
      '第三条 本政策自发布之日起施行，由区发改委负责解释。',
    ]);
    expect(document.metaTitle).toBe('某区人民政府');
  });

  it('reads an article laid out with <br> inside layout tables, as older content systems write it', async () => {
    const { write } = await documentFolder();
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>通知公告</title></head><body>
      <table width="100%"><tr><td><a href="/">首页</a> | <a href="/tzgg">通知公告</a></td></tr></table>
      <table width="960"><tr><td class="bt">关于开展2026年度企业上云奖励申报工作的通知</td></tr>
      <tr><td><div class="TRS_Editor">一、申报对象<br>
      在本区注册的中小企业。<br><br>二、奖励标准<br>
      按上云费用的30%给予奖励，最高10万元。<br>
      附件：<a href="/f/1.docx">申报表.docx</a></div></td></tr></table>
      <div class="foot">苏ICP备12345678号</div></body></html>`;
    const document = await readDocument(await write('page.html', page));
    expect(document.lines.map((line) => line.text)).toEqual([
      '关于开展2026年度企业上云奖励申报工作的通知',
      '一、申报对象',
      '在本区注册的中小企业。',
      '二、奖励标准',
      '按上云费用的30%给予奖励，最高10万元。',
      '附件：申报表.docx',
    ]);
  });

  it('adds no title that the article already opens with (even broken over two lines), and never takes the site name for one', async () => {
    const { write } = await documentFolder();
    const page = `<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="国务院关于做好当前和今后一个时期促进就业工作的若干意见"></head><body>
      <h1 class="logo">中华人民共和国中央人民政府网站</h1>
      <div id="UCAP-CONTENT"><p>国务院关于做好当前和今后一个时期</p><p>促进就业工作的若干意见</p><p>国发〔2018〕39号</p>
      <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>一、支持企业稳定发展</p></div></body></html>`;
    const withMeta = await readDocument(await write('meta.html', page));
    expect(withMeta.lines.map((line) => line.text)).toEqual([
      '国务院关于做好当前和今后一个时期',
      '促进就业工作的若干意见',
      '国发〔2018〕39号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '一、支持企业稳定发展',
    ]);
    const withoutMeta = await readDocument(await write('plain.html', page.replace(/<meta name="ArticleTitle"[^>]*>/, '').replace(/<p>国务院关于[^<]*<\/p><p>促进[^<]*<\/p>/, '')));
    expect(withoutMeta.lines[0]?.text).toBe('国发〔2018〕39号');
  });

  it('reads a cell merged over rows (rowspan) in every row it covers, and keeps the columns of a row after a cell spanning columns', async () => {
    const { write } = await documentFolder();
    const page = `<html><head><meta charset="utf-8"></head><body><div id="zoom">
      <p>三、奖励标准（对符合条件的企业按以下档次给予奖励）</p>
      <table><tr><th>类别</th><th>档次</th><th>奖励金额</th></tr>
        <tr><td rowspan="2">研发投入</td><td>一档</td><td>50万元</td></tr>
        <tr><td>二档</td><td>20万元</td></tr>
        <tr><td>人才引进</td><td>一档</td><td rowspan="9999">10万元</td></tr>
        <tr><td colspan="2">合计</td></tr>
      </table></div></body></html>`;
    const document = await readDocument(await write('spans.html', page));
    expect(document.lines.filter((line) => line.kind === 'table-row').map((line) => line.cells)).toEqual([
      ['类别', '档次', '奖励金额'],
      ['研发投入', '一档', '50万元'],
      ['研发投入', '二档', '20万元'],
      ['人才引进', '一档', '10万元'],
      ['合计', '', '10万元'],
    ]);
  });
});

