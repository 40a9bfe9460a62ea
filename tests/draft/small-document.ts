/**
 * Small documents written for the rule tests (none copies a corpus document): their lines, their
 * draft, and the readers' answers in the shape the tests compare.
 */
import { draftCard, type DraftResult, type DraftSpec } from '../../src/draft/draft-card.js';
import { findContacts } from '../../src/draft/find-contacts.js';
import { findPeriod } from '../../src/draft/find-period.js';
import { readTxt } from '../../src/draft/read-txt.js';
import type { SourceLine } from '../../src/draft/source-document.js';
import { splitInlineHeadings } from '../../src/draft/split-inline-headings.js';

export const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }));
/** A notice (通知.txt) drafted from its lines. */
export const draft = (...texts: string[]): DraftResult => draftCard({ file: '通知.txt', format: 'txt', lines: lines(...texts) });
/** A guide (指南.txt) drafted from its lines. */
export const draftGuide = (...texts: string[]): DraftResult => draftCard({ file: '指南.txt', format: 'txt', lines: lines(...texts) });
export const draftSpec = (...texts: string[]): DraftSpec => draft(...texts).spec;
/** A page saved as text, read as the .txt reader reads it. */
export const txt = (...texts: string[]) => readTxt('page.txt', new TextEncoder().encode(texts.join('\n')));
/** A run-on line as splitInlineHeadings cuts it. */
export const split = (text: string): string[] => splitInlineHeadings(lines(text)).map((line) => line.text);

export const periodOf = (texts: string[], year?: number) => {
  const found = findPeriod([], lines(...texts), year);
  return found && { start: found.start, end: found.end, note: found.note };
};
/** The contacts found, without their source lines. */
export const contactsOf = (section: SourceLine[], all: SourceLine[]) => findContacts(section, all).map(({ lines: _lines, ...contact }) => contact);
/** The contacts found, name and phone only. */
export const namesAndPhones = (section: SourceLine[], all: SourceLine[]) => findContacts(section, all).map(({ name, phone }) => ({ name, phone }));
export const stepTexts = (result: DraftResult): string[] => (result.spec.process ?? []).map((step) => (typeof step === 'string' ? step : [step.title, step.detail].filter(Boolean).join(' ')));
