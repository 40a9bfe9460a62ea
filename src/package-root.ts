import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root (holds fonts/, templates/), from both src/ and dist/. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
