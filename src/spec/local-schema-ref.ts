/**
 * The `$schema` a written card spec should carry: a relative path to the catalogue's own copy of
 * card.schema.json (made by `init`), so that the folder can be copied to a colleague and editors
 * still check it. A path into wherever the package happens to be installed would break on the
 * next machine, so without a local copy no `$schema` is written at all.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Where a catalogue keeps its copy of the schemas, relative to its root. */
export const LOCAL_SCHEMA_DIR = 'schema';
export const CARD_SCHEMA_NAME = 'card.schema.json';
export const CONFIG_SCHEMA_NAME = 'config.schema.json';

/** How many folders up from the card folder to look: cards/, cards/2026/, cards/2026/人才/. */
const MAX_LEVELS = 4;

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * The `$schema` value for specs written into `cardFolder`: `../schema/card.schema.json` or the
 * like, with forward slashes on every platform; undefined when no catalogue copy is found.
 */
export async function localSchemaRef(cardFolder: string): Promise<string | undefined> {
  let folder = path.resolve(cardFolder);
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const candidate = path.join(folder, LOCAL_SCHEMA_DIR, CARD_SCHEMA_NAME);
    if (await isFile(candidate)) return path.relative(path.resolve(cardFolder), candidate).split(path.sep).join('/');
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return undefined;
}
