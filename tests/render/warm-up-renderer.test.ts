/**
 * Warming a studio worker up must change nothing but the time of its first card: it completes
 * without a card, and a card rendered after it is the same, byte for byte, as one rendered cold.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, sampleCardFiles } from '../helpers/cards.js';

const run = promisify(execFile);

/** SHA-256 of a sample card's PNG rendered in a fresh process, with or without a warm-up first. */
async function renderedHash(warm: boolean): Promise<string> {
  const script = `
    import { createHash } from 'node:crypto';
    import { readFileSync } from 'node:fs';
    const { warmUpRenderer } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'render', 'warm-up-renderer.js'))});
    const { renderCard, validateCard } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'index.js'))});
    if (${warm}) await warmUpRenderer();
    const result = validateCard(JSON.parse(readFileSync(${JSON.stringify(sampleCardFiles()[1]!)}, 'utf8')), { defaultId: 'card' });
    const rendered = await renderCard(result.card);
    process.stdout.write(createHash('sha256').update(rendered.png).digest('hex'));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
  return stdout;
}

describe('warmUpRenderer', () => {
  it('leaves the first card exactly as a cold process renders it', async () => {
    const [cold, warm] = await Promise.all([renderedHash(false), renderedHash(true)]);
    expect(warm).toMatch(/^[0-9a-f]{64}$/);
    expect(warm).toBe(cold);
  }, 120_000);
});
