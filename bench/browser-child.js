// The headless-browser peer, in its own Node process: Debian's Chromium driven by
// playwright-core renders the same card HTML (made with the project's template) and takes a
// full-page 1080 px screenshot. Two ways of feeding a warm page are timed:
//   swap        one page; per card the <body> is replaced (fonts stay loaded in the document)
//   setContent  one page; per card page.setContent(whole document with @font-face)
// Usage: node bench/browser-child.js <config.json>
//   config: { files, count, out, workDir, saveDir?, executablePath, args }
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSampleCards, makeBatch, renderOptions, ROOT } from './lib/cards.js';
import { cpuSecondsOf, pssOf, rssOf, treePids } from './lib/proc.js';

const bootMs = performance.now();
const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const finish = (result) => writeFileSync(config.out, JSON.stringify(result));

if (!existsSync(config.executablePath)) {
  finish({ skipped: `${config.executablePath} is not installed (apt-get install -y chromium)` });
  process.exit(0);
}
let chromium;
let playwrightVersion;
try {
  ({ chromium } = await import('playwright-core'));
  playwrightVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version;
} catch (error) {
  finish({ skipped: `playwright-core cannot be loaded: ${error.message}` });
  process.exit(0);
}

const { cardHtml, documentHtml } = await import('./lib/card-html.js');
const { valid } = await loadSampleCards();
const samples = config.files.map((file) => valid.find((entry) => entry.absolutePath === file)).filter(Boolean);
const batch = makeBatch(samples, config.count);

/** Width and height from a PNG's IHDR. */
const pngSize = (png) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const chromiumPids = () => treePids(process.pid).filter((pid) => pid !== process.pid);

const shellFile = path.join(config.workDir, 'shell.html');
writeFileSync(shellFile, documentHtml(''));
const shellUrl = pathToFileURL(shellFile).href;

let browser;
try {
  const launchStart = performance.now();
  browser = await chromium.launch({ executablePath: config.executablePath, args: config.args, headless: true });
  const launchedMs = performance.now();
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
  const pageMs = performance.now();
  await page.goto(shellUrl);
  await page.evaluate(() => Promise.all([document.fonts.load('400 32px "Noto Sans SC"'), document.fonts.load('700 32px "Noto Sans SC"')]));
  const fontsMs = performance.now();

  // Each card is ready when its images are decoded and its fonts loaded.
  const feed = {
    swap: (html) =>
      page.evaluate(async (cardHtmlText) => {
        document.body.innerHTML = cardHtmlText;
        await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
        await document.fonts.ready;
      }, html),
    setContent: async (html) => {
      await page.setContent(documentHtml(html), { waitUntil: 'load' });
      await page.evaluate(async () => {
        await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
        await document.fonts.ready;
      });
    },
  };
  const shoot = () => page.screenshot({ fullPage: true, type: 'png' });

  // First card: the browser's own "cold start" (launch → first PNG), and the warm-up of `swap`.
  const first = samples[0];
  const { html: firstHtml } = await cardHtml({ ...first.card, id: `${first.card.id}-warmup` }, renderOptions(first));
  await feed.swap(firstHtml);
  const firstPng = await shoot();
  const firstPngMs = performance.now();
  const fontCheck = await page.evaluate(() => ({
    regular: document.fonts.check('400 32px "Noto Sans SC"'),
    bold: document.fonts.check('700 32px "Noto Sans SC"'),
    faces: Array.from(document.fonts, (face) => `${face.weight}:${face.status}`),
  }));
  if (config.saveDir) writeFileSync(path.join(config.saveDir, `browser-${first.id}.png`), firstPng);

  const variants = {};
  for (const name of ['swap', 'setContent']) {
    if (name === 'setContent') {
      // Its own warm-up render.
      const { html } = await cardHtml(first.card, renderOptions(first));
      await feed.setContent(html);
      await shoot();
    }
    const cards = [];
    const cpuBefore = process.cpuUsage();
    const browserCpuBefore = cpuSecondsOf(chromiumPids());
    const started = performance.now();
    for (const entry of batch) {
      const t0 = performance.now();
      const { html } = await cardHtml(entry.card, renderOptions(entry));
      const t1 = performance.now();
      await feed[name](html);
      const t2 = performance.now();
      const png = await shoot();
      const t3 = performance.now();
      cards.push({ id: entry.card.id, sample: entry.id, prepMs: t1 - t0, contentMs: t2 - t1, screenshotMs: t3 - t2, totalMs: t3 - t0, pngBytes: png.length, ...pngSize(png) });
      if (config.saveDir && entry === batch[batch.length - 1]) writeFileSync(path.join(config.saveDir, `browser-${name}-${entry.card.id}.png`), png);
    }
    const batchMs = performance.now() - started;
    const nodeCpu = process.cpuUsage(cpuBefore);
    const pids = chromiumPids();
    variants[name] = {
      batchMs,
      nodeCpuMs: (nodeCpu.user + nodeCpu.system) / 1000,
      browserCpuMs: (cpuSecondsOf(pids) - browserCpuBefore) * 1000,
      cards,
      memoryEnd: {
        processes: pids.length + 1,
        rss: rssOf(process.pid) + pids.reduce((sum, pid) => sum + rssOf(pid), 0),
        pss: pssOf(process.pid) + pids.reduce((sum, pid) => sum + pssOf(pid), 0),
        browserPss: pids.reduce((sum, pid) => sum + pssOf(pid), 0),
      },
    };
  }

  finish({
    browserVersion: browser.version(),
    playwrightVersion,
    fontCheck,
    cold: {
      bootMs,
      launchStartMs: launchStart,
      launchedMs,
      pageMs,
      fontsMs,
      firstPngMs,
      timeOrigin: performance.timeOrigin,
      firstSize: pngSize(firstPng),
    },
    variants,
  });
} catch (error) {
  finish({ skipped: `the browser run failed: ${error?.stack ?? error}` });
} finally {
  await browser?.close().catch(() => undefined);
}
