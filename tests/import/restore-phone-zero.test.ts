import { describe, expect, it } from 'vitest';
import { restorePhoneZero } from '../../src/import/restore-phone-zero.js';

describe('restorePhoneZero: the 0 Excel drops from a number cell', () => {
  it.each([
    ['51268751234', '051268751234'],
    ['2168751234', '02168751234'],
    ['5718765432', '05718765432'],
    ['13800000000', undefined],
    ['051268751234', undefined],
    ['12333', undefined],
    ['68751234', undefined],
    ['512687512345', undefined],
    ['0512-68751234', undefined],
  ])('%s → %s', (value, restored) => {
    expect(restorePhoneZero(value)).toBe(restored);
  });
});
