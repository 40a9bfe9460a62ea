import { describe, expect, it } from 'vitest';
import { applyBrandColor, contrastRatio } from '../../src/template/brand-colors.js';
import { listThemeNames, loadTheme } from '../../src/template/themes.js';

describe('themes', () => {
  it('ships default, red, green and elder', async () => {
    expect(await listThemeNames()).toEqual(expect.arrayContaining(['default', 'red', 'green', 'elder']));
  });

  it.each(['default', 'red', 'green', 'elder'])('%s keeps text readable (WCAG AA contrast everywhere text sits)', async (name) => {
    const { colors } = await loadTheme(name);
    expect(contrastRatio(colors.ink, colors.paper)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(colors.ink, '#ffffff')).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(colors.muted, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.onPrimary, colors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.onPrimary, colors.primaryDark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.primaryDark, colors.primarySoft)).toBeGreaterThanOrEqual(4.5);
  });

  it('elder is large type, high contrast and at least 1.5 line height (适老化)', async () => {
    const elder = await loadTheme('elder');
    expect(elder.fontScale).toBeGreaterThanOrEqual(1.2);
    expect(elder.lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(contrastRatio(elder.colors.ink, elder.colors.paper)).toBeGreaterThanOrEqual(15);
    expect(contrastRatio(elder.colors.accent, '#ffffff')).toBeGreaterThanOrEqual(7);
  });

  it('derives the primary shades from a brand colour', async () => {
    const branded = applyBrandColor(await loadTheme('default'), '#0b7a75');
    expect(branded.colors).toMatchObject({ primary: '#0b7a75', primaryDark: '#085552', primarySoft: '#e7f2f1' });
  });

  it.each(['../default', 'x\u0000', '/etc/passwd', 'nope'])('refuses theme %j with a clear message', async (name) => {
    await expect(loadTheme(name)).rejects.toThrow(/^(主题名 .* 无效：只能包含小写字母、数字、- 和 _|没有名为 "nope" 的主题；可用主题：default、elder、green、red)$/);
  });
});
