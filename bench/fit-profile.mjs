// Per card of a fixed-size template: how many satori layouts fitting takes and where the time
// goes (layout, raster, PNG encode). Usage: npm run build && node bench/fit-profile.mjs [template…]
import { importDist, loadSampleCards, renderOptions } from './lib/cards.js';

const templates = process.argv.slice(2).length ? process.argv.slice(2) : ['a5'];
const { renderCard } = await importDist('render/render-card.js');
const { layoutCount } = await importDist('render/layout-svg.js');
const { valid } = await loadSampleCards();
// One untimed card first: the first layout of a process also pays for satori's cold code.
await renderCard({ ...valid[0].card, template: templates[0] }, { ...renderOptions(valid[0]), template: templates[0] });
const rows = [];
for (const template of templates) {
  for (const entry of valid) {
    const before = layoutCount();
    const started = performance.now();
    const card = await renderCard({ ...entry.card, template }, { ...renderOptions(entry), template });
    const ms = performance.now() - started;
    const after = layoutCount();
    rows.push({
      template,
      card: entry.id,
      scale: card.scale,
      pages: card.pages.length,
      measured: after.measured - before.measured,
      outlined: after.outlined - before.outlined,
      layoutMs: Math.round(card.timings.satoriMs),
      resvgMs: Math.round(card.timings.resvgMs),
      encodeMs: Math.round(card.timings.encodeMs),
      totalMs: Math.round(ms),
    });
  }
}
console.table(rows);
const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
console.log(`layouts ${sum('measured')} measured + ${sum('outlined')} outlined; layout ${sum('layoutMs')} ms, raster ${sum('resvgMs')} ms, encode ${sum('encodeMs')} ms, total ${sum('totalMs')} ms`);
