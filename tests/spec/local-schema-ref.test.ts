/** The `$schema` written specs carry: the catalogue's own copy, relatively, or none. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localSchemaRef } from '../../src/spec/local-schema-ref.js';

describe('localSchemaRef', () => {
  it('finds no schema where there is no catalogue copy', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    await mkdir(path.join(work, 'cards'));
    expect(await localSchemaRef(path.join(work, 'cards'))).toBeUndefined();
  });

  it('points from a nested card folder to the catalogue copy, with forward slashes', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'policy-card-init-'));
    await mkdir(path.join(work, 'schema'));
    await writeFile(path.join(work, 'schema', 'card.schema.json'), '{}');
    await mkdir(path.join(work, 'cards', '2026'), { recursive: true });
    expect(await localSchemaRef(path.join(work, 'cards', '2026'))).toBe('../../schema/card.schema.json');
  });
});
