/** fonts/coverage.json is generated from the bundled fonts (`npm run fonts`); it must match them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, fontCoverage, renderCoverageFile } from '../../src/fonts/font-coverage.js';

describe('font coverage table', () => {
  it('is in step with the bundled fonts (run `npm run build && npm run fonts` after changing them)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(renderCoverageFile());
  });

  it('answers for CJK, ASCII, emoji and Extension B', () => {
    const covered = fontCoverage();
    for (const char of '政策明白卡稳岗补贴A9，。') expect(covered(char.codePointAt(0)!), char).toBe(true);
    for (const char of ['😀', '𠀀', '\u2060']) expect(covered(char.codePointAt(0)!), char).toBe(false);
    expect(covered(-1)).toBe(false);
    expect(covered(0x110000)).toBe(false);
  });
});
