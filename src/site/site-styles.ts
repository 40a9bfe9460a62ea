/**
 * The site's one stylesheet, inlined into every page (about 6 KB): mobile first, system fonts
 * only (nothing is fetched), sizes in rem so browser zoom and the large-type style scale
 * everything, and a print style that gives a clean A4 page of the text. Colours come from the
 * batch's theme; the large-type style (`html.large`) uses the `elder` theme's colours.
 */
import type { Theme } from '../template/themes.js';

function colorVariables(theme: Theme): string {
  const c = theme.colors;
  return (
    `--primary:${c.primary};--primary-dark:${c.primaryDark};--primary-soft:${c.primarySoft};--accent:${c.accent};` +
    `--accent-soft:${c.accentSoft};--ink:${c.ink};--muted:${c.muted};--paper:${c.paper};--line:${c.line};--on-primary:${c.onPrimary};`
  );
}

const FONTS = 'system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif';

export function renderSiteStyles(theme: Theme, large: Theme): string {
  return `:root{${colorVariables(theme)}--lh:1.65;color-scheme:light}
html.large{${colorVariables(large)}--lh:1.75;font-size:125%}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font-family:${FONTS};font-size:1.0625rem;line-height:var(--lh);color:var(--ink);background:var(--paper);line-break:strict;overflow-wrap:anywhere;-webkit-text-size-adjust:100%;text-size-adjust:100%}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-100vw;top:.5rem;background:#fff;color:#000;padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem}
.bar{background:var(--primary);color:var(--on-primary)}
.bar .wrap{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding-top:.5rem;padding-bottom:.5rem}
.bar a{color:var(--on-primary);font-weight:700}
.tools{display:flex;flex-wrap:wrap;gap:.5rem}
button,select,input{font:inherit;color:inherit}
button{min-height:2.75rem;padding:.25rem .9rem;border-radius:.5rem;border:2px solid currentColor;background:transparent;cursor:pointer}
.bar button{color:var(--on-primary)}
.bar button[aria-pressed="true"]{background:var(--on-primary);color:var(--primary-dark)}
a{color:var(--primary-dark);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
h1{font-size:1.6rem;line-height:1.35;margin:.25rem 0 .5rem}
h2{font-size:1.25rem;line-height:1.4;color:var(--primary-dark);margin:0 0 .6rem;padding-left:.6rem;border-left:.3rem solid var(--primary)}
h3{font-size:1.0625rem;line-height:1.5;margin:0}
p{margin:.4rem 0}
.head{padding:1rem 0 .25rem}
.category{display:inline-block;margin:0;padding:0 .6rem;border-radius:1rem;background:var(--primary-soft);color:var(--primary-dark);font-size:.9rem;font-weight:700}
.summary{font-size:1.125rem}
section,.panel{background:#fff;border:1px solid var(--line);border-radius:.75rem;padding:1rem;margin:1rem 0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
ol,ul{margin:0;padding-left:1.5rem}
li{margin:.35rem 0}
.headline{font-size:1.6rem;line-height:1.3;font-weight:700;color:var(--accent);margin:0 0 .5rem}
.steps{list-style:none;padding:0;counter-reset:step}
.steps>li{position:relative;padding-left:2.75rem;min-height:2.2rem;counter-increment:step}
.steps>li::before{content:counter(step);position:absolute;left:0;top:0;width:2.1rem;height:2.1rem;border-radius:50%;background:var(--primary);color:var(--on-primary);font-weight:700;text-align:center;line-height:2.1rem}
.steps p{color:var(--muted)}
.table-scroll{overflow-x:auto;margin-top:.75rem}
table{border-collapse:collapse;min-width:100%}
caption{text-align:left;font-weight:700;padding-bottom:.3rem}
th .nb,td .nb,.headline .nb{white-space:nowrap}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th{background:var(--primary-soft)}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0}
.actions li{margin:0}
.actions a{display:inline-block;padding:.6rem 1.1rem;border-radius:.5rem;background:var(--primary);color:var(--on-primary);font-weight:700;text-decoration:none}
.actions .caption{display:block;color:var(--muted);font-size:.9rem}
.contacts{list-style:none;padding:0}
.contacts>li+li{border-top:1px solid var(--line);padding-top:.5rem}
.contacts a{font-size:1.125rem;font-weight:700}
.status{display:inline-block;margin-left:.4rem;padding:0 .5rem;border-radius:1rem;border:1px solid currentColor;font-size:.875rem;font-weight:700;line-height:1.6}
.status-open{color:#0b6b2f}
.status-upcoming{color:var(--primary-dark)}
.status-closed{color:#5c5c5c}
.card-image figure{margin:0;text-align:center}
.card-image img{display:block;width:100%;max-width:34rem;height:auto;margin:0 auto .5rem;border:1px solid var(--line);border-radius:.5rem}
.filter{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr))}
.filter>:first-child,.filter p{grid-column:1/-1}
.filter label{display:block;font-weight:700}
.filter input,.filter select{width:100%;min-height:2.75rem;padding:.3rem .6rem;border:2px solid var(--muted);border-radius:.5rem;background:#fff}
.filter p{margin:0;color:var(--muted)}
.jump{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
.jump li{margin:0}
.jump a{display:inline-block;padding:.2rem .75rem;border:1px solid var(--line);border-radius:1rem;background:#fff;text-decoration:none}
.policies{list-style:none;padding:0}
.policy{border-top:1px solid var(--line);padding:.75rem 0}
.policy:first-child{border-top:0;padding-top:0}
.policy h3{font-size:1.125rem}
.policy .meta{color:var(--muted);font-size:.95rem}
.policy .meta strong{color:var(--accent)}
.count{color:var(--muted);font-weight:400;font-size:1rem}
footer{color:var(--muted);font-size:.9rem;padding:.5rem 0 2.5rem}
html.large body{font-weight:500}
html.large .muted,html.large .steps p,html.large .policy .meta,html.large footer{color:var(--ink)}
@media (max-width:24rem){.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.4rem}}
@media print{
@page{size:A4;margin:16mm 15mm}
html,html.large{font-size:11pt}
body{background:#fff;color:#000;font-size:11pt;line-height:1.5}
.bar,.skip,.card-image,.filter,.jump,.tools,button{display:none!important}
.wrap{max-width:none;padding:0}
section,.panel{border:0;border-radius:0;padding:0;margin:0 0 5mm}
h1{font-size:17pt}h2{font-size:13pt;break-after:avoid}
li,tr,.steps>li{break-inside:avoid}
a{color:#000;text-decoration:none}
.actions{display:block}.actions a{background:none;color:#000;padding:0}
.actions a::after{content:"：" attr(href);font-weight:400}
.steps>li::before{background:none;color:#000;border:1px solid #000}
.status{border:0;padding:0}
}
`;
}
