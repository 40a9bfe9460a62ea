import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchemaFile } from '../../src/schema/write-schema.js';
import { ROOT, readJson, sampleCardFiles } from '../helpers/cards.js';

describe('schema/card.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing src/spec/card-schema.ts)', () => {
    expect(readFileSync(path.join(ROOT, 'schema', 'card.schema.json'), 'utf8')).toBe(renderSchemaFile());
  });

  it('forbids unknown keys and requires the core fields', () => {
    const schema = JSON.parse(renderSchemaFile()) as { additionalProperties: boolean; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['title', 'issuer', 'parties', 'conditions', 'process', 'reward']);
  });

  it('is referenced by every sample card', () => {
    for (const file of sampleCardFiles()) expect(readJson(file)['$schema'], file).toBe('../schema/card.schema.json');
  });
});
