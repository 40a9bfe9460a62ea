/**
 * The id of a card file without an "id": its file name, or, when the name is not a valid id
 * (staff name files in Chinese: 人才 住房.json), the pinyin slug that `import` makes from a title
 * (ren-cai-zhu-fang). Two files that end up with the same id are refused as E_DUPLICATE_ID.
 */
import path from 'node:path';
import { slugFromTitle } from '../text/slug-from-title.js';
import { ID_PATTERN, RESERVED_IDS } from './card-schema.js';

export function idFromFileName(file: string): string {
  const name = path.basename(file).replace(/\.json$/i, '');
  // A reserved name (con.json) stays as it is, so validation explains why it cannot be used.
  if (ID_PATTERN.test(name) || RESERVED_IDS.test(name)) return name;
  return slugFromTitle(name);
}
