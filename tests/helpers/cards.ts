import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardSpec } from '../../src/spec/card-schema.js';
import { validateCard } from '../../src/spec/validate-card.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CARDS_DIR = path.join(ROOT, 'cards');

/** A minimal valid card spec; tests override fields from it. */
export function minimalSpec(): Record<string, unknown> {
  return {
    title: '稳岗补贴',
    issuer: '苏州市人力资源和社会保障局',
    parties: ['在苏州参保的企业'],
    conditions: ['上年度未裁员或裁员率低于5.5%'],
    process: ['网上申请', '审核公示', '资金拨付'],
    reward: { items: ['按上年度实际缴纳失业保险费的50%返还'] },
    qr: { url: 'https://hrss.suzhou.gov.cn/wg' },
  };
}

/** The minimal spec with `overrides`, validated; a test fails at once if it is not a valid card. */
export function validCard(overrides: Record<string, unknown> = {}): CardSpec {
  const result = validateCard({ ...minimalSpec(), ...overrides }, { defaultId: 'test' });
  if (!result.ok) throw new Error(result.errors.map((error) => error.format('en')).join('\n'));
  return result.card;
}

export function sampleCardFiles(): string[] {
  return readdirSync(CARDS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(CARDS_DIR, file));
}

export function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

/** A realistic long policy (a 吴江-style 智改数转 notice: three parties, eight conditions, a tier table, two QR codes). */
export function longPolicy(overrides: Record<string, unknown> = {}): CardSpec {
  return fixturePolicy('wujiang-zhigai.json', overrides);
}

/** A longer realistic policy (about 1,200 characters: four parties, ten conditions, a four-row tier table, two QR codes). */
export function longerPolicy(overrides: Record<string, unknown> = {}): CardSpec {
  return fixturePolicy('kunshan-gaoqi.json', overrides);
}

function fixturePolicy(file: string, overrides: Record<string, unknown>): CardSpec {
  const result = validateCard({ ...readJson(path.join(ROOT, 'tests', 'fixtures', file)), ...overrides }, { defaultId: 'x' });
  if (!result.ok) throw new Error(result.errors.map((error) => error.format('en')).join('\n'));
  return result.card;
}
