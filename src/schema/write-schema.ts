/** `npm run schema`: regenerate schema/card.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { cardJsonSchema, configJsonSchema } from './card-json-schema.js';

export const SCHEMA_FILE = path.join(PACKAGE_ROOT, 'schema', 'card.schema.json');
export const CONFIG_SCHEMA_FILE = path.join(PACKAGE_ROOT, 'schema', 'config.schema.json');

export function renderSchemaFile(): string {
  return `${JSON.stringify(cardJsonSchema(), null, 2)}\n`;
}

export function renderConfigSchemaFile(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(PACKAGE_ROOT, 'dist', 'schema', 'write-schema.js')) {
  writeFileSync(SCHEMA_FILE, renderSchemaFile());
  writeFileSync(CONFIG_SCHEMA_FILE, renderConfigSchemaFile());
}
