/** freeId: the id a new card, a studio draft or a later draft of one `draft` run gets when its own is taken. */
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/spec/card-schema.js';
import { freeId } from '../../src/spec/free-id.js';

describe('freeId', () => {
  it.each([
    ['ren-cai', [], 'ren-cai'],
    ['ren-cai', ['ren-cai'], 'ren-cai-2'],
    ['ren-cai', ['ren-cai', 'ren-cai-2'], 'ren-cai-3'],
    ['x'.repeat(64), ['x'.repeat(64)], `${'x'.repeat(60)}-2`],
    // A stem cut at a dash does not end in one: no `--2`.
    [`${'a'.repeat(59)}-${'b'.repeat(4)}`, [`${'a'.repeat(59)}-${'b'.repeat(4)}`], `${'a'.repeat(59)}-2`],
  ])('%s with %j taken → %s', (base, taken, expected) => {
    const id = freeId(base, new Set(taken));
    expect(id).toBe(expected);
    expect(ID_PATTERN.test(id)).toBe(true);
  });
});
