import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/batch/build-cards.js';
import { CardError } from '../../src/errors.js';
import { safeAreaWarnings } from '../../src/print/qr-print-check.js';
import { assertQrCodesDecode } from '../../src/qr/verify-qr.js';
import { minimalSpec } from '../helpers/cards.js';

describe('build --verify', () => {
  it('reads every QR code back from the rendered card and keeps the good ones', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'policy-card-verify-'));
    await mkdir(path.join(folder, 'cards'));
    await writeFile(path.join(folder, 'cards', 'a.json'), JSON.stringify({ ...minimalSpec(), edition: '2026-01-01' }));
    await writeFile(path.join(folder, 'cards', 'b.json'), JSON.stringify({ ...minimalSpec(), template: 'a6', qr: [{ url: 'https://a.cn/1' }, { url: 'https://a.cn/2', purpose: '申报入口' }] }));
    const report = await buildCards({ cwd: folder, workers: 'never', verifyQr: true });
    expect(report.cards.map((card) => [card.id, card.status])).toEqual([
      ['a', 'rendered'],
      ['b', 'rendered'],
    ]);
  });

  it('fails a card whose code does not read back, naming the code and the URL', () => {
    const blank = new Uint8Array(200 * 200 * 4).fill(255);
    let caught: unknown;
    try {
      assertQrCodesDecode(blank, 200, 200, [{ url: 'https://a.cn/x', x: 20, y: 20, size: 150 }], 'cards/x.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CardError);
    expect((caught as CardError).code).toBe('E_QR_VERIFY');
    expect((caught as CardError).format('zh')).toBe(
      'cards/x.json: /qr/0/url: 第1个二维码读回来是无法识别，应为 https://a.cn/x；卡片未生成。请检查二维码颜色、标志图片或模板中二维码的大小',
    );
  });
});

describe('the print safe area', () => {
  it('warns when a QR code comes within 5 mm of the trim, with the distance', () => {
    // An A6 card (105 mm over 1240 px): a code 30 px from the right edge is 2.5 mm from it.
    const warnings = safeAreaWarnings([{ x: 1240 - 30 - 300, y: 800, size: 300 }], { width: 1240, height: 1748 }, 105 / 1240);
    expect(warnings.map((warning) => [warning.code, warning.text.zh])).toEqual([
      ['W_SAFE_AREA', '第1个二维码距裁切边只有 2.5 毫米（应至少 5 毫米），裁切时可能被切到；请调整模板的页边距'],
    ]);
    expect(safeAreaWarnings([{ x: 100, y: 100, size: 300 }], { width: 1240, height: 1748 }, 105 / 1240)).toEqual([]);
  });
});
