// The headless-browser peer's cold first card, as a user would run it: a fresh Node process that
// loads playwright-core, launches Chromium, opens the card's finished HTML (made beforehand by
// cold-card.mjs, so the peer is not charged for templating), waits for fonts and images, writes
// a full-page 1080 px screenshot and exits. The parent times it from spawn to exit.
// Usage: node bench/browser-cold-child.js <card.html> <out.png> <chromium> <args as JSON>
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [htmlFile, outFile, executablePath, argsJson] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, args: JSON.parse(argsJson), headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(htmlFile).href);
  await page.evaluate(async () => {
    await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
  writeFileSync(outFile, await page.screenshot({ fullPage: true, type: 'png' }));
} finally {
  await browser.close();
}
