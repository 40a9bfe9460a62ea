/**
 * Every built-in template × every sample card: rendered at the template's declared pixel size
 * (phone: 1080 wide), and every QR code decodes at that size.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/render/render-card.js';
import { loadCardFile } from '../../src/spec/load-cards.js';
import { listTemplates } from '../../src/template/load-template.js';
import { validateCard } from '../../src/spec/validate-card.js';
import { CARDS_DIR, minimalSpec, sampleCardFiles } from '../helpers/cards.js';
import { decodePng, decodeQrAt } from '../helpers/png.js';

const SIZES: Record<string, [number, number | null]> = {
  phone: [1080, null],
  a4: [2480, 3508],
  a5: [1748, 2480],
  a6: [1240, 1748],
  square: [1080, 1080],
};

describe('built-in templates', () => {
  it('are phone, a4, a5, a6 and square, each with a description', async () => {
    const listing = await listTemplates();
    expect(listing.map((entry) => entry.name)).toEqual(['a4', 'a5', 'a6', 'phone', 'square']);
    for (const entry of listing) expect(entry.manifest?.description.zh.length).toBeGreaterThan(5);
  });

  it('declare their physical size and 300 dpi for print', async () => {
    const listing = await listTemplates();
    const physical = Object.fromEntries(listing.map((entry) => [entry.name, entry.manifest?.physical ?? null]));
    expect(physical).toEqual({
      a4: { widthMm: 210, heightMm: 297, dpi: 300 },
      a5: { widthMm: 148, heightMm: 210, dpi: 300 },
      a6: { widthMm: 105, heightMm: 148, dpi: 300 },
      phone: null,
      square: null,
    });
  });

  const cases = Object.keys(SIZES).flatMap((template) => sampleCardFiles().map((file) => [template, path.basename(file, '.json'), file] as const));
  it.each(cases)('%s × %s renders at its size and its QR codes decode', async (template, _id, file) => {
    const loaded = await loadCardFile(file, CARDS_DIR);
    const rendered = await renderCard(loaded.card!, { template, baseDir: CARDS_DIR });
    const png = decodePng(rendered.png!);
    const [width, height] = SIZES[template]!;
    expect(png.width).toBe(width);
    if (height !== null) expect(png.height).toBe(height);
    for (const qr of rendered.qr) expect(decodeQrAt(png, qr), `${template} ${qr.url}`).toBe(qr.url);
  });

  // A sheet row as offices fill it: two QR codes, the name cell holding a phone too, and two
  // phones in one cell joined by "/". On a6 the contact text took its full width and pushed the
  // second code off the card.
  it.each(['a6', 'a5', 'a4', 'square'])('%s keeps two QR codes inside the card beside a long contact', async (template) => {
    const spec = {
      ...minimalSpec(),
      contacts: [{ name: '张老师 0512-68001234', phone: '0512-68001234/13912345678' }],
      qr: [{ url: 'https://rsj.example.gov.cn/zcwj/2026/tiexi.html', purpose: '原文' }, { url: 'https://sb.example.gov.cn/apply', purpose: '申报入口' }],
    };
    const result = validateCard(spec, { defaultId: 'two-codes' });
    if (!result.ok) throw new Error('invalid');
    const rendered = await renderCard(result.card, { template, baseDir: CARDS_DIR });
    const png = decodePng(rendered.png!);
    expect(rendered.qr).toHaveLength(2);
    for (const qr of rendered.qr) {
      expect(qr.x + qr.size, `${template} ${qr.url} right edge`).toBeLessThanOrEqual(png.width);
      expect(decodeQrAt(png, qr), `${template} ${qr.url}`).toBe(qr.url);
    }
  });
});

