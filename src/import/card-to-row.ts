/**
 * A validated card → the cells of one sheet row, written so that importing the row gives the
 * same card back (lists one item per line, steps as `名称：说明`, contacts lined up by line,
 * QR codes in the column of their purpose with the caption before the URL).
 */
import type { CardSpec } from '../spec/card-schema.js';
import { joinCellLinks } from './parse-cell-links.js';
import { joinCellTable } from './parse-cell-table.js';
import type { SheetField } from './sheet-columns.js';
import { joinCellList } from './split-cell-list.js';

/** A cell to write: text, or a date (written as a real Excel date in .xlsx). */
export type SheetValue = string | { date: string };

export type SheetRowValues = Partial<Record<SheetField, SheetValue>>;

/** Written where a contact has no phone or address but a later one has, to keep the lines lined up. */
export const NONE_PLACEHOLDER = '—';

function lineUp(values: ReadonlyArray<string | undefined>): string | undefined {
  let last = values.length - 1;
  while (last >= 0 && values[last] === undefined) last--;
  if (last < 0) return undefined;
  return values
    .slice(0, last + 1)
    .map((value) => value ?? NONE_PLACEHOLDER)
    .join('\n');
}

export function cardToRow(card: CardSpec): SheetRowValues {
  const row: SheetRowValues = { id: card.id, title: card.title, issuer: card.issuer };
  const text = (field: SheetField, value: string | undefined): void => {
    if (value !== undefined) row[field] = value;
  };
  const date = (field: SheetField, value: string | undefined): void => {
    if (value !== undefined) row[field] = { date: value };
  };
  text('docNo', card.docNo);
  text('category', card.category);
  text('summary', card.summary);
  row.parties = joinCellList(card.parties);
  row.conditions = joinCellList(card.conditions);
  if (card.materials) row.materials = joinCellList(card.materials);
  row.process = joinCellList(
    card.process.map((step) => (typeof step === 'string' ? step : step.detail ? `${step.title}：${step.detail}` : step.title)),
    { arrows: true },
  );
  text('reward.headline', card.reward.headline);
  row['reward.items'] = joinCellList(card.reward.items);
  if (card.reward.table) row['reward.table'] = joinCellTable(card.reward.table);
  date('period.start', card.period?.start);
  date('period.end', card.period?.end);
  text('period.note', card.period?.note);
  if (card.contacts) {
    text('contacts.name', lineUp(card.contacts.map((contact) => contact.name)));
    text('contacts.phone', lineUp(card.contacts.map((contact) => contact.phone)));
    text('contacts.address', lineUp(card.contacts.map((contact) => contact.address)));
  }
  const byField = new Map<SheetField, Array<{ url: string; caption?: string | undefined }>>();
  for (const qr of card.qr) {
    const field: SheetField = qr.purpose ? `qr.${qr.purpose}` : 'qr';
    byField.set(field, [...(byField.get(field) ?? []), { url: qr.url ?? '', caption: qr.caption }]);
  }
  for (const [field, links] of byField) row[field] = joinCellLinks(links);
  date('edition', card.edition);
  text('template', card.template);
  text('theme', card.theme);
  text('logo', card.logo);
  return row;
}
