/** Where each column ends, from satori's boxes: the stretched panels and the columns themselves do not count. */
import { describe, expect, it } from 'vitest';
import { columnBottoms, type NodeBox } from '../../src/render/column-bottoms.js';

const box = (className: string | undefined, left: number, top: number, width: number, height: number): NodeBox => ({ className, left, top, width, height });

describe('columnBottoms', () => {
  it.each([
    ['no columns', [box('card', 0, 0, 1000, 2000), box(undefined, 10, 10, 100, 40)], null],
    ['one column only', [box('col', 0, 100, 500, 900)], null],
    [
      'the lowest box inside each column, not its stretched last panel',
      [
        box('cols', 0, 100, 1000, 900),
        box('col', 510, 100, 490, 900),
        box('col', 0, 100, 490, 900),
        box('panel', 0, 100, 490, 900),
        box(undefined, 20, 140, 450, 600),
        box('panel', 510, 100, 490, 900),
        box('item', 530, 140, 450, 300),
      ],
      [740, 440],
    ],
    ['an empty second column ends at its top', [box('col', 0, 100, 490, 900), box('col', 510, 100, 490, 900), box(undefined, 20, 120, 400, 80)], [200, 100]],
    ['a box below the columns belongs to neither', [box('col', 0, 100, 490, 500), box('col', 510, 100, 490, 500), box('qr', 0, 700, 300, 300)], [100, 100]],
  ] as const)('%s', (_name, nodes, expected) => {
    expect(columnBottoms(nodes as readonly NodeBox[])).toEqual(expected);
  });
});
