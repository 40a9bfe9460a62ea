import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cards.js';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const catalogue = readFileSync(path.join(ROOT, 'docs', 'errors.md'), 'utf8');
const documented = new Set([...catalogue.matchAll(/^\| `([EW]_[A-Z_]+)` \|/gm)].map((match) => match[1]));
const source = sourceFiles(path.join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');
const declared = new Set([...readFileSync(path.join(ROOT, 'src', 'errors.ts'), 'utf8').matchAll(/'([EW]_[A-Z_]+)'/g)].map((match) => match[1]));
const used = new Set([...source.matchAll(/'([EW]_[A-Z_]+)'/g)].map((match) => match[1]));

describe('docs/errors.md, the error catalogue', () => {
  it('lists every error and warning code declared in src/errors.ts', () => {
    expect([...declared].filter((code) => !documented.has(code!))).toEqual([]);
  });

  it('lists every code used anywhere in the source', () => {
    expect([...used].filter((code) => !documented.has(code!))).toEqual([]);
  });

  it('lists no code that the source no longer has', () => {
    expect([...documented].filter((code) => !declared.has(code!))).toEqual([]);
  });
});
