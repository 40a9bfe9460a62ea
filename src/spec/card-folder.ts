import path from 'node:path';

/** The folder a card file's relative paths (its logo) resolve against. */
export function cardFolder(absoluteCardPath: string): string {
  return path.dirname(absoluteCardPath);
}
