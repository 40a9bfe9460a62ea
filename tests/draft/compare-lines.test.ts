import { describe, expect, it } from 'vitest';
import { compareLines } from '../../src/draft/source-document.js';

describe('compareLines', () => {
  it.each([
    [{ line: 40, page: 1 }, { line: 3, page: 2 }, -1],
    [{ line: 3, page: 2 }, { line: 40, page: 1 }, 1],
    [{ line: 5, page: 2 }, { line: 5, page: 2 }, 0],
    [{ line: 2 }, { line: 9 }, -1],
    [{ line: 9 }, { line: 2 }, 1],
  ])('orders %j against %j by page first, then line', (a, b, sign) => {
    expect(Math.sign(compareLines(a, b))).toBe(sign);
  });
});
