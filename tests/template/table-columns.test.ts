/**
 * A reward table's columns line up from row to row on the phone card: every cell of a column gets
 * the same flex weight and floor (table-columns.ts), and satori lays them out alike.
 */
import { describe, expect, it } from 'vitest';
import { htmlToTree } from '../../src/render/html-to-tree.js';
import { layoutSvg } from '../../src/render/layout-svg.js';
import { columnStyles } from '../../src/template/table-columns.js';

const TABLE = {
  columns: ['档次', '申报时间', '奖励金额', '备注'],
  rows: [
    ['一档', '2026年1月1日至2026年12月31日', '100万元', '按年度拨付'],
    ['二档', '常年受理', '50万元', '一次性'],
  ],
};

describe('columnStyles', () => {
  it('gives each column a weight from its longest text (capped) and a floor that keeps a short heading on one line', () => {
    expect(columnStyles(TABLE)).toEqual([
      'flex: 6.5 1 0%; min-width: 3.35em',
      'flex: 18.5 1 0%; min-width: 5.35em',
      'flex: 10.5 1 0%; min-width: 5.35em',
      'flex: 12.5 1 0%; min-width: 3.35em',
    ]);
  });

  it('caps a long heading\'s floor at four characters, so six columns still fit a phone card', () => {
    expect(columnStyles({ columns: ['企业研发投入占销售收入比例', '金额'], rows: [['3%以上', '10万元']] })[0]).toBe('flex: 18.5 1 0%; min-width: 5.35em');
  });
});

describe('a table laid out by satori with these styles', () => {
  it('puts every cell of a column at the same left edge and width in every row, whatever each row holds', async () => {
    const styles = columnStyles(TABLE);
    const row = (cells: string[]) => `<div class="tr">${cells.map((cell, column) => `<div class="td" style="${styles[column]}">${cell}</div>`).join('')}</div>`;
    const css = '.table { display: flex; flex-direction: column; width: 906px; } .tr { display: flex; flex-direction: row; } .td { display: block; box-sizing: border-box; padding: 16px 20px; font-size: 32px; line-height: 1.45; }';
    const html = `<div class="table"><style>${css}</style>${row(TABLE.columns)}${TABLE.rows.map(row).join('')}</div>`;
    const cells: { left: number; width: number }[] = [];
    await layoutSvg(htmlToTree(html, { slots: {}, icon: () => undefined }) as never, {
      width: 906,
      outlines: false,
      onNode: (node) => {
        if (node.className === 'td') cells.push({ left: Math.round(node.left), width: Math.round(node.width) });
      },
    });
    expect(cells).toHaveLength(12);
    const rows = [cells.slice(0, 4), cells.slice(4, 8), cells.slice(8, 12)];
    expect(rows[1]).toEqual(rows[0]);
    expect(rows[2]).toEqual(rows[0]);
    // The date column gets the most room, and the table's width is used to the pixel.
    expect(Math.max(...rows[0]!.map((cell) => cell.width))).toBe(rows[0]![1]!.width);
    expect(rows[0]!.reduce((sum, cell) => sum + cell.width, 0)).toBeGreaterThanOrEqual(905);
  });
});
